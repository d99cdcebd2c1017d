"""The cluster's parts against a real Redis (tests/redis_server.py): the queue's leases, per-host
slots, shared knowledge, run bookkeeping, and waiting out a Redis restart."""

from __future__ import annotations

import json
import logging
import time

import pytest
import redis

from newscrawl.cluster.connection import RedisUnavailable, connect
from newscrawl.cluster.keys import CrawlKeys
from newscrawl.cluster.knowledge_sync import KnowledgeSync
from newscrawl.cluster.leases import RequestLeases
from newscrawl.cluster.politeness import BUSY, HostSlots
from newscrawl.cluster.runs import RunConfig, RunMismatch, is_drained, open_run, publish_run
from newscrawl.extract.knowledge import SiteKnowledge

RUN = CrawlKeys("t").run("r1")


@pytest.fixture
def client(redis_url: str) -> redis.Redis:
    return connect(redis_url, max_wait=5)


def test_enqueue_marks_seen_and_queues_in_one_step(client: redis.Redis) -> None:
    a = RequestLeases(client, RUN, "w1")
    assert a.enqueue("fp1", 0, b"req-1") is True
    assert a.enqueue("fp1", 0, b"req-1-again") is False  # seen: not queued
    assert a.enqueue("fp1", 0, b"req-1-retry", dont_filter=True) is True
    assert client.zcard(RUN.requests) == 2 and client.scard(RUN.dupefilter) == 1


def test_pop_leases_by_priority_and_ack_finishes(client: redis.Redis) -> None:
    a = RequestLeases(client, RUN, "w1")
    a.enqueue("low", 0, b"low")
    a.enqueue("high", -5, b"high")  # scrapy-redis scores -priority: priority 5 first
    assert a.pop() == (b"high", -5.0)
    assert client.zrange(RUN.inflight("w1"), 0, -1) == [b"high"]
    assert a.ack([b"high"]) == 1
    assert client.zcard(RUN.inflight("w1")) == 0 and int(client.hget(RUN.counters, "done")) == 1
    assert a.pop() == (b"low", 0.0) and a.pop() is None


def test_a_retry_replaces_its_lease_atomically(client: redis.Redis) -> None:
    a = RequestLeases(client, RUN, "w1")
    a.enqueue("fp", 0, b"page")
    lease, _ = a.pop()
    assert a.enqueue("fp", 1, b"page-retry-1", dont_filter=True, finishes=lease)
    assert client.zcard(RUN.inflight("w1")) == 0
    assert client.zrange(RUN.requests, 0, -1) == [b"page-retry-1"]
    assert client.hget(RUN.counters, "done") is None  # replaced, not finished


def test_dead_workers_leases_go_back_with_their_priority(client: redis.Redis) -> None:
    dead, alive = RequestLeases(client, RUN, "dead"), RequestLeases(client, RUN, "alive")
    for name, score in (("a", -3), ("b", 0), ("c", 2)):
        dead.enqueue(name, score, name.encode())
    dead.heartbeat("{}")
    assert dead.pop() == (b"a", -3.0) and dead.pop() == (b"b", 0.0)
    alive.heartbeat("{}")
    assert alive.requeue_dead(lease_timeout=60) == (0, [])  # heard from within the timeout
    time.sleep(0.25)
    alive.heartbeat("{}")
    assert alive.requeue_dead(lease_timeout=0.2) == (2, ["dead"])
    assert client.zrange(RUN.requests, 0, -1, withscores=True) == [(b"a", -3.0), (b"b", 0.0), (b"c", 2.0)]
    assert not client.exists(RUN.inflight("dead")) and client.zscore(RUN.workers, "dead") is None
    assert int(client.hget(RUN.counters, "requeued")) == 2
    assert alive.requeue_dead(lease_timeout=0.2) == (0, [])  # a worker never requeues itself


def test_hand_back_returns_unfinished_leases(client: redis.Redis) -> None:
    a = RequestLeases(client, RUN, "w1")
    for name in ("x", "y", "z"):
        a.enqueue(name, 0, name.encode())
    leases = [a.pop()[0] for _ in range(3)]
    assert a.hand_back([leases[0]]) == 1
    assert a.hand_back() == 2
    assert client.zcard(RUN.requests) == 3 and client.zcard(RUN.inflight("w1")) == 0


