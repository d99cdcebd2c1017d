"""Scrapy's scheduler priority queue without its per-pop scans of every priority.

A fanned-out chain gives each of its pages its own priority (``-depth``: lower pages first), so a
630-page chain puts ~630 priorities in one download slot's ``ScrapyPriorityQueue``. Scrapy's
queue then scans all of them at every pop: ``_update_curprio`` builds the set of non-empty
priorities each time a priority's queue empties (every pop here), and ``__len__`` sums the length
of every priority's queue, which ``DownloaderAwarePriorityQueue.pop`` asks after every pop and the
scheduler asks whenever the engine looks for work. Quadratic in the chain's length: ~20 ms of
pushes and pops for 630 pages, ~190 ms for 2,000, plus the length calls.

``HeapPriorityQueue`` keeps the priorities in a heap (emptied ones are dropped lazily, when they
reach its top) and counts the requests it holds, so both are O(log n) and O(1). It pops the same
request at every step as Scrapy's queue (the smallest priority with a non-empty queue, plain
queues before start queues at equal priority, each queue in its own order) and writes the same
queues to disk; ``tests/test_pqueue.py`` compares the two on random pushes and pops.
``DownloaderAwareHeapPriorityQueue`` is Scrapy's default scheduler queue with one per slot.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from typing import Any

from scrapy import Request
from scrapy.pqueues import DownloaderAwarePriorityQueue, ScrapyPriorityQueue, _path_safe


class HeapPriorityQueue(ScrapyPriorityQueue):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        #: Every priority with a non-empty queue is here (others may be, until they reach the top).
        self._heap: list[int] = []
        self._in_heap: set[int] = set()
        self._count = 0
        super().__init__(*args, **kwargs)

    def init_prios(self, startprios: Iterable[int]) -> None:
        super().init_prios(startprios)
        for queues in (self.queues, self._start_queues):
            for priority, queue in queues.items():
                self._count += len(queue)
                self._note(priority)

    def _note(self, priority: int) -> None:
        if priority not in self._in_heap:
            self._in_heap.add(priority)
            heapq.heappush(self._heap, priority)

    def push(self, request: Request) -> None:
        # ScrapyPriorityQueue.push, counting what the queue gained.
        priority = self.priority(request)
        if request.meta.get("is_start_request", False) and self._start_queue_cls:
            if priority not in self._start_queues:
                self._start_queues[priority] = self._sqfactory(priority)
            queue = self._start_queues[priority]
        else:
            if priority not in self.queues:
                self.queues[priority] = self.qfactory(priority)
            queue = self.queues[priority]
        before = len(queue)
        queue.push(request)  # this may fail (eg. serialization error)
        self._count += len(queue) - before
        self._note(priority)
        if self.curprio is None or priority < self.curprio:
            self.curprio = priority

    def pop(self) -> Request | None:
        # ScrapyPriorityQueue.pop, step for step, counting what the queue lost.
        while self.curprio is not None:
            queues = self.queues
            queue = queues.get(self.curprio)
            if queue is None:
                if not self._start_queues:
                    self._update_curprio()
                    continue
                queues = self._start_queues
                queue = queues.get(self.curprio)
                if queue is None:
                    self._update_curprio()
                    continue
            before = len(queue)
            request = queue.pop()
            self._count -= before - len(queue)
            if not queue:
                del queues[self.curprio]
                queue.close()
                if queues is self._start_queues or not self._start_queues:
                    self._update_curprio()
            return request
        return None

    def _update_curprio(self) -> None:
        heap, queues, start_queues = self._heap, self.queues, self._start_queues
        while heap:
            priority = heap[0]
            if queues.get(priority) or start_queues.get(priority):
                self.curprio = priority
                return
            heapq.heappop(heap)
            self._in_heap.discard(priority)
        self.curprio = None

    def __len__(self) -> int:
        return self._count


class DownloaderAwareHeapPriorityQueue(DownloaderAwarePriorityQueue):
    """Scrapy's default scheduler queue (a priority queue per download slot, the least busy
    slot first) with ``HeapPriorityQueue`` as each slot's queue."""

    def pqfactory(self, slot: str, startprios: Iterable[int] = ()) -> ScrapyPriorityQueue:
        return HeapPriorityQueue(self.crawler, self.downstream_queue_cls, self.key + "/" + _path_safe(slot),
                                 startprios, start_queue_cls=self._start_queue_cls)
