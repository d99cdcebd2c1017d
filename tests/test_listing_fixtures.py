"""Listing extraction on the team's edge-case pages (fixtures/pages/<case>/), field by field."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import FIXTURES
from newscrawl.extract.listing import parse_listing
from newscrawl.extract.text import collapse

CASES = sorted(p for p in (FIXTURES / "pages").iterdir() if (p / "expected.json").is_file())
PAGE_FIELDS = ("region", "page", "total_pages", "next_url")
BLOCK_FIELDS = ("url", "headline", "excerpt", "category", "byline", "published")
#: Parts a real page shows that the generic extractor does not find yet (strict: a fix must
#: remove its entry). Keyed by (case, field).
KNOWN_MISSES = {
    ("real-wp-sahifa-timeline", "published"): "'9 December' under a 'December, 2021' heading: no year in the block",
    ("real-drupal11-tag-es", "byline"): "the author in a bare '<p>xacobe</p>' of the article footer",
    ("real-phpbb-forum-topics-fr", "excerpt"): "a topic row without replies gives 'Aucune réponse' as its excerpt",
    ("real-empirecms-news-list-zh", "total_pages"): "the last page only in a '尾页' (last page) link to index_934.html",
    ("real-wp-owntheme-category-page2-ru", "region"): "the category's name only in the menu and the keywords; the "
                                                      "<title> adds an SEO phrase ('Новости cs go')",
    ("real-wp-owntheme-category-page2-ru", "excerpt"): "the theme's date markup is broken ('<span ... 7.07 2016\">'): "
                                                       "lxml reads the excerpt into an attribute",
    ("real-wp-owntheme-category-page2-ru", "published"): "the same broken date markup ('4.08 2016' in a mangled tag)",
    ("real-wp-fox-category-single-tr", "excerpt"): "a featured card whose category label ('Haberler') sits in the "
                                                   "excerpt's element",
}


def _load(case: Path) -> tuple[object, dict]:
    url = (case / "url.txt").read_text(encoding="utf-8").strip()
    page = parse_listing((case / "input.html").read_bytes(), url)
    return page, json.loads((case / "expected.json").read_text(encoding="utf-8"))


def _actual_page_field(page, name: str):
    return page.title if name == "region" else getattr(page, name)


def _page_cases() -> list:
    return [
        pytest.param(case, field, id=f"{field}-{case.name}", marks=pytest.mark.xfail(
            strict=True, reason=KNOWN_MISSES[(case.name, field)])) if (case.name, field) in KNOWN_MISSES
        else pytest.param(case, field, id=f"{field}-{case.name}")
        for case in CASES for field in PAGE_FIELDS
    ]


@pytest.mark.parametrize(("case", "field"), _page_cases())
def test_page_field(case: Path, field: str) -> None:
    page, expected = _load(case)
    if field not in expected:
        pytest.skip(f"{case.name} does not state {field}")
    assert _actual_page_field(page, field) == expected[field]


def _block_cases() -> list:
    return [
        pytest.param(case, field, id=f"{case.name}-{field}", marks=pytest.mark.xfail(
            strict=True, reason=KNOWN_MISSES[(case.name, field)])) if (case.name, field) in KNOWN_MISSES
        else pytest.param(case, field, id=f"{case.name}-{field}")
        for case in CASES for field in BLOCK_FIELDS
    ]


@pytest.mark.parametrize(("case", "field"), _block_cases())
def test_main_block_field(case: Path, field: str) -> None:
    page, expected = _load(case)
    actual = [
        {"url": b.url, "headline": b.headline, "excerpt": collapse(b.excerpt), "category": b.category,
         "byline": b.byline, "published": b.published}[field]
        for b in page.main
    ]
    wanted = [block.get(field) for block in expected["main"]]
    if field == "category" and all(w is None for w in wanted):
        wanted = [None] * len(wanted)
    assert actual == wanted


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_sidebar_never_in_main(case: Path) -> None:
    page, expected = _load(case)
    assert len(page.sidebar) == expected["sidebar_count"]
    assert all(b.placement == "main" for b in page.main)
    assert all(b.placement == "sidebar" for b in page.sidebar)
    # Expected keys are exactly the documented ones: a new field must be documented first.
    assert set(expected) <= {"region", "page", "total_pages", "next_url", "main", "sidebar_count"}


REAL = [case for case in CASES if case.name.startswith("real-")]
#: Real pages in a markup a shared profile knows (profiles.SITE_PROFILES), on hosts not pinned to it.
PROFILED = frozenset({"real-wp-tagdiv-category-grid-en"})
OWN = [case for case in CASES if case.name.startswith("own-")]


def test_real_pages_of_ten_sites_are_there() -> None:
    """The issue asks for real listing pages of at least ten sites (see fixtures/pages/README.md)."""
    hosts = {urlsplit((case / "url.txt").read_text(encoding="utf-8").strip()).hostname for case in REAL}
    assert len(hosts) >= 10
    readme = (FIXTURES / "pages" / "README.md").read_text(encoding="utf-8")
    assert all(f"`{case.name}`" in readme for case in REAL + OWN), "every real page names its source in the README"


@pytest.mark.parametrize("case", REAL + OWN, ids=lambda p: p.name)
def test_real_and_own_pages_go_to_the_generic_extractor(case: Path) -> None:
    """Real pages of a theme with a shared profile (the tagDiv 'Newspaper' theme) are read with it."""
    page, expected = _load(case)
    assert page.extractor == ("tagdiv-newspaper" if case.name in PROFILED else "generic")
    assert len(page.main) == len(expected["main"]) > 0


def test_old_theme_on_the_pinned_host_falls_back_loudly() -> None:
    """chinaworker.info in an older WordPress theme: the tagDiv profile finds nothing, the generic
    extractor reads the page, and a warning names the profile and the page."""
    page, expected = _load(FIXTURES / "pages" / "own-old-wp-category-archives")
    assert page.fallback_from == "tagdiv-newspaper"
    assert any("tagdiv-newspaper" in w and page.url in w for w in page.warnings)
    assert page.title == "China"  # 'Category Archives: China' without its decoration


def test_positions_are_one_based_in_page_order() -> None:
    page, _ = _load(FIXTURES / "pages" / "region-middle-page")
    assert [b.position for b in page.main] == list(range(1, len(page.main) + 1))


def test_zero_block_page_warns_about_layout_change() -> None:
    page, _ = _load(FIXTURES / "pages" / "zero-blocks")
    assert page.main == []
    assert any("no teaser blocks" in w and "layout changed" in w for w in page.warnings)


def test_other_theme_is_read_by_the_generic_extractor() -> None:
    page, expected = _load(FIXTURES / "pages" / "other-theme")
    assert page.extractor == "generic"
    assert [b.url for b in page.main] == [b["url"] for b in expected["main"]]


def test_pinned_host_with_changed_theme_falls_back_and_says_so() -> None:
    """chinaworker.info is pinned to the tagDiv profile; a page in another theme must still
    yield its blocks (generic fallback) and carry a loud warning naming page and profile."""
    case = FIXTURES / "pages" / "other-theme"
    html = (case / "input.html").read_bytes()
    url = "https://chinaworker.info/en/category/news/hong-kong/"
    page = parse_listing(html, url)
    assert page.extractor == "generic"
    assert len(page.main) == len(json.loads((case / "expected.json").read_text())["main"])
    assert any("tagdiv-newspaper" in w and url in w and "layout changed" in w for w in page.warnings)
    assert page.fallback_from == "tagdiv-newspaper"


def test_forcing_an_unknown_profile_is_an_error() -> None:
    from newscrawl.extract.listing import UnknownProfileError

    with pytest.raises(UnknownProfileError, match="unknown profile 'nope'"):
        parse_listing("<html><body></body></html>", "https://x.org/", profile="nope")
