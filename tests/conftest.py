"""Shared test fixtures: paths to the repo, the fixtures and the shared corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
CORPUS = Path(os.environ.get("NEWSCRAWL_CORPUS", REPO.parent / "shared" / "corpus"))


@pytest.fixture(scope="session", autouse=True)
def isolated_state_dir(tmp_path_factory) -> Path:
    """Crawls and `parse` read and write site knowledge under NEWSCRAWL_STATE_DIR: keep the
    tests' out of the user's home (subprocesses inherit the variable)."""
    state = tmp_path_factory.mktemp("state")
    os.environ["NEWSCRAWL_STATE_DIR"] = str(state)
    return state


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """../shared/corpus; skipped when absent, a failure when NEWSCRAWL_REQUIRE_CORPUS=1."""
    pages = CORPUS / "pages"
    if not pages.is_dir():
        if os.environ.get("NEWSCRAWL_REQUIRE_CORPUS") == "1":
            pytest.fail(f"corpus not found at {pages} and NEWSCRAWL_REQUIRE_CORPUS=1")
        pytest.skip(f"corpus not found at {pages}")
    return CORPUS


# --- crawl tests: a private state dir, the CLI in a subprocess, local servers -----------------

import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402

#: Runs never write the run history into the developer's home: one state dir per session.
os.environ.setdefault("NEWSCRAWL_STATE_DIR", tempfile.mkdtemp(prefix="newscrawl-test-state-"))
#: ... nor the splitter's kept patterns (newscrawl.extract.pattern_cache) into its ~/.cache.
os.environ.setdefault("NEWSCRAWL_CACHE_DIR", tempfile.mkdtemp(prefix="newscrawl-test-cache-"))


def run_cli(*args: str, stdin: bytes | None = None, timeout: float = 120, cwd: Path | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``newscrawl ARGS`` as a user would, in a fresh interpreter (this checkout's code);
    ``env`` is added to the environment."""
    return subprocess.run(
        [sys.executable, "-m", "newscrawl.cli", *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True, text=True, timeout=timeout, cwd=cwd or REPO,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture()
def state_dir(tmp_path: Path) -> dict[str, str]:
    """An empty state dir for one test, as environment for ``run_cli``."""
    path = tmp_path / "state"
    path.mkdir()
    return {"NEWSCRAWL_STATE_DIR": str(path)}


def _serve(root: Path):
    proc = subprocess.Popen(
        [sys.executable, "-m", "newscrawl.fixture_server", "--root", str(root)],
        stdout=subprocess.PIPE, text=True, cwd=REPO,
    )
    try:
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), f"fixture server did not start: {url!r}"
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def site_server():
    """newscrawl's static server in a subprocess on a free port, serving the offline site
    (fixtures/site) at its root; yields the base URL, e.g. http://127.0.0.1:40123/."""
    yield from _serve(FIXTURES / "site")


@pytest.fixture(scope="session")
def pages_server():
    """The same server over fixtures/pages (the edge-case pages, each at /<case>/input.html)."""
    yield from _serve(FIXTURES / "pages")


# --- PostgreSQL: a real server, never a mock -----------------------------------------------


@pytest.fixture(scope="session")
def pg_server():
    """URL of a PostgreSQL server with CREATEDB rights.

    $NEWSCRAWL_TEST_POSTGRES_URL if set; else a throwaway cluster started here (tests/pg.py)
    on 127.0.0.1 and stopped at the end. Without PostgreSQL binaries the tests are skipped,
    except under CI (the CI variable set), where that is a failure.
    """
    from pg import PostgresUnavailable, TempPostgres

    url = os.environ.get("NEWSCRAWL_TEST_POSTGRES_URL")
    if url:
        yield url
        return
    try:
        server = TempPostgres().start()
    except PostgresUnavailable as exc:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI: {exc}")
        pytest.skip(str(exc))
    try:
        yield server.url
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server):
    """A fresh, empty database on the test server (dropped afterwards)."""
    import uuid

    from pg import create_database, drop_database

    name = f"newscrawl_test_{uuid.uuid4().hex[:10]}"
    url = create_database(pg_server, name)
    try:
        yield url
    finally:
        drop_database(pg_server, name)


# --- Redis: a real server, never a mock ------------------------------------------------------


@pytest.fixture(scope="session")
def redis_server():
    """A throwaway redis-server (tests/redis_server.py) on 127.0.0.1 for the session. Without the
    binary the tests are skipped, except under CI (the CI variable set), where that is a failure."""
    from redis_server import RedisUnavailableForTests, TempRedis

    try:
        server = TempRedis().start()
    except RedisUnavailableForTests as exc:
        if os.environ.get("CI"):
            pytest.fail(f"redis-server is required in CI: {exc}")
        pytest.skip(str(exc))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def redis_url(redis_server):
    """The test server's URL, its data flushed first (each test starts from an empty Redis)."""
    import redis

    client = redis.Redis.from_url(redis_server.url)
    client.flushall()
    client.close()
    return redis_server.url