def test_host_slots_hold_concurrency_and_delay_for_everyone(client: redis.Redis) -> None:
    slots = HostSlots(client, RUN, "w1")
    assert slots.acquire("h", "t1", limit=2, delay=0, ttl=30) == 0
    assert slots.acquire("h", "t2", limit=2, delay=0, ttl=30) == 0
    assert slots.acquire("h", "t3", limit=2, delay=0, ttl=30) == BUSY
    slots.release("h", "t1")
    assert slots.acquire("h", "t3", limit=2, delay=0, ttl=30) == 0
    assert slots.acquire("other", "t4", limit=2, delay=0.5, ttl=30) == 0
    wait = slots.acquire("other", "t5", limit=2, delay=0.5, ttl=30)
    assert 0.3 < wait <= 0.5  # a start within the delay waits, even with a slot free


def test_a_dead_holders_slot_expires(client: redis.Redis) -> None:
    slots = HostSlots(client, RUN, "w1")
    assert slots.acquire("h", "dead", limit=1, delay=0, ttl=0.001) == 0  # ttl is at least 1 s
    assert slots.acquire("h", "next", limit=1, delay=0, ttl=30) == BUSY
    time.sleep(1.05)
    assert slots.acquire("h", "next", limit=1, delay=0, ttl=30) == 0


def test_a_dead_workers_slots_are_freed_when_it_is_found_dead(client: redis.Redis) -> None:
    """Only the dead worker's, of its own run: a live one's, or one of another run with the same id, stay."""
    dead, alive = HostSlots(client, RUN, "w1"), HostSlots(client, RUN, "w2")
    namesake = HostSlots(client, CrawlKeys("other").run("r9"), "w1")
    held = {name: slots.token() for name, slots in (("dead", dead), ("alive", alive), ("namesake", namesake))}
    assert dead.acquire("h", held["dead"], limit=3, delay=0, ttl=60) == 0
    assert dead.acquire("h2", dead.token(), limit=1, delay=0, ttl=60) == 0
    assert alive.acquire("h", held["alive"], limit=3, delay=0, ttl=60) == 0
    assert namesake.acquire("h", held["namesake"], limit=3, delay=0, ttl=60) == 0
    assert alive.acquire("h2", alive.token(), limit=1, delay=0, ttl=60) == BUSY
    assert alive.free_dead(["w1"]) == 2
    assert {t.decode() for t in client.zrange(CrawlKeys.host_slots("h"), 0, -1)} == {held["alive"], held["namesake"]}
    assert alive.acquire("h2", alive.token(), limit=1, delay=0, ttl=60) == 0
    assert alive.free_dead([]) == 0


def test_workers_share_what_they_learn(client: redis.Redis) -> None:
    keys = CrawlKeys("t")
    first, second = SiteKnowledge("example.org", seed=False), SiteKnowledge("example.org", seed=False)
    first.add("By Ann Writer", ["Ann Writer"])
    second.add("By Someone Local", ["Someone Local"])  # in the second worker's state dir only
    one, two = KnowledgeSync(client, keys), KnowledgeSync(client, keys)
    one.adopt(first)
    two.adopt(second)  # the cluster's tables win over a later worker's own file
    assert dict(second.bylines) == {"By Ann Writer": 1}
    second.add("By Bo Other", ["Bo Other"])
    first.add("By Bo Other", ["Bo Other"])
    assert two.sync(second) == 2 and one.sync(first) == 2  # the byline and its name
    two.sync(second)
    # New to both at once (workers learn an entry from the same shared evidence): counted once...
    assert first.bylines == second.bylines == {"By Ann Writer": 1, "By Bo Other": 1}
    second.add("By Bo Other", ["Bo Other"])
    first.add("By Bo Other", ["Bo Other"])
    two.sync(second)
    one.sync(first)
    two.sync(second)
    # ...later sightings of a known entry add up.
    assert first.bylines == second.bylines == {"By Ann Writer": 1, "By Bo Other": 3}
    assert first.names["Bo Other"] == 3
    text = "a strike began By Cy Third Workers walked out"
    assert second.candidates(text) == []  # matchers built now, without Cy Third
    first.add("By Cy Third", ["Cy Third"])
    one.sync(first)
    two.sync(second)
    assert second.candidates(text)  # learned by the other worker: the matchers were rebuilt
    assert one.cluster_tables("example.org")["bylines"] == {"By Ann Writer": 1, "By Bo Other": 3, "By Cy Third": 1}


