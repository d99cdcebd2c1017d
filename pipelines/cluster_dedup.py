"""ClusterDedupPipeline: each article once per run across all of a cluster's workers.

DedupPipeline keeps the articles seen in a run in the process; in a cluster, an article listed
on two regions crawled by two workers would be written by both. Here the seen set is a Redis
set of the same 64-bit digests (8 bytes a member), shared by the run's workers (SADD answers
"new" to exactly one of them). The store still sees every sighting (it runs before this
pipeline). Near-duplicate links stay per worker (a bounded window of recent articles). Used
instead of DedupPipeline for cluster workers.
"""

from __future__ import annotations

from typing import Any

from newscrawl.pipelines.dedup import DedupPipeline
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newscrawl.cluster.worker import enabled, for_crawler


class RedisDigestSet:
    """The ``DigestSet`` interface (``add`` says whether a digest is new) over a Redis set."""

    def __init__(self, client: Any, key: str) -> None:
        self.client = client
        self.key = key

    def add(self, digest: int) -> bool:
        return bool(self.client.sadd(self.key, digest.to_bytes(8, "big")))

    def __contains__(self, digest: int) -> bool:
        return bool(self.client.sismember(self.key, digest.to_bytes(8, "big")))

    def __len__(self) -> int:
        return int(self.client.scard(self.key))


class ClusterDedupPipeline(DedupPipeline):
    def __init__(self, crawler: Crawler) -> None:
        if not enabled(crawler.settings):
            raise NotConfigured("not a cluster worker (NEWSCRAWL_CLUSTER_REDIS_URL)")
        super().__init__(crawler)
        cluster = for_crawler(crawler)
        self.seen = RedisDigestSet(cluster.client, cluster.run.articles)  # type: ignore[assignment,unused-ignore]

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ClusterDedupPipeline:
        return cls(crawler)
