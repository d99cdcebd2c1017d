"""The shared request queue's guarantees: nothing popped is lost when a worker dies. No Scrapy.

scrapy-redis pops a request from the shared queue and forgets it: a worker killed with the
request in flight loses that page for good, and its ``enqueue_request`` (seen-set SADD, then
queue ZADD, two commands) can lose a request between the two. Here every move is one Lua
script, so it happens whole or not at all:

- ``enqueue``: mark the fingerprint seen *and* queue the request (a request already seen is
  not queued) — and, for a retry or redirect of a leased request, finish that lease in the same
  step, so the page is always either leased or queued.
- ``pop``: move the best request from the queue into this worker's in-flight set (a lease).
- ``ack``: a request is finished (its response parsed, its items stored): drop the lease.
- ``hand_back``: a worker stopping early puts its unfinished leases back in the queue.
- ``requeue_dead``: any worker puts back the leases of workers whose heartbeat is older than
  the lease timeout (killed, frozen, cut off), with their original priority.

A lease is the serialised request itself (a member of the worker's in-flight sorted set, with
its queue score), so putting it back needs nothing but Redis. Times come from Redis's clock
(``TIME``), never a worker's, so machines with skewed clocks agree on who is dead.
Scripts touch keys they compute (in-flight sets of other workers): one Redis server or
primary, not Redis Cluster.
"""

from __future__ import annotations

from typing import Any

from newscrawl.cluster.keys import RunKeys

_NOW_MS = "local t = redis.call('TIME'); local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)"

#: KEYS: dupefilter, queue, my in-flight; ARGV: fingerprint, score, data, dont_filter ('0'/'1'),
#: [finished lease]. Returns 1 if queued, 0 if already seen.
ENQUEUE = """
local queued = 1
if ARGV[4] == '0' then queued = redis.call('SADD', KEYS[1], ARGV[1]) end
if queued == 1 then redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3]) end
if ARGV[5] then redis.call('ZREM', KEYS[3], ARGV[5]) end
return queued
"""

#: KEYS: queue, my in-flight. Returns {data, score} or nil.
POP = """
local r = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #r == 0 then return false end
redis.call('ZREM', KEYS[1], r[1])
redis.call('ZADD', KEYS[2], r[2], r[1])
return r
"""

#: KEYS: my in-flight, counters; ARGV: leases. Returns how many were still held.
ACK = """
local n = 0
for i = 1, #ARGV do n = n + redis.call('ZREM', KEYS[1], ARGV[i]) end
if n > 0 then redis.call('HINCRBY', KEYS[2], 'done', n) end
return n
"""

#: KEYS: my in-flight, queue, counters; ARGV: leases (all of them when none given).
HAND_BACK = """
local leases = ARGV
if #leases == 0 then leases = redis.call('ZRANGE', KEYS[1], 0, -1) end
local n = 0
for i = 1, #leases do
  local score = redis.call('ZSCORE', KEYS[1], leases[i])
  if score then
    redis.call('ZREM', KEYS[1], leases[i])
    redis.call('ZADD', KEYS[2], score, leases[i])
    n = n + 1
  end
end
if n > 0 then redis.call('HINCRBY', KEYS[3], 'handed_back', n) end
return n
"""

#: KEYS: workers, queue, counters, worker info; ARGV: lease timeout (ms), in-flight key prefix, my id.
#: Returns {requests requeued, dead worker ids...}.
REQUEUE_DEAD = _NOW_MS + """
local dead = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[1]))
local out = {0}
for _, w in ipairs(dead) do
  if w ~= ARGV[3] then
    local key = ARGV[2] .. w
    local items = redis.call('ZRANGE', key, 0, -1, 'WITHSCORES')
    for i = 1, #items, 2 do
      redis.call('ZADD', KEYS[2], items[i + 1], items[i])
      out[1] = out[1] + 1
    end
    redis.call('DEL', key)
    redis.call('ZREM', KEYS[1], w)
    redis.call('HDEL', KEYS[4], w)
    table.insert(out, w)
  end
end
if out[1] > 0 then redis.call('HINCRBY', KEYS[3], 'requeued', out[1]) end
return out
"""

#: KEYS: workers, worker info; ARGV: my id, lease timeout (ms), in-flight key prefix.
#: An idle worker leaves the run only if another live worker without requests in flight stays
#: while any worker (alive, or silent and not yet requeued) holds some: a worker holding requests
#: cannot requeue its own if it dies. Returns 1 (left: out of the registry) or 0 (stay).
LEAVE_IF_COVERED = _NOW_MS + """
local spare, holders = 0, 0
local entries = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
for i = 1, #entries, 2 do
  local w, beat = entries[i], tonumber(entries[i + 1])
  if w ~= ARGV[1] then
    local busy = redis.call('ZCARD', ARGV[3] .. w) > 0
    if busy then holders = holders + 1
    elseif beat > now - tonumber(ARGV[2]) then spare = spare + 1 end
  end
end
if holders > 0 and spare == 0 then return 0 end
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
return 1
"""

