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

Items held back (same-run learning, newscrawl/ops/hold.py): the spider marks a page whose items
it holds with ``response.meta["newscrawl_items_deferred"]``; that page's lease stays open until
its items have come out, in the output of any response (a later page, or the request that
releases them at idle), attributed to it by their ``listing_url``, and have left the
pipelines. A worker killed while it holds items thus leaves their pages to another worker.
Such a lease is parked (``ClusterWorker.park``) meanwhile: the worker's idle sweep for leases
whose requests Scrapy dropped leaves it alone (at idle the spider is about to release the items).

The lease id is taken out of ``meta`` before the callback runs (``process_spider_input``:
this middleware is first in), so no request the spider makes from ``response.meta`` carries
it. It sits last on the way out (lowest order), so it counts the items that reach the
pipelines. Enabled only for cluster workers.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

from itemadapter import ItemAdapter, is_item
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
    #: The callback's output has ended (no more items of its own can come).
    output_done: bool = False
    #: The spider holds its items back (they come out later, in another response's output)...
    deferred: bool = False
    #: ...and they have come out.
    released: bool = False
    #: Acknowledged (once).
    finished: bool = False

    @property
    def done(self) -> bool:
        return self.output_done and (self.released or not self.deferred) and self.remaining <= 0


class LeaseAckMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        if not enabled(crawler.settings):
            raise NotConfigured  # single-process crawls: off, silently
        self.cluster: ClusterWorker = for_crawler(crawler)
        #: id(response) -> lease id, between process_spider_input and the end of its output.
        self._taken: dict[int, int] = {}
        #: id(item) -> the page that yielded it, until the item leaves the pipelines.
        self._items: dict[int, _Page] = {}
        #: listing URL -> a page whose items the spider holds back, until they come out.
        self._deferred: dict[str, _Page] = {}
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
        page = _Page(lease_id) if lease_id is not None else None
        released: set[str] = set()
        try:
            async for x in result:
                if is_item(x):
                    owner = self._owner(x, page, released)
                    if owner is not None:
                        owner.remaining += 1
                        self._items[id(x)] = owner
                yield x
        finally:
            # Also when the callback raised half-way: what it yielded is all there will be.
            for url in released:
                held = self._deferred.pop(url, None)
                if held is not None:
                    self._settle(held)
            if page is not None:
                page.output_done = True
                if response.meta.get("newscrawl_items_deferred"):
                    page.deferred = True
                    self._deferred[response.url] = page
                    self.cluster.park(page.lease_id)  # the idle sweep must not take it for lost
                self._settle(page)

    def _owner(self, item: Any, page: _Page | None, released: set[str]) -> _Page | None:
        """The leased page an item counts for: a held page's (by listing_url), else the response's."""
        if self._deferred:
            listing_url = ItemAdapter(item).get("listing_url")
            held = self._deferred.get(listing_url) if listing_url else None
            if held is not None:
                held.released = True
                released.add(listing_url)
                return held
        return page

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
        if page.done and not page.finished:
            page.finished = True
            # The extension acknowledges in batches, on a later reactor turn: by then every other
            # receiver of this item's signal (the feed exporter's write) has run.
            self.cluster.finish(page.lease_id)
