"""HeapPriorityQueue (schedulers/pqueue.py) pops what Scrapy's ScrapyPriorityQueue pops.

The oracle is Scrapy's own queue: the same random pushes (priorities, start requests or not) and
pops go to both, in memory and on disk; every pop must give the same request, and the length and
the current priority must agree after every step, and on disk a resumed queue must go on alike.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from scrapy import Request
from scrapy.pqueues import ScrapyPriorityQueue
from scrapy.squeues import FifoMemoryQueue, LifoMemoryQueue, PickleFifoDiskQueue
from scrapy.utils.test import get_crawler

from newscrawl.schedulers.pqueue import DownloaderAwareHeapPriorityQueue, HeapPriorityQueue


def _request(rng: random.Random, i: int, spread: int) -> Request:
    meta = {"is_start_request": True} if rng.random() < 0.3 else {}
    return Request(f"http://example.org/{i}", priority=rng.randrange(-spread, spread), meta=meta)


def _steps(seed: int, n: int = 400) -> list[tuple[str, Request | None]]:
    rng = random.Random(seed)
    spread = rng.choice([1, 3, 50, 1000])
    steps: list[tuple[str, Request | None]] = []
    for i in range(n):
        steps.append(("push", _request(rng, i, spread)) if rng.random() < 0.55 else ("pop", None))
    steps += [("pop", None)] * n
    return steps


def _same(ours: ScrapyPriorityQueue, scrapys: ScrapyPriorityQueue, steps: list[tuple[str, Request | None]]) -> int:
    popped = 0
    for op, request in steps:
        if op == "push":
            assert request is not None
            ours.push(request)
            scrapys.push(request)
        else:
            a, b = ours.pop(), scrapys.pop()
            assert (a and a.url) == (b and b.url)
            popped += a is not None
        assert len(ours) == len(scrapys)
        assert ours.curprio == scrapys.curprio
    return popped


@pytest.mark.parametrize("start_queues", [False, True])
@pytest.mark.parametrize("queue_cls", [FifoMemoryQueue, LifoMemoryQueue])
@pytest.mark.parametrize("seed", range(12))
def test_same_pops_in_memory(seed: int, queue_cls: type, start_queues: bool) -> None:
    crawler = get_crawler()
    extra = {"start_queue_cls": queue_cls} if start_queues else {}
    ours = HeapPriorityQueue(crawler, queue_cls, "", **extra)
    scrapys = ScrapyPriorityQueue(crawler, queue_cls, "", **extra)
    assert _same(ours, scrapys, _steps(seed)) > 0
    assert len(ours) == 0 and ours.pop() is None


def test_a_fanned_out_chain_pops_in_page_order() -> None:
    crawler = get_crawler()
    ours = HeapPriorityQueue(crawler, FifoMemoryQueue, "")
    scrapys = ScrapyPriorityQueue(crawler, FifoMemoryQueue, "")
    steps: list[tuple[str, Request | None]] = [("push", Request(f"http://h/page/{d}/", priority=-d))
                                               for d in range(2, 630)]
    steps += [("pop", None)] * 700
    assert _same(ours, scrapys, steps) == 628


@pytest.mark.parametrize("seed", range(3))
def test_same_pops_on_disk_and_after_resume(tmp_path: Path, seed: int) -> None:
    crawler = get_crawler()
    steps = _steps(seed, 150)
    half = len(steps) // 3
    ours = HeapPriorityQueue(crawler, PickleFifoDiskQueue, str(tmp_path / "ours"), start_queue_cls=PickleFifoDiskQueue)
    scrapys = ScrapyPriorityQueue(crawler, PickleFifoDiskQueue, str(tmp_path / "scrapy"),
                                  start_queue_cls=PickleFifoDiskQueue)
    _same(ours, scrapys, steps[:half])
    prios_ours, prios_scrapy = ours.close(), scrapys.close()
    assert sorted(prios_ours) == sorted(prios_scrapy)
    ours = HeapPriorityQueue(crawler, PickleFifoDiskQueue, str(tmp_path / "ours"), prios_ours,
                             start_queue_cls=PickleFifoDiskQueue)
    scrapys = ScrapyPriorityQueue(crawler, PickleFifoDiskQueue, str(tmp_path / "scrapy"), prios_scrapy,
                                  start_queue_cls=PickleFifoDiskQueue)
    assert len(ours) == len(scrapys)
    _same(ours, scrapys, steps[half:])
    ours.close()
    scrapys.close()


def test_the_crawl_uses_it_per_slot() -> None:
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("newscrawl.settings")
    assert settings["SCHEDULER_PRIORITY_QUEUE"] == "newscrawl.schedulers.pqueue.DownloaderAwareHeapPriorityQueue"
    queue = DownloaderAwareHeapPriorityQueue.__new__(DownloaderAwareHeapPriorityQueue)
    queue.crawler, queue.downstream_queue_cls = get_crawler(), FifoMemoryQueue
    queue.key, queue._start_queue_cls = "", None
    assert isinstance(queue.pqfactory("127.0.0.1"), HeapPriorityQueue)
