"""The extraction worker's CPU per page on one fanned-out region's chain, as the worker runs it.

Generates the 630-page local site of bench/crawl_throughput.py (bench/sitegen.py) and runs every
page, in chain order, through ``HeldExcerpts.extract`` with a fresh site knowledge, holding the
first NEWSCRAWL_KNOWLEDGE_HOLD_PAGES pages and releasing them as a crawl does (newscrawl/ops/hold.py):
what ``newscrawl worker``'s loop (newscrawl/ops/offload.py ``serve``) does for a
``newscrawl crawl URL`` of that chain, without the pipes. Each round is a fresh interpreter; CPU
time (``time.process_time``) of a first pass (the splitter's patterns as kept in the pattern cache)
and of a second pass over the same pages with a fresh knowledge (steady state).

``--tree DIR`` times another source tree too (e.g. a ``git archive`` of the commit before a change),
alternating round after round, so a busy machine slows both alike. ``--profile`` prints cProfile's
top functions of one steady pass (and writes them to ``worker_cost.prof`` in the source tree: ``python
-m pstats``); ``--digest`` prints a hash of every item, split and released split
(``scraped_at`` aside), to check a change leaves the worker's output byte-identical.

    python bench/worker_cost.py [--rounds 5] [--pages 630] [--tree before=/tmp/before] [--profile] [--digest]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.sitegen import generate_site, page_paths  # noqa: E402

_RUN = r"""
import hashlib, pickle, sys, time
root, pages, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
sys.path.insert(0, sys.argv[4])
from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.extract.page import HeldExcerpts
from newscrawl.ops.hold import ItemHold
from newscrawl.settings import NEWSCRAWL_KNOWLEDGE_HOLD_ITEMS, NEWSCRAWL_KNOWLEDGE_HOLD_PAGES

paths = sys.argv[5:]
bodies = [(open(root + p + "index.html", "rb").read(), "http://127.0.0.1:1" + p) for p in paths]
options = {"profile": None, "include_sidebar": False, "run_id": "bench", "excerpt_bylines": None}


def one_pass(digest=None):
    knowledge = SiteKnowledge("127.0.0.1")
    held, hold = HeldExcerpts(), ItemHold(NEWSCRAWL_KNOWLEDGE_HOLD_PAGES, NEWSCRAWL_KNOWLEDGE_HOLD_ITEMS)
    for body, url in bodies:
        plan = hold.plan("127.0.0.1")
        page = held.extract(body, url, "127.0.0.1", knowledge=knowledge, hold=plan, **options)
        hold.hold("127.0.0.1", url, page.items)
        if plan == "release":
            hold.release("127.0.0.1", page.released)
        if digest is not None:
            for item in page.items:
                item.scraped_at = None
            digest.update(pickle.dumps((page.items, sorted(page.released.items())), protocol=4))
    if digest is not None:
        digest.update(repr(knowledge.to_dict()).encode())
    return knowledge


if mode == "time":
    t0 = time.process_time()
    one_pass()
    t1 = time.process_time()
    one_pass()
    t2 = time.process_time()
    print((t1 - t0) * 1000 / len(bodies), (t2 - t1) * 1000 / len(bodies))
elif mode == "profile":
    import cProfile, pstats
    one_pass()
    profiler = cProfile.Profile()
    profiler.enable()
    one_pass()
    profiler.disable()
    profiler.dump_stats("worker_cost.prof")
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(45)
    stats.sort_stats("tottime").print_stats(35)
else:
    digest = hashlib.sha256()
    one_pass(digest)
    print(digest.hexdigest())
"""


def _run(tree: Path, root: Path, paths: list[str], mode: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run([sys.executable, "-c", _RUN, str(root), str(len(paths)), mode, str(tree), *paths],
                          env=env, capture_output=True, text=True, check=False, cwd=tree)
    if done.returncode:
        raise SystemExit(f"{tree}: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode}")
    return done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--pages", type=int, default=630)
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=DIR",
                        help="another source tree to time in the same rounds")
    parser.add_argument("--profile", action="store_true", help="cProfile of one steady pass (this tree)")
    parser.add_argument("--digest", action="store_true", help="hash of the output, per tree")
    args = parser.parse_args()
    trees = {"this": REPO} | {name: Path(d).resolve() for name, _, d in (t.partition("=") for t in args.tree)}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "site"
        start = generate_site(root, regions=1, pages=args.pages)[0]
        paths = page_paths(start, args.pages)
        if args.profile:
            print(_run(REPO, root, paths, "profile"))
            return
        if args.digest:
            for name, tree in trees.items():
                print(f"{name}: {_run(tree, root, paths, 'digest').strip()}")
            return
        print(f"load before: {Path('/proc/loadavg').read_text().split()[:3]}")
        first: dict[str, list[float]] = {name: [] for name in trees}
        steady: dict[str, list[float]] = {name: [] for name in trees}
        for r in range(args.rounds):
            for name, tree in trees.items():
                a, b = map(float, _run(tree, root, paths, "time").split())
                first[name].append(a)
                steady[name].append(b)
                print(f"round {r + 1} {name}: first {a:.2f} ms/page, steady {b:.2f} ms/page", flush=True)
        print(f"load after: {Path('/proc/loadavg').read_text().split()[:3]}")
        for name in trees:
            print(f"{name}: first min/median {min(first[name]):.2f}/{statistics.median(first[name]):.2f} ms/page, "
                  f"steady {min(steady[name]):.2f}/{statistics.median(steady[name]):.2f} ms/page")


if __name__ == "__main__":
    main()
