"""Which gold block-renderings a splitter change wins or loses, cold and with site knowledge.

Usage:
    python bench/split_diff.py OUT.json [BASE.json]

Splits every gold block (``newscrawl.evaluate.load_gold``) in both renderings, cold and with the knowledge
``newscrawl eval`` learns from the gold's line-broken excerpts, and writes one verdict per block-rendering to
OUT.json (all three parts exact, authors exact). With BASE.json (the same run on another checkout) it prints
what was won and lost, block by block. Run it with the checkout to measure first on ``sys.path``
(``PYTHONPATH=DIR python bench/split_diff.py ...``): ``bench/evaluate_split.py`` gives the tables, this gives
the blocks behind a change in them.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from newscrawl.evaluate import compare, learned_knowledge, load_gold
from newscrawl.extract.split import split_excerpt


def verdicts() -> dict[str, list[bool]]:
    """``"<block id>|<rendering>|cold|k"`` -> [all three parts exact, authors exact]."""
    blocks = load_gold()
    knowledge = learned_knowledge(blocks)
    out: dict[str, list[bool]] = {}
    for block in blocks:
        for rendering in block.renderings:
            text = block.rendering(rendering)
            for method, site in (("cold", None), ("k", knowledge.get(block.site))):
                ok = compare(block.expected, split_excerpt(text, site))
                out[f"{block.id}|{rendering}|{method}"] = [ok["all3"], ok["authors"]]
    return out


def summary(results: dict[str, list[bool]]) -> list[str]:
    n: Counter[str] = Counter()
    right: Counter[str] = Counter()
    authors: Counter[str] = Counter()
    for key, (all3, author) in results.items():
        _, rendering, method = key.rsplit("|", 2)
        label = f"{rendering} {method}"
        n[label] += 1
        right[label] += all3
        authors[label] += author
    return [f"{label:16} all3 {100 * right[label] / n[label]:.2f}  authors {100 * authors[label] / n[label]:.2f}"
            f"  ({right[label]} of {n[label]})" for label in sorted(n)]


def changes(results: dict[str, list[bool]], base: dict[str, list[bool]]) -> list[str]:
    lines = []
    for index, what in ((0, "all3"), (1, "authors")):
        won = sorted(k for k, v in results.items() if k in base and v[index] and not base[k][index])
        lost = sorted(k for k, v in results.items() if k in base and not v[index] and base[k][index])
        lines.append(f"{what}: {len(won)} won, {len(lost)} lost")
        lines += [f"  lost {k}" for k in lost] + [f"  won  {k}" for k in won]
    return lines


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    results = verdicts()
    Path(argv[1]).write_text(json.dumps(results), encoding="utf-8")
    print("\n".join(summary(results)))
    if len(argv) == 3:
        print("\n".join(changes(results, json.loads(Path(argv[2]).read_text(encoding="utf-8")))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
