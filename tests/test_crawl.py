"""Real Scrapy crawls of the offline fixture site over 127.0.0.1, through the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import FIXTURES, run_cli

MANIFEST = json.loads((FIXTURES / "site" / "manifest.json").read_text(encoding="utf-8"))


def _start_urls(server: str, groups=("regions", "tags")) -> list[str]:
    return [f"{server.rstrip('/')}{pages[0]}" for group in groups for pages in MANIFEST[group].values()]


def _path(url: str) -> str:
    return "/" + url.split("/", 3)[3]


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def full_crawl(site_server: str, tmp_path_factory) -> tuple[object, list[dict]]:
    out = tmp_path_factory.mktemp("crawl") / "items.jsonl"
    done = run_cli("crawl", *_start_urls(site_server), "-o", str(out))
    return done, _read(out)


def test_crawl_writes_every_article_once(full_crawl, site_server: str) -> None:
    done, items = full_crawl
    assert done.returncode == 0, done.stderr
    expected = {site_server.rstrip("/") + url for page in MANIFEST["pages"].values() for url in page["main"]}
    urls = [item["url"] for item in items]
    assert len(urls) == len(set(urls)), "an article was written twice"
    assert set(urls) == expected


def test_a_crawl_without_a_database_warns_about_nothing(full_crawl) -> None:
    """Components that are simply off (no --db, no --jobdir) must not print "WARNING: Disabled ..."."""
    done, _ = full_crawl
    assert "Disabled" not in done.stderr
    assert [line for line in done.stderr.splitlines() if "WARNING" in line] == []


def test_canonical_urls_of_a_local_site_keep_its_scheme(full_crawl, site_server: str) -> None:
    """http://127.0.0.1:PORT/ is not a host known to serve https: its canonical URLs keep http,
    so they are the very URLs the site serves (the permalinks are canonical already)."""
    _, items = full_crawl
    assert all(item["url"].startswith(site_server) for item in items)
    assert [item["canonical_url"] for item in items] == [item["url"] for item in items]


def test_crawl_follows_pagination_to_the_last_page(full_crawl) -> None:
    done, items = full_crawl
    pages_crawled = {item["listing_url"] for item in items}
    assert len(MANIFEST["pages"]) >= len(pages_crawled) > 0
    assert f"pages                   {len(MANIFEST['pages'])}" in done.stderr


def test_crawl_emits_no_sidebar_items_and_valid_positions(full_crawl) -> None:
    _, items = full_crawl
    assert {item["placement"] for item in items} == {"main"}
    for item in items:
        listed = MANIFEST["pages"][_path(item["listing_url"])]["main"]
        assert listed[item["position"] - 1] == _path(item["url"])


def test_crawl_items_carry_the_schema_fields(full_crawl) -> None:
    from newscrawl.items import FIELD_NAMES, SCHEMA_VERSION

    _, items = full_crawl
    for item in items:
        assert list(item) == list(FIELD_NAMES)
        assert item["schema_version"] == SCHEMA_VERSION
        assert item["scraped_at"].endswith("Z")
        assert item["site"] == "127.0.0.1"
        assert item["run_id"]
        assert item["headline"] and item["excerpt"]
        assert all(value != "" for value in item.values()), "absent parts are null, not empty strings"


def test_crawl_to_stdout_writes_what_a_file_gets(site_server: str, tmp_path: Path) -> None:
    region, pages = next(iter(MANIFEST["regions"].items()))
    out = tmp_path / "region.jsonl"
    to_file = run_cli("crawl", site_server.rstrip("/") + pages[0], "-o", str(out))
    done = run_cli("crawl", site_server.rstrip("/") + pages[0], "-o", "-")
    assert to_file.returncode == 0 and done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines and all(line.startswith('{"url": ') for line in lines)
    expected = [site_server.rstrip("/") + u for p in pages for u in MANIFEST["pages"][p]["main"]]

    def in_page_order(lines: list[str]) -> list[str]:
        # A fanned-out chain's pages arrive in any order; each item says where it was listed.
        return sorted(lines, key=lambda line: (json.loads(line)["page"], json.loads(line)["position"]))

    assert [json.loads(line)["url"] for line in in_page_order(lines)] == expected
    # Byte for byte, but for the run's own provenance.
    provenance = re.compile(r'"(scraped_at|run_id)": "[^"]*"')
    assert [provenance.sub("", line) for line in in_page_order(lines)] == \
        [provenance.sub("", line) for line in in_page_order(out.read_text(encoding="utf-8").splitlines())]


def test_max_pages_limits_each_start_url(site_server: str, tmp_path: Path) -> None:
    region, pages = next(iter(MANIFEST["regions"].items()))
    out = tmp_path / "two.jsonl"
    done = run_cli("crawl", site_server.rstrip("/") + pages[0], "-o", str(out), "--max-pages", "2")
    assert done.returncode == 0, done.stderr
    expected = [site_server.rstrip("/") + u for p in pages[:2] for u in MANIFEST["pages"][p]["main"]]
    items = sorted(_read(out), key=lambda item: (item["page"], item["position"]))
    assert [item["url"] for item in items] == expected


def test_zero_block_page_fails_the_crawl_loudly(pages_server: str, tmp_path: Path) -> None:
    url = f"{pages_server}zero-blocks/input.html"
    done = run_cli("crawl", url, "-o", str(tmp_path / "z.jsonl"))
    assert done.returncode == 1
    assert f"No teaser blocks on listing page {url} (layout changed?)" in done.stderr
    assert "pages with zero blocks  1" in done.stderr


def test_http_error_fails_the_crawl(site_server: str, tmp_path: Path) -> None:
    done = run_cli("crawl", f"{site_server}en/category/news/nowhere/", "-o", str(tmp_path / "e.jsonl"))
    assert done.returncode == 1
    assert "errors                  1" in done.stderr


def test_crawl_rejects_a_non_http_url(tmp_path: Path) -> None:
    done = run_cli("crawl", "ftp://example.org/x", "-o", str(tmp_path / "x.jsonl"))
    assert done.returncode == 2
    assert "not an http(s) URL: ftp://example.org/x" in done.stderr


def test_theme_change_falls_back_to_generic_extraction_loudly(tmp_path: Path) -> None:
    """The tagDiv main column is there but its blocks changed class (a theme update): the
    crawl still gets every block through the generic extractor, says so in a WARNING naming
    the page and the profile, and counts it in the run report."""
    from conftest import _serve

    case = FIXTURES / "pages" / "region-middle-page"
    html = (case / "input.html").read_text(encoding="utf-8").replace("td_module_wrap", "tdb_module_loop")
    root = tmp_path / "site"
    (root / "list").mkdir(parents=True)
    (root / "list" / "index.html").write_text(html, encoding="utf-8")
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    server = _serve(root)
    base = next(server)
    try:
        url = f"{base}list/"
        done = run_cli("crawl", url, "-o", str(tmp_path / "out.jsonl"), "--report", str(tmp_path / "report.json"),
                       "--max-pages", "1")
    finally:
        server.close()
    assert done.returncode == 0, done.stderr
    items = _read(tmp_path / "out.jsonl")
    assert [i["headline"] for i in items] == [b["headline"] for b in expected["main"]]
    assert f"profile 'tagdiv-newspaper' found no teaser blocks on {url} (layout changed?)" in done.stderr
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["anomalies"]["extractor_fallbacks"] == 1


def test_per_item_debug_lines_only_at_debug_level(site_server: str, tmp_path: Path) -> None:
    """The per-page and per-item DEBUG records are not even built above DEBUG (their cost is
    measurable at full speed); at LOG_LEVEL=DEBUG they are there as Scrapy writes them."""
    url = site_server + "en/category/news/taiwan/"
    quiet = run_cli("crawl", url, "-o", str(tmp_path / "a.jsonl"), "-v", "--max-pages", "1")
    # no same-run hold: the items come out with their page, not with the release at idle
    debug = run_cli("crawl", url, "-o", str(tmp_path / "b.jsonl"), "--max-pages", "1", "-s", "LOG_LEVEL=DEBUG",
                    "-s", "NEWSCRAWL_KNOWLEDGE_HOLD_PAGES=0")
    assert quiet.returncode == 0 and debug.returncode == 0, debug.stderr
    assert "Scraped from <200 " not in quiet.stderr and "Crawled (200) " not in quiet.stderr
    assert f"Crawled (200) <GET {url}>" in debug.stderr and f"Scraped from <200 {url}>" in debug.stderr
