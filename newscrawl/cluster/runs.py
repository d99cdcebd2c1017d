"""Runs of a cluster crawl: what ``seed`` starts or adds to and what workers join. No Scrapy.

A run is one crawl of the cluster, with one run id (the store's ``runs`` row, the articles'
``first_run_id``), one queue, one seen-set. ``seed`` starts a new run when there is none, or
when the current one is drained (nothing queued, nothing in flight) and no worker is in it;
otherwise it adds its start URLs to the current run. The run's requests are queued before
the run is published as current, so a worker never joins a run that looks finished before it
started. Workers join the current run; a run that is drained is finished, and its workers leave.

What defines a run (max pages, profile, settings) is fixed when it starts: seeding into a
running run with different values is refused (``RunMismatch``).
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import asdict, dataclass, field
from typing import Any

from newscrawl.cluster.keys import CrawlKeys, RunKeys

#: Keys of a finished run stay this long (seconds) after a new run replaces it, for forensics.
OLD_RUN_TTL = 7 * 24 * 3600


class RunMismatch(ValueError):
    """A seed asks for other run-wide options than the running run has."""


@dataclass
class RunConfig:
    run_id: str
    site_name: str | None = None
    profile: str | None = None
    max_pages: int = 0
    #: Stop paginating a chain at the first page whose articles are all in the workers' store.
    incremental: bool = False
    #: Scrapy/newscrawl settings every worker of the run applies (the site config's, ``seed -s``).
    settings: dict[str, Any] = field(default_factory=dict)
    created_at: float = 0.0

    def to_hash(self) -> dict[str, str]:
        return {name: json.dumps(value) for name, value in asdict(self).items()}

    @classmethod
    def from_hash(cls, data: dict[bytes, bytes]) -> RunConfig:
        values = {k.decode(): json.loads(v) for k, v in data.items()}
        return cls(**{k: v for k, v in values.items() if k in cls.__dataclass_fields__})

    def differences(self, other: RunConfig) -> list[str]:
        names = ("site_name", "profile", "max_pages", "incremental", "settings")
        return [name for name in names if getattr(self, name) != getattr(other, name)
                and not (name == "site_name" and other.site_name is None)]


def new_run_id() -> str:
    return uuid.uuid4().hex[:12]


def current_run(client: Any, keys: CrawlKeys) -> RunConfig | None:
    run_id = client.get(keys.current_run)
    if run_id is None:
        return None
    data = client.hgetall(keys.run(run_id.decode()).config)
    return RunConfig.from_hash(data) if data else None


def start_urls(client: Any, run: RunKeys) -> list[str]:
    return sorted(u.decode() for u in client.smembers(run.starts))


def inflight_counts(client: Any, run: RunKeys) -> dict[str, int]:
    """Requests in flight per worker id (including workers that died and are not requeued yet)."""
    counts: dict[str, int] = {}
    for key in client.scan_iter(match=run.inflight_prefix + "*", count=1000):
        name = key.decode()[len(run.inflight_prefix):]
        size = client.zcard(key)
        if size:
            counts[name] = int(size)
    return counts


def redis_now(client: Any) -> float:
    seconds, micros = client.time()
    return seconds + micros / 1e6


def worker_beats(client: Any, run: RunKeys) -> dict[str, float]:
    """Worker id -> seconds since its last heartbeat (by Redis's clock)."""
    now = redis_now(client)
    return {w.decode(): now - score / 1000 for w, score in client.zrange(run.workers, 0, -1, withscores=True)}


def is_drained(client: Any, run: RunKeys) -> bool:
    """Nothing queued and nothing in flight anywhere: the run can produce no more work."""
    return client.zcard(run.requests) == 0 and not inflight_counts(client, run)


def live_workers(client: Any, run: RunKeys, lease_timeout: float) -> list[str]:
    return [w for w, age in worker_beats(client, run).items() if age < lease_timeout]


def open_run(client: Any, keys: CrawlKeys, wanted: RunConfig, *, lease_timeout: float,
             new: bool = False) -> tuple[RunConfig, bool]:
    """The run a seed goes into: the current one (``(run, False)``), or a new one built from
    ``wanted`` (``(run, True)``; its config is written, but it is published as current only by
    ``publish_run`` once its requests are queued)."""
    current = current_run(client, keys)
    if current is not None and not new:
        run = keys.run(current.run_id)
        if not is_drained(client, run) or live_workers(client, run, lease_timeout):
            differences = current.differences(wanted)
            if differences:
                raise RunMismatch(
                    f"run {current.run_id} is under way with other {', '.join(differences)} "
                    f"({', '.join(f'{d}={getattr(current, d)!r}' for d in differences)}); "
                    "seed it with the same options, or start a new run with --new-run")
            return current, False
    wanted.run_id = wanted.run_id or new_run_id()
    wanted.created_at = wanted.created_at or time.time()
    client.hset(keys.run(wanted.run_id).config, mapping=wanted.to_hash())
    return wanted, True


def add_start_urls(client: Any, run: RunKeys, urls: list[str]) -> None:
    if urls:
        client.sadd(run.starts, *urls)


def publish_run(client: Any, keys: CrawlKeys, run_id: str) -> None:
    """Make ``run_id`` the current run; the run it replaces keeps its keys for OLD_RUN_TTL."""
    old = client.getset(keys.current_run, run_id)
    if old is not None and old.decode() != run_id:
        expire_run(client, keys.run(old.decode()))


def expire_run(client: Any, run: RunKeys, ttl: int = OLD_RUN_TTL) -> None:
    pipe = client.pipeline(transaction=False)
    for key in run.all_fixed():
        pipe.expire(key, ttl)
    for key in client.scan_iter(match=run.inflight_prefix + "*", count=1000):
        pipe.expire(key, ttl)
    pipe.execute()


def wait_for_run(client: Any, keys: CrawlKeys, timeout: float, poll: float = 0.5) -> RunConfig | None:
    """The current run once it has work (a run that is drained is finished: wait for the next
    one), or None after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        current = current_run(client, keys)
        if current is not None and not is_drained(client, keys.run(current.run_id)):
            return current
        if time.monotonic() >= deadline:
            return None
        time.sleep(min(poll, max(0.0, deadline - time.monotonic())))
