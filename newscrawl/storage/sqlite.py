"""SQLite store: the default database for ``crawl --db PATH``.

WAL mode (readers never block the writer, and a researcher can query the file while a crawl
runs), ``BEGIN IMMEDIATE`` write transactions (the write lock is taken up front, so a locked
file shows up as SQLITE_BUSY at the start, where it can be retried), ``authors`` and
``regions`` as JSON arrays (query them with ``json_each``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

from newscrawl.storage.base import (
    RUNS_STATS_SQL,
    SqlStore,
    StoreError,
    StoreFullError,
    StoreUnreachableError,
)
from newscrawl.storage.uri import sqlite_path

T = TypeVar("T")

#: Ordered migrations; version N is MIGRATIONS[N - 1]. Append, never edit a released one.
MIGRATIONS: list[tuple[str, list[str]]] = [
    ("articles, sightings, teaser history and runs", [
        """CREATE TABLE runs (
            run_id TEXT PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            finish_reason TEXT,
            spider TEXT,
            start_urls TEXT NOT NULL DEFAULT '[]',
            items INTEGER,
            new_articles INTEGER,
            updated_articles INTEGER,
            rejected INTEGER
        )""",
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            canonical_url TEXT NOT NULL UNIQUE,
            url TEXT NOT NULL,
            site TEXT,
            headline TEXT,
            standfirst TEXT,
            byline TEXT,
            authors TEXT NOT NULL DEFAULT '[]',
            organisation TEXT,
            affiliation TEXT,
            note TEXT,
            lede TEXT,
            excerpt TEXT,
            truncated INTEGER NOT NULL DEFAULT 0,
            category TEXT,
            regions TEXT NOT NULL DEFAULT '[]',
            published TEXT,
            published_source TEXT,
            split_method TEXT,
            split_confidence REAL,
            text_hash TEXT,
            content_key TEXT,
            duplicate_of TEXT,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            seen_count INTEGER NOT NULL DEFAULT 1,
            first_run_id TEXT,
            last_run_id TEXT,
            schema_version TEXT
        )""",
        "CREATE INDEX articles_content_key ON articles (content_key)",
        "CREATE INDEX articles_first_seen ON articles (first_seen)",
        "CREATE INDEX articles_first_run_id ON articles (first_run_id)",
        """CREATE TABLE sightings (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            run_id TEXT NOT NULL,
            listing_url TEXT,
            region_slug TEXT,
            listing_kind TEXT,
            page INTEGER,
            position INTEGER,
            placement TEXT NOT NULL DEFAULT 'main',
            seen_at TEXT NOT NULL
        )""",
        # One sighting per (article, run, listing, page, position): replaying a batch adds nothing.
        """CREATE UNIQUE INDEX sightings_once ON sightings
            (article_id, run_id, coalesce(listing_url, ''), coalesce(page, 0), coalesce(position, 0), placement)""",
        "CREATE INDEX sightings_run_id ON sightings (run_id)",
        """CREATE TABLE teaser_history (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            text_hash TEXT NOT NULL,
            headline TEXT,
            standfirst TEXT,
            byline TEXT,
            lede TEXT,
            excerpt TEXT,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            first_run_id TEXT,
            UNIQUE (article_id, text_hash)
        )""",
    ]),
    ("raw excerpts, splitter versions and the split history of re-splits", [
        # Rows stored before this migration have NULLs here: `newscrawl resplit` splits their
        # collapsed `excerpt` (and rebuilds the line breaks of line-break splits from their parts).
        "ALTER TABLE articles ADD COLUMN excerpt_raw TEXT",
        "ALTER TABLE articles ADD COLUMN splitter_version TEXT",
        "ALTER TABLE teaser_history ADD COLUMN excerpt_raw TEXT",
        "ALTER TABLE teaser_history ADD COLUMN splitter_version TEXT",
        # One row per change `newscrawl resplit` made to an article's split: the split as it was.
        """CREATE TABLE split_history (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            text_hash TEXT,
            standfirst TEXT,
            byline TEXT,
            authors TEXT NOT NULL DEFAULT '[]',
            organisation TEXT,
            affiliation TEXT,
            note TEXT,
            lede TEXT,
            truncated INTEGER,
            split_method TEXT,
            split_confidence REAL,
            splitter_version TEXT,
            excerpt_raw TEXT,
            changed_fields TEXT NOT NULL,
            replaced_at TEXT NOT NULL,
            replaced_by TEXT NOT NULL,
            replaced_by_version TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT 'resplit'
        )""",
        "CREATE INDEX split_history_article_id ON split_history (article_id)",
        "CREATE INDEX split_history_replaced_by ON split_history (replaced_by)",
    ]),
]


