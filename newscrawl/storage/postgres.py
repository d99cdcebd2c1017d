"""PostgreSQL store (psycopg 3): the same logical schema as SQLite, for shared or large deployments.

``authors`` and ``regions`` are ``text[]`` (query with ``'hong-kong' = ANY(regions)``), times are
``timestamptz`` in UTC. A batch is one transaction written with ``executemany`` (pipelined by
psycopg 3) and ``ON CONFLICT`` upserts; rows are written in key order so concurrent writers
cannot deadlock. Waits are bounded: connect_timeout, lock_timeout and statement_timeout.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any, TypeVar

import psycopg
from psycopg import errors as pg_errors

from newscrawl.storage.base import RUNS_STATS_SQL, SqlStore, StoreError, StoreFullError, StoreUnreachableError
from newscrawl.storage.uri import scrub

T = TypeVar("T")

#: Ordered migrations; version N is MIGRATIONS[N - 1]. Append, never edit a released one.
MIGRATIONS: list[tuple[str, list[str]]] = [
    ("articles, sightings, teaser history and runs", [
        """CREATE TABLE runs (
            run_id text PRIMARY KEY,
            started_at timestamptz NOT NULL,
            finished_at timestamptz,
            finish_reason text,
            spider text,
            start_urls text NOT NULL DEFAULT '[]',
            items integer,
            new_articles integer,
            updated_articles integer,
            rejected integer
        )""",
        """CREATE TABLE articles (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            canonical_url text NOT NULL UNIQUE,
            url text NOT NULL,
            site text,
            headline text,
            standfirst text,
            byline text,
            authors text[] NOT NULL DEFAULT '{}',
            organisation text,
            affiliation text,
            note text,
            lede text,
            excerpt text,
            truncated boolean NOT NULL DEFAULT false,
            category text,
            regions text[] NOT NULL DEFAULT '{}',
            published date,
            published_source text,
            split_method text,
            split_confidence double precision,
            text_hash text,
            content_key text,
            duplicate_of text,
            first_seen timestamptz NOT NULL,
            last_seen timestamptz NOT NULL,
            seen_count integer NOT NULL DEFAULT 1,
            first_run_id text,
            last_run_id text,
            schema_version text
        )""",
        "CREATE INDEX articles_content_key ON articles (content_key)",
        "CREATE INDEX articles_first_seen ON articles (first_seen)",
        "CREATE INDEX articles_first_run_id ON articles (first_run_id)",
        "CREATE INDEX articles_regions ON articles USING gin (regions)",
        """CREATE TABLE sightings (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            run_id text NOT NULL,
            listing_url text,
            region_slug text,
            listing_kind text,
            page integer,
            position integer,
            placement text NOT NULL DEFAULT 'main',
            seen_at timestamptz NOT NULL
        )""",
        """CREATE UNIQUE INDEX sightings_once ON sightings
            (article_id, run_id, coalesce(listing_url, ''), coalesce(page, 0), coalesce(position, 0), placement)""",
        "CREATE INDEX sightings_run_id ON sightings (run_id)",
        """CREATE TABLE teaser_history (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            text_hash text NOT NULL,
            headline text,
            standfirst text,
            byline text,
            lede text,
            excerpt text,
            first_seen timestamptz NOT NULL,
            last_seen timestamptz NOT NULL,
            first_run_id text,
            UNIQUE (article_id, text_hash)
        )""",
    ]),
    ("raw excerpts, splitter versions and the split history of re-splits", [
        "ALTER TABLE articles ADD COLUMN excerpt_raw text",
        "ALTER TABLE articles ADD COLUMN splitter_version text",
        "ALTER TABLE teaser_history ADD COLUMN excerpt_raw text",
        "ALTER TABLE teaser_history ADD COLUMN splitter_version text",
        """CREATE TABLE split_history (
            id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            text_hash text,
            standfirst text,
            byline text,
            authors text[] NOT NULL DEFAULT '{}',
            organisation text,
            affiliation text,
            note text,
            lede text,
            truncated boolean,
            split_method text,
            split_confidence double precision,
            splitter_version text,
            excerpt_raw text,
            changed_fields text NOT NULL,
            replaced_at timestamptz NOT NULL,
            replaced_by text NOT NULL,
            replaced_by_version text NOT NULL,
            reason text NOT NULL DEFAULT 'resplit'
        )""",
        "CREATE INDEX split_history_article_id ON split_history (article_id)",
        "CREATE INDEX split_history_replaced_by ON split_history (replaced_by)",
    ]),
]

_TRANSIENT = (pg_errors.LockNotAvailable, pg_errors.DeadlockDetected, pg_errors.SerializationFailure)


class PostgresStore(SqlStore):
    MIGRATIONS = MIGRATIONS
    placeholder = "%s"
    least, greatest = "LEAST", "GREATEST"
    insert_ignore_suffix = " ON CONFLICT DO NOTHING"
    is_distinct_from = "IS DISTINCT FROM"
    param_types = {
        "run_id": "text", "listing_url": "text", "region_slug": "text", "listing_kind": "text",
        "page": "integer", "position": "integer", "placement": "text", "seen_at": "timestamptz",
        "text_hash": "text", "headline": "text", "standfirst": "text", "byline": "text", "lede": "text",
        "excerpt": "text", "first_seen": "timestamptz", "last_seen": "timestamptz", "first_run_id": "text",
        "excerpt_raw": "text", "splitter_version": "text",
    }

    def __init__(self, uri: str, *, connect_timeout: int = 10, lock_timeout: float = 10.0,
                 statement_timeout: float = 300.0, **kwargs: Any) -> None:
        super().__init__(uri, **kwargs)
        self.connect_timeout = connect_timeout
        self.lock_timeout_ms = int(lock_timeout * 1000)
        self.statement_timeout_ms = int(statement_timeout * 1000)
        self.conn: psycopg.Connection[Any] | None = None

    def _connect(self) -> None:
        try:
            # A read-only store's session refuses writes on the server's side too.
            read_only = " -c default_transaction_read_only=on" if self.read_only else ""
            self.conn = psycopg.connect(
                self.uri, connect_timeout=self.connect_timeout, autocommit=True,
                options=f"-c lock_timeout={self.lock_timeout_ms} -c statement_timeout={self.statement_timeout_ms} "
                        f"-c TimeZone=UTC{read_only}",
            )
        except psycopg.Error as exc:
            raise StoreUnreachableError(
                f"cannot connect to PostgreSQL at {self.display_name}: {self._scrub(exc)}"
            ) from None

    def _scrub(self, exc: BaseException) -> str:
        """The driver's message on one line, with the password removed should it appear."""
        return scrub(" ".join(str(exc).split()) or type(exc).__name__, self.uri)

    def _disconnect(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def _conn(self) -> psycopg.Connection[Any]:
        if self.conn is None:
            raise StoreError(f"{self.display_name}: store is not open")
        return self.conn

    def _transaction(self, fn: Callable[[Any], T]) -> T:
        conn = self._conn()
        try:
            with conn.transaction(), conn.cursor() as cur:
                return fn(cur)
        except _TRANSIENT:
            raise
        except pg_errors.DiskFull:
            raise StoreFullError(
                f"{self.display_name}: the server's disk is full (nothing of this batch was written)") from None
        except psycopg.OperationalError as exc:
            raise self._connection_lost(exc) from None
        except psycopg.Error as exc:
            raise StoreError(f"{self.display_name}: {self._scrub(exc)}") from None

    def _connection_lost(self, exc: psycopg.Error) -> StoreUnreachableError:
        return StoreUnreachableError(f"lost the connection to PostgreSQL at {self.display_name}: {self._scrub(exc)}")

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            with self._conn().cursor() as cur:
                cur.execute(sql, params)
                return cur.fetchall()
        except psycopg.OperationalError as exc:
            raise self._connection_lost(exc) from None
        except psycopg.Error as exc:
            raise StoreError(f"{self.display_name}: {self._scrub(exc)}") from None

    def _is_transient_lock(self, exc: BaseException) -> bool:
        return isinstance(exc, _TRANSIENT)

    def _lock_message(self, attempts: int, waited: float) -> str:
        return (f"{self.display_name}: rows are locked by another writer (gave up after {attempts} attempts "
                f"over {waited:.1f}s); stop the other process or retry later")

    def _refresh_statistics(self) -> None:
        # psycopg prepares repeated statements; a plan made while the tables were nearly empty
        # (sequential scans) would stay cached as they grow. ANALYZE invalidates those plans.
        with self._conn().cursor() as cur:
            cur.execute("ANALYZE articles, sightings, teaser_history")

    def _lock_migrations(self, cur: Any) -> None:
        # Two crawls starting at once must not both create the tables.
        cur.execute("SELECT pg_advisory_xact_lock(hashtext('newscrawl:migrations'))")

    def _decode_value(self, name: str, value: Any) -> Any:
        if isinstance(value, datetime):
            return value.astimezone(UTC).replace(tzinfo=None).isoformat() + "Z"
        if isinstance(value, date):
            return value.isoformat()
        return value

    def _merge_regions_sql(self) -> str:
        return "ARRAY(SELECT DISTINCT r FROM unnest(articles.regions || excluded.regions) AS r ORDER BY r)"

    def _region_filter(self) -> str:
        return "? = ANY(regions)"

    def _date_param(self) -> str:
        return "?::timestamptz"

    def _stats_queries(self) -> dict[str, str]:
        return {
            "by_region": "SELECT r, count(*) FROM articles, unnest(regions) AS r GROUP BY r ORDER BY count(*) DESC, r",
            "by_author": "SELECT a, count(*) FROM articles, unnest(authors) AS a GROUP BY a ORDER BY count(*) DESC, a",
            "runs": RUNS_STATS_SQL,
        }
