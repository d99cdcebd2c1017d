"""The SQLite store on real files: the shared contract plus WAL, locking and a full disk."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from newscrawl.storage import StoreFullError, StoreLockedError, StoreUnreachableError, open_store, store_class
from newscrawl.storage.sqlite import SQLiteStore, sqlite_path
from store_contract import StoreContract, make_item


@pytest.fixture
def store_url(tmp_path: Path) -> str:
    return str(tmp_path / "crawl.db")


class TestSQLiteContract(StoreContract):
    def check_integrity(self, store: Any) -> None:
        assert store._read("PRAGMA integrity_check") == [("ok",)]
        assert store._read("PRAGMA foreign_key_check") == []


def test_wal_mode_is_on(store_url: str) -> None:
    with open_store(store_url):
        pass
    conn = sqlite3.connect(store_url)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    conn.close()


def test_researcher_can_query_tables_directly(store_url: str) -> None:
    with open_store(store_url) as store:
        store.upsert_many([make_item(1, region="china"), make_item(1, region="taiwan")])
    conn = sqlite3.connect(store_url)
    rows = conn.execute(
        "SELECT a.canonical_url, s.listing_url FROM articles a JOIN sightings s ON s.article_id = a.id "
        "WHERE EXISTS (SELECT 1 FROM json_each(a.regions) WHERE value = 'taiwan') ORDER BY s.listing_url"
    ).fetchall()
    conn.close()
    assert [r[1] for r in rows] == [
        "https://chinaworker.info/en/category/news/china/",
        "https://chinaworker.info/en/category/news/taiwan/",
    ]


def test_reader_is_not_blocked_while_a_writer_holds_the_lock(store_url: str) -> None:
    with open_store(store_url) as store:
        store.upsert_many([make_item(1)])
    writer = sqlite3.connect(store_url, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        with open_store(store_url, lock_retries=0) as reader:
            assert reader.count("articles") == 1
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def test_locked_file_is_retried_a_bounded_number_of_times_then_fails_clearly(store_url: str) -> None:
    open_store(store_url).close()
    other = sqlite3.connect(store_url, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the write lock
    try:
        store = open_store(store_url, lock_retries=2, lock_backoff=0.01, busy_timeout=0.05)
        with pytest.raises(StoreLockedError) as info:
            store.upsert_many([make_item(1)])
        assert store.lock_attempts == 3
        assert str(info.value).startswith(
            f"{store_url}: database is locked by another writer (gave up after 3 attempts over "
        )
        assert str(info.value).endswith("s); stop the other process or retry later")
    finally:
        other.execute("ROLLBACK")
        other.close()
    store.upsert_many([make_item(1)])  # the same store works once the lock is gone
    assert store.count("articles") == 1
    store.close()


def test_full_database_fails_clearly_and_writes_nothing_of_the_batch(store_url: str) -> None:
    with open_store(store_url) as store:
        store.upsert_many([make_item(1)])
        pages = store._read("PRAGMA page_count")[0][0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 1}")
        with pytest.raises(
            StoreFullError, match=r"database or disk is full; free space \(nothing of this batch was written\)$"
        ):
            store.upsert_many([make_item(i, lede="x" * 2000) for i in range(2, 200)])
        assert store.count("articles") == 1


def test_not_a_database_and_missing_directory_are_clear(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreUnreachableError, match=r"junk.db: not a SQLite database$"):
        open_store(str(junk))
    with pytest.raises(StoreUnreachableError, match=r"does not exist$"):
        open_store(str(tmp_path / "nope" / "x.db"))
    with pytest.raises(StoreUnreachableError, match=r"no such database file"):
        open_store(str(tmp_path / "absent.db"), create=False)


def test_uri_forms_choose_sqlite() -> None:
    assert store_class("crawl.db") is SQLiteStore
    assert store_class("sqlite:///crawl.db") is SQLiteStore
    assert sqlite_path("sqlite:///data/crawl.db") == "data/crawl.db"
    assert sqlite_path("sqlite:////var/data/crawl.db") == "/var/data/crawl.db"
