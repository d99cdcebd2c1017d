"""Wait before a retry: honour Retry-After on 429/503, back off exponentially on remote hosts.

Scrapy's RetryMiddleware retries at once. This middleware sits just outside it (a higher
order number sees responses first): when RetryMiddleware is going to retry, it waits first,
then hands the response on unchanged, so RetryMiddleware keeps its own counting, limits and
give-up logging. Waits are bounded by NEWSCRAWL_BACKOFF_MAX; a longer Retry-After is not
waited for, and the request fails at once (counted).

Loopback hosts get no exponential backoff (nobody to protect; outside checks time local
crawls) but an explicit Retry-After is honoured everywhere: the server asked for it.
"""

from __future__ import annotations

import email.utils
import time
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.task import deferLater

from newscrawl.middlewares.loopback import is_loopback


def retry_after_seconds(value: bytes | str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date); None if absent or bad."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


class RetryAfterMiddleware:
    def __init__(self, crawler: Crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("NEWSCRAWL_BACKOFF_ENABLED"):
            raise NotConfigured("NEWSCRAWL_BACKOFF_ENABLED is off")
        if not settings.getbool("RETRY_ENABLED"):
            raise NotConfigured("RETRY_ENABLED is off: nothing to wait for")
        self.base = settings.getfloat("NEWSCRAWL_BACKOFF_BASE")
        self.max_wait = settings.getfloat("NEWSCRAWL_BACKOFF_MAX")
        self.max_retries = settings.getint("RETRY_TIMES")
        self.retry_codes = {int(c) for c in settings.getlist("RETRY_HTTP_CODES")}
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RetryAfterMiddleware:
        return cls(crawler)

    def _will_retry(self, request: Request) -> bool:
        # Mirrors scrapy.downloadermiddlewares.retry.get_retry_request's own test.
        if request.meta.get("dont_retry", False):
            return False
        limit = request.meta.get("max_retry_times", self.max_retries)
        return request.meta.get("retry_times", 0) + 1 <= limit

    def _backoff(self, request: Request) -> float:
        if is_loopback(urlsplit(request.url).hostname):
            return 0.0
        return min(self.max_wait, self.base * 2 ** request.meta.get("retry_times", 0))

    async def _wait(self, seconds: float, reason: str) -> None:
        if seconds <= 0:
            return
        self.stats.inc_value("newscrawl/backoff/waits")
        self.stats.inc_value(f"newscrawl/backoff/waits/{reason}")
        self.stats.inc_value("newscrawl/backoff/seconds", round(seconds, 3))
        from twisted.internet import reactor  # imported late: importing it installs a reactor

        await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))

    async def process_response(self, request: Request, response: Response, spider: Spider | None = None) -> Response:
        if response.status not in self.retry_codes or not self._will_retry(request):
            return response
        retry_after = retry_after_seconds(response.headers.get("Retry-After"))
        if retry_after is not None and retry_after > self.max_wait:
            self.stats.inc_value("newscrawl/backoff/retry_after_too_long")
            request.meta["dont_retry"] = True  # RetryMiddleware then lets the response through: it fails
            return response
        wait = retry_after if retry_after is not None else self._backoff(request)
        await self._wait(wait, "retry_after" if retry_after is not None else "exponential")
        return response

    async def process_exception(self, request: Request, exception: Exception, spider: Spider | None = None) -> None:
        if isinstance(exception, IgnoreRequest) or not self._will_retry(request):
            return None
        await self._wait(self._backoff(request), "exception")
        return None
