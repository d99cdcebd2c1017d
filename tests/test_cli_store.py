"""`crawl --db`, `export` and `stats` end to end: the CLI in a subprocess, crawling the offline
fixture site served by a real local HTTP server (another subprocess, on a free port)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO
from newscrawl.storage.sqlite import MIGRATIONS


def cli(*args: str, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newscrawl.cli", *args], cwd=REPO, capture_output=True, text=True, timeout=timeout
    )


@pytest.fixture
def site_url(site_server: str) -> str:
    """The offline fixture site, served by conftest's site_server (a subprocess on a free port)."""
    return site_server


@pytest.fixture(scope="module")
def manifest() -> dict:
    return json.loads((REPO / "fixtures" / "site" / "manifest.json").read_text(encoding="utf-8"))


def start_urls(site_url: str, manifest: dict) -> list[str]:
    """First page of every region and tag of the fixture site."""
    return [site_url + pages[0].lstrip("/") for group in ("regions", "tags") for pages in manifest[group].values()]


def test_crawl_into_sqlite_twice_then_export_and_stats(tmp_path: Path, site_url: str, manifest: dict) -> None:
    db = str(tmp_path / "crawl.db")
    urls = start_urls(site_url, manifest)
    first = cli("crawl", *urls, "--db", db, "-o", str(tmp_path / "items.jsonl"))
    assert first.returncode == 0, first.stderr
    assert "stored: new articles" in first.stderr
    lines = (tmp_path / "items.jsonl").read_text(encoding="utf-8").splitlines()

    conn = sqlite3.connect(db)
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    sightings = conn.execute("SELECT count(*) FROM sightings").fetchone()[0]
    assert articles == len(lines) == len(set(manifest["articles"]))
    assert sightings > articles  # articles listed on several region and tag pages
    multi = conn.execute("SELECT count(*) FROM articles WHERE json_array_length(regions) > 1").fetchone()[0]
    assert multi > 0

    second = cli("crawl", *urls, "--db", db)
    assert second.returncode == 0, second.stderr
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == articles
    assert conn.execute("SELECT count(*) FROM sightings").fetchone()[0] == 2 * sightings
    assert conn.execute("SELECT min(seen_count), max(seen_count) FROM articles").fetchone() == (2, 2)
    assert conn.execute("SELECT count(*), count(finished_at) FROM runs").fetchone() == (2, 2)
    conn.close()

    exported = cli("export", "--db", db)
    assert exported.returncode == 0, exported.stderr
    rows = [json.loads(line) for line in exported.stdout.splitlines()]
    assert len(rows) == articles and exported.stderr.strip() == f"exported {articles} articles"
    region = next(iter(manifest["regions"]))
    only = [json.loads(line) for line in cli("export", "--db", db, "--region", region).stdout.splitlines()]
    assert only and all(region in r["regions"] for r in only)
    assert cli("export", "--db", db, "--since", "2999-01-01").stdout == ""

    as_csv = cli("export", "--db", db, "--csv")
    table = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(table) == articles and json.loads(table[0]["regions"])

    stats = cli("stats", "--db", db)
    assert stats.returncode == 0, stats.stderr
    assert "articles by region" in stats.stdout and "new articles per run" in stats.stdout
    figures = json.loads(cli("stats", "--db", db, "--json").stdout)
    assert figures["totals"]["articles"] == articles
    # (two runs started within the same second have no order by time: matched by run id)
    first_run = json.loads(lines[0])["run_id"]
    assert {r["run_id"] == first_run: r["new_articles"] for r in figures["runs"]} == {True: articles, False: 0}


def test_crawl_needs_an_output_or_a_database(site_url: str) -> None:
    result = cli("crawl", f"{site_url}en/category/news/china/")
    assert result.returncode == 2
    assert "say where items go: -o FILE.jsonl (or -o - for stdout), --db FILE.db, or both" in result.stderr


def test_locked_database_fails_with_one_clear_line(tmp_path: Path, site_url: str) -> None:
    db = str(tmp_path / "crawl.db")
    assert cli("stats", "--db", db).stderr == f"Error: {db}: no such database file (crawl with --db {db} first)\n"
    sqlite3.connect(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = cli(
            "crawl",
            f"{site_url}en/category/news/china/",
            "--db",
            db,
            "-s",
            "NEWSCRAWL_STORE_LOCK_RETRIES=1",
            "-s",
            "NEWSCRAWL_STORE_LOCK_BACKOFF=0.01",
            "-s",
            "NEWSCRAWL_STORE_BUSY_TIMEOUT=0.05",
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 4  # could not start (docs/exit-codes.md)
    assert result.stderr.startswith(
        f"Error: {db}: database is locked by another writer (gave up after 2 attempts over "
    )
    assert result.stderr.count("\n") == 1


def test_newer_schema_is_refused(tmp_path: Path, site_url: str) -> None:
    db = str(tmp_path / "crawl.db")
    assert cli("crawl", f"{site_url}en/category/news/china/", "--db", db, "--max-pages", "1").returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO schema_migrations VALUES (99, 'future', '2030-01-01T00:00:00Z')")
    conn.commit()
    conn.close()
    for args in (
        ["crawl", f"{site_url}en/category/news/china/", "--db", db],
        ["export", "--db", db],
        ["stats", "--db", db],
    ):
        result = cli(*args)
        assert result.returncode == (4 if args[0] == "crawl" else 1)
        assert result.stderr == (
            f"Error: {db} has schema version 99, newer than this newscrawl supports "
            f"({len(MIGRATIONS)}); upgrade newscrawl (pip install -U newscrawl)\n"
        )


def test_unreachable_postgres_is_reported_with_the_password_redacted() -> None:
    result = cli("stats", "--db", "postgresql://news:s3cr3t-pw@127.0.0.1:1/news")
    assert result.returncode == 1
    assert result.stderr.startswith("Error: cannot connect to PostgreSQL at postgresql://news:***@127.0.0.1:1/news: ")
    assert "s3cr3t-pw" not in result.stderr + result.stdout


@pytest.mark.postgres
def test_crawl_into_postgres_then_export(pg_url: str, site_url: str, manifest: dict) -> None:
    urls = start_urls(site_url, manifest)
    for _ in range(2):
        result = cli("crawl", *urls, "--db", pg_url, "-v")
        assert result.returncode == 0, result.stderr
        assert pg_url.split(":")[2].split("@")[0] not in result.stderr  # the password never shows
    rows = [json.loads(line) for line in cli("export", "--db", pg_url).stdout.splitlines()]
    assert len(rows) == len(set(manifest["articles"]))
    assert {r["seen_count"] for r in rows} == {2}
