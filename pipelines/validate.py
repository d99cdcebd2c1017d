"""SchemaValidationPipeline: items checked against TeaserItem's JSON Schema; failures counted."""

from __future__ import annotations

import logging
from typing import Any

from itemadapter import ItemAdapter
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem, NotConfigured

from newscrawl.pipelines._common import item_values
from newscrawl.validation import validation_errors

logger = logging.getLogger(__name__)

#: Listing pages kept as examples in stats for the health check's message (bounded).
_MAX_SAMPLES = 10


class SchemaValidationPipeline:
    def __init__(self, crawler: Crawler) -> None:
        if not crawler.settings.getbool("NEWSCRAWL_VALIDATE_ENABLED"):
            raise NotConfigured("NEWSCRAWL_VALIDATE_ENABLED is off")
        self.drop = crawler.settings.getbool("NEWSCRAWL_VALIDATE_DROP")
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SchemaValidationPipeline:
        return cls(crawler)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        errors = validation_errors(item_values(item))
        if not errors:
            return item
        adapter = ItemAdapter(item)
        self.stats.inc_value("newscrawl/validation/failed")
        page = adapter.get("listing_url")
        samples = self.stats.get_value("newscrawl/validation/pages") or []
        if page and page not in samples and len(samples) < _MAX_SAMPLES:
            self.stats.set_value("newscrawl/validation/pages", [*samples, page])
        message = f"invalid item {adapter.get('url')} from {page}: {'; '.join(errors[:3])}"
        if self.drop:
            raise DropItem(message, log_level="ERROR")
        logger.error("%s", message)
        return item
