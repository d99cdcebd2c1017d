"""One run report for the whole cluster: the workers' stats summed in Redis. No Scrapy.

Each worker pushes the growth of its numeric Scrapy stats (pages, items, errors by kind, ...)
every heartbeat and when it stops (HINCRBYFLOAT: workers add up), and its own run report
when it stops. The cluster's report is ``build_report`` (newscrawl.ops.report) over the summed
stats, with the workers' health checks merged (a check fails if it failed in any worker) and
a ``cluster`` section (workers, queue, requests requeued from dead workers). A killed worker
pushed its stats up to its last heartbeat; the pages it had in flight are fetched again by
another worker and counted again (they were fetched twice).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from numbers import Number
from typing import Any

from newscrawl.cluster.keys import CrawlKeys, RunKeys
from newscrawl.cluster.runs import RunConfig, inflight_counts, start_urls, worker_beats
from newscrawl.ops.report import build_report

#: Numeric stats that do not add up across workers.
NOT_ADDITIVE = frozenset({
    "elapsed_time_seconds", "newscrawl/exit_status", "newscrawl/store/on", "newscrawl/dedup/seeded",
    "memusage/startup", "memusage/max", "memusage/limit_notified", "memusage/warning_notified",
})


def _additive(key: str, value: Any) -> bool:
    return isinstance(value, Number) and not isinstance(value, bool) and key not in NOT_ADDITIVE


class StatsPusher:
    """Pushes the growth of one worker's stats since its last push."""

    def __init__(self, client: Any, run: RunKeys) -> None:
        self.client = client
        self.run = run
        self.pushed: dict[str, float] = {}
        self.started = False

    def push(self, stats: dict[str, Any], *, finished: bool = False) -> int:
        pipe = self.client.pipeline(transaction=True)
        sent: dict[str, float] = {}
        for key, value in list(stats.items()):
            if not _additive(key, value):
                continue
            delta = float(value) - self.pushed.get(key, 0.0)
            if delta:
                pipe.hincrbyfloat(self.run.stats, key, delta)
                sent[key] = float(value)
        start = stats.get("start_time")
        sends_start = False
        if not self.started and isinstance(start, datetime):
            sends_start = True
            pipe.zadd(self.run.times, {"start": _epoch(start)}, lt=True)  # LT adds it, or keeps the earliest
        finish = stats.get("finish_time")
        if finished and isinstance(finish, datetime):
            pipe.zadd(self.run.times, {"finish": _epoch(finish)}, gt=True)
        pipe.execute()
        # Only once Redis took them: a push that failed is sent again, whole, by the next one.
        self.pushed.update(sent)
        self.started = self.started or sends_start
        return len(sent)


def _epoch(value: datetime) -> float:
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.timestamp()


def summed_stats(client: Any, run: RunKeys) -> dict[str, Any]:
    """The workers' stats as one crawl's (what ``build_report`` reads)."""
    stats: dict[str, Any] = {}
    for key, value in client.hgetall(run.stats).items():
        number = float(value)
        stats[key.decode()] = int(number) if number.is_integer() else number
    times = {k.decode(): v for k, v in client.zrange(run.times, 0, -1, withscores=True)}
    if "start" in times:
        stats["start_time"] = datetime.fromtimestamp(times["start"], tz=UTC)
    if "finish" in times:
        stats["finish_time"] = datetime.fromtimestamp(times["finish"], tz=UTC)
    if "start" in times and "finish" in times:
        stats["elapsed_time_seconds"] = max(0.0, times["finish"] - times["start"])
    return stats


def worker_reports(client: Any, run: RunKeys) -> dict[str, dict[str, Any]]:
    return {w.decode(): json.loads(r) for w, r in client.hgetall(run.reports).items()}


def merge_checks(reports: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One result per check name: failed if it failed in any worker (with that worker's message)."""
    merged: dict[str, dict[str, Any]] = {}
    for report in reports:
        for check in report.get("checks") or []:
            name = check.get("name")
            if name not in merged or (merged[name].get("ok", True) and not check.get("ok", True)):
                merged[name] = dict(check)
    return [merged[name] for name in sorted(merged)]


def cluster_report(client: Any, keys: CrawlKeys, config: RunConfig, *, lease_timeout: float) -> dict[str, Any]:
    """The run report of the whole cluster run (as far as it has got)."""
    run = keys.run(config.run_id)
    # Reports first: a worker pushes its last stats before it records its report, so every
    # report read here has its stats in the sums read next (read the other way round, a worker
    # finishing in between would count as reported with its last stats missing).
    reports = worker_reports(client, run)
    stats = summed_stats(client, run)
    beats = worker_beats(client, run)
    alive = sorted(w for w, age in beats.items() if age < lease_timeout)
    inflight = inflight_counts(client, run)
    queued = int(client.zcard(run.requests))
    running = bool(alive or queued or inflight)
    reasons = sorted({str(r["finish_reason"]) for r in reports.values() if r.get("finish_reason")} - {"finished"})
    stats["finish_reason"] = None if running else (reasons[0] if reasons else "finished")
    report = build_report(stats, site=config.site_name, run_id=config.run_id, start_urls=start_urls(client, run),
                          checks=merge_checks(list(reports.values())))
    counters = {k.decode(): int(v) for k, v in client.hgetall(run.counters).items()}
    report["cluster"] = {
        "state": "running" if running else "finished",
        "workers_reported": len(reports),
        "workers_alive": len(alive),
        "queued": queued,
        "in_flight": sum(inflight.values()),
        "requests_done": counters.get("done", 0),
        "requeued_from_dead_workers": counters.get("requeued", 0),
        "handed_back": counters.get("handed_back", 0),
        "worker_exit_statuses": {w: r.get("exit_status") for w, r in sorted(reports.items())},
    }
    return report
