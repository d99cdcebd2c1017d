"""Which articles a store already holds, and when a listing page says "nothing new below".

Reading the store is the storage layer's job (``newscrawl.storage.open_reader``: a SQLite file
or PostgreSQL URL opened read-only, or an earlier run's JSON-lines items); ``open_known`` gives
this run's view of it, leaving out what the run itself wrote before a crash. No Scrapy.
"""

from __future__ import annotations

from collections.abc import Iterable

from newscrawl.storage import KnownArticlesReader, StoreError, open_reader

#: What ``open_known`` raises when the store cannot be opened or read (one line, no password).
StoreUnavailable = StoreError


class KnownArticles:
    """The articles a store held before this run, as ``known(urls) -> set``."""

    def __init__(self, reader: KnownArticlesReader, exclude_run_id: str | None = None) -> None:
        self.reader = reader
        self.exclude_run_id = exclude_run_id

    def known(self, canonical_urls: Iterable[str]) -> set[str]:
        """The subset of ``canonical_urls`` the store already holds."""
        return self.reader.known_urls(canonical_urls, exclude_run_id=self.exclude_run_id)

    def close(self) -> None:
        self.reader.close()


def open_known(uri: str, *, exclude_run_id: str | None = None) -> KnownArticles:
    """A reader for a store URI: ``postgresql://...``, ``sqlite:///path``, ``*.db``/``*.sqlite``, ``*.jsonl``.

    ``exclude_run_id``: articles that run wrote first do not count as known (a resumed run's
    own output, written before it was killed).
    """
    return KnownArticles(open_reader(uri), exclude_run_id)


def page_is_known(urls: list[str], known: set[str], tolerance: int = 0) -> bool:
    """True when a listing page holds nothing new: at most ``tolerance`` of its main blocks are
    unknown and at least one is known (an empty page says nothing about what lies below)."""
    if not urls:
        return False
    unknown = len(set(urls) - known)
    return unknown <= tolerance and unknown < len(set(urls))
