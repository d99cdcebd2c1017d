"""NormalizePipeline: clean text, cut marks, canonical URL, region slug, date, provenance."""

from __future__ import annotations

from operator import attrgetter
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newscrawl.items import TeaserItem
from newscrawl.normalize import FIELDS, normalize_in_place, normalize_item
from newscrawl.sites import https_hosts

_normalized_fields = attrgetter(*FIELDS)


class NormalizePipeline:
    """Rewrites each item with :func:`newscrawl.normalize.normalize_item` and stamps ``run_id``.

    The run id comes from the item, else the spider (``spider.run_id``), so every item of a
    crawl carries the same provenance even when built by code that does not set it.
    """

    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.getbool("NEWSCRAWL_NORMALIZE_ENABLED"):
            raise NotConfigured("NEWSCRAWL_NORMALIZE_ENABLED is off")
        self.crawler = crawler
        self.https_hosts = https_hosts(crawler.settings.getlist("NEWSCRAWL_HTTPS_HOSTS"))

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NormalizePipeline:
        return cls(crawler)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        spider = spider or self.crawler.spider
        if isinstance(item, TeaserItem):
            # Our own item: plain attribute access, several times cheaper than ItemAdapter
            # (which recurses into every value) on the crawl's hot path; and only the fields
            # normalize_item reads or writes go in and out.
            values = normalize_in_place(dict(zip(FIELDS, _normalized_fields(item), strict=True)),
                                        https_hosts=self.https_hosts)
            for name, value in values.items():
                setattr(item, name, value)
            item.run_id = item.run_id or getattr(spider, "run_id", None)
        else:
            adapter = ItemAdapter(item)
            current = dict(adapter.items())
            values = normalize_item(current, https_hosts=self.https_hosts)
            values["run_id"] = values.get("run_id") or getattr(spider, "run_id", None)
            for name, value in values.items():
                if value is not current.get(name) and name in adapter.field_names():
                    adapter[name] = value
        if values.get("truncated"):
            self.crawler.stats.inc_value("newscrawl/normalize/truncated")
        return item
