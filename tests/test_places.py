"""Known places (extract/places.py) and common English words (extract/english.py): the word lists the splitter's
place and name-start rules read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newscrawl.extract import english, places


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSCRAWL_CACHE_DIR", str(tmp_path))
    places.place_names.cache_clear()
    yield tmp_path
    places.place_names.cache_clear()


def test_places_of_several_words_and_one_word_after_a_preposition() -> None:
    assert places.is_place("Kuala Lumpur", one_word_ok=False)
    assert places.is_place("Cox’s Bazar", one_word_ok=False)  # (a curly apostrophe, folded)
    assert places.is_place("Bắc Giang", one_word_ok=False) and places.is_place("Bac Giang", one_word_ok=False)
    assert places.is_place("Savar", one_word_ok=True) and not places.is_place("Savar", one_word_ok=False)
    assert not places.is_place("Ana Lima", one_word_ok=False) and not places.is_place("Lanfang", one_word_ok=True)


def test_provinces_and_countries_as_a_text_writes_them() -> None:
    # (ISO 3166 writes "Hubei Sheng", "Guangxi Zhuangzu Zizhiqu", "Taiwan, Province of China")
    assert all(places.is_place(p, one_word_ok=True) for p in ("Hubei", "Guangxi", "Xinjiang", "Taiwan", "Bolivia"))
    assert places.is_place("South Korea", one_word_ok=False)
    # (never a kind's leftover that is common English: "National Capital Region")
    assert not places.is_place("National Capital", one_word_ok=False)


def test_the_cache_holds_what_the_libraries_hold(fresh_cache: Path) -> None:
    read = places.read_place_names()
    assert places.place_names() == read  # (the first call writes the cache)
    cached = list(fresh_cache.glob("places-*.json"))
    assert len(cached) == 1
    places.place_names.cache_clear()
    assert places.place_names() == read  # (the second reads it)
    multi, single = json.loads(cached[0].read_text(encoding="utf-8"))
    assert "Kuala Lumpur" in multi and "Savar" in single


def test_no_cache_where_the_cache_folder_is_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSCRAWL_CACHE_DIR", "")
    places.place_names.cache_clear()
    try:
        assert places.cache_path() is None and places.is_place("Kuala Lumpur", one_word_ok=False)
    finally:
        places.place_names.cache_clear()


def test_a_broken_cache_is_read_again_and_rewritten(fresh_cache: Path) -> None:
    path = places.cache_path()
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    assert places.is_place("Kuala Lumpur", one_word_ok=False)
    assert json.loads(path.read_text(encoding="utf-8"))[0]


def test_common_english_words() -> None:
    assert all(english.common_english_word(w) for w in ("Delta", "Park", "Wall,", "County"))
    assert not any(english.common_english_word(w) for w in ("Rokeya", "Ewan", "Xiaofang", "Sulawesi"))
