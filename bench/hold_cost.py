"""What same-run learning and the extraction worker cost the crawl's process, per page.

Generates a local listing site (bench/sitegen.py) and, on its pages, measures the CPU of the
crawl's process for parse+split in-process (while the site's bylines are learned, then
steady) and with the pages sent to the extraction worker, and the first pass with and without
the first NEWSCRAWL_KNOWLEDGE_HOLD_PAGES pages held back and split again at the release.
Figures: bench/results/knowledge_learning.md.

    python bench/hold_cost.py [--pages 200]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.sitegen import generate_site  # noqa: E402


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200, help="pages measured (default 200)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "site"
        generate_site(root, regions=2, pages=max(2, args.pages // 2 + 1))
        figures = _extract_ms_per_page(root, sample=args.pages)
    for label, key in (("in-process, while learning the site", "learning"), ("in-process, steady state", "steady"),
                       ("in the worker (crawl process: send body, read items)", "offloaded")):
        print(f"parse+split CPU in the crawl's process, {label}: {figures[key]:.2f} ms/page")
    hold, no_hold = figures["hold"], figures["no_hold"]
    print(f"same-run learning, first pass in-process: {no_hold:.2f} ms/page without holding, {hold:.2f} ms/page "
          f"with the first pages held and split again (x{hold / no_hold:.2f}, same run)")


if __name__ == "__main__":
    main()
