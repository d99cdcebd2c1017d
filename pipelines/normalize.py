"""NormalizePipeline: clean text, canonical URL, region slug, date, provenance hash."""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newscrawl.normalize import normalize_item


class NormalizePipeline:
    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.getbool("NEWSCRAWL_NORMALIZE_ENABLED"):
            raise NotConfigured("NEWSCRAWL_NORMALIZE_ENABLED is off")
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> "NormalizePipeline":
        return cls(crawler)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        adapter = ItemAdapter(item)
        for name, value in normalize_item(adapter.asdict()).items():
            if name in adapter.field_names():
                adapter[name] = value
        return item
