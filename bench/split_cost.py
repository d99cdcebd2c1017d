"""Time split_excerpt per block over the gold excerpts (both renderings).

Usage: python bench/split_cost.py [--repeat N]
Prints microseconds per block (best of N passes, so a busy machine inflates it least), and the
time a fresh interpreter takes to import the splitter and to split its first excerpt (the cue
forms are compiled on first use).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # this checkout's newscrawl, not an installed one

from newscrawl.evaluate import load_gold  # noqa: E402
from newscrawl.extract.knowledge import SiteKnowledge  # noqa: E402
from newscrawl.extract.split import split_excerpt  # noqa: E402


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


_FRESH = """
import time
t0 = time.perf_counter()
from newscrawl.extract.split import split_excerpt
t1 = time.perf_counter()
split_excerpt("Miners walk out Olga Petrenko, Workers Alliance (CWI in Ukraine) The strike began...")
t2 = time.perf_counter()
print((t1 - t0) * 1e3, (t2 - t1) * 1e3)
"""


def fresh_process_ms(repeat: int = 3) -> tuple[float, float]:
    """(import ms, first split ms) in a fresh interpreter, best of ``repeat``."""
    runs = [tuple(map(float, subprocess.run([sys.executable, "-c", _FRESH], capture_output=True, text=True,
                                            check=True, cwd=REPO).stdout.split())) for _ in range(repeat)]
    return min(r[0] for r in runs), min(r[1] for r in runs)


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
    import_ms, first_ms = fresh_process_ms()
    print(f"fresh process: import newscrawl.extract.split {import_ms:.0f} ms, first split {first_ms:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
