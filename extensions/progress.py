"""Progress: pages, items, rate and ETA on stderr while a crawl runs.

On a terminal, one line rewritten in place; otherwise (cron, Scrapyd, a pipe) a plain line
every NEWSCRAWL_PROGRESS_INTERVAL seconds, which reads well in a log file.
"""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from newscrawl.ops import signals as nc_signals
from newscrawl.ops.progress import ProgressState


class Progress:
    def __init__(self, crawler: Crawler, stream: TextIO | None = None) -> None:
        settings = crawler.settings
        if not settings.getbool("NEWSCRAWL_PROGRESS_ENABLED"):
            raise NotConfigured  # off by default: no message, so Scrapy logs no warning
        self.interval = max(0.05, settings.getfloat("NEWSCRAWL_PROGRESS_INTERVAL"))
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.crawler = crawler
        self.state = ProgressState(started=time.monotonic())
        self.starts = 1
        self.max_pages = settings.getint("NEWSCRAWL_CRAWL_MAX_PAGES")
        self.task: Any = None
        self.last_width = 0
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.listing_parsed, signal=nc_signals.listing_parsed)
        # No item_scraped receiver: Scrapy's CoreStats counts items already, and a receiver
        # costs ~10 us per item; show() reads the count.
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Progress:
        return cls(crawler)

    def spider_opened(self, spider: Spider) -> None:
        from twisted.internet import task

        self.starts = max(1, len(getattr(spider, "start_urls", []) or []))
        self.max_pages = getattr(spider, "max_pages", self.max_pages) or 0
        self.state.started = time.monotonic()
        self.task = task.LoopingCall(self.show)
        self.task.start(self.interval, now=False)

    def listing_parsed(
        self, start_url: str | None, total_pages: int | None, next_url: str | None, **kwargs: Any
    ) -> None:
        # A page that declares the chain's length says enough; "no next link" ends a chain only
        # when no length is declared (a fanned-out chain's last page may come first).
        self.state.page(start_url or "", total_pages, self.max_pages, ended=next_url is None and not total_pages)

    def show(self, final: bool = False) -> None:
        self.state.errors = int(self.crawler.stats.get_value("newscrawl/listing/failed", 0))
        self.state.items = int(self.crawler.stats.get_value("item_scraped_count", 0))
        line = self.state.line(time.monotonic(), self.starts, final=final)
        if self.tty:
            pad = " " * max(0, self.last_width - len(line))
            self.stream.write(f"\r{line}{pad}" + ("\n" if final else ""))
            self.last_width = len(line)
        else:
            self.stream.write(f"[newscrawl] {'done: ' if final else ''}{line}\n")
        self.stream.flush()

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.task is not None and self.task.running:
            self.task.stop()
        self.show(final=True)
