"""Scrapy settings of the newscrawl project, and every ``NEWSCRAWL_*`` default.

This is the project's settings module (``scrapy.cfg`` points here), so ``scrapy crawl`` from
the repository root and ``newscrawl crawl`` read the same values. ``NEWSCRAWL_*`` settings are
grouped by prefix, the enable flag first; each is documented where it is defined.
"""

from __future__ import annotations

from scrapy.settings import default_settings as _scrapy_defaults

BOT_NAME = "newscrawl"
SPIDER_MODULES = ["newscrawl.spiders"]
NEWSPIDER_MODULE = "newscrawl.spiders"

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
#: Items of one response processed at once. Scrapy's default (100) starts 100 asyncio tasks
#: per response; a listing page yields 10-30 items and our pipelines are synchronous, so 16
#: loses nothing and a crawl at full speed goes ~8% faster (bench/crawl_throughput.py).
CONCURRENT_ITEMS = 16
#: Loopback hosts (tests, the demo, a site served locally) are crawled at full speed: 4 at
#: once, new requests 1 ms apart (up to 1,000 a second), for small local servers. Python's
#: http.server listens with a backlog of 5; when its accept loop falls behind (it waits for the
#: GIL behind its handler threads while the machine is busy), more connections than that
#: overflow it, and each overflowed one waits a second for its SYN to be sent again: a page
#: late by a second, the whole crawl when it is one of the last. Fewer at once than the backlog
#: cannot overflow it. Measured (bench/crawl_throughput.py, 630-page chain at full speed): 16 at
#: once lost ~10 pages a run that way, 8 one to four (some among the last), 4 none in 16 runs,
#: at the same speed. A local server that waits (50 ms a page) gets 3.8x a bare chain's speed
#: with 4, 6x with 8: raise it for such a server (``-s DOWNLOAD_SLOTS=...``). The spacing
#: measured ~2x faster than bursts with a 50 ms server and 8 at once.
DOWNLOAD_SLOTS = {
    host: {"delay": 0.001, "concurrency": 4, "jitter": 0.0}
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
    "newscrawl.middlewares.loopback.LoopbackFullSpeedMiddleware": 50,
    # Scrapy's lets requests that waited for robots.txt through unchecked (see middlewares/robots.py).
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "newscrawl.middlewares.robots.SharedRobotsTxtMiddleware": 100,
    # Just outside RetryMiddleware (550): sees a retryable response first and waits before it retries.
    "newscrawl.middlewares.backoff.RetryAfterMiddleware": 560,
}

SPIDER_MIDDLEWARES = {
    # Output of the spider passes the higher number first: incremental drops a next-page
    # request, then the checkpoint records what is left.
    "newscrawl.middlewares.incremental.IncrementalStopMiddleware": 960,
    "newscrawl.middlewares.checkpoint.FrontierCheckpointMiddleware": 950,
}

#: Order matters: the store sees every sighting (an article listed in several regions) before
#: DedupPipeline drops the repeats, so JSON lines get each article once per run.
ITEM_PIPELINES = {
    "newscrawl.pipelines.normalize.NormalizePipeline": 100,
    "newscrawl.pipelines.validate.SchemaValidationPipeline": 150,
    "newscrawl.pipelines.store.SqlStorePipeline": 300,
    "newscrawl.pipelines.dedup.DedupPipeline": 400,
}

#: Scrapy's own extensions but its remote control (an HTTP server on localhost that runs the
#: Python code sent to it, on by default since Scrapy 2.14) and its telnet console: a crawler
#: has no use for either. Left out of the base rather than disabled in EXTENSIONS, because Scrapy
#: imports every extension it finds in either table, disabled or not, and the remote control's
#: import (aiohttp) costs each crawl ~0.1 s before its first request.
EXTENSIONS_BASE = {
    path: order for path, order in _scrapy_defaults.EXTENSIONS_BASE.items()
    if path not in ("scrapy.extensions.remote_control.RemoteControl", "scrapy.extensions.telnet.TelnetConsole")
}
EXTENSIONS = {
    # Health checks run at spider_closed before the report that includes them (lower first).
    "newscrawl.extensions.health.HealthChecks": 500,
    "newscrawl.extensions.report.RunReport": 900,
    "newscrawl.extensions.progress.Progress": 910,
}

