"""ClusterWorkerExtension: a cluster worker's life — heartbeat, acks, requeues, idle exit, report.

- Heartbeat (NEWSCRAWL_CLUSTER_HEARTBEAT): the worker says it is alive, pushes the growth of
  its stats (so ``status`` and the cluster report stay current, and a killed worker's figures
  are kept up to its last beat), and takes back the leases of workers silent for
  NEWSCRAWL_CLUSTER_LEASE_TIMEOUT (killed, frozen), so their pages are fetched again.
- Acknowledgements: finished leases are acknowledged in batches (NEWSCRAWL_CLUSTER_ACK_DELAY),
  after buffering pipelines have written (``checkpoint_advancing``); never after a store error.
- Idle: while the shared queue has requests, the worker stays; when the run is drained
  (nothing queued or in flight anywhere) it stops at once; otherwise it stops after
  NEWSCRAWL_CLUSTER_IDLE_EXIT seconds with nothing to do — unless it is the last worker
  without requests in flight while others hold some: it stays, to requeue them should their
  worker die.
- Knowledge: shared every NEWSCRAWL_CLUSTER_KNOWLEDGE_SYNC seconds and at the end.
- Stopping: unacknowledged leases go back to the queue; the worker's report is kept in Redis;
  the cluster's report (all workers so far) goes to NEWSCRAWL_CLUSTER_REPORT_FILE; the worker
  that finds the run finished appends the cluster's report to the run history.
- Redis gone past NEWSCRAWL_CLUSTER_REDIS_WAIT: the worker stops (reason ``redis_unavailable``).
"""

from __future__ import annotations

import logging
import time
from typing import Any

from redis.exceptions import RedisError
from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.utils.defer import deferred_from_coro

from newscrawl.cluster.connection import one_line
from newscrawl.cluster.runs import current_run, is_drained
from newscrawl.cluster.stats import cluster_report
from newscrawl.cluster.worker import ClusterWorker, enabled, for_crawler
from newscrawl.ops import signals as nc_signals
from newscrawl.ops.report import append_history, write_report
from newscrawl.ops.state import state_dir

logger = logging.getLogger(__name__)

#: How often an idle worker looks at the shared queue (Scrapy's own engine heartbeat is 5 s).
POLL_INTERVAL = 0.5


