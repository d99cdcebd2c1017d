"""Incremental mode: the KnownArticles readers, the stop rule, and a real crawl of the
fixture site whose store comes from an earlier run."""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from conftest import REPO, run_cli
from newscrawl.crawl import project_settings
from newscrawl.ops.incremental import JsonlKnown, StoreUnavailable, open_known, page_is_known, redact
from servers import MisbehavingServer

SITE = REPO / "fixtures" / "site"


def test_page_is_known_rule() -> None:
    assert page_is_known(["a", "b"], {"a", "b"})
    assert not page_is_known(["a", "b"], {"a"})
    assert page_is_known(["a", "b", "c"], {"a", "b"}, tolerance=1)
    assert not page_is_known(["a"], set(), tolerance=1)  # nothing known: not a sign of "old" pages
    assert not page_is_known([], set())


def test_jsonl_reader_skips_damaged_lines(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    path.write_text('{"canonical_url": "https://x.org/1/"}\n{"url": "https://x.org/2/"}\n{"canonical_u', encoding="utf-8")
    known = JsonlKnown(path)
    assert known.known(["https://x.org/1/", "https://x.org/2/", "https://x.org/3/"]) == {"https://x.org/1/", "https://x.org/2/"}
    assert known.bad_lines == 1
    assert JsonlKnown(tmp_path / "missing.jsonl").known(["a"]) == set()  # first run


def test_sqlite_reader_is_read_only(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE articles (canonical_url TEXT UNIQUE, first_seen TEXT)")
        conn.executemany("INSERT INTO articles VALUES (?, '2026-01-01')", [(f"https://x.org/{i}/",) for i in range(1200)])
    for uri in (str(db), f"sqlite:///{db}"):
        store = open_known(uri)
        urls = [f"https://x.org/{i}/" for i in range(1195, 1205)]
        assert store.known(urls) == {f"https://x.org/{i}/" for i in range(1195, 1200)}
        with pytest.raises(sqlite3.OperationalError):
            store.conn.execute("DELETE FROM articles")  # type: ignore[attr-defined]
        store.close()


def _store_two_runs(uri: str) -> None:
    """Run "earlier" stores articles 1 and 2; run "now" stores 2 again and, first, 3."""
    from newscrawl.storage import open_store

    def item(n: int) -> dict[str, object]:
        return {"url": f"https://x.org/{n}/", "canonical_url": f"https://x.org/{n}/", "headline": f"Headline {n}",
                "listing_url": "https://x.org/", "page": 1, "position": n, "region_slug": "x"}

    with open_store(uri) as store:
        store.upsert_many([item(1), item(2)], run_id="earlier")
        store.upsert_many([item(2), item(3)], run_id="now")


def _check_exclude_run_id(uri: str) -> None:
    urls = [f"https://x.org/{n}/" for n in (1, 2, 3, 4)]
    everything = open_known(uri)
    # The store is read live: without a run to exclude, this run's own article 3 counts too.
    assert everything.known(urls) == set(urls[:3])
    everything.close()
    resuming = open_known(uri, exclude_run_id="now")
    # A resumed run "now": what it wrote itself before being killed is not "already known".
    assert resuming.known(urls) == {"https://x.org/1/", "https://x.org/2/"}
    resuming.close()


def test_sqlite_reader_leaves_out_the_resuming_runs_own_articles(tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    _store_two_runs(db)
    _check_exclude_run_id(db)


def test_postgres_reader_leaves_out_the_resuming_runs_own_articles(pg_url: str) -> None:
    _store_two_runs(pg_url)
    _check_exclude_run_id(pg_url)


def test_unreadable_stores_raise_one_line_errors(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailable, match="no such SQLite store"):
        open_known(str(tmp_path / "missing.db"))
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    with pytest.raises(StoreUnavailable, match=r"cannot read articles.canonical_url \(no such table: articles\)"):
        open_known(str(empty))


def test_postgres_errors_never_show_the_password() -> None:
    url = "postgresql://crawler:s3cret-pw@127.0.0.1:1/news"
    with pytest.raises(StoreUnavailable) as info:
        open_known(url)
    assert "s3cret-pw" not in str(info.value)
    assert "postgresql://crawler:***@127.0.0.1:1/news" in str(info.value)
    assert redact(url) == "postgresql://crawler:***@127.0.0.1:1/news"


def test_cli_store_unreachable_exits_4_without_password(tmp_path: Path) -> None:
    result = run_cli("crawl", "--site", "fixture", "--known", "postgresql://u:hunter2@127.0.0.1:1/db",
                     "--incremental", "-o", str(tmp_path / "x.jsonl"))
    assert result.returncode == 4, result.stderr
    assert "hunter2" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("Error: store unreachable: postgresql://u:***@127.0.0.1:1/db")


def _crawl(server_url: str, out: Path, report: Path, env: dict[str, str], *extra: str) -> dict:
    result = run_cli("crawl", "--site", "fixture", "--base-url", server_url, "-o", str(out), "--report", str(report), *extra, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(report.read_text(encoding="utf-8"))


def _site_with_new_articles(target: Path, count: int) -> None:
    """The fixture site rebuilt with ``count`` new Hong Kong articles on top (a day later)."""
    sys.path.insert(0, str(REPO / "fixtures"))
    try:
        import build_site
    finally:
        sys.path.pop(0)
    source = json.loads((REPO / "fixtures" / "site-src" / "articles.json").read_text(encoding="utf-8"))
    template = next(a for a in source["articles"] if "hong-kong" in a["regions"])
    for i in range(count):
        article = dict(template, id=f"2026/03/0{i + 1}/4990{i}", headline=f"Hong Kong: new story {i}", tags=[])
        source["articles"].append(article)
    src = target.parent / "articles.json"
    src.write_text(json.dumps(source), encoding="utf-8")
    build_site.build(target, src)


def test_incremental_crawl_fetches_only_new_pages(tmp_path: Path, state_dir: dict[str, str]) -> None:
    store, report = tmp_path / "store.jsonl", tmp_path / "report.json"
    site = tmp_path / "site"
    shutil.copytree(SITE, site)
    with MisbehavingServer(site) as server:
        first = _crawl(server.url, store, report, state_dir)
        assert first["pages"] == 24 and first["new_articles"] == 49 and first["incremental_stops"] == 0

        # Nothing new: each region and tag stops after its first page.
        again = _crawl(server.url, store, report, state_dir)
        assert again["pages"] == 6
        assert again["new_articles"] == 0
        assert again["incremental_stops"] == 5  # local-elections has a single page
        assert again["exit_status"] == 0

        # Two new Hong Kong articles: hong-kong's page 1 has 2 new + 2 known, page 2 is all known.
        # A fan-out window of one page fetches exactly what a chain of next links would.
        _site_with_new_articles(site, 2)
        newer = _crawl(server.url, store, report, state_dir, "-s", "NEWSCRAWL_CRAWL_FANOUT_INCREMENTAL_WINDOW=1")
        hk_pages = [p for p, n in server.hits.items() if p.startswith("/en/category/news/hong-kong/") and n]
        assert newer["new_articles"] == 2
        assert newer["pages"] == 7
        assert server.hits["/en/category/news/hong-kong/page/3/"] == 1  # only the first, full crawl
        assert "/en/category/news/hong-kong/page/2/" in hk_pages

        # The default window: page 1 requests the next pages of the window at once; the stop at
        # page 2 opens no new window (hong-kong has 5 pages).
        window = project_settings().getint("NEWSCRAWL_CRAWL_FANOUT_INCREMENTAL_WINDOW")
        assert 1 < window < 4
        _site_with_new_articles(site, 4)
        server.hits.clear()
        windowed = _crawl(server.url, store, report, state_dir)
        hk_hits = {p: n for p, n in server.hits.items() if p.startswith("/en/category/news/hong-kong/")}
        assert windowed["new_articles"] == 2 and windowed["incremental_stops"] == 5
        assert windowed["pages"] == 5 + 1 + window and len(hk_hits) == 1 + window
        assert all(n == 1 for n in hk_hits.values())

        # Explicitly off: the whole site again.
        full = _crawl(server.url, store, report, state_dir, "--no-incremental")
        manifest = json.loads((site / "manifest.json").read_text(encoding="utf-8"))
        assert full["pages"] == len(manifest["pages"]) == 25 and full["new_articles"] is None

    stored = {json.loads(line)["canonical_url"] for line in store.read_text(encoding="utf-8").splitlines()}
    assert len(stored) == 49 + 4


def test_incremental_with_tolerance_setting(tmp_path: Path, state_dir: dict[str, str]) -> None:
    store, report = tmp_path / "store.jsonl", tmp_path / "report.json"
    with MisbehavingServer(SITE) as server:
        _crawl(server.url, store, report, state_dir, "--region", "china")
        lines = store.read_text(encoding="utf-8").splitlines()
        # Forget the two newest articles of page 1: with tolerance 2 the crawl still stops there.
        kept = [line for line in lines if json.loads(line)["page"] != 1 or json.loads(line)["position"] > 2]
        store.write_text("\n".join(kept) + "\n", encoding="utf-8")
        tolerant = _crawl(server.url, store, report, state_dir, "--region", "china", "-s", "NEWSCRAWL_INCREMENTAL_TOLERANCE=2")
        assert tolerant["pages"] == 1 and tolerant["new_articles"] == 2 and tolerant["incremental_stops"] == 1
