"""Score the excerpt splitter on the gold set: floor (naive newline split) vs current.

Usage: python bench/evaluate_split.py [CORPUS_DIR]
Prints the table and writes bench/results/split_eval.csv and bench/results/split_eval.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newscrawl.evaluate import evaluate_gold

RESULTS = Path(__file__).resolve().parent / "results"


def main(argv: list[str]) -> int:
    report = evaluate_gold(argv[1] if len(argv) > 1 else None)
    print(report.format_table())
    csv_path, md_path = report.write(RESULTS, "split_eval")
    print(f"wrote {csv_path} and {md_path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
