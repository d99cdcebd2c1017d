"""LeaseAckMiddleware: a cluster worker acknowledges a leased request only once it is done.

A request popped from the shared queue is leased to its worker (newscrawl.cluster.leases)
until the worker says it is finished; if the worker dies first, another one fetches it again.
"Finished" must mean durable, or a killed worker would lose what it had parsed but not
stored: a listing page's lease is finished once every item its callback yielded has left the
item pipelines (scraped, dropped or failed). Before a batch of leases is acknowledged, the
``checkpoint_advancing`` signal makes buffering pipelines (the SQL store) write, so the items
are in the database before Redis forgets the page; if the store failed, nothing is
acknowledged and the pages are handed back when the worker stops. A request that failed to
download is finished by the spider's errback (spiders/distributed.py).

The lease id is taken out of ``meta`` before the callback runs (``process_spider_input``:
this middleware is first in), so no request the spider makes from ``response.meta`` carries
it. It sits last on the way out (lowest order), so it counts the items that reach the
pipelines. Enabled only for cluster workers.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from itemadapter import is_item
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from newscrawl.cluster.worker import ClusterWorker, enabled, for_crawler


@dataclass
class _Page:
    lease_id: int
    #: Items yielded and not yet through the pipelines.
    remaining: int = 0
    #: The callback's output has ended (no more items can come).
    output_done: bool = False


class LeaseAckMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        if not enabled(crawler.settings):
            raise NotConfigured  # single-process crawls: off, silently
        self.cluster: ClusterWorker = for_crawler(crawler)
        #: id(response) -> lease id, between process_spider_input and the end of its output.
        self._taken: dict[int, int] = {}
        #: id(item) -> the page that yielded it, until the item leaves the pipelines.
        self._items: dict[int, _Page] = {}
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(self.item_done, signal=signal)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LeaseAckMiddleware:
        return cls(crawler)

    def process_spider_input(self, response: Response, spider: Spider | None = None) -> None:
        lease_id = self.cluster.take(response.meta)
        if lease_id is not None:
            self._taken[id(response)] = lease_id

    async def process_spider_output(self, response: Response, result: AsyncIterator[Any],
                                    spider: Spider | None = None) -> AsyncIterator[Any]:
        lease_id = self._taken.pop(id(response), None)
        if lease_id is None:
            async for x in result:
                yield x
            return
        page = _Page(lease_id)
        try:
            async for x in result:
                if is_item(x):
                    page.remaining += 1
                    self._items[id(x)] = page
                yield x
        finally:
            # Also when the callback raised half-way: what it yielded is all there will be.
            page.output_done = True
            self._settle(page)

    def process_spider_exception(self, response: Response, exception: Exception, spider: Spider | None = None) -> None:
        # The callback failed before any output (a single crawl would lose the page too): finished.
        lease_id = self._taken.pop(id(response), None)
        if lease_id is not None:
            self.cluster.finish(lease_id)

    def item_done(self, item: Any, **kwargs: Any) -> None:
        page = self._items.pop(id(item), None)
        if page is not None:
            page.remaining -= 1
            self._settle(page)

    def _settle(self, page: _Page) -> None:
        if page.output_done and page.remaining <= 0:
            # The extension acknowledges in batches, on a later reactor turn: by then every other
            # receiver of this item's signal (the feed exporter's write) has run.
            self.cluster.finish(page.lease_id)
