"""Resumable crawls: checkpoint each start URL's pagination in NEWSCRAWL_CHECKPOINT_DIR.

Scrapy's JOBDIR resumes a cleanly stopped crawl, but after a SIGKILL its request queue and
seen-set are half written (they are flushed on close), and a resumed crawl then skips or
repeats pages. This middleware keeps the frontier itself (``newscrawl.ops.frontier``): a chain
advances past a listing page only once every item from that page has left the item
pipelines (scraped, dropped or failed), so a resumed run fetches again at most the pages
whose items may not have been written, and DedupPipeline (seeded from the output of the
same run id) drops what had been. Start requests are rewritten to resume points; finished
chains are skipped.

Items held back (same-run learning, newscrawl/ops/hold.py): the spider marks a page whose items
it holds with ``response.meta["newscrawl_items_deferred"]``; the page stays pending (its chain
does not advance past it) until its items have come out, in the output of any response (a later
page, or the request that releases them when the crawl goes idle), attributed to the page by
their ``listing_url``, and have left the pipelines. After a SIGKILL the resumed run fetches
such pages again.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from itemadapter import ItemAdapter, is_item
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from newscrawl.items import TeaserItem
from newscrawl.ops import signals as nc_signals
from newscrawl.ops.frontier import Frontier

logger = logging.getLogger(__name__)


def _listing_url(item: Any) -> str | None:
    if type(item) is TeaserItem:  # our own item: no ItemAdapter on the per-item path
        return item.listing_url
    return ItemAdapter(item).get("listing_url") if is_item(item) else None


@dataclass
class _Pending:
    start: str
    #: Items of this listing page not yet through the pipelines.
    remaining: int
    next_url: str | None
    #: Depth of this listing page in its chain (1 = the start URL).
    depth: int
    #: The spider holds this page's items back: pending until they come out.
    deferred: bool = False


class FrontierCheckpointMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        directory = crawler.settings.get("NEWSCRAWL_CHECKPOINT_DIR")
        if not directory:
            raise NotConfigured  # off by default: no message, so Scrapy logs no warning
        self.crawler = crawler
        self.stats = crawler.stats
        self.frontier = Frontier.load(directory)
        #: Listing pages whose items are still in the pipelines, by listing URL.
        self.pending: dict[str, _Pending] = {}
        #: Pages whose items are all through, waiting for an earlier page of their chain.
        self.settled: dict[str, list[_Pending]] = {}
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(self.item_done, signal=signal)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FrontierCheckpointMiddleware:
        return cls(crawler)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        spider = self.crawler.spider
        resumed = self.frontier.exists
        self.frontier.run_id = self.frontier.run_id or getattr(spider, "run_id", None)
        async for request in start:
            start_url = request.meta.get("newscrawl_start") if isinstance(request, Request) else None
            if start_url is None:
                yield request
                continue
            chain = self.frontier.resume_point(start_url)
            if chain is None:
                self.frontier.start(start_url)
                yield request
            elif chain.done:
                self.stats.inc_value("newscrawl/checkpoint/skipped_done")
                logger.info("Checkpoint: %s was finished in an earlier run; skipped", start_url)
            elif chain.next_url == start_url:
                yield request
            else:
                self.stats.inc_value("newscrawl/checkpoint/resumed")
                logger.info("Checkpoint: resuming %s at page %d (%s)", start_url, chain.page, chain.next_url)
                # dont_filter: the page may be in a half-written seen-set of an earlier run.
                yield spider.listing_request(chain.next_url, start=start_url, depth=chain.page, dont_filter=True)
        if resumed:
            logger.info("Checkpoint: resumed run %s from %s", self.frontier.run_id, self.frontier.path)
        self.frontier.save()

    async def process_spider_output(self, response: Response, result: AsyncIterator[Any],
                                    spider: Spider | None = None) -> AsyncIterator[Any]:
        start = response.meta.get("newscrawl_start")
        output = [x async for x in result]
        # Items are attributed to their page by listing_url, whichever response outputs them.
        by_page: dict[str, int] = {}
        for x in output:
            if is_item(x):
                url = _listing_url(x)
                if url is not None:
                    by_page[url] = by_page.get(url, 0) + 1
        if start is not None:
            items = by_page.pop(response.url, 0)
            nexts = [x for x in output if isinstance(x, Request) and x.meta.get("newscrawl_next")]
            page = response.meta.get("newscrawl_depth", 1)
            deferred = bool(response.meta.get("newscrawl_items_deferred"))
            entry = _Pending(start=start, remaining=items, next_url=nexts[0].url if nexts else None, depth=page,
                             deferred=deferred)
            if items or deferred:
                self.pending[response.url] = entry
            else:
                self._settle(entry)
        for url, count in by_page.items():  # released items of pages held back earlier
            held = self.pending.get(url)
            if held is not None:
                held.remaining += count
                held.deferred = False
        for x in output:
            yield x

    def item_done(self, item: Any, spider: Spider | None = None, **kwargs: Any) -> None:
        listing_url = _listing_url(item)
        entry = self.pending.get(listing_url) if listing_url else None
        if entry is None:
            return
        entry.remaining -= 1
        if entry.remaining <= 0 and not entry.deferred:
            del self.pending[listing_url]
            # Next reactor turn: every other handler of this signal (the feed exporter's
            # write) has run by then, so the items are on disk before the chain advances.
            from twisted.internet import reactor

            reactor.callLater(0, self._settle, entry)

    def _settle(self, entry: _Pending) -> None:
        """Advance the chain to the furthest settled page with no unsettled page before it.

        Pipelines may finish pages out of order (an async store); the checkpoint must never
        pass a page whose items are not yet written.
        """
        waiting = self.settled.setdefault(entry.start, [])
        waiting.append(entry)
        first_unsettled = min((e.depth for e in self.pending.values() if e.start == entry.start), default=None)
        ready = [e for e in waiting if first_unsettled is None or e.depth < first_unsettled]
        if not ready:
            return
        best = max(ready, key=lambda e: e.depth)
        self.settled[entry.start] = [e for e in waiting if e not in ready]
        # Buffered stores write now: past this point a resumed run will not fetch these pages.
        self.crawler.signals.send_catch_log(signal=nc_signals.checkpoint_advancing)
        self.frontier.advance(best.start, best.next_url, best.depth + 1)
        self.frontier.save()
        self.stats.inc_value("newscrawl/checkpoint/saves")

    def spider_closed(self, spider: Spider, reason: str) -> None:
        deferred = sum(1 for e in self.pending.values() if e.deferred)
        if deferred:
            logger.warning("Checkpoint: %d listing page(s) had their items held back at close; they will be "
                           "fetched again on resume", deferred)
        if self.pending:
            logger.warning("Checkpoint: %d listing page(s) had items still in flight at close; "
                           "they will be fetched again on resume",
                           len(self.pending))
        self.frontier.save()
