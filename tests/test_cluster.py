"""Cluster crawls end to end: real worker processes, a real Redis and PostgreSQL, a local site.

Three `newscrawl worker` processes share one run seeded by `newscrawl seed`; the store must
hold every article of the site exactly once, whatever happens to a worker or to Redis."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import redis

from cluster_helpers import (
    CountingServer,
    kill,
    leases_by_worker,
    run_counters,
    run_stat,
    start_worker,
    status_json,
    wait_all,
)
from conftest import REPO, run_cli

SITE = REPO / "fixtures" / "site"
SPLIT_FIELDS = ("headline", "standfirst", "byline", "authors", "organisation", "lede", "split_method")

pytestmark = [pytest.mark.slow, pytest.mark.postgres]


def _articles() -> set[str]:
    return set(json.loads((SITE / "manifest.json").read_text(encoding="utf-8"))["articles"])


def _items(*files: Path) -> list[dict]:
    return [json.loads(line) for f in files if f.exists() for line in f.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _stored(pg_url: str) -> list[dict]:
    import psycopg
    from psycopg.rows import dict_row

    with psycopg.connect(pg_url, row_factory=dict_row) as conn:
        return conn.execute(f"SELECT canonical_url, {', '.join(SPLIT_FIELDS)} FROM articles").fetchall()


def _seed(redis_url: str, server_url: str, *, regions: list[str] | None = None, settings: dict | None = None,
          incremental: bool = True) -> None:
    """`newscrawl seed --site fixture` in-process (test_cluster_cli.py runs the command itself)."""
    from newscrawl.crawl import plan_site
    from newscrawl.distributed import seed

    plan = plan_site("fixture", regions, server_url)
    result = seed(redis_url, plan.urls, site_name=plan.name, incremental=incremental,
                  settings={**plan.settings, **(settings or {})}, new_run=True)
    assert result.new_run and result.queued == len(plan.urls)


def _learned_state(tmp_path: Path, server_url: str) -> Path:
    """A state dir holding what the fixture site teaches, for the site as served at ``server_url``:
    a crawl starting from it learns nothing new, so its splits do not depend on page order."""
    from newscrawl.extract.knowledge import SiteKnowledge
    from newscrawl.extract.page import extract_page
    from newscrawl.storage.knowledge_file import save_knowledge

    knowledge = SiteKnowledge(urlsplit(server_url).hostname or "")
    pages = sorted(p for p in SITE.glob("en/**/index.html"))
    for _ in range(2):  # twice: what the first pass learned late is used on the second
        for page in pages:
            url = server_url.rstrip("/") + f"/{page.parent.relative_to(SITE).as_posix()}/"
            extract_page(page.read_bytes(), url, knowledge=knowledge)
    state = tmp_path / "learned"
    save_knowledge(knowledge, state / "knowledge")
    return state


def _state(tmp_path: Path, name: str, learned: Path | None = None) -> dict[str, str]:
    path = tmp_path / name
    if learned is not None:
        shutil.copytree(learned, path)
    path.mkdir(exist_ok=True)
    return {"NEWSCRAWL_STATE_DIR": str(path)}


def test_three_workers_write_what_one_crawl_writes(tmp_path: Path, redis_url: str, pg_url: str) -> None:
    """Same article set, same splits, same report figures as a single-process crawl. Both start
    from the same learned knowledge: splits of a crawl that learns as it goes depend on the order
    pages arrive, in one process too (test_cluster_knowledge covers learning across workers)."""
    with CountingServer(SITE, delay=0.05) as server:
        learned = _learned_state(tmp_path, server.url)
        single_out = tmp_path / "single.jsonl"
        single = run_cli("crawl", "--site", "fixture", "--base-url", server.url, "-o", str(single_out),
                         "--report", str(tmp_path / "single.json"), env=_state(tmp_path, "single", learned))
        assert single.returncode == 0, single.stderr

        # Two requests at a time per worker: the six chains cannot all go to the first worker up.
        _seed(redis_url, server.url, settings={"CONCURRENT_REQUESTS": 2})
        outs = [tmp_path / f"worker{i}.jsonl" for i in range(3)]
        workers = [start_worker(redis_url, "--db", pg_url, "-o", str(out),
                                "--report", str(tmp_path / f"cluster{i}.json"), env=_state(tmp_path, f"w{i}", learned),
                                log=tmp_path / f"w{i}.log")
                   for i, out in enumerate(outs)]
        assert wait_all(workers) == [0, 0, 0], [(tmp_path / f"w{i}.log").read_text() for i in range(3)]

    expected = {i["canonical_url"]: {f: i[f] for f in SPLIT_FIELDS} for i in _items(single_out)}
    assert {urlsplit(u).path for u in expected} == _articles()
    cluster_items = _items(*outs)
    assert len(cluster_items) == len(expected), "an article was written by two workers"
    assert {i["canonical_url"]: {f: i[f] for f in SPLIT_FIELDS} for i in cluster_items} == expected
    assert sum(1 for out in outs if _items(out)) >= 2, "the work was not shared"
    assert {row["canonical_url"]: {f: row[f] for f in SPLIT_FIELDS} for row in _stored(pg_url)} == expected

    # One run report for the cluster, with the single crawl's figures.
    single_report = json.loads((tmp_path / "single.json").read_text())
    reports = [json.loads((tmp_path / f"cluster{i}.json").read_text()) for i in range(3)]
    last = max(reports, key=lambda r: r["cluster"]["workers_reported"])
    assert last["cluster"]["state"] == "finished" and last["cluster"]["workers_reported"] == 3
    for figure in ("pages", "items", "duplicates", "blocks", "byline_rate", "error_count", "exit_status"):
        assert last[figure] == single_report[figure], figure
    assert last["run_id"] == status_json(redis_url, {})["run_id"]
    assert last["site"] == "fixture" and len(last["start_urls"]) == 6
    # Each worker held its pages' items until it went idle (same-run learning: 50 pages by
    # default) and released them itself: every page finished once, none handed back, and no
    # held page's lease taken for lost by the idle sweep (which would acknowledge it before
    # its items were written).
    client = redis.Redis.from_url(redis_url)
    counters = run_counters(client)
    assert counters.get("done") == 24 and not counters.get("handed_back") and not counters.get("requeued"), counters
    assert run_stat(client, "newscrawl/knowledge/held_pages") >= 3
    assert run_stat(client, "newscrawl/cluster/leases_dropped") == 0


def test_a_killed_worker_loses_no_page(tmp_path: Path, redis_url: str, pg_url: str, state_dir: dict[str, str]) -> None:
    """SIGKILL one of three workers while it holds leases: the others requeue and fetch its pages;
    the store holds every article exactly once."""
    client = redis.Redis.from_url(redis_url)
    with CountingServer(SITE, delay=0.4) as server:
        _seed(redis_url, server.url)
        # No same-run hold here: pages are acknowledged as they are stored (the hold: next test).
        workers = [start_worker(redis_url, "--db", pg_url, "-s", f"NEWSCRAWL_CLUSTER_WORKER_ID=w{i}",
                                "-s", "NEWSCRAWL_KNOWLEDGE_HOLD_PAGES=0", env=state_dir,
                                log=tmp_path / f"w{i}.log") for i in range(3)]
        deadline, victim = time.monotonic() + 60, None
        while time.monotonic() < deadline and victim is None:
            held = leases_by_worker(client)
            if run_counters(client).get("done", 0) >= 3 and any(held.values()):
                victim = int(max(held, key=lambda w: held[w])[1:])
            time.sleep(0.02)
        assert victim is not None, "no worker held a lease mid-crawl; slow the server down"
        held_at_kill = leases_by_worker(client)[f"w{victim}"]
        kill(workers[victim])
        survivors = [w for i, w in enumerate(workers) if i != victim]
        assert wait_all(survivors) == [0, 0], [(tmp_path / f"w{i}.log").read_text() for i in range(3)]

    stored = [urlsplit(row["canonical_url"]).path for row in _stored(pg_url)]
    assert sorted(stored) == sorted(_articles())  # every article, once
    counters = run_counters(client)
    assert counters["requeued"] == held_at_kill >= 1
    assert counters["done"] == 24  # each listing page finished once
    assert server.pages_fetched() >= 24
    logs = "".join((tmp_path / f"w{i}.log").read_text() for i in range(3) if i != victim)
    assert f"Requeued {held_at_kill} request(s) in flight at worker(s) that stopped answering: w{victim}" in logs
    import psycopg

    with psycopg.connect(pg_url) as conn:  # nothing recorded twice either
        assert conn.execute("SELECT count(*) FROM (SELECT article_id, listing_url, page, position FROM sightings "
                            "GROUP BY 1, 2, 3, 4 HAVING count(*) > 1) AS d").fetchone()[0] == 0
    status = status_json(redis_url, {})
    assert (status["state"], status["queued"], status["in_flight"], status["pages_done"]) == ("finished", 0, 0, 24)


def test_a_worker_killed_while_it_holds_items_loses_none(tmp_path: Path, redis_url: str, pg_url: str,
                                                         state_dir: dict[str, str]) -> None:
    """Same-run learning holds a site's first pages' items back (newscrawl/ops/hold.py; the
    default hold covers this whole small site). A worker's parsed pages whose items it still
    holds are not acknowledged: killed then, its pages go to the others and nothing is lost."""
    client = redis.Redis.from_url(redis_url)
    with CountingServer(SITE, delay=0.3) as server:
        _seed(redis_url, server.url)
        workers = [start_worker(redis_url, "--db", pg_url, "-s", f"NEWSCRAWL_CLUSTER_WORKER_ID=w{i}", env=state_dir,
                                log=tmp_path / f"w{i}.log") for i in range(3)]
        deadline, victim = time.monotonic() + 60, None
        while time.monotonic() < deadline and victim is None:
            held = leases_by_worker(client)
            # pages parsed (their items held), none acknowledged yet
            if server.pages_fetched() >= 9 and any(n >= 2 for n in held.values()):
                victim = int(max(held, key=lambda w: held[w])[1:])
            time.sleep(0.02)
        assert victim is not None, "no worker held leases mid-crawl; slow the server down"
        kill(workers[victim])
        survivors = [w for i, w in enumerate(workers) if i != victim]
        assert wait_all(survivors) == [0, 0], [(tmp_path / f"w{i}.log").read_text() for i in range(3)]

    stored = [urlsplit(row["canonical_url"]).path for row in _stored(pg_url)]
    counters = run_counters(client)
    missing = sorted(set(_articles()) - set(stored))
    assert sorted(stored) == sorted(_articles()), (  # every article, once
        f"missing {missing}, victim w{victim}, counters {counters}, pages fetched {server.pages_fetched()}\n"
        + "\n".join(f"--- w{i}\n" + (tmp_path / f"w{i}.log").read_text()[-3000:] for i in range(3)))
    assert counters["requeued"] >= 2
    assert counters["done"] == 24  # each listing page finished once


def test_per_host_politeness_holds_for_the_cluster(tmp_path: Path, redis_url: str, state_dir: dict[str, str]) -> None:
    """The host allows 2 requests at a time (DOWNLOAD_SLOTS): 3 workers together never send more
    than 2 at once — while 2 workers without the shared slots do."""
    slots = {"DOWNLOAD_SLOTS": {"127.0.0.1": {"concurrency": 2, "delay": 0}}}
    peaks = {}
    for shared, count in ((True, 3), (False, 2)):
        with CountingServer(SITE, delay=0.3) as server:
            _seed(redis_url, server.url, settings={**slots, "NEWSCRAWL_CLUSTER_HOST_SLOTS": shared})
            outs = [tmp_path / f"{shared}{i}.jsonl" for i in range(count)]
            workers = [start_worker(redis_url, "-o", str(out), env=state_dir, log=tmp_path / f"{shared}{i}.log")
                       for i, out in enumerate(outs)]
            assert wait_all(workers) == [0] * count, (tmp_path / f"{shared}0.log").read_text()
            peaks[shared] = server.max_active
            assert len(_items(*outs)) == len(_articles())
    assert peaks[True] == 2, peaks  # the limit, and reached
    assert peaks[False] > 2, peaks  # the test can tell: per-worker limits add up


def test_workers_ride_out_a_redis_restart(tmp_path: Path, pg_url: str, state_dir: dict[str, str]) -> None:
    """Redis stops for a second and comes back (its append-only file keeps the run): the workers
    wait, say so, reconnect and finish; every article is stored once."""
    from redis_server import TempRedis

    with TempRedis() as server, CountingServer(SITE, delay=0.3) as site:
        client = redis.Redis.from_url(server.url)
        _seed(server.url, site.url)
        # No same-run hold: pages are acknowledged as they are stored, so "done" moves mid-crawl.
        workers = [start_worker(server.url, "--db", pg_url, "-s", "NEWSCRAWL_KNOWLEDGE_HOLD_PAGES=0", env=state_dir,
                                log=tmp_path / f"w{i}.log") for i in range(2)]
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and run_counters(client).get("done", 0) < 3:
            time.sleep(0.02)
        client.close()
        server.restart(down_for=1.0)
        assert wait_all(workers) == [0, 0], [(tmp_path / f"w{i}.log").read_text() for i in range(2)]
        logs = [(tmp_path / f"w{i}.log").read_text() for i in range(2)]
    assert all(f"Lost the connection to Redis at {server.url}" in log for log in logs), logs
    assert all(f"Redis at {server.url} is back after" in log for log in logs), logs
    assert "Traceback" not in "".join(logs)
    assert sorted(urlsplit(row["canonical_url"]).path for row in _stored(pg_url)) == sorted(_articles())


def test_the_cluster_learns_as_one_crawl_does(tmp_path: Path, redis_url: str) -> None:
    """Bylines one worker learned (region china) split another worker's pages (tag ccp) as a
    single crawl of china then ccp splits them — though the second worker's state dir is empty."""
    with CountingServer(SITE) as server:
        single_state = _state(tmp_path, "single")
        for region in ("china", "ccp"):
            done = run_cli("crawl", "--site", "fixture", "--base-url", server.url, "--region", region,
                           "--no-incremental", "-O", str(tmp_path / f"single-{region}.jsonl"), env=single_state)
            assert done.returncode == 0, done.stderr
        for i, region in enumerate(("china", "ccp")):
            _seed(redis_url, server.url, regions=[region], incremental=False)
            worker = start_worker(redis_url, "-O", str(tmp_path / f"cluster-{region}.jsonl"),
                                  env=_state(tmp_path, f"worker{i}"), log=tmp_path / f"w{i}.log")
            assert wait_all([worker]) == [0], (tmp_path / f"w{i}.log").read_text()

    def splits(name: str) -> dict[str, dict]:
        return {i["canonical_url"]: {f: i[f] for f in SPLIT_FIELDS} for i in _items(tmp_path / name)}

    assert splits("cluster-ccp.jsonl") == splits("single-ccp.jsonl")
    # Nothing but the shared knowledge can give known-byline splits here (no built-in seed for 127.0.0.1).
    assert sum(1 for s in splits("cluster-ccp.jsonl").values() if s["split_method"] == "known-byline") >= 3
