"""Resumable crawls: checkpoint each start URL's pending listing pages in NEWSCRAWL_CHECKPOINT_DIR.

Scrapy's JOBDIR resumes a cleanly stopped crawl, but after a SIGKILL its request queue and
seen-set are half written (they are flushed on close), and a resumed crawl then skips or
repeats pages. This middleware keeps the frontier itself (``newscrawl.ops.frontier``): the
set of pending listing pages of each chain, many at once when a chain is fanned out.

- A page becomes pending when a listing page's output requests it (before the request reaches
  the scheduler), so a page is never done before the pages it requested are recorded.
- A page is done once its own output has passed and every item attributed to it has left the
  item pipelines (scraped, dropped or failed). Items are attributed by ``listing_url``, in
  whatever response's output they come: the spider may hold a page's items back (it then sets
  ``response.meta["newscrawl_items_deferred"]`` on that page's response) and emit them all
  together later, from another response; until then the page stays pending. Held items the
  spider writes straight to the pipelines when a crawl is stopped early (newscrawl/ops/hold.py)
  never pass this middleware: their pages stay pending, and a resumed run fetches them again
  (DedupPipeline, seeded from the same run's output, drops the repeats).
- A fanned-out page past the end of its chain (``listing_past_end``) is done; a page that
  failed stays pending, so running again with the same directory tries it again.

Start requests are rewritten to the pending pages; finished chains are skipped, and requests
for pages done in an earlier run are dropped. Writes are atomic and at most every
NEWSCRAWL_CHECKPOINT_INTERVAL seconds (each first lets buffered stores write): any file written
is a safe resume point, a later one only saves refetching.
"""

from __future__ import annotations

import logging
import time
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
from newscrawl.ops.frontier import Frontier, PendingPage

logger = logging.getLogger(__name__)

#: Set on a listing page's response by the spider when it holds that page's items back.
DEFERRED_META = "newscrawl_items_deferred"


def _listing_url(item: Any) -> str | None:
    if type(item) is TeaserItem:  # our own item: no ItemAdapter on the per-item path
        return item.listing_url
    return ItemAdapter(item).get("listing_url") if is_item(item) else None


@dataclass
class _Page:
    """A listing page whose response is being or has been processed, not yet done."""

    start: str
    #: The URL it was requested at: its key in the frontier.
    key: str
    #: The URL its items carry as listing_url (the response's, after redirects).
    listing_url: str
    #: Items attributed to it seen in outputs, minus those that left the pipelines.
    outstanding: int = 0
    #: Its own output has passed.
    output_done: bool = False
    #: The spider holds its items back (DEFERRED_META)...
    deferred: bool = False
    #: ...and they have come out (all together, in another response's output).
    released: bool = False

    @property
    def done(self) -> bool:
        return self.output_done and (self.released or not self.deferred) and self.outstanding <= 0


class FrontierCheckpointMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        directory = crawler.settings.get("NEWSCRAWL_CHECKPOINT_DIR")
        if not directory:
            raise NotConfigured  # off by default: no message, so Scrapy logs no warning
        self.crawler = crawler
        self.stats = crawler.stats
        self.interval = max(0.0, crawler.settings.getfloat("NEWSCRAWL_CHECKPOINT_INTERVAL"))
        self.frontier = Frontier.load(directory)
        #: Listing pages being processed, by the URL their items carry as listing_url.
        self.pages: dict[str, _Page] = {}
        #: Items seen for a listing URL before its page's own output began (held items can
        #: overtake it) and not yet through the pipelines, folded in when it does.
        self.early: dict[str, int] = {}
        self.early_released: set[str] = set()
        self._dirty = False
        self._last_save = 0.0
        self._save_call: Any = None
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(self.item_done, signal=signal)
        crawler.signals.connect(self.past_end, signal=nc_signals.listing_past_end)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FrontierCheckpointMiddleware:
        return cls(crawler)

    # --- start: resume points ----------------------------------------------------------------

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
                continue
            if chain.finished:
                self.stats.inc_value("newscrawl/checkpoint/skipped_done")
                logger.info("Checkpoint: %s was finished in an earlier run; skipped", start_url)
                continue
            if set(chain.pending) != {start_url}:
                self.stats.inc_value("newscrawl/checkpoint/resumed")
                logger.info("Checkpoint: resuming %s with %d pending page(s) from page %d", start_url,
                            len(chain.pending), min(p.depth for p in chain.pending.values()))
            for url, page in sorted(chain.pending.items(), key=lambda kv: kv[1].depth):
                if url == start_url and page.depth == 1:
                    yield request
                else:
                    # dont_filter: the page may be in a half-written seen-set of an earlier run.
                    # via: as first found (a fanned-out page past the end is judged so again).
                    request = spider.listing_request(url, start=start_url, depth=page.depth,  # type: ignore[union-attr]
                                                     number=page.number, horizon=page.horizon, via=page.via,
                                                     dont_filter=True)
                    request.meta["newscrawl_resumed"] = True
                    yield request
        if resumed:
            logger.info("Checkpoint: resumed run %s from %s", self.frontier.run_id, self.frontier.path)
        self.frontier.save()

    # --- outputs: pages requested, items attributed -------------------------------------------

    async def process_spider_output(self, response: Response, result: AsyncIterator[Any],
                                    spider: Spider | None = None) -> AsyncIterator[Any]:
        meta = response.meta
        start = meta.get("newscrawl_start")
        page = self._open_page(response, start) if start is not None else None
        async for x in result:
            if type(x) is TeaserItem or (not isinstance(x, Request) and is_item(x)):
                self._count_item(x, page)
            elif isinstance(x, Request) and "newscrawl_start" in x.meta and not self._requested(x):
                continue
            yield x
        if page is not None:
            page.output_done = True
            page.deferred = bool(meta.get(DEFERRED_META))
            self._check(page)

    def _open_page(self, response: Response, start: str) -> _Page:
        redirects = response.meta.get("redirect_urls")
        url = response.url
        page = _Page(start=start, key=redirects[0] if redirects else url, listing_url=url,
                     outstanding=self.early.pop(url, 0), released=url in self.early_released)
        self.early_released.discard(url)
        self.pages[url] = page
        return page

    def _count_item(self, item: Any, source: _Page | None) -> None:
        listing_url = _listing_url(item)
        if listing_url is None:
            return
        page = self.pages.get(listing_url)
        if page is None:
            self.early[listing_url] = self.early.get(listing_url, 0) + 1
            self.early_released.add(listing_url)
            return
        page.outstanding += 1
        if page is not source:
            page.released = True  # a held page's items come out all together

    def _requested(self, request: Request) -> bool:
        """Record a listing request as pending; False for a page done in an earlier run (dropped)."""
        meta = request.meta
        entry = PendingPage(depth=meta.get("newscrawl_depth", 1), number=meta.get("newscrawl_number"),
                            horizon=meta.get("newscrawl_horizon") or 0, via=meta.get("newscrawl_via") or "next")
        if not self.frontier.add_pending(meta["newscrawl_start"], request.url, entry):
            self.stats.inc_value("newscrawl/checkpoint/skipped_done_pages")
            return False
        self._dirty = True
        return True

    # --- pages done ---------------------------------------------------------------------------

    def item_done(self, item: Any, spider: Spider | None = None, **kwargs: Any) -> None:
        listing_url = _listing_url(item)
        page = self.pages.get(listing_url) if listing_url else None
        if page is None:
            if listing_url in self.early:  # left the pipelines before its page's output began
                self.early[listing_url] -= 1
            return
        page.outstanding -= 1
        self._check(page)

    def _check(self, page: _Page) -> None:
        if page.done:
            if self.pages.get(page.listing_url) is page:
                del self.pages[page.listing_url]
            self.frontier.settle(page.start, page.key)
            self._dirty = True
            self._schedule_save()

    def past_end(self, url: str, start_url: str, **kwargs: Any) -> None:
        self.frontier.settle(start_url, url)
        self._dirty = True
        self._schedule_save()

    # --- writing ------------------------------------------------------------------------------

    def _schedule_save(self) -> None:
        if self._save_call is not None and self._save_call.active():
            return
        from twisted.internet import reactor as installed

        reactor: Any = installed  # IReactorTime's stubs type callLater without its self
        # Never in this call: the other receivers of the item signal (the feed exporter's write)
        # run first, so the items are on disk before the file says their page is done.
        wait = max(0.0, self.interval - (time.monotonic() - self._last_save))
        self._save_call = reactor.callLater(wait, self._save)

    def _save(self) -> None:
        if not self._dirty:
            return
        # Buffered stores write now: past this point a resumed run will not fetch these pages.
        self.crawler.signals.send_catch_log(signal=nc_signals.checkpoint_advancing)
        self.frontier.save()
        self._dirty = False
        self._last_save = time.monotonic()
        self.stats.inc_value("newscrawl/checkpoint/saves")

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self._save_call is not None and self._save_call.active():
            self._save_call.cancel()
        held = sum(1 for page in self.pages.values() if page.deferred and not page.released)
        if held:
            logger.warning("Checkpoint: %d listing page(s) had their items held back at close (same-run learning); "
                           "running again with the same job directory fetches them", held)
        pending = sum(len(chain.pending) for chain in self.frontier.chains.values())
        if pending:
            logger.warning("Checkpoint: %d listing page(s) not done at close (failed, or items still in flight); "
                           "running again with the same job directory fetches them", pending)
        # The pipelines are closed by now (their buffers written): what is settled is durable.
        self.frontier.save()


def _listing_url(item: Any) -> str | None:
    if type(item) is TeaserItem:  # our own item: no ItemAdapter on the per-item path
        return item.listing_url
    return ItemAdapter(item).get("listing_url") if is_item(item) else None
