"""Incremental crawls: stop paginating a region once a listing page holds only stored articles.

Listings run newest first, so the first page whose main blocks are all in the store (minus
NEWSCRAWL_INCREMENTAL_TOLERANCE) means nothing new lies below it: its next-page request is
dropped and ``newscrawl/incremental/stopped`` counted. The page's own items still flow (the
store records that they were seen again). A page's articles are what the spider lists in
``response.meta["newscrawl_article_urls"]`` (its items may be held back and come out later,
in another response's output); the output's items are only a fallback for other spiders. The store is only read, through
``newscrawl.ops.incremental.KnownArticles``.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

from itemadapter import ItemAdapter, is_item
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from newscrawl.normalize import canonical_url
from newscrawl.ops.incremental import KnownArticles, open_known, page_is_known
from newscrawl.sites import https_hosts
from newscrawl.storage import redact

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
        # A listing page's output is small (a page of items and one next request): buffer it,
        # decide, then pass it on.
        output = [x async for x in result]
        listed = response.meta.get("newscrawl_article_urls")
        if listed is not None:
            urls = [canonical_url(u, self.https_hosts) for u in listed]
        elif response.meta.get("newscrawl_release"):
            urls = []  # items released late: their pages were judged when they were parsed
        else:
            urls = [canonical_url(ItemAdapter(x)["url"], self.https_hosts) for x in output
                    if is_item(x) and ItemAdapter(x).get("placement", "main") == "main" and ItemAdapter(x).get("url")]
        if urls:
            fresh = [u for u in dict.fromkeys(urls) if u not in self.known_before]
            in_store = self.store.known(fresh) if fresh else set()
            for url in fresh:
                self.known_before[url] = url in in_store
            self.stats.inc_value("newscrawl/incremental/known", len(in_store))
            self.stats.inc_value("newscrawl/incremental/new", len(fresh) - len(in_store))
            known = {u for u in urls if self.known_before[u]}
            if page_is_known(urls, known, self.tolerance):
                kept = [x for x in output if not (isinstance(x, Request) and x.meta.get("newscrawl_next"))]
                if len(kept) < len(output):
                    self.stats.inc_value("newscrawl/incremental/stopped")
                    logger.info("Incremental: every article on %s is already in %s; not following its next page",
                                response.url, redact(self.uri), extra={"spider": spider})
                output = kept
        for x in output:
            yield x