#: Scrapy's default scheduler queue (one priority queue per download slot), without its scans of
#: every priority at each pop: a fanned-out chain gives each page its own priority, so those scans
#: made a chain's scheduling quadratic in its length (schedulers/pqueue.py; same order of pops).
SCHEDULER_PRIORITY_QUEUE = "newscrawl.schedulers.pqueue.DownloaderAwareHeapPriorityQueue"

#: Scrapy's MemoryStatsCollector without the attribute hook that makes each stats call ~15x dearer
#: (extensions/stats.py says why).
STATS_CLASS = "newscrawl.extensions.stats.PlainStatsCollector"

#: Feeds to local files are written unbuffered, one write per item, so a killed crawl loses
#: no item it has exported (the checkpoint relies on it); appending after a killed run first
#: ends its partial last line, so the next object starts on a line of its own.
FEED_STORAGES = {scheme: "newscrawl.extensions.feeds.UnbufferedFileFeedStorage" for scheme in ("file", "")}
#: JSON lines (and Scrapy's aliases for it) through an exporter that writes TeaserItems without
#: a per-field ItemAdapter round trip; same bytes as Scrapy's, other items go Scrapy's way.
FEED_EXPORTERS = {
    fmt: "newscrawl.extensions.exporters.TeaserJsonLinesItemExporter" for fmt in ("jsonlines", "jsonl", "jl")
}

#: Development only (`newscrawl crawl --cache`): responses cached on disk under the state dir.
HTTPCACHE_ENABLED = False
HTTPCACHE_EXPIRATION_SECS = 0
HTTPCACHE_IGNORE_HTTP_CODES = [429, 500, 502, 503, 504]

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
#: No "Crawled"/"Scraped" DEBUG record is built per page and item unless LOG_LEVEL is DEBUG.
LOG_FORMATTER = "newscrawl.extensions.logformatter.LevelAwareLogFormatter"
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False

# --- NEWSCRAWL_EXTRACT_*: listing-page extraction ---
#: Force a site profile by name ('tagdiv-newspaper', 'generic'), or a profile given as data (a
#: site config's [profile] table); None picks by host, then markup.
NEWSCRAWL_EXTRACT_PROFILE: str | None = None
#: Whether the site's excerpts carry bylines (standfirst / byline / lede run together): True
#: splits every excerpt, False keeps each excerpt whole as the lede, None learns it per site from
#: the excerpts themselves (newscrawl/extract/byline_presence.py). A site config's
#: ``excerpt_bylines`` sets it.
NEWSCRAWL_EXTRACT_EXCERPT_BYLINES: bool | None = None
#: Also emit the sidebar ("Latest News") blocks, with placement 'sidebar'.
NEWSCRAWL_EXTRACT_INCLUDE_SIDEBAR = False
#: Splits below this confidence are counted as uncertain in stats and the run summary.
NEWSCRAWL_EXTRACT_UNCERTAIN_BELOW = 0.6
#: Parse and split pages in a worker process (newscrawl/ops/offload.py), so a crawl at full
#: speed uses two cores: 'auto' (with 2+ CPUs, once several listing pages are in flight: a
#: fanned-out chain or several start URLs; a chain followed one next link at a time stays
#: in-process, where its one page does not wait for a round trip), 'on' (from the first page)
#: or 'off'. Items are the same either way.
NEWSCRAWL_EXTRACT_WORKER = "auto"
#: 'auto' starts the worker only once this many listing pages are parsed or waiting: short
#: crawls never pay for one.
NEWSCRAWL_EXTRACT_WORKER_AFTER_PAGES = 30

