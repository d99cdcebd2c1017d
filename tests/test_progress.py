"""Progress: pages, items, rate and ETA; one rewritten line on a terminal, plain lines otherwise."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

from conftest import REPO, run_cli
from newscrawl.ops.progress import ProgressState, format_duration
from servers import MisbehavingServer

SITE = REPO / "fixtures" / "site"


def test_eta_once_every_total_is_known() -> None:
    state = ProgressState(started=0.0)
    state.page("a", 10)
    assert state.expected_total(starts=2) is None  # b has not reported yet
    state.page("b", 5, max_pages=3)
    assert state.expected_total(starts=2) == 13
    state.items = 20
    line = state.line(now=60.0, starts=2)
    assert line == "2/13 pages, 20 items, 2.0 pages/min, ETA 5:30, elapsed 1:00"
    state.page("b", 5, ended=True)  # b stopped early (incremental): its total is what it did
    assert state.expected_total(starts=2) == 12
    assert state.line(now=60.0, starts=2, final=True).startswith("3 pages, 20 items")


def test_format_duration() -> None:
    assert format_duration(59.6) == "1:00" and format_duration(3725) == "1:02:05"


def test_plain_progress_lines_when_not_a_terminal(tmp_path: Path, state_dir: dict[str, str]) -> None:
    with MisbehavingServer(SITE, delay=0.1) as server:
        result = run_cli("crawl", "--site", "fixture", "--base-url", server.url, "--region", "china",
                         "-O", str(tmp_path / "items.jsonl"), "-s", "NEWSCRAWL_PROGRESS_INTERVAL=0.15", env=state_dir)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("[newscrawl] ")]
    assert len(lines) >= 2 and "\r" not in result.stderr
    assert any("/6 pages" in line and "ETA" in line for line in lines[:-1]), lines
    assert lines[-1].startswith("[newscrawl] done: 6 pages, 21 items")


def test_one_updating_line_on_a_terminal(tmp_path: Path, state_dir: dict[str, str]) -> None:
    with MisbehavingServer(SITE, delay=0.1) as server:
        master, slave = pty.openpty()
        proc = subprocess.Popen(
            [sys.executable, "-m", "newscrawl.cli", "crawl", "--site", "fixture", "--base-url", server.url,
             "--region", "china", "-O", str(tmp_path / "items.jsonl"), "-s", "NEWSCRAWL_PROGRESS_INTERVAL=0.15"],
            cwd=REPO, env={**os.environ, **state_dir}, stdout=subprocess.DEVNULL, stderr=slave)
        os.close(slave)
        output = b""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:  # the child closed the terminal
                    break
                if not chunk:
                    break
                output += chunk
            elif proc.poll() is not None:
                break
        proc.wait(timeout=30)
        os.close(master)
    text = output.decode("utf-8", "replace")
    assert proc.returncode == 0, text
    assert "\r" in text and "[newscrawl]" not in text
    assert "6 pages, 21 items" in text


def test_item_count_is_read_from_scrapy_stats_not_counted_per_item() -> None:
    import io

    from pydispatch import dispatcher
    from scrapy import signals
    from scrapy.utils.test import get_crawler

    from newscrawl.extensions.progress import Progress

    crawler = get_crawler(settings_dict={"NEWSCRAWL_PROGRESS_ENABLED": True})
    stream = io.StringIO()
    before = list(dispatcher.getReceivers(crawler.signals.sender, signals.item_scraped))
    progress = Progress(crawler, stream=stream)
    # A per-item receiver would cost every item a signal call; Scrapy's CoreStats counts them.
    assert list(dispatcher.getReceivers(crawler.signals.sender, signals.item_scraped)) == before
    crawler.stats.set_value("item_scraped_count", 7)
    progress.show(final=True)
    assert stream.getvalue().startswith("[newscrawl] done: 0 pages, 7 items")
