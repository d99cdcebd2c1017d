"""`newscrawl resplit` throughput (rows/s) on SQLite and PostgreSQL.

Stores N synthetic articles of an invented site (excerpts in the listing pages' style: standfirst,
byline and lede, 60% with their own line breaks, 40% merged with a space) as an older splitter
left them (no split found, splitter 2.0), then re-splits them twice: the first run changes every
row (one split_history row each), the second changes none. Also times the splitter alone over
the same excerpts, with the same knowledge, to show what the store costs. PostgreSQL is a
throwaway cluster started here (tests/pg.py), or --postgres URL. Machine-dependent: compare
figures of one run.

    python bench/resplit_speed.py                    # 20,000 articles, both backends
    python bench/resplit_speed.py --articles 100000 --backend sqlite
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from newscrawl.extract.knowledge import SiteKnowledge  # noqa: E402
from newscrawl.extract.split import split_excerpt  # noqa: E402
from newscrawl.resplit import resplit  # noqa: E402
from newscrawl.storage import open_store  # noqa: E402

SITE = "bench.example"
FIRST = ["Marek", "Asha", "Lin", "Tomas", "Kasia", "Rosa", "Chen", "Igor", "Harriet", "Dikang", "Olga", "Kai"]
LAST = ["Zielny", "Menon", "Yuhan", "Brandt", "Nowak", "Halvorsen", "Bao", "Sokol", "Vos", "Lindqvist"]
ORGS = ["Voice of Labour", "Red Tide (CWI in Taiwan)", "lefthand.net", "Workers' Voice (CWI in Hong Kong)",
        "Socialist Current", "Arbetarröst (CWI in Sweden)"]
STANDFIRSTS = ["Dockers reject the new rota", "Rents rise for the ninth month", "Hospital porters join the strike",
               "Teachers walk out over pay cut", "Bus fares to double next year", "What next for the union?",
               "Protest against the new labour law grows", "Students occupy the campus for a third day"]
LEDES = ["The vote was held on Friday after a week of meetings", "Tenants in the old town say their landlords",
         "Porters at the central hospital stopped work at noon", "Commuters reacted with anger to the plan",
         "More than two thousand workers marched through the city", "The government has announced new measures"]


def excerpts(n: int) -> Iterator[str]:
    rnd = random.Random(7)
    for i in range(n):
        name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
        byline = rnd.choice([name, f"{name}, {rnd.choice(ORGS)}", f"{rnd.choice(ORGS).split(' (')[0]} reporters"])
        parts = [rnd.choice(STANDFIRSTS), byline, f"{rnd.choice(LEDES)} in district {i % 97}..."]
        yield ("\n" if rnd.random() < 0.6 else " ").join(parts)


def items(n: int) -> Iterator[dict[str, Any]]:
    for i, excerpt in enumerate(excerpts(n)):
        url = f"https://{SITE}/en/20{10 + i % 16}/{1 + i % 12:02d}/{1 + i % 28:02d}/{100000 + i}/"
        flat = " ".join(excerpt.split())
        yield {
            "url": url, "canonical_url": url, "site": SITE, "headline": f"Headline {i}", "excerpt": flat,
            "excerpt_raw": excerpt, "lede": flat.removesuffix("..."), "truncated": True,
            "split_method": "single-paragraph", "split_confidence": 0.6, "splitter_version": "2.0",
            "region_slug": "news", "regions": ["news"], "listing_url": f"https://{SITE}/en/category/news/",
            "page": 1 + i // 10, "position": 1 + i % 10, "placement": "main", "scraped_at": "2026-01-01T00:00:00Z",
            "run_id": "run-1",
        }


def fill(uri: str, n: int) -> None:
    with open_store(uri) as store:
        batch: list[dict[str, Any]] = []
        for item in items(n):
            batch.append(item)
            if len(batch) >= 500:
                store.upsert_many(batch)
                batch.clear()
        if batch:
            store.upsert_many(batch)


def bench(name: str, uri: str, n: int, knowledge_dir: Path) -> None:
    fill(uri, n)
    for label in ("first run (all rows change)", "second run (none change)"):
        report = resplit(uri, knowledge_dir=knowledge_dir)
        print(f"  {name:<10}  {label:<28} {report.examined / report.seconds:8,.0f} rows/s  "
              f"({report.seconds:.1f}s; {report.changed:,} changed, {report.learned_from:,} taught)")
        assert report.error is None


def split_only(n: int) -> float:
    """Rows/s of the splitter alone: a learning pass then a split with the site's knowledge."""
    texts = list(excerpts(n))
    started = time.perf_counter()
    k = SiteKnowledge(SITE)
    k.learn_from_page(texts)
    for text in texts:
        split_excerpt(text, k)
    return n / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000, help="articles stored (default 20,000)")
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--postgres", metavar="URL", help="use this server instead of a throwaway cluster")
    args = parser.parse_args()
    print(f"resplit: {args.articles:,} articles, batches of 500, python {sys.version.split()[0]}")
    split_excerpt("Warm up\nMarek Zielny\nThe cue forms compile on first use...")
    print(f"  {'splitter':<10}  {'learn + split, in memory':<28} {split_only(args.articles):8,.0f} rows/s")
    with tempfile.TemporaryDirectory(prefix="newscrawl-bench-") as tmp:
        kdir = Path(tmp) / "knowledge"
        if args.backend in ("sqlite", "both"):
            bench("sqlite", str(Path(tmp) / "bench.db"), args.articles, kdir)
        if args.backend in ("postgres", "both"):
            from pg import TempPostgres, create_database

            server = None
            if args.postgres:
                uri = args.postgres
            else:
                server = TempPostgres().start()
                uri = create_database(server.url, "bench")
            try:
                bench("postgresql", uri, args.articles, kdir)
            finally:
                if server is not None:
                    server.stop()


if __name__ == "__main__":
    main()
