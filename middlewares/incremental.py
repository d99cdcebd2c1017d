"""Incremental crawls: stop paginating a region once a listing page holds only stored articles.

Listings run newest first, so the first page whose main blocks are all in the store (minus
NEWSCRAWL_INCREMENTAL_TOLERANCE) means nothing new lies below it: the chain is stopped there.
Its requests for further pages (next link or fan-out) are dropped, and so are those of any
later output of the same chain for pages past it (pages of a fan-out window already requested
still come, but open no new window), and ``newscrawl/incremental/stopped`` is counted once per
chain. The decision reads the page's article URLs from ``response.meta["newscrawl_article_urls"]``
(set by the spider), not its items, which the spider may hold back and release later in another
response's output (items released late were judged with the page they came from). The page's own items still
flow (the store records that they were seen again). The store is only read, through
``newscrawl.ops.incremental.KnownArticles``.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from newscrawl.normalize import canonical_url
from newscrawl.ops.incremental import KnownArticles, open_known, page_is_known
from newscrawl.ops.pagination import PAGINATION_VIAS
from newscrawl.sites import https_hosts
from newscrawl.storage import redact

#: Depth past which a chain that has not stopped requests pages: no bound.
_NEVER = 1 << 62

logger = logging.getLogger(__name__)


class IncrementalStopMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("NEWSCRAWL_INCREMENTAL_ENABLED"):
            raise NotConfigured  # off by default: no message, so Scrapy logs no warning
        self.uri = settings.get("NEWSCRAWL_INCREMENTAL_STORE")
        if not self.uri:
            raise NotConfigured("NEWSCRAWL_INCREMENTAL_ENABLED is on but NEWSCRAWL_INCREMENTAL_STORE is not set")
        self.tolerance = settings.getint("NEWSCRAWL_INCREMENTAL_TOLERANCE")
        # The same canonical URLs as NormalizePipeline gives the items the store holds.
        self.https_hosts = https_hosts(settings.getlist("NEWSCRAWL_HTTPS_HOSTS"))
        self.stats = crawler.stats
        #: Whether each article seen so far was in the store at first sight in this run.
        self.known_before: dict[str, bool] = {}
        #: Depth and URL of the first page of each chain found to hold only known articles.
        self.stopped_at: dict[str, tuple[int, str]] = {}
        #: Chains that lost a page request to the stop (counted once each).
        self.counted: set[str] = set()
        spider = crawler.spider
        # Opened now, not at spider_opened: before this run's items are written.
        self.store: KnownArticles = open_known(self.uri, exclude_run_id=getattr(spider, "run_id", None))
        from scrapy import signals

        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IncrementalStopMiddleware:
        return cls(crawler)

    def spider_closed(self, spider: Spider) -> None:
        self.store.close()

    async def process_spider_output(self, response: Response, result: AsyncIterator[Any],
                                    spider: Spider | None = None) -> AsyncIterator[Any]:
        meta = response.meta
        start = meta.get("newscrawl_start")
        if start is None:
            async for x in result:
                yield x
            return
        limit: int | None = None
        async for x in result:
            if isinstance(x, Request) and x.meta.get("newscrawl_via") in PAGINATION_VIAS:
                if limit is None:
                    limit = self._limit(response, start)  # the spider set the article URLs before its first output
                if x.meta.get("newscrawl_depth", 0) > limit:
                    self._dropped(start, spider)
                    continue
            yield x
        if limit is None:
            self._limit(response, start)

    def _limit(self, response: Response, start: str) -> int:
        """The depth past which ``start``'s chain requests no page (no bound while nothing stopped it)."""
        depth = response.meta.get("newscrawl_depth", 1)
        known = self._page_is_known(response)
        # Pages of a window come in any order: the earliest page found all known is the stop.
        if known and depth < self.stopped_at.get(start, (_NEVER, ""))[0]:
            self.stopped_at[start] = (depth, response.url)
        return self.stopped_at.get(start, (_NEVER, ""))[0]

    def _dropped(self, start: str, spider: Spider | None) -> None:
        if start in self.counted:
            return
        self.counted.add(start)
        self.stats.inc_value("newscrawl/incremental/stopped")
        logger.info("Incremental: every article on %s is already in %s; not paginating %s past it",
                    self.stopped_at[start][1], redact(self.uri), start, extra={"spider": spider})

    def _page_is_known(self, response: Response) -> bool:
        if "newscrawl_known" in response.meta:
            return bool(response.meta["newscrawl_known"])
        urls = [canonical_url(u, self.https_hosts) for u in response.meta.get("newscrawl_article_urls") or ()]
        fresh = [u for u in dict.fromkeys(urls) if u not in self.known_before]
        in_store = self.store.known(fresh) if fresh else set()
        for url in fresh:
            self.known_before[url] = url in in_store
        self.stats.inc_value("newscrawl/incremental/known", len(in_store))
        self.stats.inc_value("newscrawl/incremental/new", len(fresh) - len(in_store))
        known = page_is_known(urls, {u for u in urls if self.known_before[u]}, self.tolerance)
        response.meta["newscrawl_known"] = known
        return known
