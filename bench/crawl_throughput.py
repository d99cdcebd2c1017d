"""Crawl throughput: the full newscrawl pipeline against a bare Scrapy spider, same run.

Generates a local site (default 20 regions x 100 pages = 2,000 listing pages, 10 blocks
each), serves it on 127.0.0.1, and crawls it twice in fresh processes (Twisted's reactor
cannot restart): (a) newscrawl's region spider with its pipelines and JSON-lines feed,
(b) a bare spider that yields the same block fields with parsel and no pipelines. Prints
pages/s and items/s of each and the ratio (a)/(b). Target: ratio >= 0.8. Then the CPU the
crawl's process spends per page on parsing and splitting, in-process and with the extraction
worker (NEWSCRAWL_EXTRACT_WORKER, on by default after 30 pages), as a share of (a)'s page time.

    python bench/crawl_throughput.py [--regions 20 --pages 100] [--repeat 2] [--store sqlite]
        [--extract-worker auto|on|off]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urljoin

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.sitegen import generate_site  # noqa: E402
from newscrawl.fixture_server import FixtureServer  # noqa: E402


def _worker(kind: str, urls: list[str], out: Path, store: str | None, extract_worker: str = "auto") -> dict[str, float]:
    import scrapy
    from scrapy.crawler import CrawlerProcess

    from newscrawl.crawl import feed_settings, project_settings
    from newscrawl.items import FIELD_NAMES

    overrides = {"LOG_LEVEL": "ERROR", "FEEDS": feed_settings(out, overwrite=True)}
    if store:
        overrides["NEWSCRAWL_STORE_URI"] = store
    overrides["NEWSCRAWL_EXTRACT_WORKER"] = extract_worker
    if kind == "newscrawl":
        from newscrawl.spiders.region import RegionSpider as spider_cls
        kwargs = {"start_urls": urls}
    else:
        overrides["ITEM_PIPELINES"] = {}

        class BareSpider(scrapy.Spider):
            name = "bare"

            async def start(self):  # type: ignore[override]
                for url in urls:
                    yield scrapy.Request(url)

            def parse(self, response):  # type: ignore[override]
                self.crawler.stats.inc_value("newscrawl/listing/pages")
                for position, block in enumerate(response.css(".td-ss-main-content .td_module_wrap"), start=1):
                    link = block.css(".entry-title a")
                    # Every schema field, so both runs export the same shape; the parts stay unsplit.
                    item = dict.fromkeys(FIELD_NAMES)
                    item.update(
                        url=response.urljoin(link.attrib["href"]),
                        headline=link.css("::text").get(),
                        excerpt=" ".join(block.css(".td-excerpt ::text").getall()).strip(),
                        listing_url=response.url,
                        position=position,
                        authors=[],
                        regions=[],
                    )
                    yield item
                next_href = response.css(".page-nav a:has(i.td-icon-menu-right)::attr(href)").get()
                if next_href:
                    yield response.follow(next_href)

        spider_cls, kwargs = BareSpider, {}
    process = CrawlerProcess(project_settings(overrides))
    crawler = process.create_crawler(spider_cls)
    process.crawl(crawler, **kwargs)
    process.start()
    stats = crawler.stats.get_stats()
    elapsed = stats["elapsed_time_seconds"]
    pages = stats.get("newscrawl/listing/pages", 0)
    items = stats.get("item_scraped_count", 0)
    return {"pages": pages, "items": items, "elapsed": elapsed, "pages_s": pages / elapsed, "items_s": items / elapsed,
            "worker_pages": stats.get("newscrawl/extract/worker_pages", 0)}


def _extract_ms_per_page(root: Path, sample: int = 200) -> dict[str, float]:
    """CPU of the crawl's process per page for parsing and splitting, on pages of the generated
    site: in-process (the first pass, while the site's bylines are being learned, and a second,
    steady pass) and with the pages sent to the extraction worker (newscrawl/ops/offload.py),
    where the crawl's process only pickles bodies and unpickles items."""
    import asyncio
    import time

    from newscrawl.extract.knowledge import SiteKnowledge
    from newscrawl.ops.offload import PageExtractor

    pages = sorted(root.rglob("index.html"))[:sample]
    bodies = [(p.read_bytes(), "http://127.0.0.1:1/" + str(p.parent.relative_to(root)) + "/") for p in pages]
    figures: dict[str, float] = {}
    for mode in ("off", "on"):
        knowledge = SiteKnowledge("127.0.0.1")  # shared across pages, as in a crawl
        extractor = PageExtractor(lambda url, k=knowledge: k, mode=mode)

        async def passes(extractor: PageExtractor = extractor) -> list[float]:
            await extractor.extract(*bodies[0])  # the worker is started and waited for here
            timings = []
            for _ in range(2):
                started = time.process_time()
                await asyncio.gather(*(extractor.extract(body, url) for body, url in bodies))
                timings.append((time.process_time() - started) * 1000 / len(bodies))
            return timings

        learning, steady = asyncio.run(passes())
        extractor.close()
        if mode == "off":
            figures["learning"], figures["steady"] = learning, steady
        else:
            figures["offloaded"] = steady
    figures.update(_hold_ms_per_page(bodies))
    return figures


