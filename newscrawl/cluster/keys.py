"""Where a cluster crawl keeps its state in Redis: one place that names every key. No Scrapy.

Everything of one crawl lives under ``newscrawl:<crawl>:`` (``--crawl NAME``, default
``newscrawl``), so several crawls can share a Redis database; what belongs to one run of it
(queue, seen requests, leases, workers, stats) under ``newscrawl:<crawl>:run:<run id>:``.
Per-host politeness leases are shared by every crawl of the database (``newscrawl:hosts:``):
a host is one host, whichever crawl asks. Site knowledge outlives runs, like the state dir's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NAME_RE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
DEFAULT_CRAWL = "newscrawl"


def check_crawl_name(name: str) -> str:
    if not _NAME_RE.match(name):
        raise ValueError(f"crawl name {name!r}: use 1-64 letters, digits, '.', '_' or '-'")
    return name


@dataclass(frozen=True)
class CrawlKeys:
    """Keys of one crawl (not of one run: see ``RunKeys``)."""

    crawl: str = DEFAULT_CRAWL

    @property
    def prefix(self) -> str:
        return f"newscrawl:{self.crawl}"

    @property
    def current_run(self) -> str:
        """The run id that workers join and ``status`` shows."""
        return f"{self.prefix}:current"

    def run(self, run_id: str) -> RunKeys:
        return RunKeys(f"{self.prefix}:run:{run_id}")

    def knowledge(self, site: str, table: str) -> str:
        """A site's shared knowledge (newscrawl.cluster.knowledge_sync): hashes ``bylines``, ``names``,
        ``organisations`` (entry -> count) and ``presence`` (excerpts, bylines); the stream
        ``evidence`` (batches of the evidence workers took in)."""
        return f"{self.prefix}:knowledge:{site}:{table}"

    def knowledge_meta(self, site: str) -> str:
        """Hash: ``init`` (set once the site's tables were first filled), ``version`` (bumped per push)."""
        return f"{self.prefix}:knowledge:{site}:meta"

    @staticmethod
    def host_slots(host: str) -> str:
        """Sorted set of the requests holding a download slot on ``host`` (score: lease expiry, ms)."""
        before, after = CrawlKeys.host_slots_around()
        return f"{before}{host}{after}"

    @staticmethod
    def host_slots_around() -> tuple[str, str]:
        """What comes before and after the host in ``host_slots`` keys."""
        return "newscrawl:hosts:", ":slots"

    @staticmethod
    def host_next(host: str) -> str:
        """When (ms, Redis clock) the next request to ``host`` may start."""
        return f"newscrawl:hosts:{host}:next"


@dataclass(frozen=True)
class RunKeys:
    prefix: str

    @property
    def config(self) -> str:
        return f"{self.prefix}:config"

    @property
    def starts(self) -> str:
        """Set of the run's start URLs (a worker's spider stays on their hosts)."""
        return f"{self.prefix}:starts"

    @property
    def requests(self) -> str:
        """scrapy-redis's priority queue (sorted set of serialised requests, score -priority)."""
        return f"{self.prefix}:requests"

    @property
    def dupefilter(self) -> str:
        """scrapy-redis's set of request fingerprints seen in this run."""
        return f"{self.prefix}:dupefilter"

    @property
    def articles(self) -> str:
        """Set of 8-byte digests of the articles written in this run (in-run dedup across workers)."""
        return f"{self.prefix}:articles"

    @property
    def workers(self) -> str:
        """Sorted set: worker id -> its last heartbeat (ms, Redis clock)."""
        return f"{self.prefix}:workers"

    @property
    def worker_info(self) -> str:
        return f"{self.prefix}:workerinfo"

    @property
    def inflight_prefix(self) -> str:
        return f"{self.prefix}:inflight:"

    def inflight(self, worker_id: str) -> str:
        """Sorted set of the requests ``worker_id`` popped and has not finished (score: queue score)."""
        return self.inflight_prefix + worker_id

    @property
    def counters(self) -> str:
        """Hash: ``done`` (requests finished), ``requeued`` (taken back from dead workers),
        ``handed_back`` (returned by a worker that stopped before finishing them)."""
        return f"{self.prefix}:counters"

    @property
    def stats(self) -> str:
        """Hash: the workers' numeric Scrapy stats, summed (pushed as deltas)."""
        return f"{self.prefix}:stats"

    @property
    def times(self) -> str:
        """Sorted set: ``start`` (the earliest worker start) and ``finish`` (the latest stop), epoch seconds."""
        return f"{self.prefix}:times"

    @property
    def reports(self) -> str:
        """Hash: worker id -> that worker's own run report (JSON), written when it stops."""
        return f"{self.prefix}:reports"

    @property
    def hosts(self) -> str:
        """Set of the hosts the run's workers took download slots on (to free a dead worker's)."""
        return f"{self.prefix}:hosts"

    def all_fixed(self) -> list[str]:
        return [self.config, self.starts, self.requests, self.dupefilter, self.articles, self.workers,
                self.worker_info, self.counters, self.stats, self.times, self.reports, self.hosts]
