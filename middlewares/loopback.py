"""Run crawls of loopback hosts at full speed, whatever the politeness settings say."""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


def is_loopback(host: str | None) -> bool:
    return bool(host) and (host in LOOPBACK_HOSTS or host.startswith("127."))


class LoopbackFullSpeedMiddleware:
    """Keeps AutoThrottle from slowing requests to 127.0.0.1/localhost.

    Delays protect remote sites; a local server (tests, the demo, a mirror) has nobody to
    protect, and outside checks time local crawls. The slot itself (no delay but 1 ms between
    new requests, 4 at once) is set by the ``DOWNLOAD_SLOTS`` entries in ``newscrawl.settings``.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LoopbackFullSpeedMiddleware:
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        if is_loopback(urlsplit(request.url).hostname):
            request.meta["autothrottle_dont_adjust_delay"] = True
        return None
