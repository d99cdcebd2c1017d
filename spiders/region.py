"""The region spider: listing pages → teaser items, following pagination. Thin by design:
all extraction lives in ``newscrawl.extract`` and runs without Scrapy."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response

from newscrawl.extract.decode import NotHtmlError
from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.extract.listing import parse_listing
from newscrawl.extract.teasers import build_items, site_of
from newscrawl.storage.knowledge_file import load_knowledge, save_knowledge


def split_urls(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = value.replace(",", " ").split()
    return [u.strip() for u in value if u.strip()]


class RegionSpider(scrapy.Spider):
    """Crawl region or tag listing pages and follow their pagination to the last page.

    Arguments (``-a name=value``): ``start_urls`` (space- or comma-separated), ``max_pages``
    (per start URL; 0 = all), ``profile`` (force an extractor), ``run_id``.
    """

    name = "region"

    def __init__(self, start_urls: str | list[str] | None = None, max_pages: int | str | None = None,
                 profile: str | None = None, run_id: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.start_urls = split_urls(start_urls or kwargs.get("url"))
        if not self.start_urls:
            raise ValueError("region spider needs start_urls (-a start_urls=URL[,URL...])")
        for url in self.start_urls:
            if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
                raise ValueError(f"not an http(s) URL: {url!r}")
        self._max_pages_arg = max_pages
        self._profile_arg = profile
        self.run_id = run_id or uuid.uuid4().hex[:12]
        self.allowed_hosts = {urlsplit(u).hostname for u in self.start_urls}

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> "RegionSpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.max_pages = int(spider._max_pages_arg or settings.getint("NEWSCRAWL_CRAWL_MAX_PAGES"))
        spider.profile = spider._profile_arg or settings.get("NEWSCRAWL_EXTRACT_PROFILE")
        spider.include_sidebar = settings.getbool("NEWSCRAWL_EXTRACT_INCLUDE_SIDEBAR")
        spider.uncertain_below = settings.getfloat("NEWSCRAWL_EXTRACT_UNCERTAIN_BELOW")
        spider.allow_offsite = settings.getbool("NEWSCRAWL_CRAWL_ALLOW_OFFSITE")
        state_dir = settings.get("NEWSCRAWL_STATE_DIR")
        spider.knowledge_dir = Path(state_dir) / "knowledge" if state_dir else None
        spider.knowledge = {}
        return spider

    def site_knowledge(self, url: str) -> SiteKnowledge:
        """The site's learned bylines: loaded from the state directory on first use."""
        site = site_of(url)
        if site not in self.knowledge:
            try:
                self.knowledge[site] = load_knowledge(site, self.knowledge_dir)
            except ValueError as exc:
                self.logger.warning("%s; starting from no knowledge for %s", exc, site)
                self.knowledge[site] = SiteKnowledge(site)
        return self.knowledge[site]

    def closed(self, reason: str) -> None:
        for knowledge in self.knowledge.values():
            try:
                path = save_knowledge(knowledge, self.knowledge_dir)
                self.logger.info("Saved site knowledge to %s", path)
            except OSError as exc:
                self.logger.warning("Could not save site knowledge for %s: %s", knowledge.site, exc)

    async def start(self) -> Any:
        for url in self.start_urls:
            yield scrapy.Request(url, callback=self.parse, meta={"newscrawl_depth": 1, "newscrawl_start": url})

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        stats = self.crawler.stats
        stats.inc_value("newscrawl/listing/pages")
        content_type = response.headers.get("Content-Type", b"").decode("latin-1") or None
        try:
            page = parse_listing(response.body, response.url, profile=self.profile,
                                 content_type=content_type, sidebar=self.include_sidebar)
        except NotHtmlError as exc:
            stats.inc_value("newscrawl/listing/unparseable")
            self.logger.error("Cannot parse listing page %s: %s", response.url, exc)
            return
        for warning in page.warnings:
            self.logger.warning("%s", warning)
        if page.extractor != (self.profile or page.extractor):
            stats.inc_value("newscrawl/listing/fallback")
        stats.inc_value(f"newscrawl/extractor/{page.extractor}")
        if not page.main:
            stats.inc_value("newscrawl/listing/zero_blocks")
            self.logger.error("No teaser blocks on listing page %s (layout changed?)", response.url)
        items = build_items(page, include_sidebar=self.include_sidebar, run_id=self.run_id,
                            knowledge=self.site_knowledge(response.url))
        for item in items:
            stats.inc_value(f"newscrawl/split_method/{item.split_method}")
            if item.split_confidence is not None and item.split_confidence < self.uncertain_below:
                stats.inc_value("newscrawl/split/uncertain")
            yield item
        yield from self._follow(response, page.next_url, page.main)

    def _follow(self, response: Response, next_url: str | None, blocks: list[Any]) -> Iterator[scrapy.Request]:
        depth = response.meta.get("newscrawl_depth", 1)
        if not next_url or not blocks:
            return
        if self.max_pages and depth >= self.max_pages:
            self.crawler.stats.inc_value("newscrawl/listing/max_pages_reached")
            return
        if not self.allow_offsite and urlsplit(next_url).hostname not in self.allowed_hosts:
            self.crawler.stats.inc_value("newscrawl/listing/offsite_next_ignored")
            self.logger.warning("Not following next-page link to another host: %s (from %s)", next_url, response.url)
            return
        yield response.follow(next_url, callback=self.parse,
                              meta={"newscrawl_depth": depth + 1, "newscrawl_start": response.meta.get("newscrawl_start")})
