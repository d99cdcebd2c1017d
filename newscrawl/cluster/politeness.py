"""Per-host politeness for a whole cluster: download slots leased in Redis. No Scrapy.

Scrapy keeps a host's concurrency (CONCURRENT_REQUESTS_PER_DOMAIN, DOWNLOAD_SLOTS) and delay
(DOWNLOAD_DELAY, AutoThrottle) per process: three workers would hit a host three times as
hard as one crawl. Before a request to a host starts, its worker takes one of the host's
slots in Redis — a sorted set of tokens whose score is the lease's expiry — and at most
``limit`` tokens exist at once, whichever workers hold them; a start also sets when the next
may begin (``delay``), for every worker. A token is given back when the download ends; one
whose worker died expires after ``ttl`` seconds (the download timeout and a margin), so a
killed worker can block a slot for a bounded time only; sooner, as soon as another worker of its run
finds it dead and takes its leases back (``free_dead``: a token names its run and worker, and the run
keeps the hosts its workers took slots on). Times are Redis's clock.
"""

from __future__ import annotations

import uuid
from typing import Any

from newscrawl.cluster.keys import CrawlKeys, RunKeys

#: KEYS: slots, next start, the run's hosts; ARGV: token, limit, delay (ms), ttl (ms), host.
#: Returns 0 (slot taken), -1 (all slots busy), or ms to wait before the host's next start.
ACQUIRE = """
local t = redis.call('TIME'); local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return -1 end
local nxt = tonumber(redis.call('GET', KEYS[2]) or '0')
if nxt > now then return nxt - now end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('SADD', KEYS[3], ARGV[5])
local delay = tonumber(ARGV[3])
if delay > 0 then redis.call('SET', KEYS[2], now + delay, 'PX', delay) end
return 0
"""

#: KEYS: the run's hosts; ARGV: the slots' key before and after the host, then token prefixes of dead workers.
#: Returns how many slots were freed.
FREE_DEAD = """
local freed = 0
for _, host in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local key = ARGV[1] .. host .. ARGV[2]
  for _, token in ipairs(redis.call('ZRANGE', key, 0, -1)) do
    for i = 3, #ARGV do
      if string.sub(token, 1, #ARGV[i]) == ARGV[i] then
        redis.call('ZREM', key, token)
        freed = freed + 1
        break
      end
    end
  end
end
return freed
"""

BUSY = -1.0


class HostSlots:
    """The host slots of one worker (``worker_id``) of a run (``run``)."""

    def __init__(self, client: Any, run: RunKeys, worker_id: str) -> None:
        self.client = client
        self.run = run
        self.worker_id = worker_id
        self._acquire = client.register_script(ACQUIRE)
        self._free_dead = client.register_script(FREE_DEAD)

    def token(self) -> str:
        """A new slot token, naming its run and worker (``free_dead`` finds a dead worker's by them)."""
        return f"{self._owner(self.worker_id)}{uuid.uuid4().hex}"

    def _owner(self, worker_id: str) -> str:
        return f"{self.run.prefix}|{worker_id}|"

    def acquire(self, host: str, token: str, *, limit: int, delay: float, ttl: float) -> float:
        """0.0 when ``token`` now holds one of ``host``'s slots; else seconds to wait before asking
        again (``BUSY`` when every slot is held: ask again soon)."""
        result = int(self._acquire(keys=[CrawlKeys.host_slots(host), CrawlKeys.host_next(host), self.run.hosts],
                                   args=[token, max(1, limit), int(delay * 1000), max(1000, int(ttl * 1000)), host]))
        return BUSY if result < 0 else result / 1000

    def free_dead(self, worker_ids: list[str]) -> int:
        """Free the slots dead workers of this run still hold (their downloads died with them)."""
        if not worker_ids:
            return 0
        before, after = CrawlKeys.host_slots_around()
        return int(self._free_dead(keys=[self.run.hosts],
                                   args=[before, after, *(self._owner(w) for w in worker_ids)]))

    def release(self, host: str, token: str) -> None:
        self.client.zrem(CrawlKeys.host_slots(host), token)

    def holders(self, host: str) -> int:
        return int(self.client.zcard(CrawlKeys.host_slots(host)))
