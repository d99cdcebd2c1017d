"""ClusterHostSlotsMiddleware: per-host politeness for a whole cluster, not per worker.

Scrapy limits a host's concurrency and delay per process; a cluster of N workers would give
a host N times the load one crawl gives it. Just before a request is downloaded this
middleware takes one of the host's slots in Redis (newscrawl.cluster.politeness): at most
the host's concurrency (its DOWNLOAD_SLOTS entry, else CONCURRENT_REQUESTS_PER_DOMAIN)
requests run at once across the cluster, and each start is at least the host's delay
(DOWNLOAD_DELAY, or what AutoThrottle made of it in this worker) after the previous one,
whichever worker made it. So a host sees the cluster as it would see one crawl, robots.txt
fetches included. The slot is given back when the download ends (``request_left_downloader``).

A request that waits longer than NEWSCRAWL_CLUSTER_HOST_SLOT_WAIT for a slot goes back to the
shared queue (another worker, or this one, takes it later), so every wait is bounded and no
page is lost. It sits last before the download (order 950: after robots.txt, retries and the
HTTP cache; a cached response takes no slot). Enabled for cluster workers
(NEWSCRAWL_CLUSTER_HOST_SLOTS).
"""

from __future__ import annotations

import random
import time
from typing import Any

from redis.exceptions import RedisError
from scrapy import Request, Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.task import deferLater

from newscrawl.cluster.politeness import BUSY
from newscrawl.cluster.worker import enabled, for_crawler

SLOT_META = "_newscrawl_host_slot"
#: Polling while every slot of a host is held: first pause and cap, in seconds.
FIRST_PAUSE, MAX_PAUSE = 0.01, 0.1


class ClusterHostSlotsMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not enabled(settings) or not settings.getbool("NEWSCRAWL_CLUSTER_HOST_SLOTS"):
            raise NotConfigured
        self.crawler = crawler
        self.cluster = for_crawler(crawler)
        self.slots = self.cluster.slots
        self.max_wait = settings.getfloat("NEWSCRAWL_CLUSTER_HOST_SLOT_WAIT")
        # A slot outlives its download by little: a worker killed mid-download frees it this late.
        self.ttl = settings.getfloat("DOWNLOAD_TIMEOUT") + 30.0
        self.per_host = settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") or settings.getint("CONCURRENT_REQUESTS")
        self.delay = settings.getfloat("DOWNLOAD_DELAY")
        self.slot_settings: dict[str, Any] = dict(settings.getdict("DOWNLOAD_SLOTS"))
        self.stats = crawler.stats
        crawler.signals.connect(self.request_left_downloader, signal=signals.request_left_downloader)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ClusterHostSlotsMiddleware:
        return cls(crawler)

    def limits(self, request: Request) -> tuple[str, int, float]:
        """(slot key, concurrency, delay) this worker's downloader gives ``request``'s host."""
        downloader = self.crawler.engine.downloader if self.crawler.engine else None
        key = downloader.get_slot_key(request) if downloader else (urlparse_cached(request).hostname or "")
        slot = downloader.slots.get(key) if downloader else None
        if slot is not None:
            return key, slot.concurrency, slot.delay
        configured = self.slot_settings.get(key) or {}
        return key, int(configured.get("concurrency", self.per_host)), float(configured.get("delay", self.delay))

    async def process_request(self, request: Request, spider: Spider | None = None) -> Request | None:
        if not urlparse_cached(request).hostname:
            return None  # no host to be polite to (the data: request that releases held items)
        key, limit, delay = self.limits(request)
        token = self.slots.token()
        deadline = time.monotonic() + self.max_wait
        pause, waited = FIRST_PAUSE, False
        from twisted.internet import reactor  # imported late: importing it installs a reactor

        try:
            while True:
                try:
                    wait = self.slots.acquire(key, token, limit=limit, delay=delay, ttl=self.ttl)
                except RedisError:
                    return None  # Redis gone past its bound: the worker is stopping; no politeness to keep in Redis
                if wait == 0:
                    break
                if not waited:
                    waited = True
                    self.cluster.slot_waiters += 1
                    self.stats.inc_value("newscrawl/cluster/host_slot_waits")
                if time.monotonic() >= deadline:
                    self.stats.inc_value("newscrawl/cluster/host_slot_handed_back")
                    # Back to the shared queue (the lease id goes with it: the scheduler swaps one for the other).
                    return request.replace(dont_filter=True)
                if wait == BUSY:
                    sleep, pause = pause * random.uniform(0.5, 1.5), min(MAX_PAUSE, pause * 2)
                else:
                    sleep = wait
                await maybe_deferred_to_future(deferLater(reactor, min(sleep, max(0.0, deadline - time.monotonic())),
                                                          lambda: None))
        finally:
            if waited:
                self.cluster.slot_waiters -= 1
        request.meta[SLOT_META] = (key, token)
        return None

    def request_left_downloader(self, request: Request, spider: Spider | None = None) -> None:
        held = request.meta.pop(SLOT_META, None)
        if held is not None:
            try:
                self.slots.release(*held)
            except RedisError:
                pass  # the slot expires on its own (ttl)
