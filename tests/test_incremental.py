"""Incremental mode: the run's view of the known articles (open_known, over the storage layer's
readers), the stop rule, and a real crawl of the fixture site whose store comes from an earlier run.
The readers themselves are tested with the stores (store_contract.py, test_store_jsonl.py)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from conftest import REPO, run_cli
from newscrawl.crawl import project_settings
from newscrawl.ops.incremental import StoreUnavailable, open_known, page_is_known
from newscrawl.storage import StoreError, open_store
from servers import MisbehavingServer

SITE = REPO / "fixtures" / "site"


def test_page_is_known_rule() -> None:
    assert page_is_known(["a", "b"], {"a", "b"})
    assert not page_is_known(["a", "b"], {"a"})
    assert page_is_known(["a", "b", "c"], {"a", "b"}, tolerance=1)
    assert not page_is_known(["a"], set(), tolerance=1)  # nothing known: not a sign of "old" pages
    assert not page_is_known([], set())


def test_a_jsonl_store_leaves_out_the_resuming_runs_own_lines(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    lines = [{"canonical_url": "https://x.org/1/", "run_id": "earlier"}, {"url": "https://x.org/2/", "run_id": "now"},
             {"canonical_url": "https://x.org/3/", "run_id": "now"},
             {"canonical_url": "https://x.org/1/", "run_id": "now"}]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    urls = ["https://x.org/1/", "https://x.org/2/", "https://x.org/3/", "https://x.org/4/"]
    assert open_known(str(path)).known(urls) == set(urls[:3])
    assert open_known(str(path), exclude_run_id="now").known(urls) == {"https://x.org/1/"}
    assert open_known(str(tmp_path / "missing.jsonl")).known(urls) == set()  # a first run


def _store_two_runs(uri: str) -> None:
    """Run "earlier" stores articles 1 and 2; run "now" stores 2 again and, first, 3."""

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


@pytest.mark.parametrize("spelling", ["path", "sqlite-url"])
def test_sqlite_reader_leaves_out_the_resuming_runs_own_articles(tmp_path: Path, spelling: str) -> None:
    db = tmp_path / "my store.db"  # a space: sqlite:///my%20store.db must name the same file
    _store_two_runs(str(db))
    _check_exclude_run_id(str(db) if spelling == "path" else "sqlite:///" + str(db).replace(" ", "%20"))


def test_postgres_reader_leaves_out_the_resuming_runs_own_articles(pg_url: str) -> None:
    _store_two_runs(pg_url)
    _check_exclude_run_id(pg_url)


def test_unreadable_stores_raise_one_line_errors(tmp_path: Path) -> None:
    assert StoreUnavailable is StoreError  # what callers of open_known catch
    with pytest.raises(StoreError, match=r"missing.db: no such database file"):
        open_known(str(tmp_path / "missing.db"))
    assert not (tmp_path / "missing.db").exists()  # reading never creates a store
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).close()
    with pytest.raises(StoreError, match=r"empty.db: not a newscrawl database \(it has no schema_migrations table\)$"):
        open_known(str(empty))
    text = tmp_path / "notes.db"
    text.write_text("not a database at all\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError, match=r"notes.db: not a SQLite database$"):
        open_known(str(text))


def test_postgres_errors_never_show_the_password() -> None:
    url = "postgresql://crawler:s3cret-pw@127.0.0.1:1/news"
    with pytest.raises(StoreError) as info:
        open_known(url)
    assert "s3cret-pw" not in str(info.value)
    assert "postgresql://crawler:***@127.0.0.1:1/news" in str(info.value)
    assert len(str(info.value).splitlines()) == 1


def test_cli_store_unreachable_exits_4_without_password(tmp_path: Path) -> None:
    result = run_cli("crawl", "--site", "fixture", "--known", "postgresql://u:hunter2@127.0.0.1:1/db",
                     "--incremental", "-o", str(tmp_path / "x.jsonl"))
    assert result.returncode == 4, result.stderr
    assert "hunter2" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("Error: store unreachable: cannot connect to PostgreSQL at postgresql://u:***@127.0.0.1:1/db")


def _crawl(server_url: str, out: Path, report: Path, env: dict[str, str], *extra: str) -> dict:
    result = run_cli("crawl", "--site", "fixture", "--base-url", server_url, "-o", str(out), "--report", str(report),
                     *extra, env=env)
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
        tolerant = _crawl(server.url, store, report, state_dir, "--region", "china",
                          "-s", "NEWSCRAWL_INCREMENTAL_TOLERANCE=2")
        assert tolerant["pages"] == 1 and tolerant["new_articles"] == 2 and tolerant["incremental_stops"] == 1
