"""The offline demo: serve the bundled fixture site on 127.0.0.1 and crawl every listing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newscrawl.crawl import CrawlSummary, plan_site, run_crawl
from newscrawl.fixture_server import FixtureServer
from newscrawl.paths import fixture_site_dir


@dataclass
class DemoResult:
    site_url: str
    output: Path
    summary: CrawlSummary


def run_demo(out: Path, *, log_level: str = "WARNING") -> DemoResult:
    site_dir = fixture_site_dir()
    out.mkdir(parents=True, exist_ok=True)
    output = out / "items.jsonl"
    with FixtureServer(site_dir) as server:
        # The fixture site's regions and tags come from its site config, as for any site.
        plan = plan_site("fixture", base_url=server.url)
        summary = run_crawl(plan.urls, output=output, overwrite=True, log_level=log_level,
                            settings=plan.settings, site_name=plan.name)
    return DemoResult(site_url=server.url, output=output.resolve(), summary=summary)
