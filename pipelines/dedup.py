"""DedupPipeline: each article once per run (by canonical_url); near-duplicates linked."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from newscrawl.dedup import RunDedup, article_key
from newscrawl.pipelines._common import item_get
from newscrawl.storage.jsonl import read_jsonl

logger = logging.getLogger(__name__)


class DedupPipeline:
    """Drops an item whose canonical_url was already seen in this run (the state and the rules
    are :class:`newscrawl.dedup.RunDedup`'s: 16-32 bytes per article, see bench/dedup_memory.py,
    so a run of millions of articles stays small).

    A resumed run (``crawl --jobdir``) is the same run: the seen set starts with the articles
    this run id already wrote to NEWSCRAWL_DEDUP_SEED_FILE.

    ``regions`` in JSON lines: the feed is streamed, so an article's line is written when it is
    first seen and cannot be rewritten; its ``regions`` is the listing it was first seen on.
    Later sightings on other region or tag pages are dropped here (counted under
    ``newscrawl/dedup/dropped/in_run``); with a database store on (SqlStorePipeline runs before
    this pipeline) every sighting is recorded and ``articles.regions`` lists all of them.

    Near-duplicates (same headline and lede under another URL) are not dropped: within a
    bounded window of recent articles (``NEWSCRAWL_DEDUP_NEAR_WINDOW``) the later one gets
    ``duplicate_of`` set to the first one's canonical_url.
    """

    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.getbool("NEWSCRAWL_DEDUP_ENABLED"):
            raise NotConfigured("NEWSCRAWL_DEDUP_ENABLED is off")
        self.crawler = crawler
        self.stats = crawler.stats
        self.seed_file = crawler.settings.get("NEWSCRAWL_DEDUP_SEED_FILE")
        self.dedup = RunDedup(crawler.settings.getint("NEWSCRAWL_DEDUP_NEAR_WINDOW"))

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DedupPipeline:
        return cls(crawler)

    def open_spider(self, spider: Any = None) -> None:
        run_id = getattr(spider or self.crawler.spider, "run_id", None)
        if not self.seed_file or not run_id or not Path(self.seed_file).is_file():
            return
        # A line cut by a crash is skipped by the reader.
        own = (article_key(r.get("canonical_url"), r.get("url")) for r in read_jsonl(self.seed_file)
               if r.get("run_id") == run_id)
        self.stats.set_value("newscrawl/dedup/seeded", self.dedup.seed(key for key in own if isinstance(key, str)))

    def process_item(self, item: Any, spider: Any = None) -> Any:
        key = article_key(item_get(item, "canonical_url"), item_get(item, "url"))
        if key is None:
            return item  # nothing to deduplicate on; validation and the store reject it
        if not self.dedup.first_sighting(key):
            self.drop(key)
        return self.link_near_duplicate(item, key, spider)

    def drop(self, key: str) -> None:
        self.stats.inc_value("newscrawl/dedup/dropped/in_run")
        raise DropItem(f"duplicate in this run: {key} (canonical_url)", log_level="DEBUG")

    def link_near_duplicate(self, item: Any, key: str, spider: Any = None) -> Any:
        """Set ``duplicate_of`` when a recent article had the same headline and lede under another URL."""
        if not item_get(item, "duplicate_of"):
            original = self.dedup.near_duplicate_of(key, item_get(item, "headline"), item_get(item, "lede"),
                                                    item_get(item, "excerpt"))
            if original:
                ItemAdapter(item)["duplicate_of"] = original
                self.stats.inc_value("newscrawl/dedup/near_duplicate")
                logger.info("Near-duplicate: %s has the same headline and lede as %s", key, original,
                            extra={"spider": spider or self.crawler.spider})
        return item