# --- NEWSCRAWL_CRAWL_*: pagination ---
#: Most listing pages to fetch per start URL (0 = follow pagination to the last page).
NEWSCRAWL_CRAWL_MAX_PAGES = 0
#: Follow pagination to other hosts than the start URL's (off: crawls stay on their hosts).
NEWSCRAWL_CRAWL_ALLOW_OFFSITE = False
#: Hard bound on pages per start URL whatever max_pages says, so a pager that invents
#: endless new URLs still ends (0 = no bound; leave it on for unattended runs).
NEWSCRAWL_CRAWL_PAGE_LIMIT = 2000

# --- NEWSCRAWL_CRAWL_FANOUT_*: requesting a chain's pages at once (newscrawl/ops/pagination.py) ---
#: When a listing page declares its chain's last page ("Page 1 of 27", a last-page link,
#: numbered links) and its pager shows how page URLs are written (/page/N/), request every
#: page up to it at once, lower pages first, instead of one next link at a time. The host's
#: limits still hold: downloads go through the same per-host slot (CONCURRENT_REQUESTS_PER_DOMAIN,
#: DOWNLOAD_DELAY, AutoThrottle, robots.txt), so a host never sees more than they allow. Off:
#: next links only. Chains without a declared end follow next links either way.
NEWSCRAWL_CRAWL_FANOUT_ENABLED = True
#: Most pages requested ahead of the page being parsed, in full crawls (0 = all the declared ones).
NEWSCRAWL_CRAWL_FANOUT_WINDOW = 0
#: The same for incremental crawls (NEWSCRAWL_INCREMENTAL_ENABLED), which stop at the first page
#: whose articles are all known: at most this many pages past it are fetched for nothing
#: (0 = all; 1 = one page at a time, as a chain of next links).
NEWSCRAWL_CRAWL_FANOUT_INCREMENTAL_WINDOW = 3

# --- NEWSCRAWL_NORMALIZE_*: the normalisation pipeline ---
NEWSCRAWL_NORMALIZE_ENABLED = True
#: Hosts known to serve https, besides those the bundled site configs list under `https_hosts`:
#: their http:// article URLs get https:// canonical URLs; every other URL keeps its scheme (so
#: a local mirror's http://127.0.0.1:PORT/ URLs still work). A --site config's https_hosts sets it.
NEWSCRAWL_HTTPS_HOSTS: list[str] = []

# --- NEWSCRAWL_DEDUP_*: in-run deduplication by canonical_url ---
NEWSCRAWL_DEDUP_ENABLED = True
#: JSON-lines file whose items of this run id count as already seen (set by `crawl --jobdir` to
#: the output file, so a resumed run writes each article once).
NEWSCRAWL_DEDUP_SEED_FILE: str | None = None
#: How many recent articles are remembered to link near-duplicates (same headline and lede,
#: another URL) with duplicate_of in JSON lines; 0 turns it off. Bounded, so memory stays flat.
NEWSCRAWL_DEDUP_NEAR_WINDOW = 10_000

# --- NEWSCRAWL_STORE_*: the database store (SqlStorePipeline) ---
#: Database to upsert articles into: a SQLite path (or sqlite:///path) or postgresql://...;
#: None turns the store off. `newscrawl crawl --db URL` sets it. Logged with the password redacted.
NEWSCRAWL_STORE_URI: str | None = None
#: Items per write transaction (a crawl killed mid-way loses at most the open batch, which a
#: re-run writes again).
NEWSCRAWL_STORE_BATCH_SIZE = 500
#: Retries of a write that finds the database locked by another writer, before failing.
NEWSCRAWL_STORE_LOCK_RETRIES = 5
#: First wait between those retries, in seconds; doubles each time (capped at 5 s).
NEWSCRAWL_STORE_LOCK_BACKOFF = 0.2
#: SQLite: how long one attempt waits for the write lock, in seconds.
NEWSCRAWL_STORE_BUSY_TIMEOUT = 1.0
#: PostgreSQL: seconds to wait for a connection before failing.
NEWSCRAWL_STORE_CONNECT_TIMEOUT = 10

