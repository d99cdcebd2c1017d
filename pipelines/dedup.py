"""DedupPipeline: each article once per run, keyed by canonical_url."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured


class DedupPipeline:
    """Drops an item whose canonical_url was already seen in this run.

    The seen set holds 8-byte digests, not URLs, so its size stays bounded per article
    whatever the URL length. A resumed run (``crawl --jobdir``) is the same run: the seen set
    starts with the articles this run id already wrote to NEWSCRAWL_DEDUP_SEED_FILE.
    """

    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.getbool("NEWSCRAWL_DEDUP_ENABLED"):
            raise NotConfigured("NEWSCRAWL_DEDUP_ENABLED is off")
        self.crawler = crawler
        self.stats = crawler.stats
        self.seed_file = crawler.settings.get("NEWSCRAWL_DEDUP_SEED_FILE")
        self.seen: set[bytes] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "DedupPipeline":
        return cls(crawler)

    def open_spider(self, spider: Any = None) -> None:
        run_id = getattr(spider or self.crawler.spider, "run_id", None)
        if not self.seed_file or not run_id or not Path(self.seed_file).is_file():
            return
        with Path(self.seed_file).open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a line cut by a crash
                if isinstance(record, dict) and record.get("run_id") == run_id:
                    key = record.get("canonical_url") or record.get("url")
                    if key:
                        self.seen.add(hashlib.blake2b(key.encode(), digest_size=8).digest())
        self.stats.set_value("newscrawl/dedup/seeded", len(self.seen))

    def process_item(self, item: Any, spider: Any = None) -> Any:
        adapter = ItemAdapter(item)
        key = adapter.get("canonical_url") or adapter.get("url")
        digest = hashlib.blake2b(key.encode(), digest_size=8).digest()
        if digest in self.seen:
            self.stats.inc_value("newscrawl/dedup/dropped/in_run")
            raise DropItem(f"duplicate in this run: {key}", log_level="DEBUG")
        self.seen.add(digest)
        return item
