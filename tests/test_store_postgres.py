"""The PostgreSQL store against a real server (started by tests/conftest.py): the shared
contract plus locking, credentials and redaction."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest

from newscrawl.storage import StoreLockedError, StoreUnreachableError, open_store, password_of, redact, store_class
from newscrawl.storage.postgres import PostgresStore
from store_contract import StoreContract, make_item

pytestmark = pytest.mark.postgres


@pytest.fixture
def store_url(pg_url: str) -> str:
    return pg_url


class TestPostgresContract(StoreContract):
    def check_integrity(self, store: Any) -> None:
        orphans = store._read(
            "SELECT count(*) FROM sightings s LEFT JOIN articles a ON a.id = s.article_id WHERE a.id IS NULL"
        )
        assert orphans == [(0,)]


def test_both_schemes_choose_postgres() -> None:
    assert store_class("postgresql://u@h/db") is PostgresStore
    assert store_class("postgres://u@h/db") is PostgresStore


def test_regions_and_authors_are_arrays(store_url: str) -> None:
    with open_store(store_url) as store:
        store.upsert_many([make_item(1, region="china"), make_item(1, region="taiwan")])
    with psycopg.connect(store_url) as conn:
        row = conn.execute("SELECT regions, authors FROM articles WHERE 'taiwan' = ANY(regions)").fetchone()
    assert row == (["china", "taiwan"], ["Reporter 1"])


def test_locked_rows_are_retried_a_bounded_number_of_times_then_fail_clearly(store_url: str) -> None:
    with open_store(store_url) as store:
        store.upsert_many([make_item(1)])
    with psycopg.connect(store_url) as other:
        other.execute("SELECT id FROM articles FOR UPDATE")  # holds the row lock (open transaction)
        store = open_store(store_url, lock_retries=2, lock_backoff=0.01, lock_timeout=0.1)
        with pytest.raises(StoreLockedError) as info:
            store.upsert_many([make_item(1, run_id="run-2")])
        assert store.lock_attempts == 3
        message = str(info.value)
        assert message.startswith(f"{redact(store_url)}: rows are locked by another writer (gave up after 3 attempts")
        assert password_of(store_url) not in message
        other.rollback()
    store.upsert_many([make_item(1, run_id="run-2")])
    assert store.count("articles") == 1
    store.close()


def test_wrong_password_and_unreachable_server_never_show_the_password(store_url: str) -> None:
    secret = password_of(store_url)
    wrong = store_url.replace(secret, "not-the-password-xyz")
    with pytest.raises(StoreUnreachableError) as info:
        open_store(wrong)
    assert "not-the-password-xyz" not in str(info.value)
    assert str(info.value).startswith("cannot connect to PostgreSQL at postgresql://postgres:***@127.0.0.1:")
    assert "\n" not in str(info.value)
    with pytest.raises(StoreUnreachableError) as info:
        open_store("postgresql://postgres:hunter2@127.0.0.1:1/none", connect_timeout=2)
    assert "hunter2" not in str(info.value)


def test_redact() -> None:
    assert redact("postgresql://u:s3cret@db.example:5432/news") == "postgresql://u:***@db.example:5432/news"
    assert (
        redact("postgresql://u@db/news?password=s3cret&sslmode=require")
        == "postgresql://u@db/news?password=***&sslmode=require"
    )
    assert redact("postgresql://db/news") == "postgresql://db/news"
    assert redact("/data/crawl.db") == "/data/crawl.db"
