"""What ``newscrawl status --redis URL`` shows: the current run's queue, progress and workers. No Scrapy."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from newscrawl.cluster.keys import CrawlKeys
from newscrawl.cluster.runs import current_run, inflight_counts, start_urls, worker_beats


def snapshot(client: Any, keys: CrawlKeys, *, lease_timeout: float) -> dict[str, Any]:
    """The current run as plain data (``--json`` prints it)."""
    config = current_run(client, keys)
    if config is None:
        return {"crawl": keys.crawl, "run_id": None}
    run = keys.run(config.run_id)
    beats = worker_beats(client, run)
    inflight = inflight_counts(client, run)
    infos = {w.decode(): json.loads(v) for w, v in client.hgetall(run.worker_info).items()}
    counters = {k.decode(): int(v) for k, v in client.hgetall(run.counters).items()}
    stats = {k.decode(): float(v) for k, v in client.hgetall(run.stats).items()}
    workers = []
    for worker in sorted(set(beats) | set(inflight)):
        age = beats.get(worker)
        workers.append({
            "id": worker,
            "alive": age is not None and age < lease_timeout,
            "last_seen_s": round(age, 1) if age is not None else None,
            "in_flight": inflight.get(worker, 0),
            "pages": (infos.get(worker) or {}).get("pages"),
        })
    queued = int(client.zcard(run.requests))
    return {
        "crawl": keys.crawl,
        "run_id": config.run_id,
        "site": config.site_name,
        "started": datetime.fromtimestamp(config.created_at, tz=UTC).isoformat(timespec="seconds"),
        "start_urls": len(start_urls(client, run)),
        "state": "running" if queued or inflight or any(w["alive"] for w in workers) else "finished",
        "queued": queued,
        "in_flight": sum(inflight.values()),
        "pages_done": counters.get("done", 0),
        "pages_parsed": int(stats.get("newscrawl/listing/pages", 0)),
        "items": int(stats.get("item_scraped_count", 0)),
        "requeued": counters.get("requeued", 0),
        "handed_back": counters.get("handed_back", 0),
        "seen_requests": int(client.scard(run.dupefilter)),
        "articles": int(client.scard(run.articles)),
        "workers_alive": sum(1 for w in workers if w["alive"]),
        "workers": workers,
    }


def format_status(status: dict[str, Any]) -> str:
    if status.get("run_id") is None:
        return f"crawl {status['crawl']}: no run seeded yet (newscrawl seed --redis URL ...)"
    rows = [
        ("crawl", f"{status['crawl']}, run {status['run_id']} ({status['state']})"),
        ("site", status["site"] or "-"),
        ("started", status["started"]),
        ("start URLs", status["start_urls"]),
        ("queue", f"{status['queued']} requests"),
        ("in flight", status["in_flight"]),
        ("pages done", status["pages_done"]),
        ("items", status["items"]),
        ("requeued", f"{status['requeued']} (from dead workers), {status['handed_back']} handed back"),
        ("seen URLs", status["seen_requests"]),
        ("articles", status["articles"]),
        ("workers alive", status["workers_alive"]),
    ]
    width = max(len(name) for name, _ in rows)
    lines = [f"{name:<{width}}  {value}" for name, value in rows]
    for worker in status["workers"]:
        state = "alive" if worker["alive"] else "silent (its requests are requeued after the lease timeout)"
        seen = f"{worker['last_seen_s']} s ago" if worker["last_seen_s"] is not None else "gone"
        lines.append(f"  {worker['id']}: {state}, last seen {seen}, {worker['in_flight']} in flight, "
                     f"{worker['pages'] if worker['pages'] is not None else '?'} pages")
    return "\n".join(lines)
