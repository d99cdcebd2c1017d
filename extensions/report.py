"""RunReport: write the run's JSON report (NEWSCRAWL_REPORT_FILE) and append it to the
site's run history (STATE_DIR/history/<site>.jsonl) at spider_closed.

The report is built by ``newscrawl.ops.report.build_report`` from the crawl's stats and the
health checks' results (HealthChecks runs first: a lower EXTENSIONS order). The CLI reads the
same report to choose its exit status, so the file and the exit status always agree.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newscrawl.ops.report import append_history, build_report, write_report
from newscrawl.ops.state import state_dir

logger = logging.getLogger(__name__)


class RunReport:
    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("NEWSCRAWL_REPORT_ENABLED"):
            raise NotConfigured("NEWSCRAWL_REPORT_ENABLED is off")
        self.crawler = crawler
        self.file = settings.get("NEWSCRAWL_REPORT_FILE")
        self.history = settings.getbool("NEWSCRAWL_REPORT_HISTORY")
        self.state = state_dir(settings.get("NEWSCRAWL_STATE_DIR"))
        #: The last report built, for callers running the crawl in-process (the CLI).
        self.report: dict[str, Any] | None = None
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RunReport:
        return cls(crawler)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = dict(self.crawler.stats.get_stats())
        stats.setdefault("finish_reason", reason)
        self.report = build_report(
            stats,
            site=getattr(spider, "site_name", None),
            run_id=getattr(spider, "run_id", None),
            start_urls=getattr(spider, "start_urls", []),
            checks=stats.get("newscrawl/health/checks"),
        )
        self.crawler.stats.set_value("newscrawl/exit_status", self.report["exit_status"])
        if self.file:
            try:
                write_report(self.file, self.report)
            except OSError as exc:
                logger.error("Cannot write the run report to %s: %s", self.file, exc.strerror or exc)
        if self.history:
            try:
                append_history(self.state, self.report)
            except OSError as exc:
                logger.error("Cannot append to the run history in %s: %s", self.state, exc.strerror or exc)


def report_of(crawler: Any) -> dict[str, Any] | None:
    """The run report the crawler's RunReport extension built (None when it is off)."""
    for extension in getattr(getattr(crawler, "extensions", None), "middlewares", ()):
        if isinstance(extension, RunReport):
            return extension.report
    return None
