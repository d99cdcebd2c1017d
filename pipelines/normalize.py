"""NormalizePipeline: clean text, canonical URL, region slug, date, provenance hash."""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newscrawl.items import TeaserItem
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
        if isinstance(item, TeaserItem):
            # Our own item: plain attribute access, several times cheaper than ItemAdapter
            # (which recurses into every value) on the crawl's hot path.
            current = item.to_dict()
            for name, value in normalize_item(current).items():
                if value is not current[name]:
                    setattr(item, name, value)
            return item
        adapter = ItemAdapter(item)
        current = dict(adapter.items())
        for name, value in normalize_item(current).items():
            if value is not current.get(name) and name in adapter.field_names():
                adapter[name] = value
        return item