#: KEYS: workers, worker info; ARGV: my id, my info (JSON). Returns Redis's clock (ms).
HEARTBEAT = _NOW_MS + """
redis.call('ZADD', KEYS[1], now, ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
return now
"""


class RequestLeases:
    """One worker's view of the run's queue (``keys``) in Redis (``client``)."""

    def __init__(self, client: Any, keys: RunKeys, worker_id: str) -> None:
        self.client = client
        self.keys = keys
        self.worker_id = worker_id
        self.inflight = keys.inflight(worker_id)
        self._enqueue = client.register_script(ENQUEUE)
        self._pop = client.register_script(POP)
        self._ack = client.register_script(ACK)
        self._hand_back = client.register_script(HAND_BACK)
        self._requeue_dead = client.register_script(REQUEUE_DEAD)
        self._heartbeat = client.register_script(HEARTBEAT)
        self._leave_if_covered = client.register_script(LEAVE_IF_COVERED)

    def enqueue(self, fingerprint: str | bytes, score: float, data: bytes, *, dont_filter: bool = False,
                finishes: bytes | None = None) -> bool:
        """Queue ``data`` unless its fingerprint was seen (``dont_filter`` queues it anyway); ``finishes``
        is a lease of this worker that the queued request replaces (a retry, a redirect)."""
        args: list[Any] = [fingerprint, score, data, "1" if dont_filter else "0"]
        if finishes is not None:
            args.append(finishes)
        return bool(self._enqueue(keys=[self.keys.dupefilter, self.keys.requests, self.inflight], args=args))

    def pop(self) -> tuple[bytes, float] | None:
        """The best queued request, now leased to this worker; None when the queue is empty."""
        found = self._pop(keys=[self.keys.requests, self.inflight])
        if not found:
            return None
        data, score = found
        return data, float(score)

    def ack(self, leases: list[bytes]) -> int:
        if not leases:
            return 0
        return int(self._ack(keys=[self.inflight, self.keys.counters], args=leases))

    def hand_back(self, leases: list[bytes] | None = None) -> int:
        """Put leases of this worker back in the queue (all of them when ``leases`` is None)."""
        if leases is not None and not leases:
            return 0
        return int(self._hand_back(keys=[self.inflight, self.keys.requests, self.keys.counters], args=leases or []))

    def held(self) -> list[bytes]:
        """The leases Redis says this worker holds."""
        return list(self.client.zrange(self.inflight, 0, -1))

    def requeue_dead(self, lease_timeout: float) -> tuple[int, list[str]]:
        """Requeue the leases of workers silent for ``lease_timeout`` seconds; (requests, worker ids)."""
        keys = [self.keys.workers, self.keys.requests, self.keys.counters, self.keys.worker_info]
        out = self._requeue_dead(keys=keys,
                                 args=[int(lease_timeout * 1000), self.keys.inflight_prefix, self.worker_id])
        return int(out[0]), [w.decode() if isinstance(w, bytes) else str(w) for w in out[1:]]

    def heartbeat(self, info: str) -> int:
        return int(self._heartbeat(keys=[self.keys.workers, self.keys.worker_info], args=[self.worker_id, info]))

    def leave_if_covered(self, lease_timeout: float) -> bool:
        """Leave the run unless this worker is the last one able to requeue others' requests."""
        return bool(self._leave_if_covered(keys=[self.keys.workers, self.keys.worker_info],
                                           args=[self.worker_id, int(lease_timeout * 1000), self.keys.inflight_prefix]))

    def leave(self) -> None:
        """This worker stops: out of the registry (hand its leases back first)."""
        pipe = self.client.pipeline()
        pipe.zrem(self.keys.workers, self.worker_id)
        pipe.hdel(self.keys.worker_info, self.worker_id)
        pipe.execute()


class LeaseBook:
    """This process's leases: a small id (carried in request meta) -> the lease in Redis.

    The id, not the lease, travels in ``Request.meta``: it is stripped before a request is
    serialised, so a lease never leaves the worker that holds it.
    """

    def __init__(self) -> None:
        self._next = 0
        self.held: dict[int, bytes] = {}

    def open(self, lease: bytes) -> int:
        self._next += 1
        self.held[self._next] = lease
        return self._next

    def close(self, lease_id: int | None) -> bytes | None:
        """Forget a lease (finished, replaced or handed back); its Redis member, if it was ours."""
        if lease_id is None:
            return None
        return self.held.pop(lease_id, None)

    def __len__(self) -> int:
        return len(self.held)
