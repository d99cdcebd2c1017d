"""Run report, exit status and layout-drift checks: pure functions, then a real crawl that
drifts from its history."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import REPO, run_cli
from newscrawl.ops.health import PageStat, Thresholds, run_checks
from newscrawl.ops.report import append_history, build_report, exit_status, history_path, read_history
from servers import MisbehavingServer

PAGES = [PageStat(url=f"https://x.org/p/{i}/", blocks=10, bylines=8, full=True) for i in range(5)]
HISTORY = [{"pages": 30, "finish_reason": "finished", "blocks_per_full_page": 10.0, "byline_rate": 0.8}] * 3


def _by_name(results: list) -> dict:
    return {r.name: r for r in results}


def test_healthy_run_passes_every_check() -> None:
    assert all(r.ok for r in run_checks(PAGES, HISTORY))


def test_no_history_is_no_failure() -> None:
    results = _by_name(run_checks(PAGES, []))
    assert results["blocks_per_page"].ok and results["blocks_per_page"].message == "no baseline yet"


def test_zero_blocks_names_the_page_but_not_login_pages() -> None:
    pages = [
        *PAGES,
        PageStat(url="https://x.org/empty/", blocks=0, bylines=0, full=False),
        PageStat(url="https://x.org/login/", blocks=0, bylines=0, full=False, not_listing="login"),
    ]
    check = _by_name(run_checks(pages, HISTORY))["zero_blocks"]
    assert not check.ok and check.severity == "error" and check.pages == ["https://x.org/empty/"]


def test_sharp_drop_in_blocks_per_page_names_pages() -> None:
    pages = [*PAGES[:3], PageStat(url="https://x.org/thin/", blocks=3, bylines=3, full=True)]
    check = _by_name(run_checks(pages, HISTORY))["blocks_per_page"]
    assert not check.ok and check.severity == "health" and check.pages == ["https://x.org/thin/"]
    assert "dropped below 5.0 (earlier runs: 10)" in check.message


def test_sharp_drop_in_bylines() -> None:
    pages = [PageStat(url=f"https://x.org/p/{i}/", blocks=10, bylines=1, full=True) for i in range(3)]
    check = _by_name(run_checks(pages, HISTORY))["byline_rate"]
    assert not check.ok and "bylines found in 10% of blocks, below 40% (earlier runs: 80%)" in check.message
    few = _by_name(run_checks(pages[:1], HISTORY, thresholds=Thresholds(min_items=20)))["byline_rate"]
    assert few.ok and few.message.startswith("too few blocks")


def test_validation_failures_fail_the_health_check() -> None:
    check = _by_name(run_checks(PAGES, HISTORY, validation_failures=2, failed_pages=["https://x.org/p/1/"]))[
        "validation"
    ]
    assert (
        not check.ok and check.message == "2 item(s) failed schema validation (allowed 0), e.g. from https://x.org/p/1/"
    )


def test_exit_status_precedence() -> None:
    report = build_report({"finish_reason": "finished", "newscrawl/listing/pages": 2}, site="s", run_id="r")
    assert report["exit_status"] == 0
    assert exit_status({**report, "finish_reason": "shutdown"}) == 1
    assert exit_status({**report, "error_count": 1}) == 1
    failed = {"name": "blocks_per_page", "ok": False, "severity": "health"}
    assert exit_status({**report, "error_count": 1, "checks": [failed]}) == 3


def test_history_round_trip_skips_damaged_lines(tmp_path: Path) -> None:
    append_history(tmp_path, {"site": "a/b", "pages": 1})
    with history_path(tmp_path, "a/b").open("a", encoding="utf-8") as handle:
        handle.write('{"cut off')
    append_history(tmp_path, {"site": "a/b", "pages": 2})
    assert [r["pages"] for r in read_history(tmp_path, "a/b")] == [1, 2]
    assert history_path(tmp_path, "a/b").name == "a_b.jsonl"


def test_layout_drift_against_history_exits_3(tmp_path: Path, state_dir: dict[str, str]) -> None:
    # Earlier runs of the fixture site saw 10 blocks per page; the site now shows 4.
    state = Path(state_dir["NEWSCRAWL_STATE_DIR"])
    for _ in range(3):
        append_history(
            state,
            {
                "site": "fixture",
                "pages": 24,
                "finish_reason": "finished",
                "blocks_per_full_page": 10.0,
                "byline_rate": 0.3,
            },
        )
    with MisbehavingServer(REPO / "fixtures" / "site") as server:
        result = run_cli(
            "crawl",
            "--site",
            "fixture",
            "--base-url",
            server.url,
            "--region",
            "china",
            "-O",
            str(tmp_path / "items.jsonl"),
            "--report",
            str(tmp_path / "report.json"),
            env=state_dir,
        )
    assert result.returncode == 3, result.stderr
    assert (
        "ERROR: Health check blocks_per_page failed: blocks per page dropped below 5.0 (earlier runs: 10) "
        "on 5 page(s), "
        f"e.g. {server.url}en/category/news/china/ (layout changed?)"
    ) in result.stderr
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["exit_status"] == 3 and report["items"] == 21
    assert read_history(state, "fixture")[-1]["run_id"] == report["run_id"]  # this run joined the history
