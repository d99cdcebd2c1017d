"""Same-run learning in a crawl: a site's first pages are held back, split again with the
settled knowledge, then written (newscrawl/ops/hold.py). Real crawls of the fixture site on a
local server, with the extraction worker on and off, checkpoint and SIGKILL."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from conftest import REPO, run_cli
from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.extract.listing import parse_listing
from newscrawl.extract.split import split_excerpt
from newscrawl.ops.frontier import Frontier
from newscrawl.ops.hold import ItemHold
from newscrawl.ops.offload import PageExtractor
from newscrawl.storage.knowledge_file import load_knowledge
from servers import MisbehavingServer

SITE = REPO / "fixtures" / "site"
MANIFEST = json.loads((SITE / "manifest.json").read_text(encoding="utf-8"))
SPLIT_FIELDS = ("standfirst", "byline", "lede", "authors", "organisation", "affiliation", "note")


def _items(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _raw_excerpts(base: str) -> dict[str, str]:
    """Every article's excerpt as the pages have it (line breaks kept), by URL path."""
    out: dict[str, str] = {}
    for page in MANIFEST["pages"]:
        html = (SITE / page.lstrip("/") / "index.html").read_text(encoding="utf-8")
        for block in parse_listing(html, base.rstrip("/") + page).main:
            out.setdefault(urlsplit(block.url).path, block.excerpt or "")
    return out


def _crawl(server_url: str, tmp: Path, name: str, *extra: str, region: str | None = "china") -> tuple[Path, Path, Any]:
    state, out = tmp / f"state-{name}", tmp / f"{name}.jsonl"
    args = ["crawl", "--site", "fixture", "--base-url", server_url, "-O", str(out), *extra]
    if region:
        args += ["--region", region]
    done = run_cli(*args, env={"NEWSCRAWL_STATE_DIR": str(state)})
    assert done.returncode == 0, done.stderr
    return out, state, done


def test_held_items_are_split_with_the_final_knowledge(tmp_path: Path) -> None:
    """A crawl shorter than the hold: every item is released when the crawl goes idle, split
    with the knowledge the whole crawl learned (what it saves at the end)."""
    with MisbehavingServer(SITE) as server:
        out, state, done = _crawl(server.url, tmp_path, "held", "-v", "-s", "NEWSCRAWL_KNOWLEDGE_HOLD_PAGES=50")
        raw = _raw_excerpts(server.url)
    assert "Released" in done.stderr and "held items" in done.stderr
    knowledge = load_knowledge(urlsplit(server.url).hostname or "", state / "knowledge")
    assert knowledge.bylines
    items = _items(out)
    assert len(items) == len({i["url"] for i in items}) > 12
    for item in items:
        want = split_excerpt(raw[urlsplit(item["url"]).path], knowledge)
        assert {f: item[f] for f in SPLIT_FIELDS} == {f: getattr(want, f) for f in SPLIT_FIELDS}, item["url"]


def test_hold_off_writes_as_pages_come(tmp_path: Path) -> None:
    with MisbehavingServer(SITE) as server:
        out, _, done = _crawl(server.url, tmp_path, "off", "-v", "-s", "NEWSCRAWL_KNOWLEDGE_HOLD_PAGES=0")
    assert "held items" not in done.stderr and len(_items(out)) > 12


@pytest.mark.slow
@pytest.mark.parametrize("hold_pages", [2, 50])
def test_worker_on_and_off_write_the_same_items(tmp_path: Path, hold_pages: int) -> None:
    """Released in the middle of the region (2 pages) or at the end (50): the same items and
    knowledge whether pages are split in the crawl's process or in the worker."""
    outputs, saved = {}, {}
    with MisbehavingServer(SITE) as server:
        for mode in ("off", "on"):
            # one page at a time: both runs learn from the pages in the same order (what is learned
            # depends on it; fanned-out pages in flight together arrive in any order)
            settings = ["-s", f"NEWSCRAWL_EXTRACT_WORKER={mode}", "-s", f"NEWSCRAWL_KNOWLEDGE_HOLD_PAGES={hold_pages}",
                        "-s", "CONCURRENT_REQUESTS=1"]
            out, state, _ = _crawl(server.url, tmp_path, f"{mode}-{hold_pages}", *settings)
            # sorted: fanned-out pages arrive in any order, so the output's order is not the page order
            outputs[mode] = sorted(({k: v for k, v in i.items() if k not in ("scraped_at", "run_id")}
                                    for i in _items(out)), key=lambda i: (i["listing_url"], i["position"]))
            saved[mode] = load_knowledge(urlsplit(server.url).hostname or "", state / "knowledge")
    assert len(outputs["on"]) > 12
    assert outputs["on"] == outputs["off"]
    assert saved["on"] == saved["off"]


