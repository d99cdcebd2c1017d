"""The fast paths of normalisation change no result: the code as it was before them is the oracle.

``_Oracle`` is normalize_item (and collapse) as they were before the fast paths, kept here
only to compare against; inputs are the fixture site's items, the benchmark site's, hand-written
edge strings and seeded random strings over the characters the fast checks are about.
"""

from __future__ import annotations

import copy
import hashlib
import html
import random
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
from w3lib.url import canonicalize_url, url_query_cleaner

from conftest import FIXTURES, REPO
from newscrawl import normalize
from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.extract.listing import parse_listing
from newscrawl.extract.teasers import build_items
from newscrawl.extract.text import collapse
from newscrawl.items import TeaserItem


class _Oracle:
    """normalize_item and the functions it used, before the fast paths (verbatim)."""

    TRACKING_PARAMS = re.compile(r"^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|yclid|_ga|_gl|igshid|ref_src)$", re.I)
    _PLAIN_PATH = re.compile(r"[A-Za-z0-9/._~-]*")
    _DATE_IN_URL = re.compile(r"/((?:19|20)\d{2})/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/")
    _CUT_MARK = re.compile(r"\s*(?:\[(?:\.{3}|…)\]|\.{2,3}|…)\s*$")
    _TEXT_FIELDS = ("headline", "excerpt", "standfirst", "byline", "organisation", "affiliation", "note", "lede", "region", "category")
    _ANY_SPACE = re.compile(r"\s+")
    _NEEDS_FOLDING = re.compile(r"\s\s|[^\S ]")

    @classmethod
    def collapse(cls, text: str | None) -> str | None:
        if text is None:
            return None
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        if cls._NEEDS_FOLDING.search(text):
            text = cls._ANY_SPACE.sub(" ", text)
        return text.strip() or None

    @classmethod
    def canonical_url(cls, url: str) -> str:
        parts = urlsplit(url.strip())
        if not parts.query and cls._PLAIN_PATH.fullmatch(parts.path):
            return cls._finish(parts.scheme, parts.netloc, parts.path, "")
        query_keys = [pair.split("=", 1)[0] for pair in parts.query.split("&") if pair]
        kept = [k for k in query_keys if not cls.TRACKING_PARAMS.match(k)]
        cleaned = url_query_cleaner(url.strip(), kept, unique=False, keep_fragments=False) if kept else urlunsplit(parts._replace(query="", fragment=""))
        canon = urlsplit(canonicalize_url(cleaned))
        return cls._finish(canon.scheme, canon.netloc, canon.path, canon.query)

    @staticmethod
    def _finish(scheme: str, netloc: str, path: str, query: str) -> str:
        netloc = netloc.lower()
        # The scheme rule changed after the fast paths (issue 13): the scheme is kept unless the
        # caller names hosts known to serve https (none here); only its own default port is dropped.
        default_port = {"http": ":80", "https": ":443"}.get(scheme)
        if default_port and netloc.endswith(default_port):
            netloc = netloc.rsplit(":", 1)[0]
        path = path or "/"
        if "." not in path.rsplit("/", 1)[-1] and not path.endswith("/"):
            path += "/"
        return urlunsplit((scheme, netloc, path, query, ""))

    # Unchanged by the fast paths (only cached by them): the module's own.
    slugify = staticmethod(normalize.slugify)

    @classmethod
    def published_from_url(cls, url: str) -> str | None:
        match = cls._DATE_IN_URL.search(urlsplit(url).path + "/")
        return "-".join(match.groups()) if match else None

    @staticmethod
    def text_hash(headline: str | None, excerpt: str | None) -> str:
        return hashlib.sha256(f"{headline or ''}\n{excerpt or ''}".encode()).hexdigest()

    @classmethod
    def clean_text(cls, value: str | None) -> str | None:
        if value is None:
            return None
        return cls.collapse(html.unescape(value) if "&" in value else value)

    @classmethod
    def strip_cut_mark(cls, text: str | None) -> tuple[str | None, bool]:
        if not text:
            return text, False
        stripped = cls._CUT_MARK.sub("", text)
        if stripped == text:
            return text, False
        return stripped or None, True

    @classmethod
    def normalize_item(cls, item: dict[str, Any]) -> dict[str, Any]:
        out = dict(item)
        for name in cls._TEXT_FIELDS:
            if name in out:
                out[name] = cls.clean_text(out[name])
        if out.get("authors"):
            out["authors"] = [a for a in (cls.clean_text(x) for x in out["authors"]) if a]
        _, cut = cls.strip_cut_mark(out.get("excerpt"))
        out["lede"], lede_cut = cls.strip_cut_mark(out.get("lede"))
        if not out.get("truncated"):
            out["truncated"] = cut or lede_cut
        if out.get("url"):
            out["canonical_url"] = cls.canonical_url(out["url"])
            if out.get("published") is None and (date := cls.published_from_url(out["url"])):
                out["published"], out["published_source"] = date, "url"
            elif out.get("published") and not out.get("published_source"):
                out["published_source"] = "page"
        out["region_slug"] = cls.slugify(out.get("region_slug")) or out.get("region_slug") or cls.slugify(out.get("region"))
        if out.get("region_slug") and not out.get("regions"):
            out["regions"] = [out["region_slug"]]
        out["text_hash"] = cls.text_hash(out.get("headline"), out.get("excerpt"))
        return out

    @classmethod
    def pipeline(cls, item: TeaserItem, run_id: str | None) -> TeaserItem:
        """NormalizePipeline.process_item's TeaserItem branch, as it was."""
        current = item.to_dict()
        values = cls.normalize_item(current)
        values["run_id"] = values.get("run_id") or run_id
        for name, value in values.items():
            if value is not current[name]:
                setattr(item, name, value)
        return item


