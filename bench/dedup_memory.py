"""Memory of the in-run dedup state per million articles, measured with tracemalloc.

Compares newscrawl's DigestSet (64-bit digests in an array) with a plain Python set of
8-byte digests and a set of the canonical URLs themselves, and adds the near-duplicate
window (bounded by NEWSCRAWL_DEDUP_NEAR_WINDOW, so constant in the number of articles).

    python bench/dedup_memory.py                  # 1,000,000 articles
    python bench/dedup_memory.py --articles 200000
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newscrawl.dedup import DigestSet, RecentMap, digest64  # noqa: E402
from newscrawl.settings import NEWSCRAWL_DEDUP_NEAR_WINDOW  # noqa: E402


def url(i: int) -> str:
    return f"https://chinaworker.info/en/20{10 + i % 16}/{1 + i % 12:02d}/{1 + i % 28:02d}/{100000 + i}/"


def measure(build: Callable[[int], object], n: int) -> int:
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    state = build(n)
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del state
    return after - before


def digest_set(n: int) -> DigestSet:
    seen = DigestSet()
    for i in range(n):
        seen.add(digest64(url(i)))
    return seen


def bytes_set(n: int) -> set[bytes]:
    return {hashlib.blake2b(url(i).encode(), digest_size=8).digest() for i in range(n)}


def url_set(n: int) -> set[str]:
    return {url(i) for i in range(n)}


def near_window(n: int) -> RecentMap:
    window = RecentMap(NEWSCRAWL_DEDUP_NEAR_WINDOW)
    for i in range(n):
        window.get_or_set(digest64(f"headline {i}\nlede {i}"), url(i))
    return window


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    args = parser.parse_args()
    n = args.articles
    scale = 1_000_000 / n
    print(f"in-run dedup state for {n:,} articles (python {sys.version.split()[0]}), per million articles:")
    for name, build in (("DigestSet (newscrawl)", digest_set), ("set of 8-byte digests", bytes_set),
                        ("set of canonical URLs", url_set)):
        used = measure(build, n)
        print(f"  {name:<24} {used * scale / 1e6:8.1f} MB   ({used / n:6.1f} bytes/article)")
    window = measure(near_window, n)
    print(f"  near-dup window ({NEWSCRAWL_DEDUP_NEAR_WINDOW:,})  {window / 1e6:8.1f} MB   (constant: bounded window)")


if __name__ == "__main__":
    main()
