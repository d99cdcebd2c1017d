"""Parse and split listing pages in a worker process, so a crawl at full speed uses two cores.

Scrapy runs a crawl on one thread. Parsing and splitting a listing page costs ~2.4 ms of CPU
(bench/crawl_throughput.py): when pages come from 127.0.0.1 with no delay, about a quarter of
a page's crawl time, during which no download, pipeline or feed write moves. ``PageExtractor``
runs ``extract_page`` in one worker process, which the crawl's thread only feeds and reads, on
a machine with a second core and only where that pays: when several listing pages are in
flight (a fanned-out chain, several regions), so the crawl's thread has other pages to move
while the worker splits. A chain followed one next link at a time has one page in flight: its
page would only wait for the round trip, so it is parsed in-process (bench/crawl_throughput.py
measures both).

The worker is ``python -m newscrawl.ops.offload``, talking pickled frames over its stdin and
stdout, not a multiprocessing pool: a spawned pool re-runs the caller's ``__main__`` in the
child, which would crawl again from any script without an ``if __name__ == "__main__"`` guard.
It exits when its stdin closes, so a crawl killed with SIGKILL leaves no worker behind. The
crawl feeds and reads its pipes on its own event loop (no thread), writing each request at
once, so the worker always has the next page while the crawl's thread is busy.

The site knowledge (learned bylines, newscrawl.extract.knowledge) lives where pages are split:
a site's knowledge goes to the worker with the site's first page there and comes back at
``close``. The worker takes one request at a time, in the order sent, so pages are split in
the order they came, as in-process, and a crawl splits the same either way (tested). If the
worker dies, hangs past a bound, or cannot start, later pages are split in-process again, with
the knowledge as it was when sent, and a warning says so.

No Scrapy here: the spider awaits ``extract`` on Scrapy's asyncio reactor.
"""

from __future__ import annotations

import asyncio
import logging
import os
import pickle
import select
import signal
import struct
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, Any

from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.extract.page import ExtractedPage, HeldExcerpts
from newscrawl.extract.split import ExcerptSplit
from newscrawl.extract.teasers import site_of

logger = logging.getLogger(__name__)

#: off: always in-process; auto: a worker once several pages are in flight and at least
#: ``after_pages`` are parsed or waiting, when there are 2+ CPUs; on: a worker from the first
#: page, waited for (tests, benchmarks).
MODES = ("off", "auto", "on")
#: Bound on each wait for the worker: starting, one page, handing the knowledge back.
WAIT_SECONDS = 30.0
_HEADER = struct.Struct(">I")
#: Pipe size asked for (Linux caps it at /proc/sys/fs/pipe-max-size, 1 MiB by default).
PIPE_BYTES = 1 << 20
#: Most bytes read from the worker's pipe at once: a page's reply is ~10 KB, and os.read allocates
#: its whole buffer first (~20 us a read for 1 MiB, ~2.5 us for 64 KiB, measured here).
READ_BYTES = 1 << 16


def available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class WorkerGone(RuntimeError):
    """The worker process exited or its pipe broke."""


# --- framing: a 4-byte length, then a pickle ------------------------------------------------


def _send(stream: IO[bytes], message: Any) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def _receive(stream: IO[bytes]) -> Any:
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        raise WorkerGone("the other end closed the pipe")
    size = _HEADER.unpack(header)[0]
    data = stream.read(size)
    if len(data) < size:
        raise WorkerGone("the pipe closed in the middle of a message")
    return pickle.loads(data)


# --- the worker process ----------------------------------------------------------------------


def serve(requests: IO[bytes], replies: IO[bytes]) -> None:
    """The worker's loop: one request at a time until its input closes."""
    knowledge: dict[str, SiteKnowledge] = {}
    held = HeldExcerpts()
    while True:
        try:
            command, args = _receive(requests)
        except WorkerGone:
            return
        try:
            if command == "ping":
                result: Any = os.getpid()
            elif command == "adopt":
                site, site_knowledge, site_held = args
                knowledge[site] = site_knowledge
                held.sites[site] = site_held
                result = None
            elif command == "extract":
                body, url, site, content_type, options = args
                result = held.extract(body, url, site, knowledge=knowledge[site], content_type=content_type, **options)
            elif command == "release":
                (site,) = args
                result = held.release(site, knowledge[site])
            elif command == "knowledge":
                result = knowledge
            else:
                raise ValueError(f"unknown command {command!r}")
            reply: tuple[str, Any] = ("ok", result)
        except Exception as exc:  # noqa: BLE001 - every error goes back to the crawl, which raises it there
            reply = ("error", exc)
        try:
            _send(replies, reply)
        except (pickle.PicklingError, TypeError, AttributeError) as exc:
            _send(replies, ("error", RuntimeError(f"unpicklable reply to {command}: {exc}")))


