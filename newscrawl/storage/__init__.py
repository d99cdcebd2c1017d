"""Article stores, chosen by URI: a path or ``sqlite:///path`` → SQLite, ``postgresql://`` → PostgreSQL.

Works without Scrapy::

    from newscrawl.storage import open_store
    with open_store("crawl.db") as store:          # connects and migrates
        store.upsert_many(items, run_id="r1")       # one transaction
        rows = list(store.export_articles(region="hong-kong"))

JSON lines are written by Scrapy's feed exports (see ``newscrawl.storage.jsonl`` for the
append-safe file handling and a tolerant reader). Use :func:`redact` whenever a URI is shown.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from newscrawl.storage.base import (
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

__all__ = [
    "STORES", "SchemaTooNewError", "SqlStore", "Store", "StoreError", "StoreFullError", "StoreLockedError",
    "StoreUnreachableError", "UnsupportedStoreError", "UpsertResult", "open_store", "redact", "store_class",
]

#: URI scheme → store class (dotted path, imported on use so SQLite needs no psycopg).
#: The empty scheme is a plain file path.
STORES: dict[str, str] = {
    "": "newscrawl.storage.sqlite.SQLiteStore",
    "sqlite": "newscrawl.storage.sqlite.SQLiteStore",
    "postgresql": "newscrawl.storage.postgres.PostgresStore",
    "postgres": "newscrawl.storage.postgres.PostgresStore",
}

_SECRET_PARAM = re.compile(r"(?i)\b(password|passwd|pwd)=([^\s&]*)")


def scheme_of(uri: str) -> str:
    """The URI's scheme, or '' for a file path (including Windows drive letters like C:\\)."""
    match = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):", uri)
    if not match or len(match.group(1)) == 1:
        return ""
    return match.group(1).lower()


def password_of(uri: str) -> str | None:
    """The password in a URI (userinfo or a password= parameter), for scrubbing messages."""
    try:
        parts = urlsplit(uri)
        if parts.password:
            return parts.password
    except ValueError:
        pass
    match = _SECRET_PARAM.search(uri)
    return match.group(2) if match and match.group(2) else None


def redact(uri: str) -> str:
    """The URI with any password replaced by '***', for logs, errors and reports."""
    if scheme_of(uri) == "":
        return _SECRET_PARAM.sub(r"\1=***", uri)
    try:
        parts = urlsplit(uri)
        netloc = parts.netloc
        if parts.password is not None:
            userinfo, _, hostport = netloc.rpartition("@")
            user = userinfo.split(":", 1)[0]
            netloc = f"{user}:***@{hostport}"
        query = parts.query
        if query:
            pairs = [(k, "***" if k.lower() in ("password", "passwd", "pwd") else v)
                     for k, v in parse_qsl(query, keep_blank_values=True)]
            query = urlencode(pairs, safe="*")
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    except ValueError:
        # Unparseable: keep only the scheme, never risk printing a secret.
        return f"{scheme_of(uri)}://***"


def store_class(uri: str) -> type[SqlStore]:
    """The class for ``uri``'s scheme (see STORES)."""
    from importlib import import_module

    scheme = scheme_of(uri)
    if scheme == "" and uri.lower().endswith((".jsonl", ".jl", ".json")):
        raise UnsupportedStoreError(
            f"{uri} looks like a JSON-lines file, not a database; write JSON lines with -o {uri}"
        )
    dotted = STORES.get(scheme)
    if dotted is None:
        known = ", ".join(sorted(s + "://" for s in STORES if s))
        raise UnsupportedStoreError(f"unsupported database URL scheme {scheme!r} in {redact(uri)}; use a file path or {known}")
    module, _, name = dotted.rpartition(".")
    return getattr(import_module(module), name)


def open_store(uri: str, **options: Any) -> SqlStore:
    """Open (connect, migrate) the store for ``uri``; close it, or use it as a context manager.

    Options go to the class: ``lock_retries``, ``lock_backoff`` (seconds, doubling),
    ``busy_timeout`` (SQLite), ``connect_timeout``/``lock_timeout`` (PostgreSQL).
    """
    cls = store_class(uri)
    accepted = _accepted_options(cls)
    return cls(uri, **{k: v for k, v in options.items() if k in accepted}).open()


def _accepted_options(cls: type) -> set[str]:
    import inspect

    names: set[str] = set()
    for klass in cls.__mro__:
        init = klass.__dict__.get("__init__")
        if init is not None:
            names.update(p for p in inspect.signature(init).parameters if p not in ("self", "uri", "kwargs"))
    return names