def test_extractor_releases_the_same_splits_in_process_and_in_the_worker() -> None:
    """The unit under the crawl: ItemHold deciding, PageExtractor splitting (off / on)."""
    base = "http://127.0.0.1:8000"
    pages = [(path.read_bytes(), base + str(path.parent.relative_to(SITE)).join("//"))
             for path in sorted(SITE.rglob("index.html")) if path.parent != SITE]
    runs = {}

    async def crawl(extractor: PageExtractor, hold: ItemHold) -> list[Any]:
        out = []
        for body, url in pages:
            plan = hold.plan("127.0.0.1")
            page = await extractor.extract(body, url, hold=plan)
            released = hold.hold("127.0.0.1", url, page.items)
            if plan == "release":
                released.items += hold.release("127.0.0.1", page.released).items
            out += [{f: getattr(i, f) for f in (*SPLIT_FIELDS, "url", "listing_url")} for i in released.items]
        return out

    for mode in ("off", "on"):
        knowledge = SiteKnowledge("127.0.0.1", seed=False)
        extractor = PageExtractor(lambda url, k=knowledge: k, mode=mode)
        try:
            runs[mode] = asyncio.run(crawl(extractor, ItemHold(pages=5, items=1000)))
        finally:
            extractor.close()
    assert runs["on"] == runs["off"] and len(runs["on"]) > 40


@pytest.mark.slow
def test_sigkill_while_items_are_held_then_resume_writes_each_article_once(tmp_path: Path,
                                                                            state_dir: dict[str, str]) -> None:
    """Killed while every page's items are still held: the checkpoint never passed a held page,
    so the resumed run fetches them again; every article ends up in the output exactly once."""
    out, jobdir = tmp_path / "items.jsonl", tmp_path / "job"
    articles = set(MANIFEST["articles"])
    with MisbehavingServer(SITE, delay=0.3) as server:
        args = ["crawl", "--site", "fixture", "--base-url", server.url, "-o", str(out), "--jobdir", str(jobdir),
                "-s", "NEWSCRAWL_KNOWLEDGE_HOLD_PAGES=50"]
        proc = subprocess.Popen([sys.executable, "-m", "newscrawl.cli", *args], cwd=REPO,
                                env={**os.environ, **state_dir}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if sum(n for p, n in server.hits.items() if p != "/robots.txt") >= 10:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the crawl ended before it could be killed; slow the server down"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        assert not out.exists() or not _items(out), "items were written while held"
        frontier = Frontier.load(jobdir)
        assert frontier.chains and all(not c.done and not c.finished for c in frontier.chains.values()), \
            "the checkpoint passed a page whose items were held"

        resumed = run_cli(*args, env=state_dir)
        assert resumed.returncode == 0, resumed.stderr
    paths = [urlsplit(i["url"]).path for i in _items(out)]
    assert set(paths) == articles and len(paths) == len(set(paths))
    assert all(c.finished for c in Frontier.load(jobdir).chains.values())


@pytest.mark.slow
def test_ctrl_c_writes_the_held_items(tmp_path: Path, state_dir: dict[str, str]) -> None:
    """A crawl interrupted (SIGINT, a clean stop) while it holds items writes them before it
    closes; resumed with the same --jobdir, it ends with every article once."""
    out, jobdir = tmp_path / "items.jsonl", tmp_path / "job"
    with MisbehavingServer(SITE, delay=0.3) as server:
        args = ["crawl", "--site", "fixture", "--base-url", server.url, "-o", str(out), "--jobdir", str(jobdir),
                "-s", "NEWSCRAWL_KNOWLEDGE_HOLD_PAGES=50"]
        proc = subprocess.Popen([sys.executable, "-m", "newscrawl.cli", *args], cwd=REPO,
                                env={**os.environ, **state_dir}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if sum(n for p, n in server.hits.items() if p != "/robots.txt") >= 8:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the crawl ended before it could be stopped; slow the server down"
        assert not out.exists() or not _items(out)
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
        written = [urlsplit(i["url"]).path for i in _items(out)]
        assert written, stderr.decode()
        # written at close without passing the checkpoint: their pages stay pending, and it says so
        assert "had their items held back at close" in stderr.decode()
        assert len(written) == len(set(written)) and set(written) < set(MANIFEST["articles"])

        resumed = run_cli(*args, env=state_dir)
        assert resumed.returncode == 0, resumed.stderr
    paths = [urlsplit(i["url"]).path for i in _items(out)]
    assert set(paths) == set(MANIFEST["articles"]) and len(paths) == len(set(paths))
