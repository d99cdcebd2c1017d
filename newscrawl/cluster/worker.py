"""One worker's share of a cluster crawl: its Redis client, identity, leases and settings.

Created once per Scrapy crawler (``for_crawler``) from the NEWSCRAWL_CLUSTER_* settings and
shared by the cluster's Scrapy components (scheduler, lease middleware, host slots, dedup,
the worker extension, the spider). No Scrapy here: the components hand it what they see.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from newscrawl.cluster.connection import DEFAULT_MAX_WAIT, connect, retry_policy
from newscrawl.cluster.keys import DEFAULT_CRAWL, CrawlKeys
from newscrawl.cluster.knowledge_sync import KnowledgeSync
from newscrawl.cluster.leases import LeaseBook, RequestLeases
from newscrawl.cluster.politeness import HostSlots
from newscrawl.cluster.runs import start_urls
from newscrawl.cluster.stats import StatsPusher

logger = logging.getLogger(__name__)

#: Request.meta key of the lease id (this process only: stripped before a request is queued).
LEASE_META = "_newscrawl_lease"
_ATTRIBUTE = "_newscrawl_cluster_worker"


def new_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:4]}"


@dataclass(frozen=True)
class WorkerOptions:
    """The NEWSCRAWL_CLUSTER_* settings (documented in newscrawl/settings.py)."""

    redis_url: str
    run_id: str
    crawl: str = DEFAULT_CRAWL
    worker_id: str = ""
    lease_timeout: float = 30.0
    heartbeat: float = 2.0
    idle_exit: float = 60.0
    redis_wait: float = DEFAULT_MAX_WAIT
    ack_delay: float = 0.2
    host_slots: bool = True
    host_slot_wait: float = 300.0
    knowledge_sync: float = 2.0
    report_file: str | None = None

    @classmethod
    def from_settings(cls, settings: Any) -> WorkerOptions:
        return cls(
            redis_url=settings.get("NEWSCRAWL_CLUSTER_REDIS_URL"),
            run_id=settings.get("NEWSCRAWL_CLUSTER_RUN_ID"),
            crawl=settings.get("NEWSCRAWL_CLUSTER_NAME") or DEFAULT_CRAWL,
            worker_id=settings.get("NEWSCRAWL_CLUSTER_WORKER_ID") or new_worker_id(),
            lease_timeout=settings.getfloat("NEWSCRAWL_CLUSTER_LEASE_TIMEOUT"),
            heartbeat=settings.getfloat("NEWSCRAWL_CLUSTER_HEARTBEAT"),
            idle_exit=settings.getfloat("NEWSCRAWL_CLUSTER_IDLE_EXIT"),
            redis_wait=settings.getfloat("NEWSCRAWL_CLUSTER_REDIS_WAIT"),
            ack_delay=settings.getfloat("NEWSCRAWL_CLUSTER_ACK_DELAY"),
            host_slots=settings.getbool("NEWSCRAWL_CLUSTER_HOST_SLOTS"),
            host_slot_wait=settings.getfloat("NEWSCRAWL_CLUSTER_HOST_SLOT_WAIT"),
            knowledge_sync=settings.getfloat("NEWSCRAWL_CLUSTER_KNOWLEDGE_SYNC"),
            report_file=settings.get("NEWSCRAWL_CLUSTER_REPORT_FILE"),
        )


class ClusterWorker:
    def __init__(self, options: WorkerOptions) -> None:
        self.options = options
        self.worker_id = options.worker_id or new_worker_id()
        self.client = connect(options.redis_url, max_wait=options.redis_wait)
        self.redis_policy = retry_policy(self.client)
        self.keys = CrawlKeys(options.crawl)
        self.run = self.keys.run(options.run_id)
        self.leases = RequestLeases(self.client, self.run, self.worker_id)
        self.book = LeaseBook()
        self.slots = HostSlots(self.client, self.run, self.worker_id)
        self.knowledge = KnowledgeSync(self.client, self.keys, self.worker_id)
        self.stats = StatsPusher(self.client, self.run)
        self.started = time.time()
        #: Leases whose requests are finished, waiting to be acknowledged in one batch.
        self.finished: list[bytes] = []
        #: Leases of pages whose items the spider holds back (same-run learning): not finished,
        #: though nothing of theirs is downloading or being parsed (newscrawl.middlewares.lease_ack).
        self.parked: set[int] = set()
        #: Called when a lease is finished (the Scrapy side schedules the batch).
        self.on_finished: Callable[[], None] | None = None
        #: Requests of this worker waiting for a host's slot in the cluster (newscrawl.middlewares.host_slots).
        self.slot_waiters = 0

    # --- leases --------------------------------------------------------------------------
    @staticmethod
    def take(meta: dict[str, Any]) -> int | None:
        """Remove the lease id from a request's meta (so no request made from it carries it)."""
        return meta.pop(LEASE_META, None)

    def park(self, lease_id: int) -> None:
        """The page of ``lease_id`` is parsed but the spider holds its items: it finishes later."""
        if lease_id in self.book.held:
            self.parked.add(lease_id)

    def unfinished(self) -> list[int]:
        """Leases held that are neither finished nor parked: their requests are downloading,
        waiting or being parsed (or were dropped by Scrapy without a word, when none is)."""
        return [lease_id for lease_id in self.book.held if lease_id not in self.parked]

    def finish(self, lease_id: int | None) -> None:
        """The request of ``lease_id`` is done (its items have left the pipelines, or it failed)."""
        if lease_id is not None:
            self.parked.discard(lease_id)
        lease = self.book.close(lease_id)
        if lease is None:
            return
        self.finished.append(lease)
        if self.on_finished is not None:
            self.on_finished()

    def ack_finished(self) -> int:
        done, self.finished = self.finished, []
        return self.leases.ack(done)

    def hand_back_all(self) -> int:
        """Stopping: every lease not acknowledged goes back to the queue."""
        self.book.held.clear()
        self.finished.clear()
        self.parked.clear()
        return self.leases.hand_back(None)

    # --- registry ------------------------------------------------------------------------
    def heartbeat(self, **figures: Any) -> None:
        info = {"host": socket.gethostname(), "pid": os.getpid(), "started": self.started,
                "in_flight": len(self.book), **figures}
        self.leases.heartbeat(json.dumps(info))

    def requeue_dead(self) -> tuple[int, list[str]]:
        """Take back the leases of dead workers — unless Redis itself restarted less than a lease
        timeout ago: then every worker only looks silent until its next heartbeat."""
        uptime = int(self.client.info("server").get("uptime_in_seconds", 0))
        if uptime < self.options.lease_timeout:
            return 0, []
        requeued, dead = self.leases.requeue_dead(self.options.lease_timeout)
        self.slots.free_dead(dead)  # (else their host slots would block the host until they expire)
        return requeued, dead

    def orphans(self) -> list[bytes]:
        """Leases Redis holds for this worker that this process no longer knows (a pop whose
        answer was lost when the connection dropped)."""
        known = set(self.book.held.values()) | set(self.finished)
        return [lease for lease in self.leases.held() if lease not in known]

    def start_urls(self) -> list[str]:
        return start_urls(self.client, self.run)


def for_crawler(crawler: Any) -> ClusterWorker:
    """The crawler's ClusterWorker, made on first use."""
    worker = getattr(crawler, _ATTRIBUTE, None)
    if worker is None:
        worker = ClusterWorker(WorkerOptions.from_settings(crawler.settings))
        setattr(crawler, _ATTRIBUTE, worker)
    return worker


def enabled(settings: Any) -> bool:
    """Whether this crawl is a cluster worker's (NEWSCRAWL_CLUSTER_REDIS_URL and a run id set)."""
    return bool(settings.get("NEWSCRAWL_CLUSTER_REDIS_URL") and settings.get("NEWSCRAWL_CLUSTER_RUN_ID"))
