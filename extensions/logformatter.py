"""A LogFormatter that skips the per-page and per-item DEBUG lines when DEBUG is not logged.

Scrapy builds a "Crawled (200) <GET …>" and a "Scraped from <…>" log record for every response
and item (the latter formats the whole item), and its root handler then throws them away at
any LOG_LEVEL above DEBUG: ~10% of a fast crawl's CPU for nothing (bench/crawl_throughput.py).
Returning None is Scrapy's documented way to log nothing; at LOG_LEVEL=DEBUG the lines stay.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import Crawler
from scrapy.logformatter import LogFormatter


class LevelAwareLogFormatter(LogFormatter):
    def __init__(self, debug: bool = True) -> None:
        self.debug = debug

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LevelAwareLogFormatter:
        settings = crawler.settings
        level = settings.get("LOG_LEVEL")
        numeric = logging.getLevelName(level) if isinstance(level, str) else level
        return cls(debug=settings.getbool("LOG_ENABLED") and (not isinstance(numeric, int) or numeric <= logging.DEBUG))

    def crawled(self, *args: Any, **kwargs: Any) -> Any:
        return super().crawled(*args, **kwargs) if self.debug else None

    def scraped(self, *args: Any, **kwargs: Any) -> Any:
        return super().scraped(*args, **kwargs) if self.debug else None