def _hold_ms_per_page(bodies: list[tuple[bytes, str]]) -> dict[str, float]:
    """Same-run learning's cost (newscrawl/ops/hold.py): the first pass over the pages with a
    fresh knowledge, without holding and with the first NEWSCRAWL_KNOWLEDGE_HOLD_PAGES pages
    held back and split again at the release; CPU of the crawl's process per page, same run."""
    import asyncio
    import time

    from newscrawl.extract.knowledge import SiteKnowledge
    from newscrawl.ops.hold import ItemHold
    from newscrawl.ops.offload import PageExtractor
    from newscrawl.settings import NEWSCRAWL_KNOWLEDGE_HOLD_ITEMS, NEWSCRAWL_KNOWLEDGE_HOLD_PAGES

    out: dict[str, float] = {}
    for label, pages in (("no_hold", 0), ("hold", NEWSCRAWL_KNOWLEDGE_HOLD_PAGES)):
        best = float("inf")
        for _ in range(3):
            knowledge = SiteKnowledge("127.0.0.1")
            extractor = PageExtractor(lambda url, k=knowledge: k, mode="off")
            hold = ItemHold(pages, NEWSCRAWL_KNOWLEDGE_HOLD_ITEMS)

            async def crawl(extractor: PageExtractor = extractor, hold: ItemHold = hold) -> None:
                for body, url in bodies:
                    plan = hold.plan("127.0.0.1")
                    page = await extractor.extract(body, url, hold=plan)
                    hold.hold("127.0.0.1", url, page.items)
                    if plan == "release":
                        hold.release("127.0.0.1", page.released)

            started = time.process_time()
            asyncio.run(crawl())
            best = min(best, (time.process_time() - started) * 1000 / len(bodies))
        out[label] = best
    return out


def _run(kind: str, urls: list[str], out: Path, store: str | None, extract_worker: str) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--worker", kind, "--out", str(out), "--extract-worker", extract_worker,
           *(["--store-uri", store] if store else []), *urls]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=REPO, timeout=1800)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--regions", type=int, default=20)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=2, help="alternate runs of each kind; best of each is reported")
    parser.add_argument("--store", choices=["sqlite"], default=None, help="also store items in a SQLite database")
    parser.add_argument("--worker", choices=["newscrawl", "bare"], help=argparse.SUPPRESS)
    parser.add_argument("--extract-worker", choices=["auto", "on", "off"], default="auto",
                        help="NEWSCRAWL_EXTRACT_WORKER for the newscrawl runs (default: auto, as in a crawl)")
    parser.add_argument("--store-uri", help=argparse.SUPPRESS)  # the worker's database path
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("urls", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(_worker(args.worker, args.urls, args.out, args.store_uri, args.extract_worker)))
        return

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "site"
        starts = generate_site(root, regions=args.regions, pages=args.pages)
        print(f"site: {args.regions} regions x {args.pages} pages = {args.regions * args.pages} listing pages")
        with FixtureServer(root) as server:
            urls = [urljoin(server.url, p.lstrip("/")) for p in starts]
            best: dict[str, dict[str, float]] = {}
            for i in range(args.repeat):
                for kind in ("bare", "newscrawl"):
                    store = f"{tmp}/bench-{i}.db" if args.store == "sqlite" and kind == "newscrawl" else None
                    result = _run(kind, urls, Path(tmp) / f"{kind}.jsonl", store, args.extract_worker)
                    print(f"  run {i + 1} {kind:<9} {result['pages']:>6.0f} pages {result['items']:>7.0f} items "
                          f"in {result['elapsed']:6.2f}s  {result['pages_s']:7.1f} pages/s "
                          f"{result['items_s']:8.1f} items/s")
                    if kind not in best or result["pages_s"] > best[kind]["pages_s"]:
                        best[kind] = result
        extract_ms = _extract_ms_per_page(root)
        page_ms = 1000.0 / best["newscrawl"]["pages_s"]
        ratio = best["newscrawl"]["pages_s"] / best["bare"]["pages_s"]
        print(f"best newscrawl: {best['newscrawl']['pages_s']:.1f} pages/s, {best['newscrawl']['items_s']:.1f} items/s"
              f"{' (with SQLite store)' if args.store else ''}; "
              f"{best['newscrawl']['worker_pages']:.0f} pages parsed in the extraction worker")
        print(f"best bare:      {best['bare']['pages_s']:.1f} pages/s, {best['bare']['items_s']:.1f} items/s")
        print(f"ratio newscrawl/bare: {ratio:.2f} (target >= 0.80)")
        print(f"a page's crawl time at full speed: {page_ms:.2f} ms")
        for label, key in (("in-process, while learning the site", "learning"), ("in-process, steady state", "steady"),
                           ("in the worker (crawl process: send body, read items)", "offloaded")):
            ms = extract_ms[key]
            print(f"parse+split CPU in the crawl's process, {label}: {ms:.2f} ms/page = "
                  f"{100 * ms / page_ms:.1f}% of a page's crawl time (target < 10%)")
        hold, no_hold = extract_ms["hold"], extract_ms["no_hold"]
        print(f"same-run learning, first pass over {min(200, args.regions * args.pages)} pages in-process: "
              f"{no_hold:.2f} ms/page without holding, {hold:.2f} ms/page with the first pages held and split "
              f"again (x{hold / no_hold:.2f}; {100 * hold / page_ms:.1f}% of a page's crawl time)")


if __name__ == "__main__":
    main()
