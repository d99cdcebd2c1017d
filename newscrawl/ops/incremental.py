"""Which articles a store already holds, and when a listing page says "nothing new below".

A tiny protocol (``KnownArticles.known(urls) -> set``) so the stop rule does not depend on
how the store is written: SQLite file, PostgreSQL URL, or an earlier run's JSON-lines items.
The SQL readers only read the ``articles.canonical_url`` column; they never write. No Scrapy.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote, urlsplit

from newscrawl.storage import redact

#: Most URLs per SQL query (SQLite's default variable limit is 999 on old builds).
_CHUNK = 500


class StoreUnavailable(RuntimeError):
    """The store cannot be opened or read; the message never contains a password."""


class KnownArticles(Protocol):
    def known(self, canonical_urls: Iterable[str]) -> set[str]:
        """The subset of ``canonical_urls`` the store already holds."""
        ...

    def close(self) -> None: ...


def _redact_text(text: str, uri: str) -> str:
    password = urlsplit(uri).password
    return text.replace(password, "***") if password else text


class JsonlKnown:
    """Articles listed in a JSON-lines items file (an earlier run's ``-o`` output).

    Read once into memory (one string per article); a damaged line (e.g. cut by a crash) is
    skipped and counted in ``bad_lines``. Records of ``exclude_run_id`` are not "known": they
    were written by the run now resuming, not by an earlier one.
    """

    def __init__(self, path: str | Path, exclude_run_id: str | None = None) -> None:
        self.path = Path(path)
        self.exclude_run_id = exclude_run_id
        self.urls: set[str] = set()
        self.bad_lines = 0
        if not self.path.exists():
            return  # a first run: nothing is known yet
        try:
            with self.path.open(encoding="utf-8", errors="replace") as handle:
                for line in handle:
                    self._add(line)
        except OSError as exc:
            raise StoreUnavailable(f"cannot read {self.path}: {exc.strerror or exc}") from None

    def _add(self, line: str) -> None:
        if not line.strip():
            return
        try:
            record = json.loads(line)
            url = record.get("canonical_url") or record.get("url")
        except (json.JSONDecodeError, AttributeError):
            self.bad_lines += 1
            return
        if self.exclude_run_id and record.get("run_id") == self.exclude_run_id:
            return
        if isinstance(url, str):
            self.urls.add(url)

    def known(self, canonical_urls: Iterable[str]) -> set[str]:
        return {u for u in canonical_urls if u in self.urls}

    def close(self) -> None:
        pass


def _first_run_filter(columns: Iterable[str], exclude_run_id: str | None, is_not: str) -> tuple[str, tuple[str, ...]]:
    """SQL that leaves out articles first stored by ``exclude_run_id`` (when the table records it);
    ``is_not`` is the dialect's null-safe "not equal" with its placeholder."""
    if exclude_run_id and "first_run_id" in columns:
        return f" AND first_run_id {is_not}", (exclude_run_id,)
    return "", ()


class SqliteKnown:
    """``articles.canonical_url`` of a SQLite store, opened read-only (the store is never changed).

    The store is read live while this run writes to it: ``exclude_run_id`` keeps this run's
    own articles (written before a crash, when resuming) from counting as known.
    """

    def __init__(self, path: str | Path, exclude_run_id: str | None = None) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise StoreUnavailable(f"{self.path}: no such SQLite store")
        uri = f"file:{quote(str(self.path.resolve()))}?mode=ro"
        try:
            self.conn = sqlite3.connect(uri, uri=True, timeout=10)
            self.conn.execute("SELECT canonical_url FROM articles LIMIT 1").fetchall()
            columns = [row[1] for row in self.conn.execute("PRAGMA table_info(articles)")]
        except sqlite3.Error as exc:
            raise StoreUnavailable(f"{self.path}: cannot read articles.canonical_url ({exc})") from None
        self.filter, self.filter_params = _first_run_filter(columns, exclude_run_id, "IS NOT ?")

    def known(self, canonical_urls: Iterable[str]) -> set[str]:
        urls = list(dict.fromkeys(canonical_urls))
        found: set[str] = set()
        for start in range(0, len(urls), _CHUNK):
            chunk = urls[start:start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(f"SELECT canonical_url FROM articles WHERE canonical_url IN ({marks}){self.filter}",
                                     (*chunk, *self.filter_params))
            found.update(row[0] for row in rows)
        return found

    def close(self) -> None:
        self.conn.close()


class PostgresKnown:
    """``articles.canonical_url`` of a PostgreSQL store, in a read-only session (``exclude_run_id``
    as for SQLite)."""

    def __init__(self, url: str, exclude_run_id: str | None = None) -> None:
        import psycopg

        self.url = url
        try:
            self.conn = psycopg.connect(url, connect_timeout=10, autocommit=True)
            self.conn.execute("SET default_transaction_read_only = on")
            self.conn.execute("SELECT canonical_url FROM articles LIMIT 1").fetchall()
            columns = [row[0] for row in self.conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'articles' "
                "AND table_schema = ANY(current_schemas(false))")]
        except psycopg.Error as exc:
            raise StoreUnavailable(f"{redact(url)}: {_redact_text(str(exc).splitlines()[0] if str(exc) else type(exc).__name__, url)}") from None
        self.filter, self.filter_params = _first_run_filter(columns, exclude_run_id, "IS DISTINCT FROM %s")

    def known(self, canonical_urls: Iterable[str]) -> set[str]:
        urls = list(dict.fromkeys(canonical_urls))
        if not urls:
            return set()
        rows = self.conn.execute(f"SELECT canonical_url FROM articles WHERE canonical_url = ANY(%s){self.filter}",
                                 (urls, *self.filter_params))
        return {row[0] for row in rows}

    def close(self) -> None:
        self.conn.close()


#: How a store URI picks its reader: by scheme, then by file suffix (the storage layer's mapping).
SCHEME_READERS: dict[str, Any] = {
    "postgresql": PostgresKnown,
    "postgres": PostgresKnown,
    "sqlite": SqliteKnown,
    ".jsonl": JsonlKnown,
    ".json": JsonlKnown,
    ".ndjson": JsonlKnown,
}


def open_known(uri: str, *, exclude_run_id: str | None = None) -> KnownArticles:
    """A reader for a store URI: ``postgresql://...``, ``sqlite:///path``, ``*.db``/``*.sqlite``, ``*.jsonl``.

    ``exclude_run_id``: articles that run wrote first do not count as known (a resumed run's
    own output, written before it was killed).
    """
    scheme = urlsplit(uri).scheme.lower()
    if scheme in ("postgresql", "postgres"):
        return SCHEME_READERS[scheme](uri, exclude_run_id=exclude_run_id)
    if scheme == "sqlite":
        # sqlite:///relative.db and sqlite:////absolute/path.db, as SQLAlchemy spells them
        return SqliteKnown(re.sub(r"^sqlite:/{2,3}", "", uri), exclude_run_id=exclude_run_id)
    suffix = Path(uri).suffix.lower()
    if suffix in SCHEME_READERS:
        return SCHEME_READERS[suffix](uri, exclude_run_id=exclude_run_id)
    return SqliteKnown(uri, exclude_run_id=exclude_run_id)


def page_is_known(urls: list[str], known: set[str], tolerance: int = 0) -> bool:
    """True when a listing page holds nothing new: at most ``tolerance`` of its main blocks are
    unknown and at least one is known (an empty page says nothing about what lies below)."""
    if not urls:
        return False
    unknown = len(set(urls) - known)
    return unknown <= tolerance and unknown < len(set(urls))
