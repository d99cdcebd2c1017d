"""Scrapy settings of the newscrawl project, and every ``NEWSCRAWL_*`` default.

This is the project's settings module (``scrapy.cfg`` points here), so ``scrapy crawl`` from
the repository root and ``newscrawl crawl`` read the same values. ``NEWSCRAWL_*`` settings are
grouped by prefix, the enable flag first; each is documented where it is defined.
"""

from __future__ import annotations

BOT_NAME = "newscrawl"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# --- Politeness (for remote hosts; loopback hosts run at full speed, see DOWNLOAD_SLOTS) ---
ROBOTSTXT_OBEY = True
#: Contact for site operators; shown in the User-Agent. Override per deployment.
NEWSCRAWL_CONTACT = "https://github.com/newscrawl/newscrawl"
USER_AGENT = f"newscrawl/0.1 (+{NEWSCRAWL_CONTACT})"
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_DELAY = 0.5
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
#: Loopback hosts (tests, the demo, a site served locally) are crawled without delay.
DOWNLOAD_SLOTS = {
    host: {"delay": 0.0, "concurrency": 16, "jitter": 0.0}
    for host in ("127.0.0.1", "localhost", "::1", "[::1]")
}

# --- HTTP: bounded waits and sizes ---
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
REDIRECT_MAX_TIMES = 5

DOWNLOADER_MIDDLEWARES = {
    "middlewares.loopback.LoopbackFullSpeedMiddleware": 50,
}

ITEM_PIPELINES = {
    "pipelines.normalize.NormalizePipeline": 100,
    "pipelines.dedup.DedupPipeline": 200,
}

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False

# --- NEWSCRAWL_EXTRACT_*: listing-page extraction ---
#: Force a site profile by name ('tagdiv-newspaper', 'generic'); None picks by host, then markup.
NEWSCRAWL_EXTRACT_PROFILE: str | None = None
#: Also emit the sidebar ("Latest News") blocks, with placement 'sidebar'.
NEWSCRAWL_EXTRACT_INCLUDE_SIDEBAR = False
#: Splits below this confidence are counted as uncertain in stats and the run summary.
NEWSCRAWL_EXTRACT_UNCERTAIN_BELOW = 0.6

# --- NEWSCRAWL_CRAWL_*: pagination ---
#: Most listing pages to fetch per start URL (0 = follow pagination to the last page).
NEWSCRAWL_CRAWL_MAX_PAGES = 0
#: Follow pagination to other hosts than the start URL's (off: crawls stay on their hosts).
NEWSCRAWL_CRAWL_ALLOW_OFFSITE = False

# --- NEWSCRAWL_NORMALIZE_*: the normalisation pipeline ---
NEWSCRAWL_NORMALIZE_ENABLED = True

# --- NEWSCRAWL_DEDUP_*: in-run deduplication by canonical_url ---
NEWSCRAWL_DEDUP_ENABLED = True

# --- NEWSCRAWL_STATE_*: what the crawler learns and keeps between runs ---
#: Directory for per-site knowledge (bylines learnt); None = $NEWSCRAWL_STATE_DIR or ~/.local/share/newscrawl.
NEWSCRAWL_STATE_DIR: str | None = None
