"""SqlStorePipeline: upsert items into SQLite or PostgreSQL (NEWSCRAWL_STORE_URI), in batches."""

from __future__ import annotations

import logging
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.settings import Settings
from scrapy.utils.defer import deferred_from_coro

from newscrawl.ops import signals as nc_signals
from newscrawl.pipelines._common import item_dict
from newscrawl.storage import SqlStore, StoreError, open_store, redact

logger = logging.getLogger(__name__)


def store_options(settings: Settings) -> dict[str, Any]:
    """open_store() options from the NEWSCRAWL_STORE_* settings (also used by run_crawl's pre-check)."""
    return {
        "lock_retries": settings.getint("NEWSCRAWL_STORE_LOCK_RETRIES"),
        "lock_backoff": settings.getfloat("NEWSCRAWL_STORE_LOCK_BACKOFF"),
        "busy_timeout": settings.getfloat("NEWSCRAWL_STORE_BUSY_TIMEOUT"),
        "connect_timeout": settings.getint("NEWSCRAWL_STORE_CONNECT_TIMEOUT"),
    }


class SqlStorePipeline:
    """Buffers items and writes each batch in one transaction; the rest is flushed at close.

    Runs before DedupPipeline so that every sighting (an article on several region or tag
    pages) reaches the database: the store merges them into one article row and records each
    sighting. Cross-run deduplication is the upsert itself. The run is recorded in ``runs``.

    When the store fails (locked past the bounded retries, disk full, server gone) the
    error is logged once, kept in the stat ``newscrawl/store/error`` (the CLI prints it) and
    the crawl is closed with reason ``store_error``; items still pass on to the other
    pipelines and feeds, and re-running the crawl writes what was missed.
    """

    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        self.uri: str = settings.get("NEWSCRAWL_STORE_URI") or ""
        if not self.uri:
            raise NotConfigured  # off by default (no --db): no message, so Scrapy logs no warning
        self.crawler = crawler
        self.stats = crawler.stats
        self.batch_size = max(1, settings.getint("NEWSCRAWL_STORE_BATCH_SIZE"))
        self.options = store_options(settings)
        self.store: SqlStore | None = None
        self.buffer: list[dict[str, Any]] = []
        self.run_id = ""
        self.error: str | None = None
        self.counts = {"items": 0, "new": 0, "updated": 0, "rejected": 0}
        # Scrapy passes the finish reason only to spider_closed, after close_spider.
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        # A resumable crawl must not checkpoint past items still in our buffer.
        crawler.signals.connect(self._flush, signal=nc_signals.checkpoint_advancing)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SqlStorePipeline:
        return cls(crawler)

    def open_spider(self, spider: Any = None) -> None:
        spider = spider or self.crawler.spider
        self.run_id = getattr(spider, "run_id", None) or ""
        try:
            self.store = open_store(self.uri, **self.options)
            if not self.run_id:
                self.run_id = self.store.session_run_id
            self.store.start_run(self.run_id, spider=getattr(spider, "name", None),
                                 start_urls=list(getattr(spider, "start_urls", []) or []))
        except StoreError as exc:
            self._fail(exc)
            raise
        self.stats.set_value("newscrawl/store/on", 1)
        logger.info("Storing articles in %s (run %s)", redact(self.uri), self.run_id, extra={"spider": spider})

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if self.error is not None:
            self.stats.inc_value("newscrawl/store/unsaved")
            return item
        self.buffer.append(item_dict(item))
        if len(self.buffer) >= self.batch_size:
            self._flush()
        return item

    def _flush(self, **signal_kwargs: Any) -> None:
        if not self.buffer or self.store is None or self.error is not None:
            return
        try:
            result = self.store.upsert_many(self.buffer, run_id=self.run_id)
        except StoreError as exc:
            self._fail(exc)
            return
        self.counts["items"] += len(self.buffer)
        self.counts["new"] += result.new
        self.counts["updated"] += result.updated
        self.counts["rejected"] += len(result.rejected)
        self.stats.inc_value("newscrawl/store/batches")
        self.stats.inc_value("newscrawl/store/articles_new", result.new)
        self.stats.inc_value("newscrawl/store/articles_updated", result.updated)
        self.stats.inc_value("newscrawl/store/sightings", result.sightings)
        spider = self.crawler.spider
        for url, original in result.near_duplicates.items():
            self.stats.inc_value("newscrawl/store/near_duplicates")
            logger.info("Near-duplicate: %s has the same headline and lede as %s", url, original,
                        extra={"spider": spider})
        for url, reason in result.rejected:
            self.stats.inc_value("newscrawl/store/rejected")
            logger.error("Not stored (listing %s): %s", url, reason, extra={"spider": spider})
        self.buffer.clear()

    def _fail(self, exc: StoreError) -> None:
        self.error = str(exc)
        self.stats.set_value("newscrawl/store/error", self.error)
        self.stats.inc_value("newscrawl/store/unsaved", len(self.buffer))
        self.buffer.clear()
        logger.error("Store failed, stopping the crawl: %s", self.error, extra={"spider": self.crawler.spider})
        try:
            engine = self.crawler.engine
        except RuntimeError:  # not crawling (the pipeline used on its own, as in tests)
            return
        if engine is not None and engine.spider is not None:
            deferred_from_coro(engine.close_spider_async(reason="store_error"))

    def close_spider(self, spider: Any = None) -> None:
        if self.store is None:
            return
        try:
            self._flush()
        finally:
            self.store.close()

    def spider_closed(self, spider: Any = None, reason: str | None = None) -> None:
        """Record how the run ended (a short second connection: the pipeline's is closed by now)."""
        if self.store is None or self.error is not None:
            return
        try:
            with open_store(self.uri, **self.options) as store:
                store.finish_run(self.run_id, finish_reason=reason, counts=self.counts)
        except StoreError as exc:
            logger.warning("Could not record the end of run %s: %s", self.run_id, exc, extra={"spider": spider})
