"""The region spider: listing pages → teaser items, following pagination. Thin by design:
all extraction lives in ``newscrawl.extract`` and runs without Scrapy; incremental stops,
checkpoints, reports and health checks are middlewares and extensions listening to it."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.http import Response
from twisted.python.failure import Failure

from newscrawl.extract.decode import NotHtmlError
from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.extract.page import ExtractedPage
from newscrawl.extract.pagekind import non_listing_kind
from newscrawl.extract.teasers import site_of
from newscrawl.ops import signals as nc_signals
from newscrawl.ops.hold import ItemHold, Released
from newscrawl.ops.offload import PageExtractor
from newscrawl.ops.pagination import VIA_FANOUT, VIA_NEXT, VIA_START, ChainEnds, Limits, plan_pages
from newscrawl.ops.state import state_dir
from newscrawl.sites import load_site
from newscrawl.storage.knowledge_file import load_knowledge_or_fresh, save_knowledge


def _optional_bool(settings: Any, name: str) -> bool | None:
    """A setting that may be unset (None: decided per site), else a boolean."""
    return None if settings.get(name) is None else settings.getbool(name)


def split_urls(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = value.replace(",", " ").split()
    return [u.strip() for u in value if u.strip()]


class RegionSpider(scrapy.Spider):
    """Crawl region or tag listing pages and follow their pagination to the last page.

    Arguments (``-a name=value``): ``start_urls`` (space- or comma-separated), or ``site``
    (a bundled site name or a .toml path, see newscrawl/sites.py) with optional ``regions``
    (slugs, comma-separated) and ``base_url`` (serve the site from elsewhere, e.g. a local
    mirror); ``max_pages`` (per start URL; 0 = all), ``profile`` (force an extractor),
    ``run_id``, ``site_name`` (names the run history; default: the site or the first host).
    """

    name = "region"

    def __init__(self, start_urls: str | list[str] | None = None, max_pages: int | str | None = None,
                 profile: str | None = None, run_id: str | None = None, site: str | None = None,
                 regions: str | list[str] | None = None, base_url: str | None = None,
                 site_name: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = split_urls(start_urls or kwargs.get("url"))
        self.site_name = site_name
        if site and not self.start_urls:
            # Scrapyd jobs name a site; the CLI resolves it itself and passes start_urls.
            config = load_site(site)
            self.start_urls = [listing.url for listing in config.listings(split_urls(regions), base_url=base_url)]
            self.site_name = self.site_name or config.name
            profile = profile or config.profile
        if not self.start_urls:
            raise ValueError("region spider needs start_urls (-a start_urls=URL[,URL...]) or site (-a site=NAME)")
        for url in self.start_urls:
            if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
                raise ValueError(f"not an http(s) URL: {url!r}")
        self._max_pages_arg = max_pages
        self._profile_arg = profile
        self.run_id = run_id or uuid.uuid4().hex[:12]
        self.allowed_hosts = {urlsplit(u).hostname for u in self.start_urls}
        self.site_name = self.site_name or sorted(h for h in self.allowed_hosts if h)[0]
        #: Listing URLs already requested, per start URL: a pager that loops back is caught here.
        self._visited: dict[str, set[str]] = {}
        #: Furthest depth requested per start URL (requests carry it too: newscrawl_horizon).
        self._horizon: dict[str, int] = {}
        #: Chains whose plan a bound (max_pages, page_limit) cut, to say so once per chain.
        self._capped: set[str] = set()
        self._ends = ChainEnds()
        #: Listing requests scheduled and not yet parsed or failed (what the extraction worker pays for).
        self._in_flight: set[str] = set()
        #: Sites whose held items a release request is on its way for.
        self._flushing: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> RegionSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.max_pages = int(spider._max_pages_arg or settings.getint("NEWSCRAWL_CRAWL_MAX_PAGES"))
        spider.profile = spider._profile_arg or settings.get("NEWSCRAWL_EXTRACT_PROFILE")
        spider.include_sidebar = settings.getbool("NEWSCRAWL_EXTRACT_INCLUDE_SIDEBAR")
        spider.uncertain_below = settings.getfloat("NEWSCRAWL_EXTRACT_UNCERTAIN_BELOW")
        spider.allow_offsite = settings.getbool("NEWSCRAWL_CRAWL_ALLOW_OFFSITE")
        spider.knowledge_dir = state_dir(settings.get("NEWSCRAWL_STATE_DIR")) / "knowledge"
        spider.knowledge = {}
        spider.page_limit = settings.getint("NEWSCRAWL_CRAWL_PAGE_LIMIT")
        spider.limits = pagination_limits(settings, spider.max_pages)
        spider.extractor = PageExtractor(
            spider.site_knowledge, mode=settings.get("NEWSCRAWL_EXTRACT_WORKER"),
            after_pages=settings.getint("NEWSCRAWL_EXTRACT_WORKER_AFTER_PAGES"),
            options={"profile": spider.profile, "include_sidebar": spider.include_sidebar, "run_id": spider.run_id,
                     "excerpt_bylines": _optional_bool(settings, "NEWSCRAWL_EXTRACT_EXCERPT_BYLINES")})
        # The worker's start-up then overlaps the crawl's own (the rest of Scrapy's components)
        spider.extractor.prestart()
        spider.hold = ItemHold(settings.getint("NEWSCRAWL_KNOWLEDGE_HOLD_PAGES"),
                               settings.getint("NEWSCRAWL_KNOWLEDGE_HOLD_ITEMS"))
        crawler.signals.connect(spider.release_when_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider.release_before_close, signal=signals.spider_opened)
        if not spider.allow_offsite:
            # Scrapy's OffsiteMiddleware then drops redirects to other hosts (counted offsite/filtered);
            # it does so silently, so the spider (connected first) names the lost page.
            spider.allowed_domains = sorted(h for h in spider.allowed_hosts if h)
            crawler.signals.connect(spider.on_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(spider.track_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(spider.track_dropped, signal=signals.request_dropped)
        crawler.signals.connect(spider.judge_missing_pages, signal=signals.spider_idle)
        return spider

    def site_knowledge(self, url: str) -> SiteKnowledge:
        """The site's learned bylines: loaded from the state directory on first use."""
        site = site_of(url)
        if site not in self.knowledge:
            self.knowledge[site], warning = load_knowledge_or_fresh(site, self.knowledge_dir)
            if warning:
                self.logger.warning("%s", warning)
        return self.knowledge[site]

    def closed(self, reason: str) -> None:
        self.knowledge.update(self.extractor.close())
        self.crawler.stats.set_value("newscrawl/extract/worker_pages", self.extractor.offloaded)
        for knowledge in self.knowledge.values():
            try:
                path = save_knowledge(knowledge, self.knowledge_dir)
                self.logger.info("Saved site knowledge to %s", path)
            except OSError as exc:
                self.logger.warning("Could not save site knowledge for %s: %s", knowledge.site, exc)

    def on_scheduled(self, request: scrapy.Request, **kwargs: Any) -> None:
        redirects = request.meta.get("redirect_urls")
        if (redirects and request.meta.get("newscrawl_start")
                and urlsplit(request.url).hostname not in self.allowed_hosts):
            self.crawler.stats.inc_value("newscrawl/errors/offsite_redirect")
            self.crawler.stats.inc_value("newscrawl/listing/failed")
            self.logger.error("Listing page %s redirects to another host (%s); not followed", redirects[0], request.url)

    def listing_request(self, url: str, *, start: str, depth: int, number: int | None = None,
                        horizon: int | None = None, via: str = VIA_START, **kwargs: Any) -> scrapy.Request:
        """A request for a listing page of ``start``'s chain (used by the checkpoint middleware too).

        Its meta says where it stands (JSON values only, so a request survives a disk or Redis
        queue): ``newscrawl_start``, ``newscrawl_depth`` (1 = the start URL), ``newscrawl_number``
        (the site's page number, when known), ``newscrawl_horizon`` (furthest depth of the chain
        requested with it) and ``newscrawl_via`` (start, next, fanout). Lower pages go first.
        """
        self._visited.setdefault(start, set()).add(url)
        horizon = max(horizon or depth, depth)
        self._horizon[start] = max(self._horizon.get(start, 0), horizon)
        kwargs.setdefault("priority", -depth)
        return scrapy.Request(url, callback=self.parse, errback=self.on_error,
                              meta={"newscrawl_depth": depth, "newscrawl_start": start, "newscrawl_number": number,
                                    "newscrawl_horizon": horizon, "newscrawl_via": via}, **kwargs)

    async def start(self) -> Any:
        for url in self.start_urls:
            yield self.listing_request(url, start=url, depth=1)

    async def parse(self, response: Response, **kwargs: Any) -> AsyncIterator[Any]:
        stats = self.crawler.stats
        stats.inc_value("newscrawl/listing/pages")
        if response.meta.get("newscrawl_via") == VIA_FANOUT:
            stats.inc_value("newscrawl/listing/fanned_out")
        in_flight = self._landed(response.request, response.meta)
        content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
        site = site_of(response.url)
        hold = self.hold.plan(site)  # before the page is split: the order pages arrive in
        try:
            page = await self.extractor.extract(response.body, response.url, content_type, in_flight=in_flight,
                                                hold=hold)
        except NotHtmlError as exc:
            stats.inc_value("newscrawl/errors/unparseable")
            self.logger.error("Cannot parse listing page %s: %s", response.url, exc)
            self._signal(response, blocks=0, bylines=0, next_url=None, total_pages=None, extractor=None,
                         not_listing="unparseable")
            return
        for warning in page.warnings:
            self.logger.warning("%s", warning)
        if page.fallback_from:
            stats.inc_value("newscrawl/listing/fallback")
            stats.inc_value(f"newscrawl/listing/fallback/{page.fallback_from}")
        stats.inc_value(f"newscrawl/extractor/{page.extractor}")
        not_listing = None
        if not page.blocks:
            not_listing = non_listing_kind(scrapy.Selector(text=response.text)) if hasattr(response, "text") else None
            if not_listing:
                stats.inc_value(f"newscrawl/errors/{not_listing}_page")
                self.logger.error("Listing page %s is a %s page (HTTP %s), not a listing; skipped",
                                  response.url, not_listing, response.status)
            else:
                stats.inc_value("newscrawl/listing/zero_blocks")
                self.logger.error("No teaser blocks on listing page %s (layout changed?)", response.url)
        counts: Counter[str] = Counter(f"newscrawl/split_method/{item.split_method}" for item in page.items)
        counts["newscrawl/split/uncertain"] = sum(
            1 for item in page.items
            if item.split_confidence is not None and item.split_confidence < self.uncertain_below)
        counts["newscrawl/listing/blocks"] = sum(1 for item in page.items if item.placement == "main")
        bylines = counts["newscrawl/listing/bylines"] = sum(
            1 for item in page.items if item.placement == "main" and item.byline)
        for key, count in counts.items():
            if count:  # one stats call per key and page, not per item
                stats.inc_value(key, count)
        # Incremental stopping decides from the page's articles, not from the items it outputs.
        response.meta["newscrawl_article_urls"] = [item.url for item in page.items if item.placement == "main"]
        for item in self._held_or_released(response, site, hold, page):
            yield item
        if page.next_url and page.blocks:
            # Pages with a next link are full pages: the baseline for layout-drift checks.
            stats.inc_value("newscrawl/listing/full_pages")
            stats.inc_value("newscrawl/listing/full_page_blocks", page.blocks)
        self._signal(response, blocks=page.blocks, bylines=bylines, next_url=page.next_url,
                     total_pages=page.total_pages, extractor=page.extractor, not_listing=not_listing)
        for request in self._paginate(response, page):
            yield request

    # -- same-run learning: a site's first pages are held back, then split again -------------
    # (newscrawl/ops/hold.py; the contract with the checkpoint and incremental middlewares:
    # a held page's response carries meta "newscrawl_items_deferred"; released items go out in
    # one output, each attributed to its page by its listing_url)

    def _held_or_released(self, response: Response, site: str, hold: str, page: Any) -> list[Any]:
        """The items to output for this page: none while they are held, every held page's at
        the release, the page's own otherwise."""
        if hold == "no":
            return list(page.items)
        out = self.hold.hold(site, response.url, page.items)
        if hold == "release":
            released = self.hold.release(site, page.released)
            out.items += released.items
            out.changed += released.changed
            out.pages += released.pages
        if not out.items and page.items:
            response.meta["newscrawl_items_deferred"] = True
            self.crawler.stats.inc_value("newscrawl/knowledge/held_pages")
        self._count_release(out)
        return out.items

    def _count_release(self, out: Released) -> None:
        stats = self.crawler.stats
        if out.pages:
            stats.inc_value("newscrawl/knowledge/released_items", len(out.items))
            stats.inc_value("newscrawl/knowledge/resplit_changed", out.changed)

    def release_when_idle(self) -> None:
        """Nothing left to fetch: release what is still held (a crawl shorter than the hold),
        through one request per site to a data: URI whose callback splits the held pages again."""
        from scrapy.exceptions import DontCloseSpider

        sites = [s for s in self.hold.holding() if s not in self._flushing]
        if not sites:
            return
        for site in sites:
            self._flushing.add(site)
            request = scrapy.Request("data:,", callback=self._release_held, dont_filter=True, errback=self.on_error,
                                     meta={"newscrawl_release": site, "allow_offsite": True,
                                           "newscrawl_local": True})  # a cluster keeps it in this worker
            self.crawler.engine.crawl(request)
        raise DontCloseSpider

    async def _release_held(self, response: Response, **kwargs: Any) -> AsyncIterator[Any]:
        site = response.meta["newscrawl_release"]
        urls = self.hold.held_urls(site)
        released = self.hold.release(site, await self.extractor.release(urls[0]) if urls else {})
        self._count_release(released)
        self.logger.info("Released %d held items of %s (%d changed by what the crawl learned since)",
                         len(released.items), site, released.changed)
        for item in released.items:
            yield item

    def release_before_close(self) -> None:
        """A crawl stopped before it went idle (Ctrl-C, a CLOSESPIDER_* limit) still writes what
        it holds. Scrapy sends no signal before it closes the item pipelines, so the engine's
        close is wrapped: held items go through the pipelines first (split again with the
        knowledge as it is). Their pages stay pending in a checkpoint (the items did not pass
        the spider middlewares): a resumed run fetches them again and drops the repeats."""
        engine = self.crawler.engine
        close = getattr(engine, "close_spider_async", None)
        if engine is None or close is None:
            return

        async def close_spider_async(*, reason: str = "cancelled") -> None:
            try:
                await self._release_all(reason)
            except Exception:  # noqa: BLE001 - closing must go on whatever happened here
                self.logger.exception("Could not write the held items at close")
            await close(reason=reason)

        engine.close_spider_async = close_spider_async  # type: ignore[method-assign]

    async def _release_all(self, reason: str) -> None:
        scraper = self.crawler.engine.scraper
        for site in self.hold.holding():
            urls = self.hold.held_urls(site)
            released = self.hold.release(site, await self.extractor.release(urls[0]))
            self._count_release(released)
            self.logger.info("Closing (%s): writing %d held items of %s", reason, len(released.items), site)
            for item in released.items:
                await scraper.start_itemproc_async(item, response=None)

    def _signal(self, response: Response, **kwargs: Any) -> None:
        self.crawler.signals.send_catch_log(
            nc_signals.listing_parsed, url=response.url, start_url=response.meta.get("newscrawl_start"),
            page=response.meta.get("newscrawl_depth", 1), spider=self, **kwargs)

    # --- pagination: fan-out, next links, bounds (newscrawl.ops.pagination plans) ------------

    def _paginate(self, response: Response, page: ExtractedPage) -> Iterator[scrapy.Request]:
        """Requests for the rest of the chain: every page it declares, at once (within the window
        and bounds), else its next link. Each page of a chain is requested once."""
        meta = response.meta
        depth = meta.get("newscrawl_depth", 1)
        start = meta.get("newscrawl_start") or response.url
        stats = self.crawler.stats
        if not page.blocks:
            return
        plan = plan_pages(depth=depth, number=page.page, total=page.total_pages, next_url=page.next_url,
                          page_links=page.page_links,
                          horizon=max(meta.get("newscrawl_horizon") or depth, self._horizon.get(start, 0)),
                          limits=self.limits)
        # A page that declares itself last but links a next page declares no end (the chain grew).
        says_last = plan.last_depth is not None and (page.next_url is None or plan.last_depth > depth)
        for url in self._ends.declared(start, plan.last_depth if says_last else None):
            self._past_end(start, url)
        if plan.capped:
            self._cap_reached(start, plan.capped, depth)
        visited = self._visited.setdefault(start, set())
        for target in plan.targets:
            if not self.allow_offsite and urlsplit(target.url).hostname not in self.allowed_hosts:
                stats.inc_value("newscrawl/listing/offsite_next_ignored")
                self.logger.warning("Not following next-page link to another host: %s (from %s)",
                                    target.url, response.url)
                continue
            if target.url in visited or target.url == response.url:
                if target.via == VIA_NEXT:
                    stats.inc_value("newscrawl/listing/pager_loop")
                    self.logger.warning("Pager of %s loops back to %s (already crawled); stopped following it",
                                        response.url, target.url)
                continue
            if target.via == VIA_FANOUT:
                stats.inc_value("newscrawl/listing/fanout_requests")
            yield self.listing_request(target.url, start=start, depth=target.depth, number=target.number,
                                       horizon=plan.horizon, via=target.via)

    def _cap_reached(self, start: str, bound: str, depth: int) -> None:
        if start in self._capped:
            return
        self._capped.add(start)
        if bound == "max_pages":
            self.crawler.stats.inc_value("newscrawl/listing/max_pages_reached")
        else:
            self.crawler.stats.inc_value("newscrawl/listing/page_limit_reached")
            self.logger.warning("Stopped following %s after %d pages (NEWSCRAWL_CRAWL_PAGE_LIMIT)",
                                start, self.page_limit)

    def _past_end(self, start: str, url: str) -> None:
        """A fanned-out page that is not there, because the chain is shorter than it said: no error."""
        self.crawler.stats.inc_value("newscrawl/listing/past_end")
        self.logger.info("Listing page %s is past the end of %s (its pages declare fewer); not an error", url, start)
        self.crawler.signals.send_catch_log(nc_signals.listing_past_end, url=url, start_url=start, spider=self)

    def judge_missing_pages(self, spider: scrapy.Spider | None = None) -> None:
        """At idle: fanned-out pages that answered 404 while no page of their chain declared an
        end before them are errors after all."""
        for _start, url in self._ends.undecided():
            self._failed(url, "http_404", "HTTP 404")

    def track_scheduled(self, request: scrapy.Request, **kwargs: Any) -> None:
        if "newscrawl_start" in request.meta:
            self._in_flight.add(request.url)

    def track_dropped(self, request: scrapy.Request, **kwargs: Any) -> None:
        self._in_flight.discard(request.url)

    def _landed(self, request: scrapy.Request | None, meta: dict[str, Any]) -> int:
        """Forget a listing request that got its answer; returns how many were in flight with it."""
        in_flight = max(1, len(self._in_flight))
        for url in (*meta.get("redirect_urls", ()), request.url if request is not None else None):
            self._in_flight.discard(url)
        return in_flight

    def on_error(self, failure: Failure) -> None:
        """A listing page that could not be fetched: one ERROR line naming page and cause, counted by kind.

        A fanned-out page that answers 404 or 410 is judged by ``ChainEnds`` first: past the
        declared end of its chain it is no error (see newscrawl.ops.pagination)."""
        request = failure.request  # type: ignore[attr-defined]
        self._landed(request, request.meta)
        kind, cause = error_kind(failure)
        start = request.meta.get("newscrawl_start")
        if kind in ("http_404", "http_410") and start and request.meta.get("newscrawl_via") == VIA_FANOUT:
            if self._ends.not_found(start, request.url, request.meta.get("newscrawl_depth", 1)):
                self._past_end(start, request.url)
            return  # undecided: judged when the crawl goes idle
        self._failed(request.url, kind, cause)

    def _failed(self, url: str, kind: str, cause: str) -> None:
        self.crawler.stats.inc_value(f"newscrawl/errors/{kind}")
        self.crawler.stats.inc_value("newscrawl/listing/failed")
        self.logger.error("Failed to fetch listing page %s: %s", url, cause)


