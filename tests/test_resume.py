"""Resume: a crawl killed with SIGKILL mid-way and run again with the same --jobdir ends
with every article of the site in the output exactly once, without starting over."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO, run_cli
from newscrawl.ops.frontier import Frontier
from servers import MisbehavingServer

SITE = REPO / "fixtures" / "site"
HOLD = 4


def _articles() -> set[str]:
    manifest = json.loads((SITE / "manifest.json").read_text(encoding="utf-8"))
    return set(manifest["articles"])


def _paths(out: Path) -> list[str]:
    from urllib.parse import urlsplit

    return [urlsplit(json.loads(line)["url"]).path
            for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.slow
def test_sigkill_then_resume_stores_each_article_once(tmp_path: Path, state_dir: dict[str, str]) -> None:
    out, jobdir = tmp_path / "items.jsonl", tmp_path / "job"
    with MisbehavingServer(SITE, delay=0.25) as server:
        # A short hold of the first pages' items (same-run learning, newscrawl/ops/hold.py), so
        # that items are written while the crawl goes on (the default holds this whole small site).
        args = ["crawl", "--site", "fixture", "--base-url", server.url, "-o", str(out), "--jobdir", str(jobdir),
                "--report", str(tmp_path / "report.json"), "-s", f"NEWSCRAWL_KNOWLEDGE_HOLD_PAGES={HOLD}"]
        proc = subprocess.Popen([sys.executable, "-m", "newscrawl.cli", *args], cwd=REPO,
                                env={**os.environ, **state_dir},
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        # Kill once part of the site is stored and the checkpoint has moved on.
        while time.monotonic() < deadline and proc.poll() is None:
            frontier = jobdir / "frontier.json"
            if out.exists() and len(_paths(out)) >= 12 and frontier.exists() and any(
                    c["page"] > 1 for c in json.loads(frontier.read_text())["chains"].values()):
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the crawl ended before it could be killed; slow the server down"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        proc.stderr.close()  # type: ignore[union-attr]
        before = _paths(out)
        pages_before = sum(n for p, n in server.hits.items() if p != "/robots.txt")
        assert 0 < len(set(before)) < len(_articles())

        resumed = run_cli(*args, env=state_dir)
        assert resumed.returncode == 0, resumed.stderr
        pages_total = sum(n for p, n in server.hits.items() if p != "/robots.txt")

    after = _paths(out)
    assert set(after) == _articles()
    assert len(after) == len(set(after)), "an article was written twice"
    # Resumed, not restarted: together the two runs fetched few pages more than one full crawl (24).
    assert pages_before < 24 and pages_total - pages_before < 24
    # at most one page per chain fetched twice, plus the pages whose items were held back:
    # those stay pending until their items are written
    assert pages_total <= 24 + 6 + HOLD
    frontier = Frontier.load(jobdir)
    assert all(chain.done for chain in frontier.chains.values()) and len(frontier.chains) == 6
    run_ids = {json.loads(line)["run_id"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert len(run_ids) == 1  # the resumed run is the same run

    # A finished job directory has nothing left to do.
    again = run_cli(*args, env=state_dir)
    assert again.returncode == 0 and _paths(out) == after


def test_unreadable_checkpoint_exits_4(tmp_path: Path) -> None:
    jobdir = tmp_path / "job"
    jobdir.mkdir()
    (jobdir / "frontier.json").write_text("{not json", encoding="utf-8")
    result = run_cli("crawl", "--site", "fixture", "-o", str(tmp_path / "x.jsonl"), "--jobdir", str(jobdir))
    assert result.returncode == 4
    assert f"Error: {jobdir / 'frontier.json'}: unreadable checkpoint" in result.stderr
    assert "delete the job directory to start over" in result.stderr


def test_frontier_file_is_replaced_atomically(tmp_path: Path) -> None:
    frontier = Frontier.load(tmp_path)
    frontier.run_id = "r1"
    frontier.start("https://x.org/a/")
    frontier.advance("https://x.org/a/", "https://x.org/a/page/2/", 2)
    frontier.save()
    loaded = Frontier.load(tmp_path)
    assert loaded.run_id == "r1" and loaded.chains["https://x.org/a/"].next_url == "https://x.org/a/page/2/"
    assert [p.name for p in tmp_path.iterdir()] == ["frontier.json"]  # no temp file left behind


@pytest.mark.slow
def test_sigkill_then_resume_with_a_database_store(tmp_path: Path, state_dir: dict[str, str]) -> None:
    """Same, with the SQLite store: the final database holds exactly the site's articles, one
    row each, and the resumed run's own earlier rows do not make incremental mode stop early."""
    import sqlite3

    db, jobdir = tmp_path / "news.db", tmp_path / "job"
    with MisbehavingServer(SITE, delay=0.25) as server:
        args = ["crawl", "--site", "fixture", "--base-url", server.url, "--db", str(db), "--jobdir", str(jobdir),
                "-s", f"NEWSCRAWL_KNOWLEDGE_HOLD_PAGES={HOLD}"]
        proc = subprocess.Popen([sys.executable, "-m", "newscrawl.cli", *args], cwd=REPO,
                                env={**os.environ, **state_dir},
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            frontier = jobdir / "frontier.json"
            if frontier.exists() and any(c["page"] > 2 for c in json.loads(frontier.read_text())["chains"].values()):
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the crawl ended before it could be killed; slow the server down"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        with sqlite3.connect(db) as conn:
            stored_before = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert 0 < stored_before < len(_articles()), "checkpointed pages must be stored"

        resumed = run_cli(*args, env=state_dir)
        assert resumed.returncode == 0, resumed.stderr

    from urllib.parse import urlsplit

    with sqlite3.connect(db) as conn:
        urls = [urlsplit(u).path for (u,) in conn.execute("SELECT canonical_url FROM articles")]
    assert sorted(urls) == sorted(_articles())


@pytest.mark.slow
def test_resume_behind_the_store_still_fetches_every_page(tmp_path: Path, state_dir: dict[str, str]) -> None:
    """The store may be ahead of the checkpoint (a batch flushed, then SIGKILL before the
    checkpoint moved on). Replayed deterministically: a whole crawl is stored, its checkpoint
    rewound to the start. The resumed run must not mistake its own rows for an earlier run's
    and stop paginating (incremental mode is on for --site crawls with a store)."""
    import sqlite3

    db, jobdir = tmp_path / "news.db", tmp_path / "job"
    with MisbehavingServer(SITE) as server:
        args = ["crawl", "--site", "fixture", "--base-url", server.url, "--db", str(db), "--jobdir", str(jobdir)]
        assert run_cli(*args, env=state_dir).returncode == 0
        frontier = Frontier.load(jobdir)
        assert len(frontier.chains) == 6 and all(chain.done for chain in frontier.chains.values())
        for start in frontier.chains:
            frontier.chains[start] = type(frontier.chains[start])(next_url=start, page=1)
        frontier.save()
        server.hits.clear()

        resumed = run_cli(*args, env=state_dir)
        assert resumed.returncode == 0, resumed.stderr
        assert sum(n for p, n in server.hits.items() if p != "/robots.txt") == 24  # every page again

    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*), count(DISTINCT canonical_url) FROM articles").fetchone() == (49, 49)
        assert conn.execute("SELECT count(DISTINCT run_id) FROM sightings").fetchone()[0] == 1
