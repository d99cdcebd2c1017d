"""Article stores, chosen by URI (``newscrawl.storage.uri``): a path or ``sqlite:///path`` → SQLite,
``postgresql://`` → PostgreSQL; for reading known articles, also a ``.jsonl`` items file.

Works without Scrapy::

    from newscrawl.storage import open_store
    with open_store("crawl.db") as store:          # connects and migrates
        store.upsert_many(items, run_id="r1")       # one transaction
        rows = list(store.export_articles(region="hong-kong"))

    reader = open_reader("items.jsonl")             # or a database, opened read-only
    reader.known_urls(["https://example.org/a/"])   # which of these it already holds
    reader.close()

JSON lines are written by Scrapy's feed exports (see ``newscrawl.storage.jsonl`` for the
append-safe file handling and a tolerant reader). Use :func:`redact` whenever a URI is shown.
"""

from __future__ import annotations

import inspect
from importlib import import_module
from typing import Any

from newscrawl.storage.base import (
    KnownArticlesReader,
    SchemaTooNewError,
    SqlStore,
    Store,
    StoreError,
    StoreFullError,
    StoreLockedError,
    StoreUnreachableError,
    UnsupportedStoreError,
    UpsertResult,
)
from newscrawl.storage.jsonl import JsonlArticles
from newscrawl.storage.uri import JSONL, POSTGRESQL, SQLITE, kind_of, password_of, redact, scheme_of

__all__ = [
    "STORES", "KnownArticlesReader", "SchemaTooNewError", "SqlStore", "Store", "StoreError", "StoreFullError",
    "StoreLockedError", "StoreUnreachableError", "UnsupportedStoreError", "UpsertResult", "open_reader", "open_store",
    "password_of", "redact", "scheme_of", "store_class",
]

#: Kind of database (newscrawl.storage.uri.kind_of) → store class (dotted path, imported on use
#: so SQLite needs no psycopg).
STORES: dict[str, str] = {
    SQLITE: "newscrawl.storage.sqlite.SQLiteStore",
    POSTGRESQL: "newscrawl.storage.postgres.PostgresStore",
}


def store_class(uri: str) -> type[SqlStore]:
    """The database class for ``uri`` (see STORES)."""
    kind = kind_of(uri)
    if kind == JSONL:
        raise UnsupportedStoreError(
            f"{uri} looks like a JSON-lines file, not a database; write JSON lines with -o {uri}"
        )
    dotted = STORES.get(kind or "")
    if dotted is None:
        raise UnsupportedStoreError(f"unsupported database URL scheme {scheme_of(uri)!r} in {redact(uri)}; "
                                    "use a file path, sqlite:// or postgresql://")
    module, _, name = dotted.rpartition(".")
    cls: type[SqlStore] = getattr(import_module(module), name)
    return cls


def open_store(uri: str, **options: Any) -> SqlStore:
    """Open (connect, migrate) the store for ``uri``; close it, or use it as a context manager.

    Options go to the class: ``lock_retries``, ``lock_backoff`` (seconds, doubling),
    ``read_only`` (connect only: no creating, migrating or writing), ``busy_timeout``
    (SQLite), ``connect_timeout``/``lock_timeout`` (PostgreSQL).
    """
    cls = store_class(uri)
    accepted = _accepted_options(cls)
    return cls(uri, **{k: v for k, v in options.items() if k in accepted}).open()


def open_reader(uri: str, **options: Any) -> KnownArticlesReader:
    """What an incremental crawl asks "which of these articles do you hold?": a database opened
    read-only, or an earlier run's JSON-lines items file (``.jsonl``, ``.jl``, ``.ndjson``,
    ``.json``; a missing file holds nothing yet). Raises StoreError (one line, no password)."""
    if kind_of(uri) == JSONL:
        return JsonlArticles(uri)
    return open_store(uri, **{**options, "read_only": True})


def _accepted_options(cls: type) -> set[str]:
    names: set[str] = set()
    for klass in cls.__mro__:
        init = klass.__dict__.get("__init__")
        if init is not None:
            names.update(p for p in inspect.signature(init).parameters if p not in ("self", "uri", "kwargs"))
    return names
