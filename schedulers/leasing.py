"""LeasingScheduler: scrapy-redis's scheduler, with requests leased instead of popped.

scrapy-redis (``scrapy_redis.scheduler.Scheduler``) keeps a crawl's queue (its
``PriorityQueue``: a sorted set of pickled ``Request.to_dict()``, callbacks as spider method
names) and its seen-set (``RFPDupeFilter``: request fingerprints) in Redis, shared by every
worker. This subclass keeps both and their formats, and changes how requests move, so that
a worker killed mid-crawl loses nothing (see ``newscrawl.cluster.leases``):

- ``enqueue_request`` marks the fingerprint seen and queues the request in one Lua step; a
  retry or redirect of a leased request finishes that lease in the same step.
- ``next_request`` moves the request into this worker's in-flight set (a lease) and tags it
  with a lease id in ``meta``; the lease is acknowledged once its page's items are stored
  (newscrawl.middlewares.lease_ack), or requeued if the worker dies. A worker takes a request
  only while fewer than NEWSCRAWL_CLUSTER_PREFETCH of its requests are held back by per-host
  politeness, so requests go to the workers that can start them (Scrapy alone would take up
  to CONCURRENT_REQUESTS and queue them behind a busy host).

The queue persists (``SCHEDULER_PERSIST``): the run, not one worker, decides when it is over.
Built only for cluster workers (``newscrawl worker``); the keys are the run's.
"""

from __future__ import annotations

import logging
from collections import deque
from typing import Any

from redis.exceptions import RedisError
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy_redis import picklecompat
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from newscrawl.cluster.connection import one_line
from newscrawl.cluster.worker import LEASE_META, ClusterWorker, for_crawler

logger = logging.getLogger(__name__)

QUEUE_CLASS = "scrapy_redis.queue.PriorityQueue"


class LeasingScheduler(Scheduler):
    cluster: ClusterWorker
    crawler: Crawler
    prefetch: int

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LeasingScheduler:
        cluster = for_crawler(crawler)
        dupefilter = RFPDupeFilter(cluster.client, key=cluster.run.dupefilter,
                                   debug=crawler.settings.getbool("DUPEFILTER_DEBUG"))
        scheduler = cls(server=cluster.client, persist=True, queue_key=cluster.run.requests, queue_cls=QUEUE_CLASS,
                        dupefilter=dupefilter, serializer=picklecompat)
        scheduler.stats = crawler.stats
        scheduler.cluster = cluster
        scheduler.crawler = crawler
        scheduler.prefetch = max(1, crawler.settings.getint("NEWSCRAWL_CLUSTER_PREFETCH"))
        scheduler._local = deque()
        return scheduler

    def open(self, spider: Spider) -> None:
        # scrapy-redis's open(), without its deprecated Spider.log() call and the flush options
        # (a worker never clears the shared queue).
        self.spider = spider
        self.queue = PriorityQueue(server=self.server, spider=spider, key=self.queue_key, serializer=self.serializer)
        queued = len(self.queue)
        if queued:
            logger.info("Joined run %s: %d requests queued", self.cluster.options.run_id, queued)

    #: Requests that only make sense in this worker (meta ``newscrawl_local``: the release of the
    #: items it holds back), never shared.
    _local: deque[Request]

    def enqueue_request(self, request: Request) -> bool:
        if request.meta.get("newscrawl_local"):
            self._local.append(request)
            return True
        replaces = self.cluster.book.close(request.meta.pop(LEASE_META, None))
        try:
            queued = self.cluster.leases.enqueue(
                self.df.request_fingerprint(request), -request.priority, self.queue._encode_request(request),
                dont_filter=request.dont_filter, finishes=replaces)
        except RedisError as exc:
            # Redis stayed away past NEWSCRAWL_CLUSTER_REDIS_WAIT: the worker is stopping. The page
            # that made this request is not acknowledged either, so it is fetched again later.
            logger.error("Could not queue %s: %s", request.url, one_line(exc))
            return False
        if not queued:
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        return True

    def next_request(self) -> Request | None:
        if self._local:
            return self._local.popleft()
        if self._waiting() >= self.prefetch:
            # Scrapy asks for requests as long as its downloader has room, even when they would only
            # queue up behind a busy host here; in a cluster another worker can start them now.
            return None
        try:
            popped = self.cluster.leases.pop()
        except RedisError:
            return None  # logged by the connection's outage policy
        if popped is None:
            return None
        lease = popped[0]
        try:
            request = self.queue._decode_request(lease)
        except Exception as exc:  # noqa: BLE001 - a request another version queued; must not stop the worker
            logger.error("Dropped a queued request this worker cannot read (%s: %s)", type(exc).__name__, one_line(exc))
            self.cluster.leases.ack([lease])
            return None
        request.meta[LEASE_META] = self.cluster.book.open(lease)
        self._know_start(request)
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def _waiting(self) -> int:
        """This worker's requests held back by per-host politeness: queued behind a busy host in
        Scrapy's downloader, or waiting for one of the host's slots in the cluster."""
        downloader = self.crawler.engine.downloader if self.crawler.engine else None
        queued = sum(len(slot.queue) for slot in downloader.slots.values()) if downloader is not None else 0
        return queued + self.cluster.slot_waiters

    def __len__(self) -> int:
        return len(self._local) + super().__len__()

    def has_pending_requests(self) -> bool:
        if self._local:
            return True
        try:
            return len(self) > 0
        except RedisError:
            return False

    def _know_start(self, request: Request) -> None:
        """A request of a start URL seeded after this worker joined: learn the run's start URLs
        again, so the spider stays on (and allows) their hosts."""
        start = request.meta.get("newscrawl_start")
        spider = self.spider
        if start and start not in getattr(spider, "start_urls", [start]) and hasattr(spider, "adopt_start_urls"):
            spider.adopt_start_urls(self.cluster.start_urls())


def encode_request(request: Request, spider: Spider) -> bytes:
    """A request as the scheduler queues it (scrapy-redis's format), for ``newscrawl seed``."""
    queue = PriorityQueue(server=None, spider=spider, key="%(spider)s", serializer=picklecompat)
    return queue._encode_request(request)  # type: ignore[no-any-return,unused-ignore]


def fingerprint(request: Request) -> str:
    """The request's fingerprint as the scheduler's seen-set keeps it (scrapy-redis's)."""
    return RFPDupeFilter(server=None, key="").request_fingerprint(request)  # type: ignore[no-any-return,unused-ignore]


def decode_request(data: bytes, spider: Spider) -> Any:
    queue = PriorityQueue(server=None, spider=spider, key="%(spider)s", serializer=picklecompat)
    return queue._decode_request(data)
