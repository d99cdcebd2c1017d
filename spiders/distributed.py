"""The region spider as a cluster worker runs it: the same parsing, requests from Redis.

Everything a page goes through is RegionSpider's (extraction, pagination, errors, stats);
only where requests and knowledge come from differs:

- no start requests: a worker takes its requests from the run's shared queue (``newscrawl
  seed`` queues the start requests RegionSpider itself makes: ``seed_requests``);
- site knowledge is shared with the other workers (newscrawl.cluster.knowledge_sync);
- a failed download finishes its lease (newscrawl.middlewares.lease_ack acknowledges pages
  that reached the callback);
- the run's start URLs can grow while it runs (a later seed): the spider adopts their hosts.

Requests cross processes as scrapy-redis serialises them: callbacks by method name, state in
``meta`` (page depth, start URL), so any worker can parse any page of any chain.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from twisted.python.failure import Failure

from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.extract.teasers import site_of
from newscrawl.spiders.region import RegionSpider

if TYPE_CHECKING:  # the cluster needs the `scale` extra (redis); Scrapy's spider loader imports this module anyway
    from newscrawl.cluster.worker import ClusterWorker


class DistributedRegionSpider(RegionSpider):
    #: No class-level name: Scrapy's spider loader (``scrapy list``, Scrapyd's listspiders) lists
    #: only named classes, and this one runs only inside ``newscrawl worker``.
    name = ""
    cluster: ClusterWorker

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("name", "region-worker")
        super().__init__(*args, **kwargs)

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> DistributedRegionSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        assert isinstance(spider, DistributedRegionSpider)
        from newscrawl.cluster.worker import for_crawler

        spider.cluster = for_crawler(crawler)
        return spider

    async def start(self) -> AsyncIterator[Any]:
        """Nothing: the shared queue holds the run's requests."""
        return
        yield  # an async generator that yields nothing

    def seed_requests(self) -> AsyncIterator[Any]:
        """The requests a single-process crawl of ``start_urls`` starts with (for ``newscrawl seed``)."""
        return RegionSpider.start(self)

    def site_knowledge(self, url: str) -> SiteKnowledge:
        site = site_of(url)
        if site not in self.knowledge:
            self.cluster.knowledge.adopt(super().site_knowledge(url))
        return self.knowledge[site]

    def on_error(self, failure: Failure) -> None:
        super().on_error(failure)
        self.cluster.finish(self.cluster.take(failure.request.meta))  # type: ignore[attr-defined]

    def adopt_start_urls(self, urls: list[str]) -> None:
        """The run's start URLs grew (a later seed): stay on (and allow) their hosts too."""
        self.start_urls: list[str] = sorted(set(self.start_urls) | set(urls))
        self.allowed_hosts = {urlsplit(u).hostname for u in self.start_urls}
        if not self.allow_offsite:
            self.allowed_domains = sorted(h for h in self.allowed_hosts if h)
