"""Connecting to the cluster's Redis, and riding out a Redis restart. No Scrapy.

A worker talks to Redis from Scrapy's reactor thread with redis-py's blocking client. When
Redis goes away mid-crawl (a restart, a failover), every command waits for it to come back —
bounded by ``max_wait`` — and the worker logs one line when the connection is lost and one
when it is back. Past the bound the command raises ``RedisUnavailable`` and the ``on_give_up``
callback lets the worker stop cleanly (its in-flight requests stay leased in Redis and are
requeued once Redis is back). While Redis is down nothing of the crawl can move anyway (no
request can be popped, no page acknowledged), so blocking the reactor costs nothing but the
downloads in flight, which time out and are retried.

``connect`` is for starting: a bad URL or an unreachable server is one line
(``RedisUnavailable``), fast, never a long wait.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

import redis
from redis.backoff import ExponentialBackoff
from redis.exceptions import AuthenticationError, AuthorizationError, ResponseError
from redis.retry import Retry

from newscrawl.storage.uri import password_of, redact, scrub

logger = logging.getLogger(__name__)

T = TypeVar("T")

#: Seconds a command waits for Redis to come back before the worker gives up (NEWSCRAWL_CLUSTER_REDIS_WAIT).
DEFAULT_MAX_WAIT = 60.0
#: Socket timeouts: a Redis that hangs (not just refuses) must not hang the worker forever.
CONNECT_TIMEOUT = 5.0
SOCKET_TIMEOUT = 15.0


class RedisUnavailable(RuntimeError):
    """Redis cannot be reached (or refused us); the message is one line, without the password."""


class OutageRetry(Retry):
    """redis-py's retry policy, bounded by time instead of a count, and saying so in the log.

    One object is shared by every connection of the client (``__deepcopy__`` returns it: redis-py
    copies the policy into each connection), so an outage is one outage — one "lost" line, one
    "back" line, one deadline — however many connections notice it.
    """

    def __init__(self, url: str, max_wait: float = DEFAULT_MAX_WAIT) -> None:
        super().__init__(ExponentialBackoff(cap=2.0, base=0.05), retries=-1)
        self.display = redact(url)
        self.max_wait = max_wait
        #: While starting, nothing is waited for: an unreachable server is reported at once.
        self.armed = False
        self.outage_since: float | None = None
        self.gave_up = False
        self.on_give_up: Callable[[], None] | None = None
        self.outages = 0

    def __deepcopy__(self, memo: dict[int, Any]) -> OutageRetry:
        return self

    def __eq__(self, other: object) -> bool:
        return self is other

    __hash__ = object.__hash__

    def call_with_retry(self, do: Callable[[], T], fail: Callable[..., Any], is_retryable: Any = None,
                        with_failure_count: bool = False) -> T:
        failures = 0
        while True:
            try:
                result = do()
            except self._supported_errors as error:
                failures += 1
                if with_failure_count:
                    fail(error, failures)
                else:
                    fail(error)
                if isinstance(error, (AuthenticationError, AuthorizationError)) or not self.armed:
                    raise
                self._wait(error, failures)
                continue
            if self.outage_since is not None:
                logger.warning("Redis at %s is back after %.1f s; carrying on", self.display,
                               time.monotonic() - self.outage_since)
                self.outage_since = None
                self.gave_up = False
            return result

    def _wait(self, error: Exception, failures: int) -> None:
        now = time.monotonic()
        if self.outage_since is None:
            self.outage_since = now
            self.outages += 1
            logger.warning("Lost the connection to Redis at %s (%s); waiting up to %.0f s for it to come back",
                           self.display, one_line(error), self.max_wait)
        if now - self.outage_since >= self.max_wait:
            if not self.gave_up:
                self.gave_up = True
                logger.error("Redis at %s unreachable for %.0f s; giving up", self.display, now - self.outage_since)
                if self.on_give_up is not None:
                    self.on_give_up()
            raise RedisUnavailable(f"Redis at {self.display} unreachable for {now - self.outage_since:.0f} s: "
                                   f"{one_line(error)}")
        time.sleep(min(self._backoff.compute(failures), max(0.0, self.max_wait - (now - self.outage_since))))


def one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text or type(error).__name__


def connect(url: str, *, max_wait: float = DEFAULT_MAX_WAIT) -> redis.Redis:
    """A client for ``url`` (``redis://[:password@]host:port/db``, ``rediss://``, ``unix://``), checked
    with a PING; raises ``RedisUnavailable`` naming the cause (bad URL, refused, no such host,
    wrong password) at once. After this, commands ride out outages up to ``max_wait`` seconds."""
    display = redact(url)
    retry = OutageRetry(url, max_wait)
    try:
        client = redis.Redis.from_url(url, retry=retry, socket_connect_timeout=CONNECT_TIMEOUT,
                                      socket_timeout=SOCKET_TIMEOUT, health_check_interval=30)
    except ValueError as exc:
        # redis-py's reason may quote a piece of a password it misread: not shown then.
        reason = one_line(exc) if password_of(url) is None else "cannot read it (percent-encode the password)"
        raise RedisUnavailable(f"bad Redis URL {display}: {reason} (expected redis://HOST:PORT/DB)") from None
    try:
        client.ping()
    except (AuthenticationError, AuthorizationError) as exc:
        raise RedisUnavailable(f"Redis at {display} refused us: {scrub(one_line(exc), url)}") from None
    except redis.ConnectionError as exc:
        raise RedisUnavailable(f"cannot connect to Redis at {display}: {scrub(one_line(exc), url)}") from None
    except (redis.TimeoutError, ResponseError) as exc:
        raise RedisUnavailable(f"Redis at {display} did not answer: {scrub(one_line(exc), url)}") from None
    retry.armed = True
    return client


def retry_policy(client: redis.Redis) -> OutageRetry:
    """The outage policy of a client made by ``connect``."""
    policy = client.get_retry()
    assert isinstance(policy, OutageRetry)
    return policy
