"""RobotsTxtMiddleware that every waiting request can rely on.

Scrapy 2.19's RobotsTxtMiddleware (with the asyncio reactor) lets all requests that arrive
while robots.txt is being fetched await one shared Deferred through ``asFuture``, which
consumes its result: the first waiter gets the parser, every other waiter gets None and is
let through *unchecked*. A crawl starting with many URLs of one host then fetches pages
robots.txt forbids. Here each waiter gets its own Deferred, fed from the shared one, so all
of them are checked. Enabled exactly when Scrapy's would be (ROBOTSTXT_OBEY).
"""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    async def robot_parser(self, request: Request) -> Any:
        pending = self._parsers.get(urlparse_cached(request).netloc)
        if isinstance(pending, Deferred):
            mine: Deferred[Any] = Deferred()

            def hand_on(result: Any) -> Any:
                mine.callback(result)
                return result  # keep the shared Deferred's result for the next waiter

            pending.addBoth(hand_on)
            return await maybe_deferred_to_future(mine)
        return await super().robot_parser(request)