def _fixture_pages() -> list[tuple[bytes, str]]:
    from conftest import REPO

    site = REPO / "fixtures" / "site"
    return [(page.read_bytes(), f"http://127.0.0.1:8000/{page.parent.relative_to(site).as_posix()}/")
            for page in sorted(site.glob("en/**/index.html"))]


def _pending(knowledge: SiteKnowledge) -> dict[tuple[str, str], list]:
    return {(kind, entry): evidence for kind, entry, evidence in knowledge.to_dict()["pending"]}


def _cluster_of_three(client: redis.Redis, crawl: str) -> list[SiteKnowledge]:
    """Three workers take the fixture site's pages in turn, each syncing around its page."""
    from newscrawl.extract.page import extract_page

    workers = [(SiteKnowledge("127.0.0.1"), KnowledgeSync(client, CrawlKeys(crawl), f"w{i}")) for i in range(3)]
    for knowledge, sync in workers:
        sync.adopt(knowledge)
    for n, (body, url) in enumerate(_fixture_pages()):
        knowledge, sync = workers[n % 3]
        sync.sync(knowledge)
        extract_page(body, url, knowledge=knowledge)
        sync.sync(knowledge)
    for knowledge, sync in workers:
        sync.sync(knowledge)
    return [knowledge for knowledge, _ in workers]


def test_workers_gather_what_one_crawl_gathers(client: redis.Redis, monkeypatch: pytest.MonkeyPatch) -> None:
    """Knowledge version 3 across workers: the learned tables (with their counts), the evidence
    still waiting for recurrence and the byline-presence counts of three workers that split the
    fixture site's pages between them are one crawl's of all the pages."""
    from newscrawl.extract.page import extract_page

    single = SiteKnowledge("127.0.0.1")
    for body, url in _fixture_pages():
        extract_page(body, url, knowledge=single)
    assert single.pending and single.byline_presence.excerpts > 0  # there is something to share

    workers = _cluster_of_three(client, "evidence")
    for knowledge in workers:
        assert knowledge.tables() == single.tables()
        assert _pending(knowledge) == _pending(single)
        assert knowledge.byline_presence == single.byline_presence
    shared = KnowledgeSync(client, CrawlKeys("evidence")).cluster_tables("127.0.0.1", ["bylines", "names", "presence"])
    assert shared["bylines"] == single.bylines and shared["names"] == single.names
    assert shared["presence"] == single.byline_presence.to_dict()
    # The journal is no part of the file: a worker's state dir gets a plain version-3 file.
    assert SiteKnowledge.from_dict(json.loads(json.dumps(workers[0].to_dict()))) == workers[0]

    # Tables alone (evidence kept per worker) learn less: the test can tell.
    monkeypatch.setattr(SiteKnowledge, "take_evidence", lambda self, observation: False)
    alone = _cluster_of_three(client, "tables-only")
    assert set(alone[0].bylines) < set(single.bylines)


def test_a_first_worker_brings_its_presence_counts_later_ones_take_the_clusters(client: redis.Redis) -> None:
    keys = CrawlKeys("presence")
    first, second = SiteKnowledge("example.org", seed=False), SiteKnowledge("example.org", seed=False)
    first.byline_presence.excerpts, first.byline_presence.bylines = 40, 9  # from its state dir
    second.byline_presence.excerpts = 7
    one, two = KnowledgeSync(client, keys, "one"), KnowledgeSync(client, keys, "two")
    one.adopt(first)
    two.adopt(second)
    assert second.byline_presence.to_dict() == {"excerpts": 40, "bylines": 9}
    first.byline_presence.excerpts += 10
    second.byline_presence.excerpts += 5
    second.byline_presence.bylines += 1
    one.sync(first)
    two.sync(second)
    one.sync(first)
    assert first.byline_presence.to_dict() == second.byline_presence.to_dict() == {"excerpts": 55, "bylines": 10}


