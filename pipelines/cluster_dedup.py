"""ClusterDedupPipeline: each article once per run across all of a cluster's workers.

DedupPipeline keeps the articles seen in a run in the process; in a cluster, an article listed
on two regions crawled by two workers would be written by both. Here the seen set is a Redis
set of the same 64-bit digests (8 bytes a member), shared by the run's workers (SADD answers
"new" to exactly one of them). The claims of the items in the pipelines at the same moment (a
listing page's, processed concurrently: CONCURRENT_ITEMS) go to Redis in one round trip, not
one each. The store still sees every sighting (it runs before this pipeline). Near-duplicate
links stay per worker (a bounded window of recent articles). Used instead of DedupPipeline for
cluster workers.
"""

from __future__ import annotations

from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred

from newscrawl.cluster.worker import enabled, for_crawler
from newscrawl.dedup import article_key, digest64
from newscrawl.pipelines._common import item_get
from newscrawl.pipelines.dedup import DedupPipeline


class ClaimBatch:
    """Claims of article digests, sent to a Redis set together on the next reactor turn."""

    def __init__(self, client: Any, key: str) -> None:
        self.client = client
        self.key = key
        self.pending: list[tuple[bytes, Deferred[bool]]] = []
        self.round_trips = 0

    def claim(self, digest: int) -> Deferred[bool]:
        """Fires True if this worker is the first of the run to claim ``digest``."""
        answer: Deferred[bool] = Deferred()
        self.pending.append((digest.to_bytes(8, "big"), answer))
        if len(self.pending) == 1:
            from twisted.internet import reactor

            reactor.callLater(0, self.flush)  # type: ignore[arg-type,unused-ignore]
        return answer

    def flush(self) -> None:
        batch, self.pending = self.pending, []
        pipe = self.client.pipeline(transaction=False)
        for member, _ in batch:
            pipe.sadd(self.key, member)
        try:
            results = pipe.execute()
        except Exception as exc:  # noqa: BLE001 - every waiting item gets the failure (Redis gone: item_error)
            for _, answer in batch:
                answer.errback(exc)
            return
        self.round_trips += 1
        for (_, answer), added in zip(batch, results, strict=True):
            answer.callback(bool(added))


class ClusterDedupPipeline(DedupPipeline):
    def __init__(self, crawler: Crawler) -> None:
        if not enabled(crawler.settings):
            raise NotConfigured("not a cluster worker (NEWSCRAWL_CLUSTER_REDIS_URL)")
        super().__init__(crawler)
        cluster = for_crawler(crawler)
        self.claims = ClaimBatch(cluster.client, cluster.run.articles)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ClusterDedupPipeline:
        return cls(crawler)

    def open_spider(self, spider: Any = None) -> None:
        pass  # no seed file: a cluster run's seen set lives in Redis

    async def process_item(self, item: Any, spider: Any = None) -> Any:
        key = article_key(item_get(item, "canonical_url"), item_get(item, "url"))
        if key is None:
            return item  # nothing to deduplicate on; validation and the store reject it
        if not await maybe_deferred_to_future(self.claims.claim(digest64(key))):
            self.drop(key)
        return self.link_near_duplicate(item, key, spider)
