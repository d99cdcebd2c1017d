"""Run the region spider in-process and summarise the run (used by the CLI and the demo)."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from newscrawl import __version__
from newscrawl.items import FIELD_NAMES
from newscrawl.ops.report import EXIT_ERRORS, EXIT_OK


class CannotStart(RuntimeError):
    """The crawl cannot start (bad site config, unreachable store, unreadable checkpoint).

    The message is one line naming the cause, safe to show (no passwords)."""


@dataclass
class CrawlSummary:
    pages: int = 0
    items: int = 0
    duplicates: int = 0
    uncertain_splits: int = 0
    zero_block_pages: int = 0
    errors: int = 0
    invalid: int = 0
    stored_new: int | None = None  # None when no database store was on
    stored_updated: int = 0
    store_error: str | None = None
    finish_reason: str | None = None
    stats: dict[str, Any] = field(default_factory=dict)
    #: The run report (newscrawl.ops.report.build_report), when the RunReport extension ran.
    report: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        if self.store_error is not None:
            return False
        if self.report is not None:
            return self.report["exit_status"] == EXIT_OK
        return self.finish_reason == "finished" and self.errors == 0 and self.zero_block_pages == 0

    @property
    def exit_status(self) -> int:
        """The documented exit status (docs/exit-codes.md) of this run."""
        if self.report is not None:
            status = int(self.report["exit_status"])
            # Articles that could not be stored are a failed run, even if every page was fine.
            return max(status, EXIT_ERRORS) if self.store_error is not None else status
        return EXIT_OK if self.ok else EXIT_ERRORS

    @classmethod
    def from_stats(cls, stats: dict[str, Any]) -> CrawlSummary:
        http_errors = stats.get("httperror/response_ignored_count", 0)
        return cls(
            pages=stats.get("newscrawl/listing/pages", 0),
            items=stats.get("item_scraped_count", 0),
            duplicates=stats.get("newscrawl/dedup/dropped/in_run", 0),
            uncertain_splits=stats.get("newscrawl/split/uncertain", 0),
            zero_block_pages=stats.get("newscrawl/listing/zero_blocks", 0),
            errors=stats.get("log_count/ERROR", 0) + http_errors,
            invalid=stats.get("newscrawl/validation/failed", 0),
            stored_new=stats.get("newscrawl/store/articles_new", 0) if stats.get("newscrawl/store/on") else None,
            stored_updated=stats.get("newscrawl/store/articles_updated", 0),
            store_error=stats.get("newscrawl/store/error"),
            finish_reason=stats.get("finish_reason"),
            stats=stats,
        )

    def rows(self) -> list[tuple[str, Any]]:
        rows: list[tuple[str, Any]] = [
            ("pages", self.pages),
            ("items", self.items),
            ("duplicates dropped", self.duplicates),
            ("uncertain splits", self.uncertain_splits),
            ("invalid items dropped", self.invalid),
            *([("stored: new articles", self.stored_new), ("stored: updated articles", self.stored_updated)]
              if self.stored_new is not None else []),
            ("pages with zero blocks", self.zero_block_pages),
            ("errors", self.errors),
            ("finish reason", self.finish_reason),
        ]
        if self.report is not None:
            if self.report.get("pages_fanned_out"):
                rows.insert(1, ("pages fanned out", self.report["pages_fanned_out"]))
            if self.report.get("new_articles") is not None:
                rows.insert(2, ("new articles", self.report["new_articles"]))
                rows.insert(3, ("incremental stops", self.report["incremental_stops"]))
            if self.report["errors"]:
                rows.append(("errors by kind", ", ".join(f"{k}={v}" for k, v in self.report["errors"].items())))
            failed = [c["name"] for c in self.report["checks"] if not c["ok"]]
            rows.append(("health checks", f"FAILED: {', '.join(failed)}" if failed else "ok"))
            rows.append(("exit status", self.report["exit_status"]))
        return rows

    def format(self) -> str:
        width = max(len(name) for name, _ in self.rows())
        return "\n".join(f"{name:<{width}}  {value}" for name, value in self.rows())


def project_settings(overrides: dict[str, Any] | None = None) -> Settings:
    """The project's settings (``newscrawl.settings``) with ``overrides`` on top."""
    settings = Settings()
    settings.setmodule("newscrawl.settings", priority="project")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    if "USER_AGENT" not in (overrides or {}):
        # An honest User-Agent names a contact; a site config or -s may change the contact.
        settings.set("USER_AGENT", user_agent(settings.get("NEWSCRAWL_CONTACT")), priority="cmdline")
    return settings


