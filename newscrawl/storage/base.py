"""The Store protocol and the SQL logic shared by the SQLite and PostgreSQL stores.

Both databases hold the same logical schema:

``articles``         one row per canonical article (``canonical_url`` unique): the latest teaser
                     text, ``regions`` (every region/tag slug it was listed on, sorted),
                     ``first_seen``/``last_seen``, ``seen_count`` (runs that saw it),
                     ``duplicate_of`` (near-duplicate link), first/last run ids.
``sightings``        one row per (article, run, listing URL, page, position): where and when an
                     article was listed.
``teaser_history``   one row per distinct teaser text (``text_hash``) of an article, so edits to
                     a headline, standfirst or lede between runs keep the earlier text.
``split_history``    one row per change ``newscrawl resplit`` made to an article's split: the
                     split as it was, which fields changed, and the splitter that replaced it.
``runs``             one row per crawl run (start, finish, reason, counts).
``schema_migrations`` applied migration versions; a database newer than the code is refused.

Nothing here imports Scrapy: the CLI, the pipelines, the benchmarks and the tests call it directly.
Writes go in batches, each in one transaction, so a crawl killed mid-way leaves whole batches
or nothing, and re-running upserts the same keys again (no duplicate rows). A store opened
``read_only`` (what incremental crawls ask "which of these articles do you hold?") neither
creates, migrates nor writes.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar, runtime_checkable

from newscrawl.dedup import content_key
from newscrawl.items import SCHEMA_VERSION, utc_now
from newscrawl.normalize import canonical_url, text_hash
from newscrawl.sites import https_hosts
from newscrawl.storage.uri import redact

T = TypeVar("T")

# --- errors: each message is one line naming the cause and, where there is one, the fix -------


class StoreError(Exception):
    """A store could not do its job; the message is one line, with any password redacted."""


class StoreLockedError(StoreError):
    """Another writer held the database for longer than the bounded retries allow."""


class StoreFullError(StoreError):
    """The disk (or the database's size limit) is full."""


class StoreUnreachableError(StoreError):
    """The database server (or file) could not be opened."""


class SchemaTooNewError(StoreError):
    """The database was migrated by a newer newscrawl than this one."""


class UnsupportedStoreError(StoreError):
    """The URI names no known store."""


# --- what a store does -----------------------------------------------------------------------


@dataclass
class UpsertResult:
    """What one ``upsert_many`` call did (counts are of rows, after in-batch merging)."""

    new: int = 0
    updated: int = 0
    sightings: int = 0
    history: int = 0
    near_duplicates: dict[str, str] = field(default_factory=dict)  # new canonical_url -> original
    rejected: list[tuple[str, str]] = field(default_factory=list)  # (url or '?', reason)

    def add(self, other: UpsertResult) -> None:
        self.new += other.new
        self.updated += other.updated
        self.sightings += other.sightings
        self.history += other.history
        self.near_duplicates.update(other.near_duplicates)
        self.rejected.extend(other.rejected)


@runtime_checkable
class KnownArticlesReader(Protocol):
    """Which articles a store already holds: what an incremental crawl asks before each next page.

    Implemented by the SQL stores (opened ``read_only``) and by a JSON-lines items file
    (``newscrawl.storage.jsonl.JsonlArticles``); ``newscrawl.storage.open_reader`` picks one.
    """

    def known_urls(self, canonical_urls: Iterable[str], *, exclude_run_id: str | None = None) -> set[str]:
        """The subset of ``canonical_urls`` held, leaving out articles ``exclude_run_id`` stored first
        (a resumed run's own output, written before it was killed, is not "already known")."""
        ...

    def close(self) -> None: ...


@runtime_checkable
class Store(KnownArticlesReader, Protocol):
    """A database of articles. ``open`` connects and migrates; ``close`` releases."""

    uri: str

    def open(self) -> Store: ...
    def schema_version(self) -> int: ...
    def upsert_many(self, items: Iterable[Mapping[str, Any]], *, run_id: str | None = None) -> UpsertResult: ...
    def start_run(self, run_id: str, *, spider: str | None = None, start_urls: Sequence[str] = ()) -> None: ...
    def finish_run(self, run_id: str, *, finish_reason: str | None, counts: Mapping[str, int]) -> None: ...
    def export_articles(self, *, since: str | None = None, region: str | None = None) -> Iterator[dict[str, Any]]: ...
    def stats(self) -> dict[str, Any]: ...


# --- rows -------------------------------------------------------------------------------------

#: Teaser text columns: the latest text is kept in ``articles``, every version in ``teaser_history``.
HISTORY_TEXT = ("headline", "standfirst", "byline", "lede", "excerpt", "excerpt_raw", "splitter_version")
#: Columns copied from the newest sighting of an article (when it is at least as new as the row).
LATEST_COLUMNS = (
    "url", "site", "headline", "standfirst", "byline", "authors", "organisation", "affiliation",
    "note", "lede", "excerpt", "truncated", "category", "published", "published_source",
    "split_method", "split_confidence", "text_hash", "content_key", "schema_version",
    "excerpt_raw", "splitter_version",
)
ARTICLE_COLUMNS = ("canonical_url", *LATEST_COLUMNS, "regions", "duplicate_of", "first_seen", "last_seen",
                   "seen_count", "first_run_id", "last_run_id")
SIGHTING_COLUMNS = ("run_id", "listing_url", "region_slug", "listing_kind", "page", "position", "placement", "seen_at")
#: Columns of ``export_articles`` rows, in order (the CSV header).
EXPORT_COLUMNS = ("canonical_url", "url", "site", "headline", "standfirst", "byline", "authors", "organisation",
                  "affiliation", "note", "lede", "excerpt", "excerpt_raw", "truncated", "category", "regions",
                  "published", "published_source", "duplicate_of", "first_seen", "last_seen", "seen_count",
                  "first_run_id", "last_run_id", "text_hash", "schema_version", "split_method", "split_confidence",
                  "splitter_version")


def _text_hash(item: Mapping[str, Any]) -> str:
    return item.get("text_hash") or text_hash(item.get("headline"), item.get("excerpt"))


@dataclass
class Batch:
    """A batch of items merged per canonical_url: article rows, sightings, teaser versions."""

    articles: dict[str, dict[str, Any]] = field(default_factory=dict)
    sightings: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    history: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    rejected: list[tuple[str, str]] = field(default_factory=list)


def build_batch(items: Iterable[Mapping[str, Any]], run_id: str) -> Batch:
    """Check and merge items; an item lacking a URL, or whose authors or regions are not a list
    (a string would be stored as a list of its letters), is rejected here, before any write."""
    batch = Batch()
    for item in items:
        url = item.get("url")
        if not isinstance(url, str) or not url.strip():
            batch.rejected.append((str(item.get("listing_url") or "?"), "item has no url"))
            continue
        not_lists = [name for name in ("authors", "regions") if not isinstance(item.get(name) or [], (list, tuple))]
        if not_lists:
            given = type(item[not_lists[0]]).__name__
            batch.rejected.append((url, f"{' and '.join(not_lists)} must be a list, not {given}"))
            continue
        key = item.get("canonical_url") or canonical_url(url, https_hosts())
        seen = item.get("scraped_at") or utc_now()
        item_run = item.get("run_id") or run_id
        row = {name: item.get(name) for name in LATEST_COLUMNS}
        row.update(
            canonical_url=key,
            authors=list(item.get("authors") or []),
            truncated=bool(item.get("truncated")),
            text_hash=_text_hash(item),
            content_key=content_key(item.get("headline"), item.get("lede"), item.get("excerpt")),
            schema_version=item.get("schema_version") or SCHEMA_VERSION,
            regions=list(dict.fromkeys(item.get("regions")
                                       or ([item["region_slug"]] if item.get("region_slug") else []))),
            duplicate_of=None,
            first_seen=seen,
            last_seen=seen,
            seen_count=1,
            first_run_id=item_run,
            last_run_id=item_run,
        )
        old = batch.articles.get(key)
        if old is None:
            batch.articles[key] = row
        else:
            # Same article twice in one batch (several regions): one row, regions merged.
            regions = list(dict.fromkeys(old["regions"] + row["regions"]))
            first_seen, first_run = min((old["first_seen"], old["first_run_id"]), (seen, item_run))
            if seen >= old["last_seen"]:
                old.update(row)
            old.update(regions=regions, first_seen=first_seen, first_run_id=first_run,
                       last_seen=max(old["last_seen"], seen))
        batch.sightings.append((key, {
            "run_id": item_run, "listing_url": item.get("listing_url"), "region_slug": item.get("region_slug"),
            "listing_kind": item.get("listing_kind"), "page": item.get("page"), "position": item.get("position"),
            "placement": item.get("placement") or "main", "seen_at": seen,
        }))
        version = batch.history.setdefault((key, str(row["text_hash"])), {
            **{name: row[name] for name in HISTORY_TEXT},
            "first_seen": seen, "last_seen": seen, "first_run_id": item_run,
        })
        version["first_seen"] = min(version["first_seen"], seen)
        version["last_seen"] = max(version["last_seen"], seen)
    for row in batch.articles.values():
        row["regions"] = sorted(row["regions"])
    return batch


#: The split of an article: what `newscrawl resplit` may rewrite (and keeps in ``split_history``).
SPLIT_COLUMNS = ("standfirst", "byline", "authors", "organisation", "affiliation", "note", "lede", "truncated",
                 "split_method", "split_confidence", "splitter_version", "excerpt_raw")
#: What `newscrawl resplit` reads of an article (``id`` first).
RESPLIT_COLUMNS = ("id", "site", "headline", "excerpt", "text_hash", "last_seen", *SPLIT_COLUMNS)


@dataclass
class StoredSplit:
    """An article as read for re-splitting: ``values`` by RESPLIT_COLUMNS (authors a list, truncated
    a bool), ``raw`` the row as the driver gave it (to notice a concurrent change before writing)."""

    id: int
    site: str | None
    values: dict[str, Any]
    raw: tuple[Any, ...]


@dataclass
class SplitChange:
    """A new split for a stored article: ``after`` holds every SPLIT_COLUMNS value, ``fields`` the
    columns that differ from ``row.values``."""

    row: StoredSplit
    after: dict[str, Any]
    fields: list[str]


@dataclass
class ResplitWrite:
    """What ``apply_resplit`` wrote: rows updated, and ids left alone because they changed meanwhile."""

    written: int = 0
    stale: list[int] = field(default_factory=list)


def chunks(values: Sequence[T], size: int = 500) -> Iterator[Sequence[T]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


# --- the shared SQL store -----------------------------------------------------------------------


class SqlStore:
    """Upserts, migrations, export and stats written once; subclasses supply the dialect.

    Subclasses set ``placeholder``, ``least``/``greatest`` (SQL function names),
    ``MIGRATIONS`` (ordered list of (description, [statements])), and implement the
    connection hooks below.
    """

    uri: str
    placeholder = "?"
    least = "min"
    greatest = "max"
    MIGRATIONS: list[tuple[str, list[str]]] = []
    #: How to insert-or-skip a sighting (SQLite and PostgreSQL spell it differently).
    insert_ignore_prefix = "INSERT"
    insert_ignore_suffix = ""
    #: Casts for parameters in an INSERT ... SELECT list (PostgreSQL types them as text otherwise).
    param_types: dict[str, str] = {}
    #: The dialect's null-safe "not equal" (an article with no first_run_id is someone else's).
    is_distinct_from = "IS NOT"

    def __init__(self, uri: str, *, lock_retries: int = 5, lock_backoff: float = 0.2, lock_backoff_max: float = 5.0,
                 read_only: bool = False) -> None:
        self.uri = uri
        #: Connect without creating or migrating the database, and refuse every write.
        self.read_only = read_only
        self.lock_retries = max(0, int(lock_retries))
        self.lock_backoff = max(0.0, float(lock_backoff))
        self.lock_backoff_max = lock_backoff_max
        #: Used as run_id for items that carry none (direct use, tests): one "run" per open store.
        self.session_run_id = f"session-{uuid.uuid4().hex[:12]}"
        self.lock_attempts = 0  # attempts made by the last write, for tests and logs
        self._rows_written = 0
        self._refresh_at = 1000  # refresh planner statistics at 1k, 2k, 4k... rows written

    # -- hooks ------------------------------------------------------------------------------
    @property
    def code_version(self) -> int:
        return len(self.MIGRATIONS)

    def _connect(self) -> None:
        raise NotImplementedError

    def _disconnect(self) -> None:
        raise NotImplementedError

    def _transaction(self, fn: Callable[[Any], T]) -> T:
        """Run fn(cursor) in one transaction; translate driver errors to StoreError."""
        raise NotImplementedError

    def _read(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        raise NotImplementedError

    def _is_transient_lock(self, exc: BaseException) -> bool:
        raise NotImplementedError

    def _encode_list(self, values: list[str]) -> Any:
        return values

    def _decode_list(self, value: Any) -> list[str]:
        return list(value or [])

    def _decode_value(self, name: str, value: Any) -> Any:
        return value

    def _lock_message(self, attempts: int, waited: float) -> str:
        raise NotImplementedError

    def _refresh_statistics(self) -> None:
        """Let the query planner see how big the tables have grown (a no-op where not needed)."""

    def _lock_migrations(self, cur: Any) -> None:
        """Serialise concurrent migrators (PostgreSQL takes an advisory lock; SQLite's write lock suffices)."""

    # -- lifecycle ---------------------------------------------------------------------------
    def open(self) -> SqlStore:
        self._connect()
        try:
            if self.read_only:
                self._check_readable()
            else:
                self.migrate()
        except BaseException:
            self._disconnect()
            raise
        return self

    def _check_readable(self) -> None:
        """A read-only store must already be a newscrawl database, and not one newer than this code."""
        try:
            current = self.schema_version()
        except (StoreLockedError, StoreUnreachableError, StoreFullError):
            raise
        except StoreError:
            raise StoreError(
                f"{self.display_name}: not a newscrawl database (it has no schema_migrations table)") from None
        if current > self.code_version:
            raise self._too_new(current)
        if current < 1:
            raise StoreError(f"{self.display_name}: not a newscrawl database (no migration applied)")

    def close(self) -> None:
        self._disconnect()

    def __enter__(self) -> SqlStore:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _params(self, columns: Sequence[str]) -> str:
        return ", ".join(f"?::{self.param_types[c]}" if c in self.param_types else "?" for c in columns)

    def q(self, sql: str) -> str:
        return sql if self.placeholder == "?" else sql.replace("?", self.placeholder)

    # -- bounded retry around every write ------------------------------------------------------
    def _write(self, fn: Callable[[Any], T]) -> T:
        if self.read_only:
            raise StoreError(f"{self.display_name}: opened read-only; nothing was written")
        return self._retry_locked(lambda: self._transaction(fn))

    def _retry_locked(self, fn: Callable[[], T]) -> T:
        """``fn()``, retried with a doubling, capped backoff while another writer holds a lock;
        a bounded number of times, then one clear error."""
        started = time.monotonic()
        delay = self.lock_backoff
        for attempt in range(1, self.lock_retries + 2):
            self.lock_attempts = attempt
            try:
                return fn()
            except Exception as exc:
                if not self._is_transient_lock(exc):
                    raise
                if attempt > self.lock_retries:
                    raise StoreLockedError(self._lock_message(attempt, time.monotonic() - started)) from None
                time.sleep(delay)
                delay = min(delay * 2, self.lock_backoff_max)
        raise AssertionError("unreachable")  # the loop always returns or raises

    # -- migrations ----------------------------------------------------------------------------
    def schema_version(self) -> int:
        rows = self._read("SELECT max(version) FROM schema_migrations")
        return int(rows[0][0] or 0)

    def migrate(self) -> int:
        """Apply pending migrations in one transaction; refuse a database newer than the code.

        An up-to-date database is only read, so export and stats run while a crawl writes.
        """
        try:
            current = self.schema_version()
        except (StoreLockedError, StoreUnreachableError, StoreFullError):
            raise
        except StoreError:
            current = -1  # no schema_migrations table yet: a new database
        if current == self.code_version:
            return current
        if current > self.code_version:
            raise self._too_new(current)

        def step(cur: Any) -> int:
            self._lock_migrations(cur)
            cur.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                "description TEXT NOT NULL, applied_at TEXT NOT NULL)"
            )
            cur.execute("SELECT max(version) FROM schema_migrations")
            current = int(cur.fetchone()[0] or 0)
            if current > self.code_version:
                raise self._too_new(current)
            for version in range(current + 1, self.code_version + 1):
                description, statements = self.MIGRATIONS[version - 1]
                for statement in statements:
                    cur.execute(statement)
                cur.execute(self.q("INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"),
                            (version, description, utc_now()))
            return self.code_version

        return self._write(step)

    def _too_new(self, version: int) -> SchemaTooNewError:
        return SchemaTooNewError(
            f"{self.display_name} has schema version {version}, newer than this newscrawl supports "
            f"({self.code_version}); upgrade newscrawl (pip install -U newscrawl)"
        )

    @property
    def display_name(self) -> str:
        return redact(self.uri)

    # -- runs ------------------------------------------------------------------------------------
    def start_run(self, run_id: str, *, spider: str | None = None, start_urls: Sequence[str] = ()) -> None:
        sql = self.q(
            "INSERT INTO runs (run_id, started_at, spider, start_urls) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (run_id) DO NOTHING"
        )
        self._write(lambda cur: cur.execute(sql, (run_id, utc_now(), spider, json.dumps(list(start_urls)))))

    def finish_run(self, run_id: str, *, finish_reason: str | None, counts: Mapping[str, int]) -> None:
        sql = self.q(
            "UPDATE runs SET finished_at = ?, finish_reason = ?, items = ?, new_articles = ?, "
            "updated_articles = ?, rejected = ? WHERE run_id = ?"
        )
        values = (utc_now(), finish_reason, counts.get("items", 0), counts.get("new", 0),
                  counts.get("updated", 0), counts.get("rejected", 0), run_id)
        self._write(lambda cur: cur.execute(sql, values))

    # -- the upsert ----------------------------------------------------------------------------
    def _article_upsert_sql(self) -> str:
        cols = ARTICLE_COLUMNS
        newer = "excluded.last_seen >= articles.last_seen"
        sets = [f"{c} = CASE WHEN {newer} THEN excluded.{c} ELSE articles.{c} END" for c in LATEST_COLUMNS]
        sets += [
            f"regions = {self._merge_regions_sql()}",
            "duplicate_of = COALESCE(articles.duplicate_of, excluded.duplicate_of)",
            f"first_seen = {self.least}(articles.first_seen, excluded.first_seen)",
            f"last_seen = {self.greatest}(articles.last_seen, excluded.last_seen)",
            # seen_count counts runs: a second sighting in the same run does not add one.
            "seen_count = articles.seen_count "
            "+ CASE WHEN articles.last_run_id = excluded.last_run_id THEN 0 ELSE 1 END",
            "first_run_id = CASE WHEN excluded.first_seen < articles.first_seen "
            "THEN excluded.first_run_id ELSE articles.first_run_id END",
            f"last_run_id = CASE WHEN {newer} THEN excluded.last_run_id ELSE articles.last_run_id END",
        ]
        return self.q(
            f"INSERT INTO articles ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)}) "
            f"ON CONFLICT (canonical_url) DO UPDATE SET {', '.join(sets)}"
        )

    def _merge_regions_sql(self) -> str:
        raise NotImplementedError

    def upsert_many(self, items: Iterable[Mapping[str, Any]], *, run_id: str | None = None) -> UpsertResult:
        """Insert or update articles, record sightings and teaser versions: one transaction."""
        batch = build_batch(items, run_id or self.session_run_id)
        result = UpsertResult(rejected=list(batch.rejected))
        if not batch.articles:
            return result
        # Sorted keys: concurrent writers lock rows in the same order (no deadlocks in PostgreSQL).
        keys = sorted(batch.articles)
        article_sql = self._article_upsert_sql()
        sighting_cols = ", ".join(SIGHTING_COLUMNS)
        sighting_sql = self.q(
            f"{self.insert_ignore_prefix} INTO sightings (article_id, {sighting_cols}) "
            f"SELECT id, {self._params(SIGHTING_COLUMNS)} FROM articles WHERE canonical_url = ?"
            f"{self.insert_ignore_suffix}"
        )
        history_cols = ("text_hash", *HISTORY_TEXT, "first_seen", "last_seen", "first_run_id")
        history_sql = self.q(
            f"INSERT INTO teaser_history (article_id, {', '.join(history_cols)}) "
            f"SELECT id, {self._params(history_cols)} FROM articles WHERE canonical_url = ? "
            f"ON CONFLICT (article_id, text_hash) DO UPDATE SET "
            f"first_seen = {self.least}(teaser_history.first_seen, excluded.first_seen), "
            f"last_seen = {self.greatest}(teaser_history.last_seen, excluded.last_seen)"
        )

        def write(cur: Any) -> UpsertResult:
            done = UpsertResult(rejected=list(batch.rejected))
            existing: set[str] = set()
            for part in chunks(keys):
                marks = ", ".join("?" for _ in part)
                cur.execute(self.q(f"SELECT canonical_url FROM articles WHERE canonical_url IN ({marks})"), list(part))
                existing.update(r[0] for r in cur.fetchall())
            new_keys = [k for k in keys if k not in existing]
            self._link_near_duplicates(cur, [batch.articles[k] for k in new_keys], done)
            rows = []
            for key in keys:
                row = dict(batch.articles[key])
                row["authors"] = self._encode_list(row["authors"])
                row["regions"] = self._encode_list(row["regions"])
                rows.append(tuple(row[c] for c in ARTICLE_COLUMNS))
            cur.executemany(article_sql, rows)
            cur.executemany(sighting_sql,
                            [tuple(s[c] for c in SIGHTING_COLUMNS) + (key,) for key, s in batch.sightings])
            cur.executemany(history_sql, [
                (text_hash, *(v[c] for c in HISTORY_TEXT), v["first_seen"], v["last_seen"], v["first_run_id"], key)
                for (key, text_hash), v in batch.history.items()
            ])
            done.new = len(new_keys)
            done.updated = len(keys) - len(new_keys)
            done.sightings = len(batch.sightings)
            done.history = len(batch.history)
            return done

        result = self._write(write)
        self._rows_written += result.new + result.sightings
        if self._rows_written >= self._refresh_at:
            self._refresh_at *= 2  # log2(rows) refreshes in all: bounded work
            self._refresh_statistics()
        return result

    def _link_near_duplicates(self, cur: Any, new_rows: list[dict[str, Any]], result: UpsertResult) -> None:
        """Point a new article at the earliest original with the same headline and lede."""
        wanted = sorted({r["content_key"] for r in new_rows if r["content_key"]})
        originals: dict[str, str] = {}
        for part in chunks(wanted):
            marks = ", ".join("?" for _ in part)
            cur.execute(self.q(
                f"SELECT content_key, canonical_url FROM articles WHERE content_key IN ({marks}) "
                "AND duplicate_of IS NULL ORDER BY id"
            ), list(part))
            for ck, url in cur.fetchall():
                originals.setdefault(ck, url)
        # New rows in first-seen order: the earliest of two new near-duplicates is the original.
        for row in sorted(new_rows, key=lambda r: (r["first_seen"], r["canonical_url"])):
            ck = row["content_key"]
            if not ck:
                continue
            original = originals.get(ck)
            if original and original != row["canonical_url"]:
                row["duplicate_of"] = original
                result.near_duplicates[row["canonical_url"]] = original
            else:
                originals[ck] = row["canonical_url"]

    # -- reading -------------------------------------------------------------------------------
    def known_urls(self, canonical_urls: Iterable[str], *, exclude_run_id: str | None = None) -> set[str]:
        """The subset of ``canonical_urls`` stored here, leaving out articles ``exclude_run_id``
        stored first (see KnownArticlesReader). Reads only ``canonical_url`` and ``first_run_id``."""
        urls = list(dict.fromkeys(canonical_urls))
        exclude = f" AND first_run_id {self.is_distinct_from} ?" if exclude_run_id is not None else ""
        found: set[str] = set()
        for part in chunks(urls):
            sql = f"SELECT canonical_url FROM articles WHERE canonical_url IN ({', '.join('?' for _ in part)}){exclude}"
            params = [*part, exclude_run_id] if exclude_run_id is not None else list(part)
            found.update(row[0] for row in self._read(self.q(sql), params))
        return found

    def count(self, table: str) -> int:
        if table not in ("articles", "sightings", "teaser_history", "split_history", "runs", "schema_migrations"):
            raise ValueError(f"unknown table {table!r}")
        return int(self._read(f"SELECT count(*) FROM {table}")[0][0])

    def _region_filter(self) -> str:
        raise NotImplementedError

    def export_articles(self, *, since: str | None = None, region: str | None = None) -> Iterator[dict[str, Any]]:
        """Articles as dicts (EXPORT_COLUMNS), oldest first; ``since`` filters on first_seen (a date)."""
        where, params = [], []
        if since:
            where.append(f"first_seen >= {self._date_param()}")
            params.append(since)
        if region:
            where.append(self._region_filter())
            params.append(region)
        sql = f"SELECT {', '.join(EXPORT_COLUMNS)} FROM articles"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY first_seen, id"
        for row in self._read(self.q(sql), params):
            record = dict(zip(EXPORT_COLUMNS, row, strict=True))
            record["authors"] = self._decode_list(record["authors"])
            record["regions"] = self._decode_list(record["regions"])
            yield {name: self._decode_value(name, value) for name, value in record.items()}

    def _date_param(self) -> str:
        return "?"

    def _stats_queries(self) -> dict[str, str]:
        raise NotImplementedError

    def stats(self) -> dict[str, Any]:
        """Totals, articles by region and by author, and new articles per run."""
        queries = self._stats_queries()
        totals = {t: self.count(t) for t in ("articles", "sightings", "teaser_history", "runs")}
        totals["near_duplicates"] = int(
            self._read("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL")[0][0])
        totals["edited_articles"] = int(self._read(
            "SELECT count(*) FROM (SELECT article_id FROM teaser_history GROUP BY article_id HAVING count(*) > 1) AS e"
        )[0][0])
        return {
            "schema_version": self.schema_version(),
            "totals": totals,
            "by_region": [{"region": r, "articles": int(n)} for r, n in self._read(queries["by_region"])],
            "by_author": [{"author": a, "articles": int(n)} for a, n in self._read(queries["by_author"])],
            "runs": [
                {"run_id": run_id, "started_at": self._decode_value("started_at", started), "finish_reason": reason,
                 "new_articles": int(new), "sightings": int(seen)}
                for run_id, started, reason, new, seen in self._read(queries["runs"])
            ],
        }


    # -- re-splitting stored articles (`newscrawl resplit`) ------------------------------------
    def count_articles(self, *, site: str | None = None) -> int:
        """Articles in the store (of ``site``, a host, when given)."""
        if site is None:
            return self.count("articles")
        return int(self._read(self.q("SELECT count(*) FROM articles WHERE site = ?"), (site,))[0][0])

    def article_sites(self) -> list[str | None]:
        """The distinct ``site`` values of the stored articles (None for rows without one)."""
        return [r[0] for r in self._read("SELECT DISTINCT site FROM articles")]

    def stored_splits(self, *, after_id: int = 0, limit: int = 500, site: str | None = None) -> list[StoredSplit]:
        """Up to ``limit`` articles with ``id > after_id``, in id order: one page of a keyset scan.

        Each call is one short read, so a scan of millions of rows holds no cursor open (a
        crawl writing meanwhile is not blocked, and memory stays bounded by ``limit``)."""
        where = "id > ?" + (" AND site = ?" if site is not None else "")
        params: list[Any] = [after_id] + ([site] if site is not None else []) + [int(limit)]
        sql = self.q(f"SELECT {', '.join(RESPLIT_COLUMNS)} FROM articles WHERE {where} ORDER BY id LIMIT ?")
        return [self._stored_split(row) for row in self._read(sql, params)]

    def _stored_split(self, row: Sequence[Any]) -> StoredSplit:
        values = dict(zip(RESPLIT_COLUMNS, row, strict=True))
        values["authors"] = self._decode_list(values["authors"])
        values["truncated"] = None if values["truncated"] is None else bool(values["truncated"])
        return StoredSplit(id=int(values["id"]), site=values["site"], values=values, raw=tuple(row))

    def apply_resplit(self, changes: Sequence[SplitChange], *, resplit_id: str, splitter_version: str) -> ResplitWrite:
        """Write re-split rows and their earlier split (``split_history``): one transaction.

        A row that changed since it was read (a crawl updated it meanwhile) is left alone and
        reported in ``ResplitWrite.stale``: it was split by the crawl that wrote it."""
        if not changes:
            return ResplitWrite()
        by_id = {c.row.id: c for c in changes}
        ids = sorted(by_id)  # lock rows in one order: no deadlock with a concurrent writer
        update_sql = self.q(
            f"UPDATE articles SET {', '.join(f'{c} = ?' for c in SPLIT_COLUMNS)}, content_key = ? WHERE id = ?")
        history_cols = ("article_id", "text_hash", *SPLIT_COLUMNS, "changed_fields", "replaced_at", "replaced_by",
                        "replaced_by_version", "reason")
        history_sql = self.q(f"INSERT INTO split_history ({', '.join(history_cols)}) "
                             f"VALUES ({', '.join('?' for _ in history_cols)})")

        def write(cur: Any) -> ResplitWrite:
            current: dict[int, tuple[Any, ...]] = {}
            for part in chunks(ids):
                cur.execute(self.q(f"SELECT {', '.join(RESPLIT_COLUMNS)} FROM articles "
                                   f"WHERE id IN ({', '.join('?' for _ in part)})"), list(part))
                current.update((int(r[0]), tuple(r)) for r in cur.fetchall())
            fresh = [i for i in ids if current.get(i) == by_id[i].row.raw]
            stamp = utc_now()
            updates, history = [], []
            for i in fresh:
                change = by_id[i]
                old, new = change.row.values, change.after
                key = content_key(old["headline"], new["lede"], old["excerpt"])
                updates.append(tuple(self._split_value(c, new[c]) for c in SPLIT_COLUMNS) + (key, i))
                history.append((i, old["text_hash"], *(self._split_value(c, old[c]) for c in SPLIT_COLUMNS),
                                ",".join(change.fields), stamp, resplit_id, splitter_version, "resplit"))
            if updates:
                cur.executemany(update_sql, updates)
                cur.executemany(history_sql, history)
            kept = set(fresh)
            return ResplitWrite(written=len(fresh), stale=[i for i in ids if i not in kept])

        return self._write(write)

    def _split_value(self, column: str, value: Any) -> Any:
        return self._encode_list(list(value or [])) if column == "authors" else value


RUNS_STATS_SQL = """
SELECT k.run_id, r.started_at, r.finish_reason,
       (SELECT count(*) FROM articles a WHERE a.first_run_id = k.run_id),
       (SELECT count(*) FROM sightings s WHERE s.run_id = k.run_id)
FROM (SELECT run_id FROM runs UNION SELECT first_run_id FROM articles WHERE first_run_id IS NOT NULL) AS k
LEFT JOIN runs r ON r.run_id = k.run_id
ORDER BY (r.started_at IS NULL), r.started_at, (r.finished_at IS NULL), r.finished_at, k.run_id
"""