def pagination_limits(settings: Any, max_pages: int) -> Limits:
    """The chain bounds a crawl's settings ask for (incremental crawls fan out in windows)."""
    incremental = settings.getbool("NEWSCRAWL_INCREMENTAL_ENABLED")
    window = settings.getint("NEWSCRAWL_CRAWL_FANOUT_INCREMENTAL_WINDOW" if incremental
                             else "NEWSCRAWL_CRAWL_FANOUT_WINDOW")
    return Limits(max_pages=max_pages, page_limit=settings.getint("NEWSCRAWL_CRAWL_PAGE_LIMIT"), window=max(0, window),
                  fanout=settings.getbool("NEWSCRAWL_CRAWL_FANOUT_ENABLED"))


def error_kind(failure: Failure) -> tuple[str, str]:
    """``(kind, one-line cause)`` of a failed request, for the run report's errors by kind."""
    from scrapy.exceptions import IgnoreRequest
    from scrapy.spidermiddlewares.httperror import HttpError
    from twisted.internet.error import ConnectionRefusedError, DNSLookupError
    from twisted.internet.error import TimeoutError as TxTimeoutError
    from twisted.web._newclient import ResponseFailed

    exc = failure.value
    if isinstance(exc, HttpError):
        status = exc.response.status
        return f"http_{status}", f"HTTP {status}"
    if isinstance(exc, IgnoreRequest):
        text = str(exc) or "request ignored"
        if "robots.txt" in text.lower():
            return "robots", "forbidden by robots.txt"
        if "offsite" in text.lower():
            return "offsite", text
        return "ignored", text
    if isinstance(exc, (TxTimeoutError,)) or "timeout" in type(exc).__name__.lower() or "timed out" in str(exc).lower():
        return "timeout", f"timed out ({type(exc).__name__})"
    if isinstance(exc, DNSLookupError):
        return "dns", "DNS lookup failed"
    if isinstance(exc, ConnectionRefusedError):
        return "connection_refused", "connection refused"
    if "DataLoss" in type(exc).__name__:
        return "truncated", "response body truncated (connection closed before Content-Length bytes)"
    if isinstance(exc, ResponseFailed):
        reasons = " ".join(type(r.value).__name__ for r in exc.reasons if hasattr(r, "value"))
        if "DataLoss" in reasons or "PotentialDataLoss" in reasons:
            return "truncated", "response body truncated (connection closed before Content-Length bytes)"
        return "response_failed", f"response failed ({reasons or 'connection lost'})"
    first_line = str(exc).splitlines()[0] if str(exc) else ""
    return type(exc).__name__.lower(), f"{type(exc).__name__}: {first_line}".rstrip(": ")
