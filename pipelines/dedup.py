"""DedupPipeline: each article once per run, keyed by canonical_url."""

from __future__ import annotations

import hashlib
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured


class DedupPipeline:
    """Drops an item whose canonical_url was already seen in this run.

    The seen set holds 8-byte digests, not URLs, so its size stays bounded per article
    whatever the URL length.
    """

    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.getbool("NEWSCRAWL_DEDUP_ENABLED"):
            raise NotConfigured("NEWSCRAWL_DEDUP_ENABLED is off")
        self.stats = crawler.stats
        self.seen: set[bytes] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "DedupPipeline":
        return cls(crawler)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        adapter = ItemAdapter(item)
        key = adapter.get("canonical_url") or adapter.get("url")
        digest = hashlib.blake2b(key.encode(), digest_size=8).digest()
        if digest in self.seen:
            self.stats.inc_value("newscrawl/dedup/dropped/in_run")
            raise DropItem(f"duplicate in this run: {key}", log_level="DEBUG")
        self.seen.add(digest)
        return item