def user_agent(contact: str | None) -> str:
    return f"newscrawl/{__version__} (+{contact})" if contact else f"newscrawl/{__version__}"


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
    db: str | None = None,
    max_pages: int = 0,
    profile: str | None = None,
    settings: dict[str, Any] | None = None,
    log_level: str = "WARNING",
    site_name: str | None = None,
    run_id: str | None = None,
    report_file: str | Path | None = None,
    jobdir: str | Path | None = None,
    incremental_store: str | None = None,
    cache: bool = False,
    progress: bool = False,
    spider_cls: type | None = None,
) -> CrawlSummary:
    """Crawl ``urls`` and their pagination; return the run's summary. Blocks until done.

    ``jobdir`` checkpoints the frontier there (run again with the same ``jobdir`` to resume);
    ``incremental_store`` turns on incremental mode against that store (see
    newscrawl.ops.incremental); ``report_file`` receives the JSON run report; ``cache`` turns on
    Scrapy's HTTP cache (development); ``spider_cls`` replaces the region spider (a cluster
    worker's, newscrawl.distributed). Raises ``CannotStart`` before crawling when a store or
    checkpoint cannot be read.

    With ``db`` (a SQLite path or postgresql:// URL) articles are upserted there too; the store
    is opened (and migrated) once before the crawl starts, so a bad, locked, newer or
    unreachable database raises ``CannotStart`` before any page is fetched.
    """
    from newscrawl.paths import state_dir

    overrides: dict[str, Any] = {"LOG_LEVEL": log_level, **(settings or {})}
    if output is not None:
        overrides["FEEDS"] = feed_settings(output, overwrite=overwrite)
    if report_file is not None:
        overrides["NEWSCRAWL_REPORT_FILE"] = str(Path(report_file).resolve())
    if progress:
        overrides.setdefault("NEWSCRAWL_PROGRESS_ENABLED", True)
    if cache:
        overrides["HTTPCACHE_ENABLED"] = True
        overrides.setdefault("HTTPCACHE_DIR", str(state_dir(overrides.get("NEWSCRAWL_STATE_DIR")) / "httpcache"))
    if db is not None:
        # Before the incremental preflight: a new database is created (migrated) here first.
        _preflight_db(db, overrides)
        overrides["NEWSCRAWL_STORE_URI"] = db
    if incremental_store:
        _preflight_store(incremental_store)
        overrides["NEWSCRAWL_INCREMENTAL_ENABLED"] = True
        overrides["NEWSCRAWL_INCREMENTAL_STORE"] = incremental_store
    if jobdir is not None:
        run_id = _preflight_checkpoint(jobdir) or run_id
        overrides["NEWSCRAWL_CHECKPOINT_DIR"] = str(Path(jobdir).resolve())
        if output is not None and str(output) != "-":
            overrides["NEWSCRAWL_DEDUP_SEED_FILE"] = str(Path(output).resolve())
    run_id = run_id or uuid.uuid4().hex[:12]
    process = CrawlerProcess(project_settings(overrides))
    from newscrawl.spiders.region import RegionSpider

    crawler = process.create_crawler(spider_cls or RegionSpider)
    failures: list[Any] = []
    deferred = process.crawl(crawler, start_urls=urls, max_pages=max_pages, profile=profile, run_id=run_id,
                             site_name=site_name)
    deferred.addErrback(failures.append)  # a crawl that could not start (a component raised)
    process.start()
    logging.getLogger("scrapy").handlers.clear()
    if failures and not (crawler.stats and crawler.stats.get_value("start_time")):
        exc = failures[0].value
        first_line = str(exc).splitlines()[0] if str(exc) else ""
        raise CannotStart(f"crawl could not start: {type(exc).__name__}: {first_line}".rstrip(": "))
    summary = CrawlSummary.from_stats(crawler.stats.get_stats() if crawler.stats else {})
    from newscrawl.extensions.report import report_of

    summary.report = report_of(crawler)
    return summary


def _preflight_db(uri: str, overrides: dict[str, Any]) -> None:
    """Open (create, migrate) the --db store once, so a locked, newer or unreachable database
    stops the run before any page is fetched."""
    from newscrawl.pipelines.store import store_options
    from newscrawl.storage import StoreError, open_store

    try:
        open_store(uri, **store_options(project_settings(overrides))).close()
    except StoreError as exc:
        raise CannotStart(str(exc)) from None


def _preflight_store(uri: str) -> None:
    from newscrawl.ops.incremental import StoreUnavailable, open_known

    try:
        open_known(uri).close()
    except StoreUnavailable as exc:
        raise CannotStart(f"store unreachable: {exc}") from None


def _preflight_checkpoint(jobdir: str | Path) -> str | None:
    from newscrawl.ops.frontier import CheckpointError, checkpoint_run_id

    try:
        return checkpoint_run_id(jobdir)
    except CheckpointError as exc:
        raise CannotStart(str(exc)) from None


@dataclass(frozen=True)
class SitePlan:
    """What ``crawl --site`` resolved: start URLs, settings from the config, the site's name."""

    name: str
    urls: list[str]
    settings: dict[str, Any]
    incremental: bool
    cron: str | None


def plan_site(site: str, regions: list[str] | None = None, base_url: str | None = None) -> SitePlan:
    """Resolve a site config (bundled name or .toml path); raises CannotStart with the cause."""
    from newscrawl.sites import SiteConfigError, load_site

    try:
        config = load_site(site)
        listings = config.listings(regions or None, base_url=base_url)
    except SiteConfigError as exc:
        raise CannotStart(str(exc)) from None
    return SitePlan(name=config.name, urls=[listing.url for listing in listings], settings=config.settings(),
                    incremental=config.incremental, cron=config.cron)
