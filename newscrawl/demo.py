"""The offline demo: serve the bundled fixture site on 127.0.0.1 and crawl every listing."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

from newscrawl.crawl import CrawlSummary, run_crawl
from newscrawl.fixture_server import FixtureServer
from newscrawl.paths import fixture_site_dir


@dataclass
class DemoResult:
    site_url: str
    output: Path
    summary: CrawlSummary


def start_paths(site_dir: Path) -> list[str]:
    """First page of every region and tag listed in the site's manifest."""
    manifest = json.loads((site_dir / "manifest.json").read_text(encoding="utf-8"))
    paths = []
    for group in ("regions", "tags"):
        for pages in manifest.get(group, {}).values():
            paths.append(pages[0])
    return paths


def run_demo(out: Path, *, log_level: str = "WARNING") -> DemoResult:
    site_dir = fixture_site_dir()
    out.mkdir(parents=True, exist_ok=True)
    output = out / "items.jsonl"
    with FixtureServer(site_dir) as server:
        urls = [urljoin(server.url, path.lstrip("/")) for path in start_paths(site_dir)]
        summary = run_crawl(urls, output=output, overwrite=True, log_level=log_level)
    return DemoResult(site_url=server.url, output=output.resolve(), summary=summary)