# --- NEWSCRAWL_STATE_*: what the crawler learns and keeps between runs ---
#: Directory for per-site knowledge (bylines learnt, run history, HTTP cache);
#: None = $NEWSCRAWL_STATE_DIR or ~/.local/share/newscrawl.
NEWSCRAWL_STATE_DIR: str | None = None

# --- NEWSCRAWL_KNOWLEDGE_*: learning a site's bylines within the run (newscrawl/ops/hold.py) ---
#: Listing pages of each site whose items are held back while the site's knowledge settles,
#: then split again with it and written (a crawl with fewer pages releases them at its end);
#: 0 = write every page's items at once, split with the knowledge as it was then.
NEWSCRAWL_KNOWLEDGE_HOLD_PAGES = 50
#: Most items held back per site at once (memory: ~2 KB each); reaching it releases them early.
NEWSCRAWL_KNOWLEDGE_HOLD_ITEMS = 2000

# --- NEWSCRAWL_INCREMENTAL_*: stop paginating once a page holds only stored articles ---
#: On for `crawl --site` with a store (`--known`, or the -o file); off for plain URL crawls.
NEWSCRAWL_INCREMENTAL_ENABLED = False
#: Store to ask which articles are known: a SQLite path, sqlite:///path, postgresql://..., or *.jsonl.
NEWSCRAWL_INCREMENTAL_STORE: str | None = None
#: Unknown main blocks a page may hold and still count as "nothing new below" (0 = all known).
NEWSCRAWL_INCREMENTAL_TOLERANCE = 0

# --- NEWSCRAWL_CHECKPOINT_*: resumable crawls (`crawl --jobdir DIR`) ---
#: Directory holding frontier.json; None = no checkpoint. Resuming = running again with it.
NEWSCRAWL_CHECKPOINT_DIR: str | None = None
#: Seconds between checkpoint writes at most (each write flushes the database store's batch and
#: fsyncs the file); a crawl killed in between fetches again the pages settled since the last
#: write, and writes each article once all the same. 0 = after every settled page.
NEWSCRAWL_CHECKPOINT_INTERVAL = 1.0

# --- NEWSCRAWL_BACKOFF_*: waits before retrying 429/5xx and failed connections ---
NEWSCRAWL_BACKOFF_ENABLED = True
#: First wait in seconds for remote hosts without Retry-After; doubles per retry.
NEWSCRAWL_BACKOFF_BASE = 2.0
#: Longest wait in seconds. A Retry-After longer than this is not waited for: the request fails.
NEWSCRAWL_BACKOFF_MAX = 60.0

# --- NEWSCRAWL_VALIDATE_*: items checked against the JSON Schema of TeaserItem ---
NEWSCRAWL_VALIDATE_ENABLED = True
#: Drop invalid items (counted and logged either way); off = keep them.
NEWSCRAWL_VALIDATE_DROP = True

# --- NEWSCRAWL_HEALTH_*: layout-drift and health checks at the end of a run ---
NEWSCRAWL_HEALTH_ENABLED = True
#: A drop larger than this fraction (of blocks per page, or of the byline rate) against
#: the median of earlier runs fails a check.
NEWSCRAWL_HEALTH_MAX_DROP = 0.5
#: Earlier runs (of the same site, from the run history) that make the baseline.
NEWSCRAWL_HEALTH_BASELINE_RUNS = 10
#: Fewest items in a run before the byline-rate check judges it.
NEWSCRAWL_HEALTH_MIN_ITEMS = 10
#: Schema validation failures tolerated in a run.
NEWSCRAWL_HEALTH_MAX_INVALID = 0

