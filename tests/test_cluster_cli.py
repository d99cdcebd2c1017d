"""The cluster commands as users run them: one-line errors with exit code 4, waiting for a run,
`seed` then `status`, and `crawl --redis` (seed and one local worker)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import REPO, run_cli

SITE = REPO / "fixtures" / "site"


@pytest.mark.parametrize("command", [["worker", "-o", "x.jsonl"], ["seed", "https://example.org/"], ["status"],
                                     ["crawl", "https://example.org/", "-o", "x.jsonl"]], ids=lambda c: c[0])
@pytest.mark.parametrize(("url", "message"), [
    ("http://127.0.0.1:6379/0", "Error: bad Redis URL http://127.0.0.1:6379/0: "),
    ("redis://:hunter2@127.0.0.1:1/0", "Error: cannot connect to Redis at redis://:***@127.0.0.1:1/0: "),
], ids=["bad-url", "unreachable"])
def test_bad_or_unreachable_redis_is_one_line_and_exit_4(tmp_path: Path, command: list[str], url: str,
                                                         message: str) -> None:
    done = run_cli(*command, "--redis", url, cwd=tmp_path)
    assert done.returncode == 4, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and errors[0].startswith(message), done.stderr
    assert "Traceback" not in done.stderr and "hunter2" not in done.stderr


def test_a_worker_with_no_run_waits_then_stops(tmp_path: Path, redis_url: str) -> None:
    done = run_cli("worker", "--redis", redis_url, "-o", str(tmp_path / "x.jsonl"), "--idle-exit", "0.5")
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == "No run to work on (nothing seeded, or the current run is finished); stopping"


def test_seed_then_status(site_server: str, redis_url: str) -> None:
    empty = run_cli("status", "--redis", redis_url)
    assert empty.returncode == 0
    assert empty.stdout.strip() == "crawl newscrawl: no run seeded yet (newscrawl seed --redis URL ...)"
    seeded = run_cli("seed", "--redis", redis_url, "--site", "fixture", "--base-url", site_server, "--max-pages", "2")
    assert seeded.returncode == 0, seeded.stderr
    assert seeded.stderr.startswith("Seeded 6 start URL(s) into new run ") and seeded.stderr.strip().endswith(
        ": 6 queued, 0 already seen")
    again = run_cli("seed", "--redis", redis_url, "--site", "fixture", "--base-url", site_server, "--max-pages", "2",
                    "--region", "taiwan")
    assert again.returncode == 0, again.stderr
    assert "into run under way" in again.stderr and ": 0 queued, 1 already seen" in again.stderr
    other = run_cli("seed", "--redis", redis_url, "--site", "fixture", "--base-url", site_server, "--max-pages", "5")
    assert other.returncode == 4
    assert "Error: run " in other.stderr and "is under way with other max_pages (max_pages=2)" in other.stderr

    figures = json.loads(run_cli("status", "--redis", redis_url, "--json").stdout)
    assert (figures["queued"], figures["in_flight"], figures["pages_done"], figures["workers_alive"]) == (6, 0, 0, 0)
    assert (figures["site"], figures["start_urls"], figures["state"]) == ("fixture", 6, "running")
    assert figures["seen_requests"] == 6
    text = run_cli("status", "--redis", redis_url).stdout
    assert f"run {figures['run_id']} (running)" in text and "queue          6 requests" in text


def test_crawl_with_redis_seeds_and_works(tmp_path: Path, site_server: str, redis_url: str,
                                          state_dir: dict[str, str]) -> None:
    out, report = tmp_path / "items.jsonl", tmp_path / "report.json"
    done = run_cli("crawl", "--site", "fixture", "--base-url", site_server, "--redis", redis_url, "-o", str(out),
                   "--report", str(report), "-s", "NEWSCRAWL_CLUSTER_HEARTBEAT=0.3", env=state_dir)
    assert done.returncode == 0, done.stderr
    manifest = json.loads((SITE / "manifest.json").read_text(encoding="utf-8"))
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(manifest["articles"])
    cluster = json.loads(report.read_text(encoding="utf-8"))
    assert (cluster["pages"], cluster["items"], cluster["exit_status"]) == (24, len(manifest["articles"]), 0)
    assert cluster["cluster"]["state"] == "finished" and cluster["cluster"]["workers_reported"] == 1
    assert run_cli("crawl", "--site", "fixture", "--redis", redis_url, "--jobdir", str(tmp_path / "j"),
                   "-o", str(out)).returncode == 2
