"""Cluster crawls from the command line: seed a run, run a worker, show the status.

The library functions behind ``newscrawl seed``, ``worker``, ``status`` and ``crawl --redis``.
Each opens Redis first (a bad URL or an unreachable server raises ``CannotStart`` with one
line, before anything else happens). A worker runs the same crawl as ``newscrawl crawl``
(``run_crawl``: same settings, pipelines, extraction, report), with the cluster's components
swapped in (``worker_settings``) and the region spider taking its requests from Redis.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newscrawl.crawl import CannotStart, CrawlSummary, project_settings, run_crawl

logger = logging.getLogger(__name__)


def open_redis(url: str, *, max_wait: float | None = None) -> Any:
    """A checked client for ``url``; ``CannotStart`` naming the cause (no password) otherwise."""
    from newscrawl.cluster.connection import DEFAULT_MAX_WAIT, RedisUnavailable, connect

    try:
        return connect(url, max_wait=DEFAULT_MAX_WAIT if max_wait is None else max_wait)
    except RedisUnavailable as exc:
        raise CannotStart(str(exc)) from None


def crawl_keys(crawl: str) -> Any:
    from newscrawl.cluster.keys import CrawlKeys, check_crawl_name

    try:
        return CrawlKeys(check_crawl_name(crawl))
    except ValueError as exc:
        raise CannotStart(str(exc)) from None


def _setting(name: str, overrides: dict[str, Any] | None) -> Any:
    return project_settings(overrides or {}).get(name)


@dataclass
class SeedResult:
    run_id: str
    new_run: bool
    queued: int
    already_seen: int


def seed(redis_url: str, urls: list[str], *, crawl: str = "newscrawl", site_name: str | None = None,
         profile: str | None = None, max_pages: int = 0, incremental: bool = False,
         settings: dict[str, Any] | None = None, new_run: bool = False) -> SeedResult:
    """Queue the start requests of ``urls`` (the ones a single-process crawl starts with) into the
    current run, or a new one (see newscrawl.cluster.runs)."""
    from newscrawl.cluster.leases import RequestLeases
    from newscrawl.cluster.runs import RunConfig, RunMismatch, add_start_urls, open_run, publish_run

    client = open_redis(redis_url)
    keys = crawl_keys(crawl)
    lease_timeout = float(_setting("NEWSCRAWL_CLUSTER_LEASE_TIMEOUT", settings))
    wanted = RunConfig(run_id="", site_name=site_name, profile=profile, max_pages=max_pages,
                       incremental=incremental, settings=dict(settings or {}))
    try:
        config, created = open_run(client, keys, wanted, lease_timeout=lease_timeout, new=new_run)
    except RunMismatch as exc:
        raise CannotStart(str(exc)) from None
    run = keys.run(config.run_id)
    add_start_urls(client, run, urls)
    from newscrawl.schedulers.leasing import encode_request, fingerprint

    spider, requests = start_requests(urls, config)
    leases = RequestLeases(client, run, worker_id="seed")
    queued = 0
    for request in requests:
        queued += leases.enqueue(fingerprint(request), -request.priority, encode_request(request, spider),
                                 dont_filter=request.dont_filter)
    if created:
        publish_run(client, keys, config.run_id)
    return SeedResult(run_id=config.run_id, new_run=created, queued=queued, already_seen=len(requests) - queued)


def start_requests(urls: list[str], config: Any) -> tuple[Any, list[Any]]:
    """The region spider's own start requests for ``urls`` under the run's options."""
    from scrapy.crawler import Crawler

    from newscrawl.spiders.region import RegionSpider

    crawler = Crawler(RegionSpider, project_settings(config.settings))
    spider = RegionSpider.from_crawler(crawler, start_urls=urls, max_pages=config.max_pages, profile=config.profile,
                                       run_id=config.run_id, site_name=config.site_name)
    try:
        return spider, _drain(spider.start())
    finally:
        spider.extractor.close()


def _drain(generator: Any) -> list[Any]:
    """Every item of an async generator that never awaits (the spider's start()), without an event loop."""
    out: list[Any] = []
    while True:
        step = generator.__anext__()
        try:
            step.send(None)
        except StopIteration as done:
            out.append(done.value)
        except StopAsyncIteration:
            return out
        else:
            step.close()
            raise CannotStart("the spider's start() waits for something; its requests cannot be seeded")


def worker_settings(redis_url: str, crawl: str, run_id: str, overrides: dict[str, Any]) -> dict[str, Any]:
    """What turns a crawl into a cluster worker's: the cluster's scheduler, lease acknowledgement,
    host slots, shared dedup and worker extension, on top of the project's components."""
    from newscrawl import settings as project

    def components(name: str, extra: dict[str, Any]) -> dict[str, Any]:
        return {**(overrides.get(name) or getattr(project, name)), **extra}

    return {
        "NEWSCRAWL_CLUSTER_REDIS_URL": redis_url,
        "NEWSCRAWL_CLUSTER_NAME": crawl,
        "NEWSCRAWL_CLUSTER_RUN_ID": run_id,
        "SCHEDULER": "newscrawl.schedulers.leasing.LeasingScheduler",
        # First in (takes the lease out of meta before the callback), last out (counts what reaches the pipelines).
        "SPIDER_MIDDLEWARES": components("SPIDER_MIDDLEWARES",
                                         {"newscrawl.middlewares.lease_ack.LeaseAckMiddleware": 10}),
        "DOWNLOADER_MIDDLEWARES": components("DOWNLOADER_MIDDLEWARES",
                                             {"newscrawl.middlewares.host_slots.ClusterHostSlotsMiddleware": 950}),
        "ITEM_PIPELINES": components("ITEM_PIPELINES", {"newscrawl.pipelines.dedup.DedupPipeline": None,
                                                        "newscrawl.pipelines.cluster_dedup.ClusterDedupPipeline": 400}),
        "EXTENSIONS": components("EXTENSIONS", {"newscrawl.extensions.cluster.ClusterWorkerExtension": 950}),
        # The cluster's parallelism is its workers; and learned knowledge is shared from the
        # worker's process, so pages are split there.
        "NEWSCRAWL_EXTRACT_WORKER": "off",
        # A worker's report is a part of the run: only the cluster's report goes to the history.
        "NEWSCRAWL_REPORT_HISTORY": False,
        "NEWSCRAWL_CHECKPOINT_DIR": None,  # Redis is the checkpoint
    }


def run_worker(redis_url: str, *, crawl: str = "newscrawl", output: str | Path | None = None,
               overwrite: bool = False, db: str | None = None, known: str | None = None,
               report_file: str | Path | None = None, settings: dict[str, Any] | None = None,
               log_level: str = "WARNING", progress: bool = False, cache: bool = False) -> CrawlSummary | None:
    """Join the crawl's current run (waiting for one up to NEWSCRAWL_CLUSTER_IDLE_EXIT seconds) and
    work on it until it is finished or this worker is idle; None when no run came."""
    from newscrawl.cluster.runs import start_urls, wait_for_run

    overrides = dict(settings or {})
    client = open_redis(redis_url)
    keys = crawl_keys(crawl)
    idle_exit = float(_setting("NEWSCRAWL_CLUSTER_IDLE_EXIT", overrides))
    config = wait_for_run(client, keys, timeout=idle_exit)
    if config is None:
        return None
    combined = {**config.settings, **overrides}
    combined.update(worker_settings(redis_url, keys.crawl, config.run_id, combined))
    if report_file is not None:
        combined["NEWSCRAWL_CLUSTER_REPORT_FILE"] = str(Path(report_file).resolve())
    store = known or db or (str(output) if output and str(output) != "-" else None)
    return run_crawl(
        start_urls(client, keys.run(config.run_id)), output=output, overwrite=overwrite, db=db,
        max_pages=config.max_pages, profile=config.profile, settings=combined, log_level=log_level,
        site_name=config.site_name, run_id=config.run_id, incremental_store=store if config.incremental else None,
        progress=progress, cache=cache, spider_cls=_worker_spider())


def _worker_spider() -> type:
    from newscrawl.spiders.distributed import DistributedRegionSpider

    return DistributedRegionSpider


def status(redis_url: str, *, crawl: str = "newscrawl", settings: dict[str, Any] | None = None) -> dict[str, Any]:
    from newscrawl.cluster.status import snapshot

    client = open_redis(redis_url, max_wait=5.0)
    lease_timeout = float(_setting("NEWSCRAWL_CLUSTER_LEASE_TIMEOUT", settings))
    return snapshot(client, crawl_keys(crawl), lease_timeout=lease_timeout)


def report(redis_url: str, *, crawl: str = "newscrawl",
           settings: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """The cluster run report of the current run (None when nothing was seeded)."""
    from newscrawl.cluster.runs import current_run
    from newscrawl.cluster.stats import cluster_report

    client = open_redis(redis_url, max_wait=5.0)
    keys = crawl_keys(crawl)
    config = current_run(client, keys)
    if config is None:
        return None
    return cluster_report(client, keys, config,
                          lease_timeout=float(_setting("NEWSCRAWL_CLUSTER_LEASE_TIMEOUT", settings)))