# --- inputs --------------------------------------------------------------------------------

EDGE_TEXTS = [
    "", " ", "  ", "\t", "\n", "\xa0", "\u3000", "a", " a", "a ", "a  b", "a\tb", "a\nb", "a\xa0b", "a \xa0 b",
    "Tom &amp; Jerry", "&nbsp;lead&nbsp;", "&", "&&", "A&B", "&#160;x", "&hellip;", "x &hellip;", "x&#8230;", "&amp;nbsp;",
    "香港工人罷工", "香港 工人\u3000罷工…", "“Stability” – for whom?", "Cafe\u0301", "Café", "e\u0301 ", "\ufb01ne",
    "zero\u200bwidth", "soft\xadhyphen", "line\u2028sep", "para\u2029sep", "nel\x85here", "ctrl\x1fsep",
    "ends...", "ends..", "ends.", "ends…", "ends [...]", "ends […]", "ends[…]", "ends [..]", "ends ....", "ends .....",
    "ends... ", "ends...\n", "ends …\t", "ends . . .", "…", "...", "..", ".", "[…]", "[...]", " ... ", "\u3000…\u3000",
    "a.b..", "ends ]", "ends []", "ends [x]", "ends...]", "ends]...", "...start", "…middle…", "x\n...\n",
    "trailing spaces   ", "   leading", "mixed \t\n spaces \xa0 here", "ends… \xa0", "1.5", "v2..3",
    "It ended.  Then...", "dots.....  ", "tab\t...", "two\n\n\nlines", "\r\nwindows\r\n",
]

EDGE_URLS = [
    "https://example.org/en/2026/01/05/1/", "http://Example.ORG/en/2016/06/17/12345", " https://example.org/x/ ",
    "https://example.org:443/a", "http://example.org:80/b/", "https://example.org:8080/c", "https://example.org",
    "https://example.org/files/report.pdf", "https://example.org/?p=5&b=2&a=1&utm_campaign=z",
    "https://example.org/a/?utm_source=x#frag", "https://example.org/a#frag", "https://example.org/%E9%A6%99%E6%B8%AF/",
    "https://example.org/香港/", "https://example.org/a b/", "https://example.org/en/2026/13/05/1/", "mailto:a@example.org",
    "//example.org/protocol-relative/", "/relative/2026/01/05/9/", "relative/path", "ftp://example.org/x",
    "https://user:pw@Example.org/x", "https://example.org/en/2026/01/05/1/ ", "https://example.org/x?", "https://example.org/x?&",
]


def _fixture_site_items() -> list[TeaserItem]:
    items: list[TeaserItem] = []
    knowledge = SiteKnowledge("127.0.0.1")
    for path in sorted((FIXTURES / "site").rglob("index.html")):
        url = "http://127.0.0.1:1/" + str(path.parent.relative_to(FIXTURES / "site")).replace("\\", "/") + "/"
        for sidebar in (False, True):
            items += build_items(parse_listing(path.read_bytes(), url, sidebar=sidebar), include_sidebar=sidebar,
                                 knowledge=knowledge, run_id="r1")
    for path in sorted((FIXTURES / "pages").glob("*/input.html")):
        items += build_items(parse_listing(path.read_bytes(), f"http://127.0.0.1:1/{path.parent.name}/", sidebar=True),
                             include_sidebar=True, run_id=None)
    return items


def _bench_site_items(tmp: Path) -> list[TeaserItem]:
    sys.path.insert(0, str(REPO))
    from bench.sitegen import generate_site

    generate_site(tmp, regions=2, pages=10)
    knowledge = SiteKnowledge("127.0.0.1")
    return [item for path in sorted(tmp.rglob("index.html"))
            for item in build_items(parse_listing(path.read_bytes(), "http://127.0.0.1:1/" + str(path.parent.relative_to(tmp)) + "/"),
                                    knowledge=knowledge, run_id="r1")]


