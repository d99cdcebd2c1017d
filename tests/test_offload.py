"""Pages parsed and split in a worker process (newscrawl/ops/offload.py): the same items and
knowledge as in-process, a dead worker costs nothing but speed, and no worker outlives its crawl."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, run_cli
from newscrawl.extract.decode import NotHtmlError
from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.ops.offload import PageExtractor
from newscrawl.storage.knowledge_file import knowledge_path
from servers import MisbehavingServer

SITE = REPO / "fixtures" / "site"
BASE = "http://127.0.0.1:8000/"


def _pages() -> list[tuple[bytes, str]]:
    """Every listing page of the fixture site, in a fixed order, with the URL it is served at."""
    return [(path.read_bytes(), BASE + str(path.parent.relative_to(SITE)) + "/")
            for path in sorted(SITE.rglob("index.html")) if path.parent != SITE]


def _comparable(page: Any) -> dict[str, Any]:
    items = [{k: v for k, v in item.to_dict().items() if k != "scraped_at"} for item in page.items]
    return {"items": items, "blocks": page.blocks, "next_url": page.next_url, "total_pages": page.total_pages,
            "extractor": page.extractor, "warnings": page.warnings}


def _run(mode: str, pages: list[tuple[bytes, str]], kill_worker_after: int | None = None
         ) -> tuple[list[dict[str, Any]], dict[str, SiteKnowledge], PageExtractor]:
    knowledge: dict[str, SiteKnowledge] = {}

    def knowledge_for(url: str) -> SiteKnowledge:
        return knowledge.setdefault("127.0.0.1", SiteKnowledge("127.0.0.1"))

    extractor = PageExtractor(knowledge_for, mode=mode, options={"run_id": "r1"})

    async def crawl() -> list[dict[str, Any]]:
        out = []
        for n, (body, url) in enumerate(pages):
            if kill_worker_after is not None and n == kill_worker_after:
                assert extractor.worker_pid is not None
                os.kill(extractor.worker_pid, signal.SIGKILL)
            out.append(_comparable(await extractor.extract(body, url, "text/html; charset=utf-8")))
        return out

    results = asyncio.run(crawl())
    knowledge.update(extractor.close())
    return results, knowledge, extractor


def test_worker_splits_every_page_as_the_crawls_own_process_does() -> None:
    pages = _pages()
    assert len(pages) >= 20
    here, knowledge_here, _ = _run("off", pages)
    there, knowledge_there, extractor = _run("on", pages)
    assert extractor.offloaded == len(pages) and extractor.failure is None
    assert there == here
    assert knowledge_there == knowledge_here
    assert knowledge_here["127.0.0.1"].bylines, "the fixture site teaches bylines"


def test_a_killed_worker_costs_speed_not_pages(caplog: pytest.LogCaptureFixture) -> None:
    pages = _pages()
    here, _, _ = _run("off", pages)
    with caplog.at_level(logging.WARNING, logger="newscrawl.ops.offload"):
        there, knowledge, extractor = _run("on", pages, kill_worker_after=5)
    assert extractor.failure is not None and extractor.offloaded == 5
    assert "parsing listing pages in the crawl's process from now on" in caplog.text
    # Pages after the kill are split in-process with the knowledge as it was sent to the worker:
    # the learned bylines of pages 1-5 are lost, so merged excerpts may split differently.
    assert [p["next_url"] for p in there] == [p["next_url"] for p in here]
    assert [[i["url"] for i in p["items"]] for p in there] == [[i["url"] for i in p["items"]] for p in here]
    # Exactly as if the crawl had started in-process at the sixth page, knowing nothing yet.
    rest, knowledge_rest, _ = _run("off", pages[5:])
    assert there[5:] == rest
    assert knowledge["127.0.0.1"] == knowledge_rest["127.0.0.1"]
    assert knowledge["127.0.0.1"].bylines, "the pages after the kill teach bylines again"


def test_worker_errors_are_raised_in_the_crawl() -> None:
    extractor = PageExtractor(lambda url: SiteKnowledge("127.0.0.1"), mode="on")

    async def extract_binary() -> None:
        await extractor.extract(b"\x00\x01\x02" * 100, BASE + "x/", "application/octet-stream")

    try:
        with pytest.raises(NotHtmlError):
            asyncio.run(extract_binary())
        assert extractor.failure is None and extractor.worker_pid is not None
    finally:
        extractor.close()


def test_auto_mode_waits_for_enough_pages() -> None:
    pages = _pages()[:3]
    extractor = PageExtractor(lambda url: SiteKnowledge("127.0.0.1"), mode="auto", after_pages=50)

    async def crawl() -> None:
        for body, url in pages:
            await extractor.extract(body, url)

    asyncio.run(crawl())
    assert extractor.worker_pid is None and extractor.offloaded == 0  # a short crawl never starts one
    assert extractor.close() == {}
    with pytest.raises(ValueError, match="must be one of off, auto, on"):
        PageExtractor(lambda url: SiteKnowledge("x"), mode="fast")


def test_a_prestarted_worker_is_the_one_used_once_several_pages_are_in_flight() -> None:
    pages = _pages()[:6]
    here, _, _ = _run("off", pages)
    knowledge = SiteKnowledge("127.0.0.1")
    extractor = PageExtractor(lambda url: knowledge, mode="auto", after_pages=0, options={"run_id": "r1"})
    extractor.prestart()
    spare = extractor._spare
    assert spare is not None and spare.poll() is None

    async def crawl() -> list[dict[str, Any]]:
        out = [_comparable(await extractor.extract(*pages[0][:2], "text/html; charset=utf-8"))]  # alone in flight
        await asyncio.sleep(0)
        for body, url in pages[1:]:
            # a fanned-out chain: the page waits while the worker answers its ping, then goes there
            page = await extractor.extract(body, url, "text/html; charset=utf-8", in_flight=len(pages))
            out.append(_comparable(page))
            while extractor.worker_pid is None and extractor.failure is None:
                await asyncio.sleep(0.01)
        return out

    try:
        there = asyncio.run(crawl())
        assert extractor.worker_pid == spare.pid  # no second process
        assert extractor.offloaded >= 1 and extractor.failure is None
        assert there == here
    finally:
        extractor.close()
    assert spare.poll() is not None


def test_an_unused_prestarted_worker_is_stopped() -> None:
    pages = _pages()[:3]
    extractor = PageExtractor(lambda url: SiteKnowledge("127.0.0.1"), mode="auto", after_pages=0)
    extractor.prestart()
    spare = extractor._spare
    assert spare is not None

    async def one_at_a_time() -> None:
        for body, url in pages:
            await extractor.extract(body, url, in_flight=1)  # a chain that declares no length

    asyncio.run(one_at_a_time())
    # stopped at the second page alone in flight, never used
    assert spare.poll() is not None and extractor._spare is None
    assert extractor.worker_pid is None and extractor.offloaded == 0
    assert extractor.close() == {}

    unused = PageExtractor(lambda url: SiteKnowledge("127.0.0.1"), mode="auto")
    unused.prestart()
    process = unused._spare
    assert process is not None
    assert unused.close() == {}  # a crawl that ends first (a one-page crawl)
    assert process.poll() is not None

    off = PageExtractor(lambda url: SiteKnowledge("127.0.0.1"), mode="off")
    off.prestart()
    assert off._spare is None


@pytest.mark.slow
def test_crawl_with_worker_writes_the_same_items_and_knowledge(tmp_path: Path) -> None:
    """One region, its pages one at a time (fan-out off: pages come in the same order in both
    runs, which a merged excerpt's split may depend on, through the bylines learned before it)."""
    outputs, saved = {}, {}
    with MisbehavingServer(SITE) as server:
        for mode in ("off", "on"):
            state = tmp_path / f"state-{mode}"
            out = tmp_path / f"{mode}.jsonl"
            done = run_cli("crawl", "--site", "fixture", "--region", "china", "--base-url", server.url, "-o", str(out),
                           "-v", "-s", f"NEWSCRAWL_EXTRACT_WORKER={mode}", "-s", "NEWSCRAWL_CRAWL_FANOUT_ENABLED=false",
                           env={"NEWSCRAWL_STATE_DIR": str(state)})
            assert done.returncode == 0, done.stderr
            assert ("Parsing listing pages in a worker process" in done.stderr) == (mode == "on")
            outputs[mode] = [{k: v for k, v in json.loads(line).items() if k not in ("scraped_at", "run_id")}
                             for line in out.read_text(encoding="utf-8").splitlines()]
            saved[mode] = json.loads(knowledge_path("127.0.0.1", state / "knowledge").read_text(encoding="utf-8"))
    manifest = json.loads((SITE / "manifest.json").read_text(encoding="utf-8"))
    china = {url for page in manifest["regions"]["china"] for url in manifest["pages"][page]["main"]}
    assert len(outputs["on"]) == len(china) > 12
    assert outputs["on"] == outputs["off"]
    assert saved["on"] == saved["off"] and saved["on"]["bylines"]


@pytest.mark.slow
def test_no_worker_outlives_a_killed_crawl(tmp_path: Path, state_dir: dict[str, str]) -> None:
    with MisbehavingServer(SITE, delay=0.25) as server:
        proc = subprocess.Popen(
            [sys.executable, "-m", "newscrawl.cli", "crawl", "--site", "fixture", "--base-url", server.url,
             "-o", str(tmp_path / "items.jsonl"), "-s", "NEWSCRAWL_EXTRACT_WORKER=on"],
            cwd=REPO, env={**os.environ, **state_dir}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        children: list[int] = []
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not children and proc.poll() is None:
            children = _children(proc.pid)
            time.sleep(0.05)
        assert children, "the crawl started no worker"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_running(pid) for pid in children):
            time.sleep(0.05)
        assert not any(_running(pid) for pid in children), "the worker outlived its crawl"


def test_a_script_without_a_main_guard_is_not_run_again_by_the_worker(tmp_path: Path, site_server: str) -> None:
    """A spawned multiprocessing worker would import the caller's __main__ again, re-running an
    unguarded script's crawl; the worker is started as its own module instead."""
    runs = tmp_path / "runs.txt"
    script = tmp_path / "my_crawl.py"
    script.write_text(
        "from pathlib import Path\n"
        f"with Path({str(runs)!r}).open('a') as f:\n"
        "    f.write('run\\n')\n"
        "from newscrawl.crawl import run_crawl\n"
        f"summary = run_crawl([{site_server + 'en/category/news/china/'!r}], output={str(tmp_path / 'o.jsonl')!r},\n"
        "                    settings={'NEWSCRAWL_EXTRACT_WORKER': 'on'})\n"
        "print(summary.items)\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env={**os.environ, "PYTHONPATH": str(REPO)})
    assert done.returncode == 0, done.stderr
    assert runs.read_text(encoding="utf-8") == "run\n"
    assert int(done.stdout.split()[-1]) > 0


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(c) for c in task.read_text().split()]
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"
