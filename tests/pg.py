"""A throwaway PostgreSQL cluster on 127.0.0.1 for the tests and bench/ (no pytest needed).

``TempPostgres`` runs initdb and pg_ctl from /usr/lib/postgresql/*/bin (or $PATH) in a fresh
temporary directory, on a free port, with password authentication over TCP (so the tests
exercise real credentials, and the redaction of them). As root, the server runs as the
``postgres`` OS user (PostgreSQL refuses to run as root). Every wait is bounded.
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL binaries, or the cluster would not start (the message says which)."""


def find_bindir() -> Path | None:
    """Newest /usr/lib/postgresql/<v>/bin holding initdb, else the directory of initdb on $PATH."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0,
    )
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class TempPostgres:
    """``with TempPostgres() as pg: pg.url`` → ``postgresql://postgres:<pw>@127.0.0.1:<port>/postgres``."""

    def __init__(self, bindir: Path | None = None, start_timeout: int = 60) -> None:
        self.bindir = bindir or find_bindir()
        if self.bindir is None:
            raise PostgresUnavailable(
                "PostgreSQL server binaries not found (install the 'postgresql' package, "
                "see .ci/install-system-deps.sh)"
            )
        self.start_timeout = start_timeout
        self.password = secrets.token_hex(12)
        self.port = 0
        self.root: Path | None = None
        self.url = ""

    def _as_server_user(self, args: list[str]) -> list[str]:
        # PostgreSQL refuses to run as root: hand the cluster to the postgres OS user.
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                raise PostgresUnavailable(
                    "running as root and there is no 'postgres' OS user to run the server"
                ) from None
            return ["runuser", "-u", "postgres", "--", *args]
        return args

    def _run(self, args: list[str], timeout: int) -> None:
        proc = subprocess.run(self._as_server_user(args), capture_output=True, text=True, timeout=timeout)
        if proc.returncode != 0:
            raise PostgresUnavailable(f"{Path(args[0]).name} failed: {(proc.stderr or proc.stdout).strip()[-500:]}")

    def start(self) -> TempPostgres:
        self.root = Path(tempfile.mkdtemp(prefix="newscrawl-pg-"))
        data, pwfile = self.root / "data", self.root / "pw"
        pwfile.write_text(self.password + "\n")
        if os.geteuid() == 0:
            entry = pwd.getpwnam("postgres")
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
            os.chown(pwfile, entry.pw_uid, entry.pw_gid)
        self._run(
            [
                str(self.bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "--pwfile",
                str(pwfile),
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ],
            timeout=120,
        )
        last_error = ""
        for _attempt in range(3):  # a free port can be taken between probing and binding: retry, bounded
            self.port = free_port()
            options = (
                f"-h 127.0.0.1 -p {self.port} -k {self.root} -c fsync=off -c synchronous_commit=off "
                "-c full_page_writes=off -c max_connections=50"
            )
            try:
                self._run(
                    [
                        str(self.bindir / "pg_ctl"),
                        "-D",
                        str(data),
                        "-l",
                        str(self.root / "log"),
                        "-o",
                        options,
                        "-w",
                        "-t",
                        str(self.start_timeout),
                        "start",
                    ],
                    timeout=self.start_timeout + 10,
                )
                break
            except PostgresUnavailable as exc:
                last_error = str(exc)
                log = self.root / "log"
                if log.exists() and "could not bind" not in log.read_text(errors="replace"):
                    break
        else:
            self.stop()
            raise PostgresUnavailable(last_error)
        if not self._ready():
            self.stop()
            raise PostgresUnavailable(f"PostgreSQL did not start: {last_error}")
        self.url = f"postgresql://postgres:{self.password}@127.0.0.1:{self.port}/postgres"
        return self

    def _ready(self) -> bool:
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return True
            except OSError:
                time.sleep(0.1)
        return False

    def stop(self) -> None:
        if self.root is None:
            return
        data = self.root / "data"
        if (data / "postmaster.pid").exists():
            try:
                self._run(
                    [str(self.bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "-t", "30", "stop"],
                    timeout=40,
                )
            except (PostgresUnavailable, subprocess.TimeoutExpired):
                pass
        shutil.rmtree(self.root, ignore_errors=True)
        self.root = None

    def __enter__(self) -> TempPostgres:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def database_url(server_url: str, dbname: str) -> str:
    """The same server URL with another database name."""
    parts = urlsplit(server_url)
    return urlunsplit(parts._replace(path=f"/{dbname}"))


def create_database(server_url: str, dbname: str) -> str:
    import psycopg

    with psycopg.connect(server_url, autocommit=True, connect_timeout=10) as conn:
        conn.execute(f'CREATE DATABASE "{dbname}"')
    return database_url(server_url, dbname)


def drop_database(server_url: str, dbname: str) -> None:
    import psycopg

    with psycopg.connect(server_url, autocommit=True, connect_timeout=10) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
