"""Time split_excerpt per block over the gold excerpts (both renderings), and a fresh process's
start cost (import + everything the first split compiles).

Usage: python bench/split_cost.py [--repeat N] [--rounds R] [--compare DIR]

Each measurement runs in a fresh interpreter on the same texts (this checkout's gold set);
``--compare DIR`` times another checkout's splitter (e.g. ``git worktree`` / ``git archive`` of an
older commit) on them too, alternating the two R times, so a busy machine slows both alike. Times
are CPU time (``time.process_time``), best of N passes per round; the table shows each round.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # this checkout's newscrawl, not an installed one

_PER_BLOCK = """
import json, sys, time
from newscrawl.extract.split import split_excerpt
from newscrawl.extract.knowledge import SiteKnowledge
texts, stored, repeat = json.load(open(sys.argv[1])), json.load(open(sys.argv[2])), int(sys.argv[3])
knowledge = SiteKnowledge("bench.invalid", seed=False)
for text in stored:
    knowledge.learn(text)
out = []
for k in (None, knowledge):
    for text in texts:  # warm up (compiled patterns, caches)
        split_excerpt(text, k)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for text in texts:
            split_excerpt(text, k)
        best = min(best, (time.process_time() - t0) / len(texts))
    out.append(best * 1e6)
print(*out)
"""

_START = """
import time
t0 = time.process_time()
from newscrawl.extract.split import split_excerpt
t1 = time.process_time()
split_excerpt("Miners walk out Olga Petrenko, Workers Alliance (CWI in Ukraine) The strike began...")
t2 = time.process_time()
from newscrawl.extract.knowledge import SiteKnowledge
k = SiteKnowledge("bench.invalid", seed=False)
k.learn("Pay freeze at the mill\\nMarc van Loon, Workers Alliance (CWI in Belgium)\\nSpinners at the mill have...")
t3 = time.process_time()
split_excerpt("Rent strike spreads Marc van Loon, Workers Alliance Tenants in four blocks have withheld rent...", k)
t4 = time.process_time()
print((t1 - t0) * 1e3, (t2 - t1) * 1e3, (t4 - t3) * 1e3)
"""


def _run(code_dir: Path, script: str, *args: str) -> list[float]:
    env = {**os.environ, "PYTHONPATH": str(code_dir)}
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=True,
                          cwd=code_dir, env=env)
    return [float(x) for x in done.stdout.split()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--compare", type=Path, help="another checkout whose splitter to time on the same texts")
    args = parser.parse_args()
    from newscrawl.evaluate import load_gold

    blocks = load_gold()
    texts = [b.excerpt for b in blocks] + [" ".join(b.excerpt.split()) for b in blocks]
    trees = [("this checkout", REPO)] + ([("compared", args.compare.resolve())] if args.compare else [])
    with tempfile.TemporaryDirectory() as tmp:
        texts_file, stored_file = Path(tmp) / "texts.json", Path(tmp) / "stored.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        stored_file.write_text(json.dumps([b.excerpt for b in blocks]), encoding="utf-8")
        print(f"{len(texts)} excerpts ({len(blocks)} gold blocks x 2 renderings); CPU time, best of {args.repeat}")
        print("round  code            µs/block  µs/block (knowledge)  import ms  first split ms  "
              "first split with knowledge ms")
        for r in range(1, args.rounds + 1):
            for name, tree in trees:
                cold, known = _run(tree, _PER_BLOCK, str(texts_file), str(stored_file), str(args.repeat))
                imp, first, first_known = _run(tree, _START)
                print(f"{r:5d}  {name:14s}  {cold:8.1f}  {known:20.1f}  {imp:9.0f}  {first:14.0f}  {first_known:14.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
