"""Time split_excerpt per block over the gold excerpts (both renderings).

Usage: python bench/split_cost.py [--repeat N]
Prints microseconds per block (best of N passes, so a busy machine inflates it least).
"""

from __future__ import annotations

import argparse
import time

from newscrawl.evaluate import load_gold
from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.extract.split import split_excerpt


def per_block(texts: list[str], repeat: int, knowledge: SiteKnowledge | None = None) -> float:
    for text in texts:  # warm up (regex compilation caches)
        split_excerpt(text, knowledge)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for text in texts:
            split_excerpt(text, knowledge)
        best = min(best, (time.perf_counter() - start) / len(texts))
    return best * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    blocks = load_gold()
    texts = [b.excerpt for b in blocks] + [" ".join(b.excerpt.split()) for b in blocks]
    knowledge = SiteKnowledge("chinaworker.info")
    knowledge.learn_from_page(b.excerpt for b in blocks)
    print(f"split_excerpt: {per_block(texts, args.repeat):.1f} µs/block "
          f"({len(texts)} excerpts: {len(blocks)} gold blocks x 2 renderings, best of {args.repeat})")
    print(f"split_excerpt with site knowledge: {per_block(texts, args.repeat, knowledge):.1f} µs/block")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
