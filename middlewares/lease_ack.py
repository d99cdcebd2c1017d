"""LeaseAckMiddleware: a cluster worker acknowledges a leased request only once it is done.

A request popped from the shared queue is leased to its worker (newscrawl.cluster.leases)
until the worker says it is finished; if the worker dies first, another one fetches it again.
"Finished" must mean durable, or a killed worker would lose what it had parsed but not
stored: a listing page's lease is finished once every item of the page has left the item
pipelines (scraped, dropped or failed). Before a batch of leases is acknowledged, the
``checkpoint_advancing`` signal makes buffering pipelines (the SQL store) write, so the items
are in the database before Redis forgets the page; if the store failed, nothing is
acknowledged and the pages are handed back when the worker stops. A request that failed to
download is finished by the spider's errback (spiders/distributed.py).

Held items (same-run learning, newscrawl/ops/hold.py): the spider may hold a page's items back
and write them later, all together, in another response's output (a later page's, or the
release at idle). It says so as it tells the checkpoint (middlewares/checkpoint.py): the held
page's response carries ``meta["newscrawl_items_deferred"]``, and every item names its page by
``listing_url``. Such a page keeps its lease (it is "parked": the worker's idle sweep leaves it
alone) until its items come out, in whatever output, and have left the pipelines. A worker
killed while it holds items has acknowledged none of their pages: they are fetched again. Held
items written only as the worker closes (``release_before_close``: they pass no spider
middleware) leave their pages unacknowledged; those go back to the queue at close and are
fetched again (the store's upserts keep them once).

The lease id is taken out of ``meta`` before the callback runs (``process_spider_input``:
this middleware is first in), so no request the spider makes from ``response.meta`` carries
it. It sits last on the way out (lowest order), so it counts the items that reach the
pipelines. Enabled only for cluster workers.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from itemadapter import ItemAdapter, is_item
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response

from newscrawl.cluster.worker import ClusterWorker, enabled, for_crawler
from newscrawl.items import TeaserItem
from newscrawl.middlewares.checkpoint import DEFERRED_META


@dataclass
class _Page:
    lease_id: int
    #: Items yielded and not yet through the pipelines.
    remaining: int = 0
    #: The callback's output has ended (no more items of its own can come).
    output_done: bool = False
    #: The spider holds the page's items back (DEFERRED_META) and has not written them yet.
    held: bool = False
    #: Leases of earlier fetches of the same page, still held when it was fetched again: the
    #: spider's hold keeps the last fetch's items, which stand for them all.
    also: list[int] = field(default_factory=list)


def _listing_url(item: Any) -> str | None:
    if type(item) is TeaserItem:  # our own item: no ItemAdapter on the per-item path
        return item.listing_url
    return ItemAdapter(item).get("listing_url")


class LeaseAckMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        if not enabled(crawler.settings):
            raise NotConfigured  # single-process crawls: off, silently
        self.cluster: ClusterWorker = for_crawler(crawler)
        #: id(response) -> lease id, between process_spider_input and the end of its output.
        self._taken: dict[int, int] = {}
        #: id(item) -> the page that yielded it, until the item leaves the pipelines.
        self._items: dict[int, _Page] = {}
        #: listing URL -> a page whose items the spider holds back (parked: not finished).
        self._parked: dict[str, _Page] = {}
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
        if lease_id is None and not self._parked:
            async for x in result:
                yield x
            return
        page = _Page(lease_id) if lease_id is not None else None
        #: Parked pages whose held items come out in this output (all of a page's come together).
        released: dict[str, _Page] = {}
        try:
            async for x in result:
                if is_item(x):
                    owner = page
                    if self._parked:
                        url = _listing_url(x)
                        parked = self._parked.get(url) if url else None
                        if parked is not None:
                            owner = released[url] = parked
                    if owner is not None:
                        owner.remaining += 1
                        self._items[id(x)] = owner
                yield x
        finally:
            # Also when the callback raised half-way: what it yielded is all there will be.
            for url, parked in released.items():
                del self._parked[url]
                parked.held = False
                self._settle(parked)
            if page is not None:
                page.output_done = True
                if response.meta.get(DEFERRED_META):
                    self._park(page, response.url)
                self._settle(page)

    def _park(self, page: _Page, listing_url: str) -> None:
        """The page's items are held: its lease waits for them (see the module doc)."""
        page.held = True
        earlier = self._parked.get(listing_url)
        if earlier is not None:
            page.also = [earlier.lease_id, *earlier.also]
        self._parked[listing_url] = page
        self.cluster.park(page.lease_id)

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
        if page.output_done and not page.held and page.remaining <= 0:
            # The extension acknowledges in batches, on a later reactor turn: by then every other
            # receiver of this item's signal (the feed exporter's write) has run.
            for lease_id in (page.lease_id, *page.also):
                self.cluster.finish(lease_id)
