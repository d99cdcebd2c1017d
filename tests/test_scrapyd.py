"""Scheduling: deploy the project to a real Scrapyd on 127.0.0.1 with scrapyd-deploy, run a
job crawling the fixture site (served locally), and read its items."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO
from servers import MisbehavingServer

PACKAGES = ("newscrawl", "spiders", "pipelines", "middlewares", "extensions", "schedulers", "fixtures/site")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> dict[str, Any]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


def _post(url: str, data: dict[str, str] | list[tuple[str, str]]) -> dict[str, Any]:
    body = urllib.parse.urlencode(data).encode()
    with urllib.request.urlopen(url, data=body, timeout=10) as response:
        return json.loads(response.read())


def _project_copy(target: Path, scrapyd_url: str) -> Path:
    """The project's deployable files in ``target``, with a deploy target for this scrapyd."""
    target.mkdir()
    for name in PACKAGES:
        shutil.copytree(REPO / name, target / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    for name in ("pyproject.toml", "setup.py", "README.md"):
        if (REPO / name).exists():
            shutil.copy(REPO / name, target / name)
    if not (target / "README.md").exists():
        (target / "README.md").write_text("newscrawl\n", encoding="utf-8")
    config = (REPO / "scrapy.cfg").read_text(encoding="utf-8")
    (target / "scrapy.cfg").write_text(
        config + f"\n[deploy:test]\nurl = {scrapyd_url}\nproject = newscrawl\n", encoding="utf-8"
    )
    return target


@pytest.mark.slow
def test_scrapyd_job_crawls_the_fixture_site(tmp_path: Path, state_dir: dict[str, str]) -> None:
    port = _free_port()
    home = tmp_path / "scrapyd"
    home.mkdir()
    (home / "scrapyd.conf").write_text(
        "[scrapyd]\n"
        f"bind_address = 127.0.0.1\nhttp_port = {port}\npoll_interval = 0.2\n"
        f"eggs_dir = {home / 'eggs'}\nlogs_dir = {home / 'logs'}\n"
        f"items_dir = {home / 'items'}\ndbs_dir = {home / 'dbs'}\n",
        encoding="utf-8",
    )
    url = f"http://127.0.0.1:{port}/"
    env = {**os.environ, **state_dir, "HOME": str(home)}  # HOME: ignore any ~/.scrapyd.conf
    scrapyd = subprocess.Popen(
        [sys.executable, "-m", "scrapyd"], cwd=home, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                assert _get(url + "daemonstatus.json")["status"] == "ok"
                break
            except OSError:
                assert scrapyd.poll() is None and time.monotonic() < deadline, "scrapyd did not start"
                time.sleep(0.2)

        project = _project_copy(tmp_path / "project", url)
        deploy = subprocess.run(
            ["scrapyd-deploy", "test", "-v", "1"], cwd=project, capture_output=True, text=True, timeout=120, env=env
        )
        assert deploy.returncode == 0, deploy.stderr + deploy.stdout
        assert _get(url + "listspiders.json?project=newscrawl")["spiders"] == ["region"]

        with MisbehavingServer(REPO / "fixtures" / "site") as server:
            job = _post(
                url + "schedule.json",
                [
                    ("project", "newscrawl"),
                    ("spider", "region"),
                    ("site", "fixture"),
                    ("base_url", server.url),
                    ("regions", "hong-kong,ccp"),
                    ("setting", "LOG_LEVEL=INFO"),
                    # The extraction worker process must start from a deployed egg too.
                    ("setting", "NEWSCRAWL_EXTRACT_WORKER=on"),
                ],
            )
            assert job["status"] == "ok", job
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline:
                jobs = _get(url + "listjobs.json?project=newscrawl")
                if any(j["id"] == job["jobid"] for j in jobs["finished"]):
                    break
                time.sleep(0.3)
            else:
                pytest.fail("the Scrapyd job did not finish in 90 s")

        items_file = home / "items" / "newscrawl" / "region" / f"{job['jobid']}.jl"
        items = [json.loads(line) for line in items_file.read_text(encoding="utf-8").splitlines()]
        manifest = json.loads((REPO / "fixtures" / "site" / "manifest.json").read_text(encoding="utf-8"))
        expected = {
            p
            for slug in ("hong-kong", "ccp")
            for page in (manifest["regions"] | manifest["tags"])[slug]
            for p in manifest["pages"][page]["main"]
        }
        assert {urllib.parse.urlsplit(i["url"]).path for i in items} == expected
        log = (home / "logs" / "newscrawl" / "region" / f"{job['jobid']}.log").read_text(encoding="utf-8")
        assert "'finish_reason': 'finished'" in log and "newscrawl/exit_status': 0" in log
        assert "Parsing listing pages in a worker process" in log and "newscrawl/extract/worker_pages': " in log
        assert "extraction worker failed" not in log and "did not start" not in log
    finally:
        scrapyd.terminate()
        try:
            scrapyd.wait(timeout=10)
        except subprocess.TimeoutExpired:
            scrapyd.kill()
            scrapyd.wait(timeout=10)
        if scrapyd.stderr:
            scrapyd.stderr.close()