# --- NEWSCRAWL_REPORT_*: the JSON run report and the per-site run history ---
NEWSCRAWL_REPORT_ENABLED = True
#: Write this run's report to this file (`crawl --report FILE`); None = no file.
NEWSCRAWL_REPORT_FILE: str | None = None
#: Append every report to STATE_DIR/history/<site>.jsonl (the health checks' baselines).
NEWSCRAWL_REPORT_HISTORY = True

# --- NEWSCRAWL_PROGRESS_*: progress on stderr ---
#: On by the CLI unless --silent; a terminal gets one updating line, anything else log lines.
NEWSCRAWL_PROGRESS_ENABLED = False
#: Seconds between updates (a terminal line refreshes at most this often; plain lines as often).
NEWSCRAWL_PROGRESS_INTERVAL = 10.0

# --- NEWSCRAWL_CLUSTER_*: one crawl over many workers (`newscrawl worker/seed/status --redis URL`) ---
# Set by `newscrawl worker` (newscrawl/distributed.py), which also swaps in the cluster's
# scheduler, lease middleware, host slots, shared dedup and worker extension; a single-process
# crawl leaves them all off.
#: The cluster's Redis (redis://[:password@]host:port/db); None = not a cluster worker. Logged redacted.
NEWSCRAWL_CLUSTER_REDIS_URL: str | None = None
#: Names the crawl in Redis (keys under newscrawl:<name>:), so several crawls can share a database.
NEWSCRAWL_CLUSTER_NAME = "newscrawl"
#: The run this worker works on (read from Redis by `newscrawl worker`).
NEWSCRAWL_CLUSTER_RUN_ID: str | None = None
#: This worker's name in Redis and `status`; None = host:pid:random.
NEWSCRAWL_CLUSTER_WORKER_ID: str | None = None
#: Seconds between a worker's heartbeats (stats pushed, dead workers' requests requeued).
NEWSCRAWL_CLUSTER_HEARTBEAT = 2.0
#: A worker silent this long (seconds) is dead: the requests it had in flight go back to the queue.
#: Longer than any stall of a live worker (a Redis outage shorter than this costs nothing).
NEWSCRAWL_CLUSTER_LEASE_TIMEOUT = 30.0
#: A worker with nothing to do for this long (seconds) stops; it stops at once when the run is
#: finished (nothing queued or in flight anywhere). Also how long `worker` waits for a run to be seeded.
NEWSCRAWL_CLUSTER_IDLE_EXIT = 60.0
#: How long (seconds) a worker waits for Redis to come back (restart, failover) before it stops.
NEWSCRAWL_CLUSTER_REDIS_WAIT = 60.0
#: A worker takes a request from the shared queue only while fewer than this many of its own are
#: held back by per-host politeness (behind a busy host, waiting for a cluster slot): the other
#: workers can start them meanwhile.
NEWSCRAWL_CLUSTER_PREFETCH = 2
#: Finished requests are acknowledged in batches this often (seconds), after the store has written.
NEWSCRAWL_CLUSTER_ACK_DELAY = 0.2
#: Per-host concurrency and delay kept for the whole cluster in Redis (off: per worker, as Scrapy does).
NEWSCRAWL_CLUSTER_HOST_SLOTS = True
#: Longest wait (seconds) for a host's slot before the request goes back to the shared queue.
NEWSCRAWL_CLUSTER_HOST_SLOT_WAIT = 300.0
#: Seconds between exchanges of learned site knowledge with the other workers.
NEWSCRAWL_CLUSTER_KNOWLEDGE_SYNC = 2.0
#: Write the cluster's run report (all workers so far) here when this worker stops (`worker --report`).
NEWSCRAWL_CLUSTER_REPORT_FILE: str | None = None
#: The worker that finds the run finished appends the cluster's report to its run history
#: (workers' own partial reports never go there: they would skew the health checks' baselines).
NEWSCRAWL_CLUSTER_REPORT_HISTORY = True
