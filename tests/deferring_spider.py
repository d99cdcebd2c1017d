"""A test spider that holds the items of each chain's first page back and emits them later, from
another response (a request to a slow URL), as the learning spider may: the checkpoint must keep
such a page pending until those items have left the pipelines.

Run as a script: ``python tests/deferring_spider.py OUT JOBDIR RELEASE_URL START_URL...``.
"""

from __future__ import annotations

import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import scrapy
from itemadapter import is_item
from scrapy.http import Response

from newscrawl.spiders.region import RegionSpider


class DeferringSpider(RegionSpider):
    name = "deferring"

    def __init__(self, *args: Any, release_url: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.release_url = release_url
        self.held: dict[str, list[Any]] = {}

    async def parse(self, response: Response, **kwargs: Any) -> AsyncIterator[Any]:
        if response.meta.get("newscrawl_depth") != 1:
            async for x in super().parse(response, **kwargs):
                yield x
            return
        response.meta["newscrawl_items_deferred"] = True
        held = self.held.setdefault(response.url, [])
        async for x in super().parse(response, **kwargs):
            if is_item(x):
                held.append(x)
            else:
                yield x
        yield scrapy.Request(self.release_url, callback=self.release, dont_filter=True,
                             meta={"release": response.url})

    def release(self, response: Response) -> Iterator[Any]:
        yield from self.held.pop(response.meta["release"])


if __name__ == "__main__":
    from scrapy.crawler import CrawlerProcess

    from newscrawl.crawl import feed_settings, project_settings

    out, jobdir, release_url, *starts = sys.argv[1:]
    process = CrawlerProcess(project_settings({
        "FEEDS": feed_settings(out), "LOG_LEVEL": "ERROR", "NEWSCRAWL_CHECKPOINT_DIR": jobdir,
        "NEWSCRAWL_CHECKPOINT_INTERVAL": 0.05, "NEWSCRAWL_DEDUP_SEED_FILE": str(Path(out).resolve()),
        "NEWSCRAWL_KNOWLEDGE_HOLD_PAGES": 0,  # this spider holds items itself (not the same-run hold)
    }))
    process.crawl(DeferringSpider, start_urls=starts, release_url=release_url, run_id="deferring-run")
    process.start()
