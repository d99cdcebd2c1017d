"""Checks of the fixture data itself: the offline site, its manifest and the edge-case pages.

These tests guard the gold data other tests rely on; they use no newscrawl extraction code.
"""

from __future__ import annotations

import html
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SITE = FIXTURES / "site"
SOURCE = FIXTURES / "site-src" / "articles.json"
PAGES = FIXTURES / "pages"
CUT_MARKS = ("...", "..")
PAGE_CASES = {
    "region-first-page", "region-middle-page", "region-last-page", "tag-page",
    "single-block-tag-no-pagination", "zero-blocks", "other-theme", "windows-1252",
    "charset-lies", "malformed", "entities",
}
EXPECTED_KEYS = {"region", "page", "total_pages", "next_url", "main", "sidebar_count"}
MAIN_KEYS = {"url", "headline", "excerpt", "category"}
#: Parts shown in their own elements, stated by the real pages' and own markups' cases.
OPTIONAL_MAIN_KEYS = {"byline", "published"}


@pytest.fixture(scope="module")
def manifest() -> dict[str, Any]:
    return json.loads((SITE / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def source() -> dict[str, Any]:
    return json.loads(SOURCE.read_text(encoding="utf-8"))


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_generated_site_is_up_to_date(tmp_path: Path) -> None:
    # Run the script as a user would, into a temporary folder, and compare byte for byte.
    subprocess.run([sys.executable, str(FIXTURES / "build_site.py"), str(tmp_path / "site")], check=True,
                   capture_output=True)
    fresh, committed = _files(tmp_path / "site"), _files(SITE)
    assert sorted(fresh) == sorted(committed), "run: python fixtures/build_site.py"
    stale = [name for name in fresh if fresh[name] != committed[name]]
    assert not stale, f"stale generated files (run: python fixtures/build_site.py): {stale[:5]}"


def test_every_manifest_path_exists(manifest: dict[str, Any]) -> None:
    paths = set(manifest["pages"])
    for group in ("regions", "tags"):
        for slug, pages in manifest[group].items():
            assert pages, slug
            paths.update(pages)
    for info in manifest["pages"].values():
        paths.update(p for p in (info["next"], info["prev"]) if p)
    for path in sorted(paths):
        assert (SITE / path.lstrip("/") / "index.html").is_file(), path
    assert (SITE / "index.html").is_file() and (SITE / "robots.txt").is_file()


def test_pagination_is_consistent(manifest: dict[str, Any]) -> None:
    for group in ("regions", "tags"):
        for slug, pages in manifest[group].items():
            infos = [manifest["pages"][p] for p in pages]
            assert [i["page"] for i in infos] == list(range(1, len(pages) + 1)), slug
            assert all(i["total_pages"] == len(pages) for i in infos), slug
            assert infos[0]["prev"] is None and infos[-1]["next"] is None, slug
            assert [i["next"] for i in infos[:-1]] == pages[1:], slug
            assert "/page/" not in pages[0], "the first page has no /page/1/"
            listed = [u for i in infos for u in i["main"]]
            assert len(listed) == len(set(listed)), f"{slug}: an article listed twice"
            dates = [manifest["articles"][u]["published"] for u in listed]
            assert dates == sorted(dates, reverse=True), f"{slug}: not newest first"


def test_regions_have_at_least_four_pages(manifest: dict[str, Any]) -> None:
    assert len(manifest["regions"]) >= 3
    for slug, pages in manifest["regions"].items():
        assert len(pages) >= 4, slug
    assert any(len(pages) >= 2 for pages in manifest["tags"].values()), "a tag with a page/2/"


def test_some_article_is_in_two_regions(manifest: dict[str, Any]) -> None:
    seen: Counter[str] = Counter()
    for pages in manifest["regions"].values():
        seen.update({u for p in pages for u in manifest["pages"][p]["main"]})
    assert any(n == 2 for n in seen.values())


def test_sidebar_lists_real_articles(manifest: dict[str, Any]) -> None:
    # The sidebar repeats main-column articles, so a crawler that takes it gets wrong positions.
    in_main = {u for info in manifest["pages"].values() for u in info["main"]}
    assert manifest["sidebar"] and set(manifest["sidebar"]) <= in_main


def test_every_join_and_order_is_present(source: dict[str, Any]) -> None:
    articles = source["articles"]
    assert {a["join"] for a in articles} == {"newline", "space", "none"}
    assert {a["order"] for a in articles} == {
        "standfirst-byline-lede", "byline-standfirst-lede", "byline-lede", "standfirst-lede", "lede-only"}
    multi_part = [a for a in articles if a["order"] != "lede-only"]
    assert {a["join"] for a in multi_part} == {"newline", "space", "none"}
    assert {a.get("cut_mark", "...") for a in articles} == set(CUT_MARKS)


def test_gold_labels_agree_with_excerpts(manifest: dict[str, Any], source: dict[str, Any]) -> None:
    by_path = {f"/en/{a['id']}/": a for a in source["articles"]}
    assert set(by_path) == set(manifest["articles"])
    truncated = Counter[bool]()
    for path, gold in manifest["articles"].items():
        article = by_path[path]
        assert not any(m in article["lede"] for m in CUT_MARKS), f"{path}: cut mark inside the lede"
        excerpt = gold["excerpt"]
        truncated[gold["truncated"]] += 1
        body = excerpt
        if gold["truncated"]:
            mark = article.get("cut_mark", "...")
            assert excerpt.endswith(mark) and not excerpt.endswith(mark + "."), path
            body = excerpt[: -len(mark)]
            assert article["lede"].startswith(gold["lede"]) and gold["lede"], path
        else:
            assert gold["lede"] == article["lede"], path
        for key in ("standfirst", "byline", "note"):
            assert gold[key] is None or gold[key] in body, f"{path}: {key} not in the excerpt"
        assert body.endswith(gold["lede"]), path
    assert truncated[True] and truncated[False], "both cut and uncut excerpts"


def test_page_fixtures_are_complete() -> None:
    every = {p.name for p in PAGES.iterdir() if p.is_dir()}
    cases = {name for name in every if not name.startswith(("real-", "own-"))}
    assert cases == PAGE_CASES
    for name in sorted(every):
        case = PAGES / name
        url = (case / "url.txt").read_text(encoding="utf-8").strip()
        if name in PAGE_CASES:
            assert url.startswith("https://chinaworker.info/"), name
        assert (case / "input.html").stat().st_size > 0, name
        expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        assert set(expected) == EXPECTED_KEYS, name
        for block in expected["main"]:
            assert MAIN_KEYS <= set(block) <= MAIN_KEYS | OPTIONAL_MAIN_KEYS, name
            if block["excerpt"] is not None:
                assert block["excerpt"] == " ".join(block["excerpt"].split()), f"{name}: excerpt not normalised"
        assert (expected["next_url"] is None) == (expected["page"] == expected["total_pages"]), name


def test_charset_fixtures_bytes() -> None:
    lies = (PAGES / "charset-lies" / "input.html").read_bytes()
    assert b'charset="utf-8"' in lies
    with pytest.raises(UnicodeDecodeError):
        lies.decode("utf-8")  # the meta tag lies: the bytes are cp1252
    cp1252 = (PAGES / "windows-1252" / "input.html").read_bytes()
    assert b'charset="windows-1252"' in cp1252 and b"\x92" in cp1252  # ’ in cp1252


def _fixture_texts() -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in sorted(FIXTURES.rglob("*")):
        if not path.is_file() or path.suffix not in {".html", ".json", ".txt", ".py", ".md"}:
            continue
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252")
        # Compare decoded text too: &#8217; in a file would otherwise hide a copied sentence.
        texts[path.relative_to(FIXTURES).as_posix()] = text + "\n" + html.unescape(text)
    return texts


@pytest.mark.corpus
def test_no_corpus_text_in_fixtures(corpus_dir: Path) -> None:
    lines: set[str] = set()
    for page in sorted((corpus_dir / "pages").glob("*.txt")):
        body = page.read_text(encoding="utf-8").split("\n---\n", 1)[-1]
        lines.update(s for s in (line.strip() for line in body.splitlines()) if len(s) > 60)
    assert lines, "corpus has no long lines?"
    texts = _fixture_texts()
    # A line's first 60 characters are enough to count as copying (as the repo's hook checks).
    copied = [(name, line[:60]) for name, text in texts.items() for line in lines if line[:60] in text]
    assert not copied, f"corpus text copied into fixtures: {copied[:3]}"
