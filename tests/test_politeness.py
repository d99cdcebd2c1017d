"""Politeness and HTTP: Retry-After honoured, backoff bounded, honest User-Agent, HTTP cache."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from scrapy import Request
from scrapy.utils.test import get_crawler

from conftest import REPO, run_cli
from newscrawl.crawl import project_settings
from newscrawl.middlewares.backoff import RetryAfterMiddleware, retry_after_seconds
from servers import MisbehavingServer


def test_retry_after_parsing() -> None:
    assert retry_after_seconds(b"1") == 1.0
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert retry_after_seconds(format_datetime(now + timedelta(seconds=30), usegmt=True), now=now.timestamp()) == 30.0
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None


def _middleware(**settings: object) -> RetryAfterMiddleware:
    crawler = get_crawler(
        settings_dict={
            "NEWSCRAWL_BACKOFF_BASE": 2.0,
            "NEWSCRAWL_BACKOFF_MAX": 10.0,
            "NEWSCRAWL_BACKOFF_ENABLED": True,
            **settings,
        }
    )
    return RetryAfterMiddleware.from_crawler(crawler)


def test_backoff_is_exponential_bounded_and_off_for_loopback() -> None:
    mw = _middleware()
    waits = [mw._backoff(Request("https://news.example.org/", meta={"retry_times": n})) for n in range(5)]
    assert waits == [2.0, 4.0, 8.0, 10.0, 10.0]
    assert mw._backoff(Request("http://127.0.0.1:8000/", meta={"retry_times": 3})) == 0.0


def test_backoff_follows_retry_limits() -> None:
    mw = _middleware(RETRY_TIMES=2)
    assert mw._will_retry(Request("https://x.org/", meta={"retry_times": 1}))
    assert not mw._will_retry(Request("https://x.org/", meta={"retry_times": 2}))
    assert not mw._will_retry(Request("https://x.org/", meta={"dont_retry": True}))


def test_remote_defaults_are_polite_and_bounded() -> None:
    settings = project_settings()
    assert settings.getbool("ROBOTSTXT_OBEY") and settings.getbool("AUTOTHROTTLE_ENABLED")
    assert 0 < settings.getint("DOWNLOAD_TIMEOUT") <= 60
    assert settings.getint("DOWNLOAD_MAXSIZE") > 0 and settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") <= 4
    assert 429 in settings.getlist("RETRY_HTTP_CODES") and 503 in settings.getlist("RETRY_HTTP_CODES")
    assert settings.get("USER_AGENT").startswith("newscrawl/") and "(+https://" in settings.get("USER_AGENT")
    assert "ops@example.org" in project_settings({"NEWSCRAWL_CONTACT": "mailto:ops@example.org"}).get("USER_AGENT")


def test_loopback_runs_fewer_at_once_than_a_small_servers_listen_queue() -> None:
    """Full speed on 127.0.0.1/localhost only, and never more connections at once than Python's
    http.server queues before accepting them (more overflow it when it falls behind: each
    dropped connection waits a second for its SYN to be sent again)."""
    import socketserver

    slots = project_settings().getdict("DOWNLOAD_SLOTS")
    assert set(slots) == {"127.0.0.1", "localhost", "::1", "[::1]"}  # no remote host runs at full speed
    for host, slot in slots.items():
        assert slot["concurrency"] < socketserver.TCPServer.request_queue_size, host
        assert 0 < slot["delay"] <= 0.01, host  # new connections spaced, not in bursts


def test_retry_after_is_honoured_and_user_agent_names_the_contact(tmp_path: Path, state_dir: dict[str, str]) -> None:
    with MisbehavingServer() as server:
        result = run_cli(
            "crawl",
            server.url + "ratelimited/",
            "-O",
            str(tmp_path / "items.jsonl"),
            "-s",
            "NEWSCRAWL_CONTACT=mailto:crawler-ops@example.org",
            env=state_dir,
        )
        log = list(server.log)
    assert result.returncode == 0, result.stderr
    times = [t for t, path, _ in log if path == "/ratelimited/"]
    assert len(times) == 2 and times[1] - times[0] >= 0.95  # Retry-After: 1
    assert all(ua.startswith("newscrawl/") and "mailto:crawler-ops@example.org" in ua for _, _, ua in log)


def test_retry_after_longer_than_the_cap_fails_at_once(tmp_path: Path, state_dir: dict[str, str]) -> None:
    with MisbehavingServer() as server:
        result = run_cli(
            "crawl",
            server.url + "ratelimited/",
            "-O",
            str(tmp_path / "items.jsonl"),
            "--report",
            str(tmp_path / "r.json"),
            "-s",
            "NEWSCRAWL_BACKOFF_MAX=0.5",
            env=state_dir,
        )
        hits = server.hits["/ratelimited/"]
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert result.returncode == 1 and hits == 1
    assert report["errors"] == {"http_429": 1}


def test_timeouts_are_bounded_and_counted(tmp_path: Path, state_dir: dict[str, str]) -> None:
    with MisbehavingServer() as server:
        result = run_cli(
            "crawl",
            server.url + "slow/?s=3",
            "-O",
            str(tmp_path / "items.jsonl"),
            "--report",
            str(tmp_path / "r.json"),
            "-s",
            "DOWNLOAD_TIMEOUT=0.5",
            "-s",
            "RETRY_TIMES=1",
            env=state_dir,
        )
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert result.returncode == 1
    assert report["errors"] == {"timeout": 1}
    assert f"Failed to fetch listing page {server.url}slow/?s=3: timed out" in result.stderr


def test_http_cache_serves_the_second_run(tmp_path: Path, state_dir: dict[str, str]) -> None:
    with MisbehavingServer(REPO / "fixtures" / "site") as server:
        for _ in range(2):
            result = run_cli(
                "crawl",
                "--site",
                "fixture",
                "--base-url",
                server.url,
                "--region",
                "taiwan",
                "-O",
                str(tmp_path / "items.jsonl"),
                "--cache",
                env=state_dir,
            )
            assert result.returncode == 0, result.stderr
        assert server.hits["/en/category/news/taiwan/page/2/"] == 1
    assert (Path(state_dir["NEWSCRAWL_STATE_DIR"]) / "httpcache").is_dir()