def _random_texts(count: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    alphabet = [" ", " ", "\t", "\n", "\r", "\xa0", "\u3000", "\u2028", "\x85", "\x1c", "\u200b", "\xad", ".", ".", ".", "…",
                "[", "]", "&", "&amp;", "&nbsp;", "&#8230;", "a", "b", "Z", "香", "港", "e\u0301", "\u0301", "\ufb01", ",", "-"]
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def _random_items(texts: list[str], seed: int = 2) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    items = []
    for i in range(len(texts)):
        def pick() -> str | None:
            return rng.choice([None, rng.choice(texts), rng.choice(EDGE_TEXTS)])
        item = TeaserItem(url=rng.choice(EDGE_URLS + [""])).to_dict()
        for name in _Oracle._TEXT_FIELDS:
            item[name] = pick()
        item["authors"] = [t for t in (pick() for _ in range(rng.randint(0, 3))) if t is not None]
        item["truncated"] = rng.random() < 0.2
        item["region_slug"] = rng.choice([None, "", "hong-kong", "Hong Kong", "%E9%A6%99%E6%B8%AF", "香港", "-", "a--b"])
        item["regions"] = rng.choice([[], ["x"]])
        item["published"] = rng.choice([None, None, "", "2025-02-01"])
        item["published_source"] = rng.choice([None, "", "page", "url"])
        item["run_id"] = rng.choice([None, "", "r0"])
        if i % 7 == 0:  # a partial dict, as other item types may give
            for name in rng.sample(sorted(item), 5):
                del item[name]
        items.append(item)
    return items


@pytest.fixture(scope="module")
def real_items(tmp_path_factory: pytest.TempPathFactory) -> list[TeaserItem]:
    items = _fixture_site_items() + _bench_site_items(tmp_path_factory.mktemp("benchsite"))
    assert len(items) > 400 and any(i.truncated for i in items) and any(i.authors for i in items)
    return items


# --- the fast checks' premises, on every code point ----------------------------------------

def test_whitespace_premises_hold_for_every_code_point() -> None:
    space = re.compile(r"\s")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        # re's \s is str.isspace() (strip/rstrip), and no whitespace but ' ' is printable.
        assert bool(space.match(char)) == char.isspace(), hex(code)
        if char.isspace() and char != " ":
            assert not char.isprintable(), hex(code)


# --- function by function ------------------------------------------------------------------

def test_collapse_clean_text_and_cut_marks_as_before() -> None:
    texts = EDGE_TEXTS + _random_texts(20_000) + [t * 3 for t in EDGE_TEXTS] + [" x " + t for t in EDGE_TEXTS]
    for text in texts:
        assert collapse(text) == _Oracle.collapse(text), repr(text)
        assert normalize.clean_text(text) == _Oracle.clean_text(text), repr(text)
        assert normalize.strip_cut_mark(text) == _Oracle.strip_cut_mark(text), repr(text)
    assert normalize.strip_cut_mark(None) == (None, False) and collapse(None) is None
    cut = [t for t in texts if _Oracle.strip_cut_mark(t)[1]]
    assert len(cut) > 1000  # the slow path was exercised too


def test_canonical_urls_and_slugs_as_before() -> None:
    for url in EDGE_URLS:
        assert normalize.canonical_url(url) == _Oracle.canonical_url(url), url
    for text in EDGE_TEXTS + ["Hong Kong", "hong-kong", "%E9%A6%99%E6%B8%AF", None]:
        for _ in range(2):  # the second time from the cache
            assert normalize._cached_slugify(text) == _Oracle.slugify(text) == normalize.slugify(text)


# --- whole items ---------------------------------------------------------------------------

def test_normalize_item_as_before_on_real_items(real_items: list[TeaserItem]) -> None:
    for item in real_items:
        values = item.to_dict()
        assert normalize.normalize_item(values) == _Oracle.normalize_item(values)
        assert values == item.to_dict()  # the input is left alone


def test_normalize_item_as_before_on_edge_items() -> None:
    items = _random_items(_random_texts(500, seed=3) + EDGE_TEXTS * 10)
    for values in items:
        before = copy.deepcopy(values)
        assert normalize.normalize_item(values) == _Oracle.normalize_item(values), values
        assert values == before


def test_normalize_reads_and_writes_only_its_fields(real_items: list[TeaserItem]) -> None:
    for values in [i.to_dict() for i in real_items[:100]] + [TeaserItem(url=u).to_dict() for u in EDGE_URLS]:
        full = normalize.normalize_item(values)
        part = normalize.normalize_item({name: values[name] for name in normalize.FIELDS})
        assert set(part) == set(normalize.FIELDS)
        assert {name: full[name] for name in normalize.FIELDS} == part
        assert {k: v for k, v in full.items() if k not in normalize.FIELDS} == \
            {k: v for k, v in values.items() if k not in normalize.FIELDS}


def test_pipeline_as_before(real_items: list[TeaserItem]) -> None:
    from scrapy.utils.test import get_crawler

    from newscrawl.pipelines.normalize import NormalizePipeline

    class Spider:
        run_id = "spider-run"

    crawler = get_crawler(settings_dict={"NEWSCRAWL_NORMALIZE_ENABLED": True})
    pipeline = NormalizePipeline(crawler)
    edge = [TeaserItem(**{k: v for k, v in values.items() if k in TeaserItem.__dataclass_fields__})
            for values in _random_items(_random_texts(300, seed=4)) if "url" in values]
    for item in real_items + edge:
        for run_id in (None, "spider-run"):
            spider = Spider() if run_id else None
            new = pipeline.process_item(copy.deepcopy(item), spider or object())
            old = _Oracle.pipeline(copy.deepcopy(item), run_id)
            assert new.to_dict() == old.to_dict()