class SQLiteStore(SqlStore):
    MIGRATIONS = MIGRATIONS
    placeholder = "?"
    least, greatest = "min", "max"
    insert_ignore_prefix = "INSERT OR IGNORE"

    def __init__(self, uri: str, *, busy_timeout: float = 1.0, create: bool = True, **kwargs: Any) -> None:
        super().__init__(uri, **kwargs)
        self.path = sqlite_path(uri)
        self.busy_timeout = busy_timeout
        self.create = create
        self.conn: sqlite3.Connection | None = None

    @property
    def display_name(self) -> str:
        return self.path

    def _connect(self) -> None:
        path = Path(self.path)
        if path.is_dir():
            raise StoreUnreachableError(f"{self.path}: is a directory, not a database file")
        if (self.read_only or not self.create) and not path.exists():
            raise StoreUnreachableError(f"{self.path}: no such database file (crawl with --db {self.path} first)")
        if not path.parent.exists():
            raise StoreUnreachableError(f"{self.path}: directory {path.parent} does not exist")
        try:
            if self.read_only:
                # SQLite itself refuses every write on this connection; the file is read live, as
                # a crawl writing to it in WAL mode commits.
                read_only_uri = f"file:{quote(str(path.resolve()))}?mode=ro"
                self.conn = sqlite3.connect(read_only_uri, uri=True, timeout=self.busy_timeout, isolation_level=None)
                return
            # isolation_level=None: we issue BEGIN IMMEDIATE / COMMIT ourselves.
            conn = self.conn = sqlite3.connect(self.path, timeout=self.busy_timeout, isolation_level=None)
            conn.execute("PRAGMA foreign_keys = ON")
            header = self._bounded(lambda: conn.execute("PRAGMA journal_mode = WAL").fetchone())
            if header and str(header[0]).lower() != "wal":
                raise StoreError(f"{self.path}: cannot switch to WAL mode (journal_mode is {header[0]})")
            # NORMAL is safe in WAL mode: a power cut may lose the last commits, never consistency.
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            self._disconnect()
            raise self._translate(exc) from None
        except StoreError:
            self._disconnect()
            raise

    def _bounded(self, fn: Callable[[], T]) -> T:
        """Retry a statement outside a transaction (switching to WAL, a read under an exclusive lock)."""
        return self._retry_locked(fn)

    def _disconnect(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def _cursor(self) -> sqlite3.Cursor:
        if self.conn is None:
            raise StoreError(f"{self.path}: store is not open")
        return self.conn.cursor()

    def _transaction(self, fn: Callable[[Any], T]) -> T:
        cur = self._cursor()
        try:
            cur.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            if self._is_transient_lock(exc):
                raise
            raise self._translate(exc) from None
        try:
            result = fn(cur)
            cur.execute("COMMIT")
            return result
        except BaseException as exc:
            if self.conn is not None and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError) and not self._is_transient_lock(exc):
                raise self._translate(exc) from None
            raise

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        cur = self._cursor()
        try:
            return self._bounded(lambda: cur.execute(sql, params).fetchall())
        except sqlite3.DatabaseError as exc:
            raise self._translate(exc) from None

    def _is_transient_lock(self, exc: BaseException) -> bool:
        if not isinstance(exc, sqlite3.OperationalError):
            return False
        text = str(exc).lower()
        return "database is locked" in text or "database is busy" in text or "database table is locked" in text

    def _translate(self, exc: sqlite3.DatabaseError) -> StoreError:
        text = str(exc)
        if "disk is full" in text or "database or disk is full" in text:
            return StoreFullError(
                f"{self.path}: database or disk is full; free space (nothing of this batch was written)")
        if isinstance(exc, sqlite3.DatabaseError) and "file is not a database" in text:
            return StoreUnreachableError(f"{self.path}: not a SQLite database")
        if "unable to open" in text:
            return StoreUnreachableError(f"{self.path}: cannot open the database file ({text})")
        if "readonly" in text or "read-only" in text:
            return StoreError(f"{self.path}: database is read-only; check the file's permissions")
        return StoreError(f"{self.path}: {text}")

    def _lock_message(self, attempts: int, waited: float) -> str:
        return (f"{self.path}: database is locked by another writer (gave up after {attempts} attempts "
                f"over {waited:.1f}s); stop the other process or retry later")

    def _encode_list(self, values: list[str]) -> str:
        return json.dumps(values, ensure_ascii=False)

    def _decode_list(self, value: Any) -> list[str]:
        return json.loads(value) if value else []

    def _decode_value(self, name: str, value: Any) -> Any:
        if name == "truncated":
            return bool(value)
        return value

    def _merge_regions_sql(self) -> str:
        return ("(SELECT json_group_array(value) FROM (SELECT value FROM json_each(articles.regions) "
                "UNION SELECT value FROM json_each(excluded.regions) ORDER BY value))")

    def _region_filter(self) -> str:
        return "EXISTS (SELECT 1 FROM json_each(articles.regions) WHERE value = ?)"

    def _stats_queries(self) -> dict[str, str]:
        return {
            "by_region": "SELECT r.value, count(*) FROM articles, json_each(articles.regions) AS r "
                         "GROUP BY r.value ORDER BY count(*) DESC, r.value",
            "by_author": "SELECT a.value, count(*) FROM articles, json_each(articles.authors) AS a "
                         "GROUP BY a.value ORDER BY count(*) DESC, a.value",
            "runs": RUNS_STATS_SQL,
        }
