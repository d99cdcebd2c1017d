"""HealthChecks: at the end of a run, compare it with thresholds and the site's earlier runs.

Collects one ``PageStat`` per listing page from the spider's ``listing_parsed`` signal, runs
``newscrawl.ops.health.run_checks`` at spider_closed, logs each failed check as an ERROR naming
the pages, and leaves the results in stats (``newscrawl/health/checks``, and
``newscrawl/health/failed/<check>`` counts) for the run report and the exit status.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newscrawl.ops import signals as nc_signals
from newscrawl.ops.health import PageStat, Thresholds, run_checks
from newscrawl.ops.report import read_history
from newscrawl.ops.state import state_dir

logger = logging.getLogger(__name__)


class HealthChecks:
    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("NEWSCRAWL_HEALTH_ENABLED"):
            raise NotConfigured("NEWSCRAWL_HEALTH_ENABLED is off")
        self.thresholds = Thresholds(
            max_drop=settings.getfloat("NEWSCRAWL_HEALTH_MAX_DROP"),
            baseline_runs=settings.getint("NEWSCRAWL_HEALTH_BASELINE_RUNS"),
            min_items=settings.getint("NEWSCRAWL_HEALTH_MIN_ITEMS"),
            max_invalid=settings.getint("NEWSCRAWL_HEALTH_MAX_INVALID"),
        )
        self.state = state_dir(settings.get("NEWSCRAWL_STATE_DIR"))
        self.stats = crawler.stats
        self.pages: list[PageStat] = []
        self.history: list[dict[str, Any]] = []
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.listing_parsed, signal=nc_signals.listing_parsed)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HealthChecks:
        return cls(crawler)

    def spider_opened(self, spider: Spider) -> None:
        # Read before this run appends its own report.
        self.history = read_history(self.state, getattr(spider, "site_name", None) or spider.name)

    def listing_parsed(
        self, url: str, blocks: int, bylines: int, next_url: str | None, not_listing: str | None = None, **kwargs: Any
    ) -> None:
        self.pages.append(
            PageStat(url=url, blocks=blocks, bylines=bylines, full=bool(next_url), not_listing=not_listing)
        )

    def spider_closed(self, spider: Spider, reason: str) -> None:
        results = run_checks(
            self.pages,
            self.history,
            validation_failures=int(self.stats.get_value("newscrawl/validation/failed", 0)),
            failed_pages=list(self.stats.get_value("newscrawl/validation/pages") or []),
            thresholds=self.thresholds,
        )
        for result in results:
            if not result.ok:
                self.stats.inc_value(f"newscrawl/health/failed/{result.name}")
                logger.error("Health check %s failed: %s", result.name, result.message, extra={"spider": spider})
        self.stats.set_value("newscrawl/health/checks", [r.to_dict() for r in results])