def _worker_main() -> None:
    # Ctrl-C reaches the whole process group; the crawl stops the worker itself, after taking
    # its knowledge back.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    requests, replies = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print() must not corrupt the reply stream
    serve(requests, replies)


# --- the crawl's side ------------------------------------------------------------------------


class _Worker:
    """The worker process, fed and read on the crawl's event loop (no thread).

    Requests are written as soon as they are made (buffered when the pipe is full), so the worker
    always has the next page waiting while the crawl's thread does other work; replies come back
    in order and resolve the requests' futures. A reading thread would have to take the GIL from
    a busy crawl thread twice a page (up to Python's 5 ms switch interval each): measured, that
    capped the worker at ~55 pages/s while the crawl's thread was busy, against ~150 when idle.
    """

    def __init__(self, process: subprocess.Popen[bytes] | None = None) -> None:
        self.loop = asyncio.get_running_loop()
        self.process = process or _spawn()
        assert self.process.stdin is not None and self.process.stdout is not None
        self._out, self._in = self.process.stdin.fileno(), self.process.stdout.fileno()
        os.set_blocking(self._out, False)
        os.set_blocking(self._in, False)
        for fd in (self._out, self._in):
            _widen_pipe(fd)
        #: Who gets each reply still to come, in the order the requests were sent.
        self._waiting: deque[Callable[[str, Any], None]] = deque()
        self._to_send = bytearray()
        self._received = bytearray()
        self._writer_on = False
        self._gone: WorkerGone | None = None
        self.loop.add_reader(self._in, self._read)

    def call(self, command: str, *args: Any) -> asyncio.Future[Any]:
        """Send a request; its future gets the reply (or WorkerGone, or the worker's exception)."""
        future: asyncio.Future[Any] = self.loop.create_future()

        def deliver(status: str, value: Any) -> None:
            if future.done():  # given up on (a timeout cancelled it)
                return
            if status == "ok":
                future.set_result(value)
            else:
                future.set_exception(value)

        self._send(command, args, deliver)
        return future

    def call_sync(self, command: str, *args: Any, timeout: float) -> Any:
        """The same, waited for here (at close, where nothing can be awaited): the pipes are
        pumped directly until the reply comes, within ``timeout`` seconds."""
        reply: list[tuple[str, Any]] = []
        self._send(command, args, lambda status, value: reply.append((status, value)))
        deadline = time.monotonic() + timeout
        while not reply:
            if self._gone is not None:
                raise self._gone
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no reply to {command} within {timeout:.0f}s")
            readable, writable, _ = select.select([self._in], [self._out] if self._to_send else [], [], remaining)
            if writable:
                self._write()
            if readable:
                self._read()
        status, value = reply[0]
        if status != "ok":
            raise value
        return value

    def _send(self, command: str, args: tuple[Any, ...], deliver: Callable[[str, Any], None]) -> None:
        if self._gone is not None:
            deliver("error", self._gone)
            return
        data = pickle.dumps((command, args), protocol=pickle.HIGHEST_PROTOCOL)
        self._waiting.append(deliver)
        self._to_send += _HEADER.pack(len(data)) + data
        self._write()

    def _write(self) -> None:
        while self._to_send:
            try:
                written = os.write(self._out, self._to_send)
            except BlockingIOError:
                break
            except OSError as exc:  # the worker is gone (broken pipe)
                self._fail(f"{type(exc).__name__}: {exc}")
                return
            del self._to_send[:written]
        if self._to_send and not self._writer_on:
            self.loop.add_writer(self._out, self._write)
            self._writer_on = True
        elif not self._to_send and self._writer_on:
            self.loop.remove_writer(self._out)
            self._writer_on = False

    def _read(self) -> None:
        try:
            chunk = os.read(self._in, READ_BYTES)
        except BlockingIOError:
            return
        except OSError as exc:
            self._fail(f"{type(exc).__name__}: {exc}")
            return
        if not chunk:
            self._fail("the worker closed its pipe")
            return
        self._received += chunk
        while len(self._received) >= _HEADER.size:
            size = _HEADER.unpack_from(self._received)[0]
            if len(self._received) < _HEADER.size + size:
                break
            status, value = pickle.loads(self._received[_HEADER.size:_HEADER.size + size])
            del self._received[:_HEADER.size + size]
            if self._waiting:
                self._waiting.popleft()(status, value)

    def _fail(self, reason: str) -> None:
        if self._gone is None:
            self._gone = WorkerGone(reason)
        self._unwatch()
        while self._waiting:
            self._waiting.popleft()("error", self._gone)

    def _unwatch(self) -> None:
        if not self.loop.is_closed():
            self.loop.remove_reader(self._in)
            if self._writer_on:
                self.loop.remove_writer(self._out)
        self._writer_on = False

    def stop(self, *, kill: bool = False) -> None:
        self._unwatch()
        if kill and self.process.poll() is None:
            self.process.kill()
        try:
            assert self.process.stdin is not None
            self.process.stdin.close()  # the worker's loop ends at end of input
        except OSError:
            pass
        try:
            self.process.wait(timeout=WAIT_SECONDS)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=WAIT_SECONDS)
        # Requests still waiting fail fast: their pages are then split in-process.
        self._fail("the worker was stopped")
        if self.process.stdout is not None:
            self.process.stdout.close()


