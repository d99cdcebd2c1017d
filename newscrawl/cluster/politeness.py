"""Per-host politeness for a whole cluster: download slots leased in Redis. No Scrapy.

Scrapy keeps a host's concurrency (CONCURRENT_REQUESTS_PER_DOMAIN, DOWNLOAD_SLOTS) and delay
(DOWNLOAD_DELAY, AutoThrottle) per process: three workers would hit a host three times as
hard as one crawl. Before a request to a host starts, its worker takes one of the host's
slots in Redis — a sorted set of tokens whose score is the lease's expiry — and at most
``limit`` tokens exist at once, whichever workers hold them; a start also sets when the next
may begin (``delay``), for every worker. A token is given back when the download ends; one
whose worker died expires after ``ttl`` seconds (the download timeout and a margin), so a
killed worker can block a slot for a bounded time only. Times are Redis's clock.
"""

from __future__ import annotations

from typing import Any

from newscrawl.cluster.keys import CrawlKeys

#: KEYS: slots, next start; ARGV: token, limit, delay (ms), ttl (ms).
#: Returns 0 (slot taken), -1 (all slots busy), or ms to wait before the host's next start.
ACQUIRE = """
local t = redis.call('TIME'); local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return -1 end
local nxt = tonumber(redis.call('GET', KEYS[2]) or '0')
if nxt > now then return nxt - now end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
local delay = tonumber(ARGV[3])
if delay > 0 then redis.call('SET', KEYS[2], now + delay, 'PX', delay) end
return 0
"""

BUSY = -1.0


class HostSlots:
    def __init__(self, client: Any) -> None:
        self.client = client
        self._acquire = client.register_script(ACQUIRE)

    def acquire(self, host: str, token: str, *, limit: int, delay: float, ttl: float) -> float:
        """0.0 when ``token`` now holds one of ``host``'s slots; else seconds to wait before asking
        again (``BUSY`` when every slot is held: ask again soon)."""
        result = int(self._acquire(keys=[CrawlKeys.host_slots(host), CrawlKeys.host_next(host)],
                                   args=[token, max(1, limit), int(delay * 1000), max(1000, int(ttl * 1000))]))
        return BUSY if result < 0 else result / 1000

    def release(self, host: str, token: str) -> None:
        self.client.zrem(CrawlKeys.host_slots(host), token)

    def holders(self, host: str) -> int:
        return int(self.client.zcard(CrawlKeys.host_slots(host)))
