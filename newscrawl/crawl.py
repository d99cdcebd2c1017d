"""Run the region spider in-process and summarise the run (used by the CLI and the demo)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from newscrawl.items import FIELD_NAMES


@dataclass
class CrawlSummary:
    pages: int = 0
    items: int = 0
    duplicates: int = 0
    uncertain_splits: int = 0
    zero_block_pages: int = 0
    errors: int = 0
    finish_reason: str | None = None
    stats: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.finish_reason == "finished" and self.errors == 0 and self.zero_block_pages == 0

    @classmethod
    def from_stats(cls, stats: dict[str, Any]) -> "CrawlSummary":
        http_errors = stats.get("httperror/response_ignored_count", 0)
        return cls(
            pages=stats.get("newscrawl/listing/pages", 0),
            items=stats.get("item_scraped_count", 0),
            duplicates=stats.get("newscrawl/dedup/dropped/in_run", 0),
            uncertain_splits=stats.get("newscrawl/split/uncertain", 0),
            zero_block_pages=stats.get("newscrawl/listing/zero_blocks", 0),
            errors=stats.get("log_count/ERROR", 0) + http_errors,
            finish_reason=stats.get("finish_reason"),
            stats=stats,
        )

    def rows(self) -> list[tuple[str, Any]]:
        return [
            ("pages", self.pages),
            ("items", self.items),
            ("duplicates dropped", self.duplicates),
            ("uncertain splits", self.uncertain_splits),
            ("pages with zero blocks", self.zero_block_pages),
            ("errors", self.errors),
            ("finish reason", self.finish_reason),
        ]

    def format(self) -> str:
        width = max(len(name) for name, _ in self.rows())
        return "\n".join(f"{name:<{width}}  {value}" for name, value in self.rows())


def project_settings(overrides: dict[str, Any] | None = None) -> Settings:
    """The project's settings (``newscrawl.settings``) with ``overrides`` on top."""
    settings = Settings()
    settings.setmodule("newscrawl.settings", priority="project")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


def feed_settings(output: str | Path, *, overwrite: bool = False) -> dict[str, Any]:
    """Scrapy FEEDS for a JSON-lines file (or '-' for stdout), every schema field in order."""
    uri = "stdout:" if str(output) == "-" else Path(output).resolve().as_uri()
    return {
        uri: {
            "format": "jsonlines",
            "encoding": "utf-8",
            "fields": list(FIELD_NAMES),
            "overwrite": overwrite,
        }
    }


def run_crawl(
    urls: list[str],
    *,
    output: str | Path | None = None,
    overwrite: bool = False,
    max_pages: int = 0,
    profile: str | None = None,
    settings: dict[str, Any] | None = None,
    log_level: str = "WARNING",
) -> CrawlSummary:
    """Crawl ``urls`` and their pagination; return the run's summary. Blocks until done."""
    overrides: dict[str, Any] = {"LOG_LEVEL": log_level, **(settings or {})}
    if output is not None:
        overrides["FEEDS"] = feed_settings(output, overwrite=overwrite)
    process = CrawlerProcess(project_settings(overrides))
    from spiders.region import RegionSpider

    crawler = process.create_crawler(RegionSpider)
    process.crawl(crawler, start_urls=urls, max_pages=max_pages, profile=profile)
    process.start()
    logging.getLogger("scrapy").handlers.clear()
    return CrawlSummary.from_stats(crawler.stats.get_stats() if crawler.stats else {})