class ClusterWorkerExtension:
    def __init__(self, crawler: Crawler) -> None:
        if not enabled(crawler.settings):
            raise NotConfigured
        self.crawler = crawler
        self.cluster: ClusterWorker = for_crawler(crawler)
        self.options = self.cluster.options
        self.stats = crawler.stats
        self.state = state_dir(crawler.settings.get("NEWSCRAWL_STATE_DIR"))
        self.idle_since: float | None = None
        self.closing = False
        self.finished_run = False
        #: Out of the run's registry (idle exit): no more heartbeats.
        self.left = False
        self._taken_at_idle = -1
        self._ack_call: Any = None
        self._loops: list[Any] = []
        self.cluster.on_finished = self._schedule_ack
        self.cluster.redis_policy.on_give_up = self._redis_gone
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ClusterWorkerExtension:
        return cls(crawler)

    # --- running ------------------------------------------------------------------------
    def spider_opened(self, spider: Spider) -> None:
        from twisted.internet import task

        self._guarded(self._heartbeat)
        logger.info("Cluster worker %s joined run %s of crawl %s", self.cluster.worker_id, self.options.run_id,
                    self.options.crawl)
        for interval, call in ((self.options.heartbeat, self._heartbeat), (POLL_INTERVAL, self._poll),
                               (self.options.knowledge_sync, self._sync_knowledge)):
            loop = task.LoopingCall(self._guarded, call)
            loop.start(interval, now=False)
            self._loops.append(loop)

    def _guarded(self, call: Any) -> None:
        """Run a periodic task; Redis trouble is logged by the connection policy, not raised into the reactor."""
        if self.closing:
            return
        try:
            call()
        except RedisError as exc:
            logger.debug("Cluster task %s skipped: %s", getattr(call, "__name__", call), one_line(exc))

    def _heartbeat(self) -> None:
        if self.left:
            return
        stats = self.stats.get_stats()
        self.cluster.heartbeat(pages=int(stats.get("newscrawl/listing/pages", 0)))
        self.cluster.stats.push(stats)
        requeued, dead = self.cluster.requeue_dead()
        if requeued or dead:
            self.stats.inc_value("newscrawl/cluster/requeued", requeued)
            logger.warning("Requeued %d request(s) in flight at worker(s) that stopped answering: %s",
                           requeued, ", ".join(dead))
            self._nudge()
        self._hand_back_orphans()

    def _local_idle(self) -> bool:
        engine = self.crawler.engine
        if engine is None or engine.downloader.active:
            return False
        slot = engine.scraper.slot
        return slot is None or slot.is_idle()

    def _drop_lost_leases(self) -> None:
        """Leases no request of this worker carries any more: Scrapy dropped the request without an
        error (a redirect to another host, a filter), so it is finished. Only called when the
        worker is idle (spider_idle: nothing downloading or being parsed here). Not the leases of
        pages whose items the spider holds back (parked): those finish once the items are
        written, which at idle is just about to happen (the spider's release)."""
        lost = self.cluster.unfinished()
        for lease_id in lost:
            self.cluster.finish(lease_id)
        if lost:
            self.stats.inc_value("newscrawl/cluster/leases_dropped", len(lost))

    def _hand_back_orphans(self) -> None:
        """Leases Redis holds for this worker that it never received (a pop whose answer was lost
        with the connection) go back to the queue."""
        orphans = self.cluster.orphans()
        if orphans:
            handed = self.cluster.leases.hand_back(orphans)
            self.stats.inc_value("newscrawl/cluster/orphans_handed_back", handed)

    def _poll(self) -> None:
        """An idle worker looks again now and then: work may have arrived, or the run may be over.
        (Scrapy's engine would only re-check at its 5-second heartbeat.)"""
        if self._local_idle():
            self._nudge()

    def _nudge(self) -> None:
        """Have the engine ask the scheduler now, not at its next 5-second heartbeat."""
        slot = getattr(self.crawler.engine, "_slot", None)  # Scrapy has no public "work arrived" call
        if slot is not None:
            slot.nextcall.schedule()

    def _sync_knowledge(self) -> None:
        for knowledge in list(getattr(self.crawler.spider, "knowledge", {}).values()):
            self.cluster.knowledge.sync(knowledge)

    # --- acknowledgements ---------------------------------------------------------------
    def _schedule_ack(self) -> None:
        if self._ack_call is None or not self._ack_call.active():
            from twisted.internet import reactor

            self._ack_call = reactor.callLater(self.options.ack_delay, self._guarded, self._ack)  # type: ignore[arg-type,unused-ignore]

    def _ack(self) -> None:
        if not self.cluster.finished:
            return
        # Buffered pipelines write now: Redis must not forget a page whose items are not stored.
        self.crawler.signals.send_catch_log(signal=nc_signals.checkpoint_advancing)
        if self.stats.get_value("newscrawl/store/error"):
            return  # not stored: handed back (fetched again) when the worker stops
        acked = self.cluster.ack_finished()
        self.stats.inc_value("newscrawl/cluster/acked", acked)

    # --- idle -----------------------------------------------------------------------------
    def spider_idle(self, spider: Spider) -> None:
        try:
            self._drop_lost_leases()
            self._ack()
            if self.crawler.engine is not None and self.crawler.engine.scheduler is not None \
                    and self.crawler.engine.scheduler.has_pending_requests():
                self.idle_since = None
                self._nudge()
                raise DontCloseSpider
            # Parked leases alone do not keep an idle worker: if the release never came (it failed),
            # the worker's close writes the held items and hands their pages back.
            if self.cluster.finished or self.cluster.unfinished():
                raise DontCloseSpider
            if is_drained(self.cluster.client, self.cluster.run):
                logger.info("Run %s is finished (nothing queued or in flight); worker %s stops",
                            self.options.run_id, self.cluster.worker_id)
                self.finished_run = True
                return
            now = time.monotonic()
            taken = self.stats.get_value("scheduler/dequeued/redis", 0)
            if taken != self._taken_at_idle:  # it worked since it last looked: idle from now
                self._taken_at_idle, self.idle_since = taken, now
            self.idle_since = self.idle_since or now
            if now - self.idle_since < self.options.idle_exit:
                raise DontCloseSpider
            # Other workers hold requests: one worker without any must stay, to requeue them if
            # their holder dies (the registry decides atomically which one).
            if not self.cluster.leases.leave_if_covered(self.options.lease_timeout):
                raise DontCloseSpider
            self.left = True
            logger.info("Worker %s idle for %.0f s; stopping (NEWSCRAWL_CLUSTER_IDLE_EXIT)", self.cluster.worker_id,
                        now - self.idle_since)
        except RedisError:
            return  # Redis gone for good: let the worker close

    def _redis_gone(self) -> None:
        engine = self.crawler.engine
        if engine is not None and engine.spider is not None and not self.closing:
            self.stats.inc_value("newscrawl/errors/redis_unavailable")
            deferred_from_coro(engine.close_spider_async(reason="redis_unavailable"))

    # --- stopping -------------------------------------------------------------------------
    def spider_closed(self, spider: Spider, reason: str) -> None:
        for loop in self._loops:
            if loop.running:
                loop.stop()
        if self._ack_call is not None and self._ack_call.active():
            self._ack_call.cancel()
        self.closing = True
        try:
            self._ack_on_close()
            self._sync_knowledge()
        except RedisError as exc:
            logger.error("Could not hand back or acknowledge this worker's requests (%s); other workers requeue "
                         "them once Redis answers (after NEWSCRAWL_CLUSTER_LEASE_TIMEOUT)", one_line(exc))
        try:
            self._report(spider, reason)
        except RedisError as exc:
            logger.error("Could not record this worker's report in Redis: %s", one_line(exc))

    def _ack_on_close(self) -> None:
        # The pipelines closed before spider_closed: anything they buffered is written (or failed).
        if self.cluster.finished and not self.stats.get_value("newscrawl/store/error"):
            self.stats.inc_value("newscrawl/cluster/acked", self.cluster.ack_finished())
        handed = self.cluster.hand_back_all()
        if handed:
            self.stats.inc_value("newscrawl/cluster/handed_back", handed)
            logger.warning("Handed %d unfinished request(s) back to the shared queue", handed)

    def _report(self, spider: Spider, reason: str) -> None:
        import json

        from newscrawl.extensions.report import report_of

        stats = dict(self.stats.get_stats())
        self.cluster.stats.push(stats, finished=True)
        own = report_of(self.crawler)
        client, run = self.cluster.client, self.cluster.run
        if own is not None:
            client.hset(run.reports, self.cluster.worker_id, json.dumps(own, default=str))
        self.cluster.leases.leave()
        config = current_run(client, self.cluster.keys)
        if config is None or config.run_id != self.options.run_id:
            return
        report = cluster_report(client, self.cluster.keys, config, lease_timeout=self.options.lease_timeout)
        if self.options.report_file:
            try:
                write_report(self.options.report_file, report)
            except OSError as exc:
                logger.error("Cannot write the cluster report to %s: %s", self.options.report_file, exc.strerror or exc)
        history = self.crawler.settings.getbool("NEWSCRAWL_CLUSTER_REPORT_HISTORY")
        if (history and report["cluster"]["state"] == "finished"
                and client.hsetnx(run.counters, "history_written", 1)):  # one worker writes it, once
            try:
                append_history(self.state, report)
            except OSError as exc:
                logger.error("Cannot append to the run history in %s: %s", self.state, exc.strerror or exc)