def test_seed_joins_a_run_under_way_and_refuses_other_options(client: redis.Redis) -> None:
    keys = CrawlKeys("t")
    run, new = open_run(client, keys, RunConfig(run_id="", max_pages=3), lease_timeout=30)
    assert new
    RequestLeases(client, keys.run(run.run_id), "seed").enqueue("fp", 0, b"start")
    publish_run(client, keys, run.run_id)
    again, new_again = open_run(client, keys, RunConfig(run_id="", max_pages=3), lease_timeout=30)
    assert (again.run_id, new_again) == (run.run_id, False)
    with pytest.raises(RunMismatch, match="max_pages"):
        open_run(client, keys, RunConfig(run_id="", max_pages=5), lease_timeout=30)
    RequestLeases(client, keys.run(run.run_id), "w").pop()
    RequestLeases(client, keys.run(run.run_id), "w").ack([b"start"])
    assert is_drained(client, keys.run(run.run_id))
    fresh, new_fresh = open_run(client, keys, RunConfig(run_id="", max_pages=5), lease_timeout=30)
    assert new_fresh and fresh.run_id != run.run_id  # the finished run is not joined


def test_bad_or_unreachable_redis_is_one_line() -> None:
    with pytest.raises(RedisUnavailable, match=r"^bad Redis URL http://x:"):
        connect("http://x")
    refused = r"^cannot connect to Redis at redis://:\*\*\*@127\.0\.0\.1:1/0: "
    with pytest.raises(RedisUnavailable, match=refused) as info:
        connect("redis://:s3cret@127.0.0.1:1/0")
    assert "s3cret" not in str(info.value)
    # A password with an unencoded '#' is misread by URL parsers: nothing of it is shown either.
    with pytest.raises(RedisUnavailable, match=r"^bad Redis URL redis://:\*\*\*@127\.0\.0\.1:1/0: ") as info:
        connect("redis://:hun#ter2@127.0.0.1:1/0")
    assert "hun" not in str(info.value) and "ter2" not in str(info.value)


def test_commands_wait_for_a_restarted_redis_then_give_up(caplog: pytest.LogCaptureFixture) -> None:
    from redis_server import TempRedis

    caplog.set_level(logging.WARNING, logger="newscrawl.cluster.connection")
    with TempRedis() as server:
        client = connect(server.url, max_wait=15)
        client.set("k", "v")
        server.stop(keep_data=True)
        import threading

        threading.Timer(1.0, server.start).start()
        assert client.get("k") == b"v"  # waited for the restart; the AOF kept the data
        messages = [r.getMessage() for r in caplog.records]
        assert any(m.startswith(f"Lost the connection to Redis at {server.url}") for m in messages)
        assert any(m.startswith(f"Redis at {server.url} is back after") for m in messages)
        quick = connect(server.url, max_wait=0.5)
        given_up: list[bool] = []
        from newscrawl.cluster.connection import retry_policy

        retry_policy(quick).on_give_up = lambda: given_up.append(True)
        server.stop()
        started = time.monotonic()
        with pytest.raises(RedisUnavailable, match="unreachable for"):
            quick.get("k")
        assert time.monotonic() - started < 5 and given_up == [True]


def test_the_last_spare_worker_stays_while_others_hold_requests(client: redis.Redis) -> None:
    holder, b, c = (RequestLeases(client, RUN, name) for name in ("holder", "b", "c"))
    holder.enqueue("fp", 0, b"page")
    for worker in (holder, b, c):
        worker.heartbeat("{}")
    holder.pop()
    assert b.leave_if_covered(lease_timeout=30) is True  # c stays to cover
    assert c.leave_if_covered(lease_timeout=30) is False  # the last spare stays
    holder.ack([b"page"])
    assert c.leave_if_covered(lease_timeout=30) is True  # nothing in flight any more
    assert client.zrange(RUN.workers, 0, -1) == [b"holder"]
