"""A throwaway Redis server on 127.0.0.1 for the tests and bench/ (no pytest needed).

``TempRedis`` runs Debian's ``redis-server`` (installed by .ci/install-system-deps.sh) in a
fresh temporary directory on a free port, with the append-only file on (``appendfsync
always``), so ``restart()`` — a stop and a start on the same port and data — keeps the
crawl's state as a production Redis with AOF does. Every wait is bounded.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path


class RedisUnavailableForTests(RuntimeError):
    """No redis-server binary, or it would not start (the message says which)."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class TempRedis:
    """``with TempRedis() as r: r.url`` -> ``redis://127.0.0.1:<port>/0``."""

    def __init__(self, start_timeout: float = 20.0, *, persist: bool = True) -> None:
        debian = "/usr/bin/redis-server"
        binary = shutil.which("redis-server") or (debian if Path(debian).exists() else None)
        if binary is None:
            raise RedisUnavailableForTests("redis-server not found (install Debian's 'redis-server' package, "
                                           "see .ci/install-system-deps.sh)")
        self.binary = binary
        self.start_timeout = start_timeout
        self.persist = persist
        self.root: Path | None = None
        self.port = 0
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> TempRedis:
        if self.root is None:
            self.root = Path(tempfile.mkdtemp(prefix="newscrawl-redis-"))
        last = ""
        for _attempt in range(3):  # a free port can be taken between probing and binding: retry, bounded
            self.port = self.port or free_port()
            args = [self.binary, "--bind", "127.0.0.1", "--port", str(self.port), "--dir", str(self.root),
                    "--save", "", "--daemonize", "no", "--logfile", str(self.root / "redis.log"),
                    "--protected-mode", "yes"]
            if self.persist:
                args += ["--appendonly", "yes", "--appendfsync", "always"]
            self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if self._ready():
                return self
            self.proc.kill()
            self.proc.wait(timeout=10)
            log = self.root / "redis.log"
            last = log.read_text(errors="replace")[-500:] if log.exists() else ""
            self.port = 0
        raise RedisUnavailableForTests(f"redis-server did not start: {last}")

    def _ready(self) -> bool:
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                return False
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
                    sock.sendall(b"PING\r\n")
                    if sock.recv(64).startswith(b"+PONG"):
                        return True
            except OSError:
                pass
            time.sleep(0.05)
        return False

    def stop(self, *, keep_data: bool = False) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()  # SIGTERM: Redis fsyncs its AOF and exits
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self.proc = None
        if not keep_data and self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None

    def restart(self, down_for: float = 0.0) -> None:
        """Stop the server and start it again on the same port with the same data."""
        self.stop(keep_data=True)
        time.sleep(down_for)
        self.start()

    def __enter__(self) -> TempRedis:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
