"""Helpers for the cluster tests: workers as real processes, and a site server that counts how
many requests it is serving at once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from conftest import REPO

#: Fast cluster timings for tests: a dead worker is noticed in ~2.5 s, an idle one stops in 2 s.
FAST = ["-s", "NEWSCRAWL_CLUSTER_HEARTBEAT=0.3", "-s", "NEWSCRAWL_CLUSTER_LEASE_TIMEOUT=2.5",
        "-s", "NEWSCRAWL_CLUSTER_ACK_DELAY=0.05", "--idle-exit", "2"]


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "newscrawl.cli", *args]


def start_worker(redis_url: str, *args: str, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    """``newscrawl worker --redis URL ARGS`` in its own process, stderr to ``log``."""
    return subprocess.Popen(cli("worker", "--redis", redis_url, *FAST, *args), cwd=REPO,
                            env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=log.open("wb"))


def wait_all(procs: list[subprocess.Popen[bytes]], timeout: float = 120) -> list[int]:
    deadline = time.monotonic() + timeout
    codes = []
    for proc in procs:
        try:
            codes.append(proc.wait(timeout=max(0.1, deadline - time.monotonic())))
        except subprocess.TimeoutExpired:
            for p in procs:
                p.kill()
            raise
    return codes


def kill(proc: subprocess.Popen[bytes]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)


def run_counters(client: Any) -> dict[str, int]:
    """The current run's counters (done, requeued, ...) of the default crawl."""
    run_id = client.get("newscrawl:newscrawl:current")
    if run_id is None:
        return {}
    raw = client.hgetall(f"newscrawl:newscrawl:run:{run_id.decode()}:counters")
    return {k.decode(): int(v) for k, v in raw.items()}


def run_stat(client: Any, name: str) -> float:
    """One of the current run's summed worker stats (pushed at each heartbeat and at the end)."""
    run_id = client.get("newscrawl:newscrawl:current")
    value = client.hget(f"newscrawl:newscrawl:run:{run_id.decode()}:stats", name) if run_id else None
    return float(value or 0)


def leases_by_worker(client: Any) -> dict[str, int]:
    run_id = client.get("newscrawl:newscrawl:current")
    if run_id is None:
        return {}
    prefix = f"newscrawl:newscrawl:run:{run_id.decode()}:inflight:"
    return {k.decode()[len(prefix):]: int(client.zcard(k)) for k in client.scan_iter(match=prefix + "*")}


def status_json(redis_url: str, env: dict[str, str]) -> dict[str, Any]:
    done = subprocess.run(cli("status", "--redis", redis_url, "--json"), cwd=REPO, env={**os.environ, **env},
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


class CountingServer:
    """A static site on 127.0.0.1 that answers listing pages after ``delay`` seconds and records
    the most requests it was ever serving at once (``max_active``), and every hit."""

    def __init__(self, root: Path, *, delay: float = 0.0) -> None:
        state = self
        self.delay = delay
        self.active = 0
        self.max_active = 0
        self.hits: Counter[str] = Counter()
        self.starts: list[float] = []
        self.lock = threading.Lock()

        class _Handler(SimpleHTTPRequestHandler):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, directory=str(root), **kwargs)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
                pass

            def do_GET(self) -> None:  # noqa: N802 - stdlib name
                with state.lock:
                    state.active += 1
                    state.max_active = max(state.max_active, state.active)
                    state.hits[self.path] += 1
                    state.starts.append(time.monotonic())
                try:
                    if self.path.endswith("/"):
                        time.sleep(state.delay)
                    super().do_GET()
                finally:
                    with state.lock:
                        state.active -= 1

        class _Server(ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass

        self.httpd = _Server(("127.0.0.1", 0), _Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def pages_fetched(self) -> int:
        return sum(n for path, n in self.hits.items() if path != "/robots.txt")

    def __enter__(self) -> CountingServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
