"""The crawl's stats collector (extensions/stats.py): Scrapy's in-memory one, the same values for
the same calls, without the per-attribute hook that made each call ~15x dearer."""

from __future__ import annotations

from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from newscrawl.crawl import project_settings
from newscrawl.extensions.stats import PlainStatsCollector


def _exercise(stats: MemoryStatsCollector) -> dict:
    stats.open_spider()
    stats.set_value("start", 1)
    for _ in range(3):
        stats.inc_value("pages")
    stats.inc_value("bytes", 500)
    stats.inc_value("fresh", 2, start=10)
    stats.max_value("depth", 4)
    stats.max_value("depth", 2)
    stats.min_value("first", 7)
    stats.min_value("first", 3)
    return {"stats": dict(stats.get_stats()), "pages": stats.get_value("pages"),
            "missing": stats.get_value("missing", "default")}


def test_the_crawl_uses_it_and_it_counts_as_scrapys_own() -> None:
    settings = project_settings({})
    assert settings.get("STATS_CLASS") == "newscrawl.extensions.stats.PlainStatsCollector"
    crawler = get_crawler()
    plain, scrapys = PlainStatsCollector(crawler), MemoryStatsCollector(crawler)
    assert _exercise(plain) == _exercise(scrapys)
    assert _exercise(plain)["stats"]["fresh"] == 14  # start + count, then count again
    assert type(plain).__getattribute__ is object.__getattribute__
    assert isinstance(plain, MemoryStatsCollector)