def _spawn() -> subprocess.Popen[bytes]:
    """The worker process (it imports the extraction and waits for its first request)."""
    package_root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
    return subprocess.Popen([sys.executable, "-m", "newscrawl.ops.offload"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, env=env)


def _widen_pipe(fd: int) -> None:
    """Room for dozens of pages in the pipe (Linux; 64 KiB, ~5 pages, by default), so neither side
    waits for the other to come round to it."""
    try:
        import fcntl

        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), PIPE_BYTES)
    except (ImportError, OSError):
        pass


def _quietly(future: asyncio.Future[Any]) -> asyncio.Future[Any]:
    """A future whose failure is handled elsewhere (or not at all): asyncio must not log it."""
    future.add_done_callback(lambda f: f.cancelled() or f.exception())
    return future


class PageExtractor:
    """``extract_page`` for a crawl, in-process or in a worker process (see the module doc).

    ``knowledge_for(url)`` gives the crawl's knowledge object for the site of ``url`` (loaded
    on first use); ``options`` are ``extract_page``'s keyword options (profile,
    include_sidebar, run_id).
    """

    def __init__(self, knowledge_for: Callable[[str], SiteKnowledge], *, mode: str = "auto",
                 after_pages: int = 30, options: Mapping[str, Any] | None = None) -> None:
        if mode not in MODES:
            raise ValueError(f"extraction worker mode must be one of {', '.join(MODES)}, not {mode!r}")
        self.knowledge_for = knowledge_for
        self.options = dict(options or {})
        self.mode = "off" if mode == "auto" and available_cpus() < 2 else mode
        self.after_pages = 0 if mode == "on" else max(0, after_pages)
        self.pages = 0
        #: Pages split in the worker.
        self.offloaded = 0
        #: Why the worker is no longer used (None while it is, or was never started).
        self.failure: str | None = None
        self._worker: _Worker | None = None
        #: A worker process started ahead of need (``prestart``), not yet on the event loop.
        self._spare: subprocess.Popen[bytes] | None = None
        self._ready: asyncio.Future[int] | None = None
        self._sent: set[str] = set()
        #: Excerpts of held pages, while pages are split here (the worker keeps its own).
        self.held = HeldExcerpts()

    @property
    def worker_pid(self) -> int | None:
        """The worker's process id once it has started (None before, and after a failure)."""
        return self._worker.process.pid if self._worker is not None and self._worker_is_ready() else None

    async def extract(self, body: bytes, url: str, content_type: str | None = None, *,
                      in_flight: int = 1, hold: str = "no") -> ExtractedPage:
        """``extract_page`` of one page. ``in_flight``: listing pages the crawl has requested and not
        yet parsed, this one included (the worker pays only when it is more than one); ``hold``:
        "hold" keeps the page's excerpts to split again later, "release" also splits every held page
        of the site again right after this one (``newscrawl.extract.page.HeldExcerpts``)."""
        self.pages += 1
        if self._worker is None and self.failure is None and self._wants_worker(in_flight):
            self._start()
            if self.mode == "on":
                await self._wait_ready()
        elif self._spare is not None and self.pages > 1 and in_flight <= 1:
            self._drop_spare()  # a chain followed one page at a time: the worker would not pay
        # A site whose knowledge went to the worker stays there; another waits for a busy crawl.
        if self._worker_is_ready() and (self.mode == "on" or in_flight > 1 or site_of(url) in self._sent):
            try:
                page = await asyncio.wait_for(self._submit(body, url, content_type, hold), WAIT_SECONDS)
            except (TimeoutError, WorkerGone) as exc:
                self._fail(f"the extraction worker failed on {url} ({type(exc).__name__}: {exc})".replace(" ()", ""))
            else:
                self.offloaded += 1
                return page
        return self.held.extract(body, url, site_of(url), knowledge=self.knowledge_for(url),
                                 content_type=content_type, hold=hold, **self.options)

    async def release(self, url: str) -> dict[str, list[ExcerptSplit | None]]:
        """Split every held page of ``url``'s site again with the site's knowledge as it is now
        (in the worker when the worker holds that knowledge): listing URL -> splits."""
        site = site_of(url)
        if self._worker_is_ready() and site in self._sent:
            assert self._worker is not None
            try:
                return await asyncio.wait_for(self._worker.call("release", site), WAIT_SECONDS)
            except (TimeoutError, WorkerGone) as exc:
                self._fail(f"the extraction worker failed splitting held pages again ({type(exc).__name__}: {exc})")
        return self.held.release(site, self.knowledge_for(url))

    def prestart(self) -> None:
        """Start the worker process now, before any page, so that its start-up (interpreter,
        imports: ~0.15 s) runs on another core while the crawl starts, and the worker is ready when
        several pages first are in flight (a fanned-out chain's second page). Pages still go to it
        only by the rule above; unused, it is stopped at the first page after the first with no
        other page in flight (a chain followed one next link at a time), or at ``close``."""
        if self.mode == "off" or self._worker is not None or self._spare is not None or self.failure is not None:
            return
        try:
            self._spare = _spawn()
        except OSError:
            self._spare = None  # started again when wanted, and its failure said then

    def close(self, timeout: float = WAIT_SECONDS) -> dict[str, SiteKnowledge]:
        """Stop the worker; return the knowledge it holds (what the crawl should keep), by site."""
        self._drop_spare()
        worker, self._worker = self._worker, None
        if worker is None:
            return {}
        learned: dict[str, SiteKnowledge] = {}
        healthy = self._ready is not None and self._ready.done() and self._ready.exception() is None
        if healthy and self._sent:
            try:
                learned = worker.call_sync("knowledge", timeout=timeout)
            except (WorkerGone, TimeoutError) as exc:
                healthy = False
                logger.warning("Could not take the site knowledge back from the extraction worker (%s); "
                               "what it learned in this run is lost", type(exc).__name__)
        worker.stop(kill=not healthy)
        return learned

    # -- internals ------------------------------------------------------------------------

    def _wants_worker(self, in_flight: int) -> bool:
        if self.mode == "on":
            return True
        return self.mode == "auto" and in_flight > 1 and self.pages + in_flight > self.after_pages

    def _start(self) -> None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # a Twisted reactor without asyncio: nothing to await the worker with
            self.mode = "off"
            self._drop_spare()
            return
        spare, self._spare = self._spare, None
        try:
            self._worker = _Worker(spare)
        except OSError as exc:
            self._fail(f"could not start an extraction worker ({type(exc).__name__}: {exc})")
            return
        self._ready = _quietly(self._worker.call("ping"))
        logger.info("Parsing listing pages in a worker process from page %d on (%d CPUs)", self.pages, available_cpus())

    async def _wait_ready(self) -> None:
        assert self._ready is not None
        try:
            await asyncio.wait_for(asyncio.shield(self._ready), WAIT_SECONDS)
        except (TimeoutError, WorkerGone) as exc:
            self._fail(f"the extraction worker did not start ({type(exc).__name__}: {exc})")

    def _worker_is_ready(self) -> bool:
        if self._worker is None or self._ready is None or not self._ready.done():
            return False
        if self._ready.exception() is not None:
            self._fail(f"the extraction worker did not start ({self._ready.exception()})")
            return False
        return True

    def _submit(self, body: bytes, url: str, content_type: str | None,
                hold: str = "no") -> asyncio.Future[ExtractedPage]:
        assert self._worker is not None
        site = site_of(url)
        if site not in self._sent:
            # Sent before the page: the worker takes requests in order.
            # The held excerpts go with it (the worker splits them again at release).
            _quietly(self._worker.call("adopt", site, self.knowledge_for(url), self.held.sites.pop(site, {})))
            self._sent.add(site)
        options = {**self.options, "hold": hold} if hold != "no" else self.options
        return self._worker.call("extract", body, url, site, content_type, options)

    def _drop_spare(self) -> None:
        """Stop a worker started ahead of need and never used (it holds nothing: killed)."""
        spare, self._spare = self._spare, None
        if spare is None:
            return
        spare.kill()
        for stream in (spare.stdin, spare.stdout):
            if stream is not None:
                stream.close()
        spare.wait(timeout=WAIT_SECONDS)

    def _fail(self, reason: str) -> None:
        if self.failure is not None:
            return
        self.failure = reason
        logger.warning("%s; parsing listing pages in the crawl's process from now on (what the worker "
                       "learned about bylines since it started is lost)", reason)
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.stop(kill=True)
        self._drop_spare()


if __name__ == "__main__":
    _worker_main()
