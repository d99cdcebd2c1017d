"""Upsert throughput of the SQLite and PostgreSQL stores (articles/s), inserts then re-runs.

Writes N synthetic articles in batches (the pipeline's NEWSCRAWL_STORE_BATCH_SIZE, default
500) into a fresh database, then upserts the same N again as a second run (every row an
update plus a new sighting). PostgreSQL is a throwaway cluster started here (tests/pg.py),
or --postgres URL. Prints one line per backend and phase.

    python bench/store_upsert.py                       # 10,000 items, both backends
    python bench/store_upsert.py --items 1000000       # the 1M run takes a few minutes
    python bench/store_upsert.py --backend sqlite --batch 1000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from newscrawl.storage import open_store  # noqa: E402


def items(n: int, run_id: str, seen: str) -> Iterator[dict[str, Any]]:
    for i in range(n):
        url = f"https://chinaworker.info/en/20{10 + i % 16}/{1 + i % 12:02d}/{1 + i % 28:02d}/{100000 + i}/"
        lede = f"Workers at plant {i} walked out on Monday over unpaid wages and forced overtime"
        yield {
            "url": url,
            "canonical_url": url,
            "headline": f"Strike number {i} spreads to the delta",
            "excerpt": f"{lede}...",
            "lede": lede,
            "byline": f"Reporter {i % 50}, chinaworker.info",
            "authors": [f"Reporter {i % 50}"],
            "organisation": "chinaworker.info",
            "truncated": True,
            "region_slug": ("china", "hong-kong", "taiwan")[i % 3],
            "regions": [("china", "hong-kong", "taiwan")[i % 3]],
            "listing_url": "https://chinaworker.info/en/category/news/china/",
            "page": 1 + i // 10,
            "position": 1 + i % 10,
            "placement": "main",
            "site": "chinaworker.info",
            "scraped_at": seen,
            "run_id": run_id,
            "published": "2026-01-01",
            "published_source": "url",
            "schema_version": "1.0",
        }


def run(uri: str, n: int, batch: int) -> list[tuple[str, float]]:
    results = []
    with open_store(uri) as store:
        for phase, run_id, seen in (
            ("insert", "run-1", "2026-01-01T00:00:00Z"),
            ("re-run", "run-2", "2026-01-02T00:00:00Z"),
        ):
            started = time.perf_counter()
            buffer: list[dict[str, Any]] = []
            for item in items(n, run_id, seen):
                buffer.append(item)
                if len(buffer) >= batch:
                    store.upsert_many(buffer)
                    buffer.clear()
            if buffer:
                store.upsert_many(buffer)
            elapsed = time.perf_counter() - started
            results.append((phase, n / elapsed))
        assert store.count("articles") == n
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000, help="articles per phase (default 10,000)")
    parser.add_argument("--batch", type=int, default=500, help="items per transaction (default 500)")
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--postgres", metavar="URL", help="use this server instead of a throwaway cluster")
    args = parser.parse_args()
    print(f"store upsert: {args.items:,} items per phase, batches of {args.batch}, python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(prefix="newscrawl-bench-") as tmp:
        if args.backend in ("sqlite", "both"):
            for phase, rate in run(str(Path(tmp) / "bench.db"), args.items, args.batch):
                print(f"  sqlite      {phase:<7} {rate:10,.0f} articles/s")
        if args.backend in ("postgres", "both"):
            from pg import TempPostgres, create_database

            if args.postgres:
                uri, server = args.postgres, None
            else:
                server = TempPostgres().start()
                uri = create_database(server.url, "bench")
            try:
                for phase, rate in run(uri, args.items, args.batch):
                    print(f"  postgresql  {phase:<7} {rate:10,.0f} articles/s")
            finally:
                if server is not None:
                    server.stop()


if __name__ == "__main__":
    main()
