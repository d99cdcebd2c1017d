"""Bad input on a real local server: each case handled without crashing, counted in the
run report, and named in one ERROR line. One crawl covers every route (see tests/servers.py)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from conftest import run_cli
from servers import CP1252_TEXT, GBK_TEXT, MisbehavingServer

ROUTES = [
    "flaky/",
    "ratelimited/",
    "slow/?s=0.2",
    "redirect-offsite/",
    "login/",
    "loop/",
    "cp1252/",
    "cp1252-meta/",
    "cp1252-undeclared/",
    "gbk/",
    "truncated/",
    "malformed/",
    "private/",
    "always503/",
]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("bad-input")
    with MisbehavingServer() as server:
        result = run_cli(
            "crawl",
            *[server.url + r for r in ROUTES],
            "-O",
            str(tmp / "items.jsonl"),
            "--report",
            str(tmp / "report.json"),
            "-s",
            "DOWNLOAD_TIMEOUT=2",
            env={"NEWSCRAWL_STATE_DIR": str(tmp / "state")},
        )
        hits = dict(server.hits)
    items = [json.loads(line) for line in (tmp / "items.jsonl").read_text(encoding="utf-8").splitlines()]
    return {
        "result": result,
        "report": json.loads((tmp / "report.json").read_text(encoding="utf-8")),
        "items": items,
        "hits": hits,
        "url": server.url,
    }


def _items_from(crawl: dict[str, Any], route: str) -> list[dict[str, Any]]:
    return [i for i in crawl["items"] if i["listing_url"] == crawl["url"] + route]


def test_run_finishes_with_errors_exit_1(crawl: dict[str, Any]) -> None:
    assert crawl["result"].returncode == 1, crawl["result"].stderr
    assert crawl["report"]["finish_reason"] == "finished"
    assert crawl["report"]["exit_status"] == 1
    assert "Traceback" not in crawl["result"].stderr


def test_errors_by_kind(crawl: dict[str, Any]) -> None:
    assert crawl["report"]["errors"] == {
        "http_503": 1,
        "login_page": 1,
        "offsite_redirect": 1,
        "robots": 1,
        "truncated": 1,
    }
    assert crawl["report"]["pages_failed"] == 4


def test_each_failure_is_one_error_line_naming_the_page(crawl: dict[str, Any]) -> None:
    url, err = crawl["url"], crawl["result"].stderr
    for line in (
        f"ERROR: Failed to fetch listing page {url}always503/: HTTP 503",
        f"ERROR: Failed to fetch listing page {url}private/: forbidden by robots.txt",
        f"ERROR: Failed to fetch listing page {url}truncated/: response body truncated "
        "(connection closed before Content-Length bytes)",
        f"ERROR: Listing page {url}login/ is a login page (HTTP 200), not a listing; skipped",
        f"ERROR: Listing page {url}redirect-offsite/ redirects to another host (http://localhost:",
        f"WARNING: Pager of {url}loop/page/2/ loops back to {url}loop/ (already crawled); stopped following it",
    ):
        assert line in err


def test_retries_recover_503_and_429(crawl: dict[str, Any]) -> None:
    assert crawl["hits"]["/flaky/"] == 3  # 503, 503, 200
    assert crawl["hits"]["/ratelimited/"] == 2  # 429 (Retry-After: 1), 200
    assert len(_items_from(crawl, "flaky/")) == 3 and len(_items_from(crawl, "ratelimited/")) == 3
    assert crawl["report"]["anomalies"]["backoff_waits"] == 1  # the Retry-After wait; loopback gets no other backoff


def test_slow_page_within_timeout_is_fine(crawl: dict[str, Any]) -> None:
    assert len(_items_from(crawl, "slow/?s=0.2")) == 3


def test_pager_loop_is_counted_and_bounded(crawl: dict[str, Any]) -> None:
    assert crawl["hits"]["/loop/"] == 1 and crawl["hits"]["/loop/page/2/"] == 1
    assert crawl["report"]["anomalies"]["pager_loops"] == 1


def test_redirect_to_another_host_is_not_followed(crawl: dict[str, Any]) -> None:
    assert crawl["hits"]["/flaky/"] == 3  # the redirect target was never requested through localhost
    assert crawl["report"]["anomalies"]["offsite_requests_filtered"] == 1


@pytest.mark.parametrize("route", ["cp1252/", "cp1252-meta/", "cp1252-undeclared/"])
def test_windows_1252_declared_or_not(crawl: dict[str, Any], route: str) -> None:
    (item,) = _items_from(crawl, route)
    assert item["headline"] == CP1252_TEXT


def test_gbk_without_declared_charset(crawl: dict[str, Any]) -> None:
    (item,) = _items_from(crawl, "gbk/")
    assert item["headline"] == GBK_TEXT


def test_malformed_html_still_yields_blocks(crawl: dict[str, Any]) -> None:
    headlines = [i["headline"] for i in _items_from(crawl, "malformed/")]
    assert headlines == ["Unclosed headline", "Second block"]
