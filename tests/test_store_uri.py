"""Store URIs are read in one place (newscrawl/storage/uri.py): which store a URI names, the
SQLite file it points at, and passwords hidden wherever a URI or a driver's message is shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscrawl.storage import UnsupportedStoreError, open_reader, open_store, store_class
from newscrawl.storage.jsonl import JsonlArticles
from newscrawl.storage.sqlite import SQLiteStore
from newscrawl.storage.uri import kind_of, password_of, redact, scheme_of, scrub, sqlite_path


@pytest.mark.parametrize("uri, kind", [
    ("crawl.db", "sqlite"), ("data/crawl.sqlite", "sqlite"), (r"C:\data\crawl.db", "sqlite"),
    ("sqlite:///crawl.db", "sqlite"), ("SQLITE:///crawl.db", "sqlite"),
    ("postgresql://u@h/db", "postgresql"), ("postgres://u@h/db", "postgresql"),
    ("items.jsonl", "jsonl"), ("out/items.JL", "jsonl"), ("items.ndjson", "jsonl"), ("items.json", "jsonl"),
    ("mysql://u@h/db", None), ("https://example.org/x.db", None),
])
def test_kind_of(uri: str, kind: str | None) -> None:
    assert kind_of(uri) == kind


@pytest.mark.parametrize("uri, path", [
    ("crawl.db", "crawl.db"),
    ("/var/data/crawl.db", "/var/data/crawl.db"),
    ("sqlite:///data/crawl.db", "data/crawl.db"),        # three slashes: relative
    ("sqlite:////var/data/crawl.db", "/var/data/crawl.db"),  # four: absolute
    ("sqlite:///my%20db.db", "my db.db"),                 # percent-escapes decoded
    ("sqlite:////tmp/caf%C3%A9.db", "/tmp/café.db"),
    ("sqlite://crawl.db", "crawl.db"),                    # two slashes: the name sits where a host would
])
def test_sqlite_path(uri: str, path: str) -> None:
    assert sqlite_path(uri) == path


def test_every_reader_opens_the_same_file_for_an_escaped_sqlite_uri(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The writer (open_store) and the incremental reader (open_reader) once parsed sqlite:// apart."""
    monkeypatch.chdir(tmp_path)
    with open_store("sqlite:///my%20db.db") as store:
        store.upsert_many([{"url": "https://x.org/1/", "headline": "One"}], run_id="r1")
    assert (tmp_path / "my db.db").is_file() and not (tmp_path / "my%20db.db").exists()
    reader = open_reader("sqlite:///my%20db.db")
    try:
        assert reader.known_urls(["https://x.org/1/"]) == {"https://x.org/1/"}
    finally:
        reader.close()


def test_store_classes_by_uri(tmp_path: Path) -> None:
    assert store_class("sqlite:///x.db") is SQLiteStore
    with pytest.raises(UnsupportedStoreError, match=r"^items.jsonl looks like a JSON-lines file, not a database; "
                                                     r"write JSON lines with -o items.jsonl$"):
        store_class("items.jsonl")
    with pytest.raises(UnsupportedStoreError, match=r"unsupported database URL scheme 'mysql' in mysql://u:\*\*\*@h/db"):
        store_class("mysql://u:pw@h/db")
    assert isinstance(open_reader(str(tmp_path / "items.jsonl")), JsonlArticles)


def test_scheme_of_file_paths() -> None:
    assert scheme_of("crawl.db") == "" and scheme_of(r"C:\crawl.db") == ""
    assert scheme_of("PostgreSQL://h/db") == "postgresql"


@pytest.mark.parametrize("uri, shown", [
    ("postgresql://u:s3cret@db.example:5432/news", "postgresql://u:***@db.example:5432/news"),
    ("postgresql://u@db/news?password=s3cret&sslmode=require", "postgresql://u@db/news?password=***&sslmode=require"),
    ("postgresql://u:p%40ss@db/news", "postgresql://u:***@db/news"),
    ("postgresql://db/news", "postgresql://db/news"),
    # A '#', '/' or '?' typed into a password unencoded ends urlsplit's host part: still hidden.
    ("postgresql://u:pa#ss@db/news", "postgresql://u:***@db/news"),
    ("redis://:s3/cr?et@hub:6379/0?password=x", "redis://:***@hub:6379/0?password=***"),
    ("postgresql://db/news?options=a@b", "postgresql://db/news?options=a%40b"),  # no password: host kept
    ("/data/crawl.db", "/data/crawl.db"),
    ("host=db password=s3cret dbname=news", "host=db password=*** dbname=news"),
])
def test_redact(uri: str, shown: str) -> None:
    assert redact(uri) == shown


def test_password_of_and_scrub() -> None:
    uri = "postgresql://u:p%40ss@db/news"
    assert password_of(uri) == "p@ss"
    # A driver may echo the password decoded or as typed: both are hidden.
    assert scrub("auth failed for p@ss (p%40ss)", uri) == "auth failed for *** (***)"
    assert password_of("postgresql://u@db/news?password=s3cret") == "s3cret"
    assert scrub("nothing secret here", "postgresql://u@db/news") == "nothing secret here"
    assert password_of("postgresql://u:pa#ss@db/news") == "pa#ss"
    assert scrub("no password pa#ss", "postgresql://u:pa#ss@db/news") == "no password ***"
