"""Train the splitter's second reader (newscrawl/extract/model.py) on the gold set, or measure it on held-out sets.

Usage:
    python bench/train_split_model.py                  # train on all gold, write the model file
    python bench/train_split_model.py --hold-out heldout100,heldout101,heldout102,heldout103,heldout104
        # train without those sets, then print, for each of them, the rules alone, the model alone and the
        # splitter as it uses the model (nothing written): the honest measure, on writers the model never saw

Each gold block is labelled token by token from its expected parts (standfirst, byline, note, lede; the rest
"other") in both renderings, on the text the splitter reads (cut mark and notes it takes off first removed).
Takes two to three minutes on the whole gold.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from newscrawl.evaluate import GoldBlock, compare, load_gold, norm
from newscrawl.extract import forms as F
from newscrawl.extract import model as M
from newscrawl.extract.split import _prepared, split_excerpt

#: python-crfsuite's training parameters (L-BFGS with elastic-net regularisation)
PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}


def labelled(block: GoldBlock, rendering: str) -> tuple[list[list[str]], list[str]] | None:
    """(token features, token labels) of one block-rendering; None where a part is not found in the text."""
    text = _prepared(block.rendering(rendering))[0]
    label_at: list[str | None] = [None] * len(text)
    for part in M.LABELS:
        want = block.expected[part]
        if not want:
            continue
        start = text.find(want)
        if start < 0:  # (a part across a line break: found where breaks are spaces, if nothing else differs)
            flat = text.replace("\n", " ")
            start = flat.find(want) if " ".join(text.split()) == flat else -1
            if start < 0:
                return None
        for k in range(start, start + len(want)):
            label_at[k] = part
    classed = F.classify(text)
    labels = []
    for token in classed.tokens:
        found = [label_at[k] for k in range(token.start, token.end) if label_at[k]]
        labels.append(found[0] if found else "other")
    return M.features(classed), labels


def train(blocks: list[GoldBlock], path: Path) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(PARAMS)
    used = 0
    for block in blocks:
        for rendering in block.renderings:
            pair = labelled(block, rendering)
            if pair is not None:
                trainer.append(*pair)
                used += 1
    started = time.monotonic()
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))
    path.with_suffix(".json").write_text(json.dumps(
        {"model_version": M.MODEL_VERSION, "features_digest": M.features_digest(), "block_renderings": used,
         "params": PARAMS}, indent=1) + "\n", encoding="utf-8")
    print(f"trained on {used} block-renderings in {time.monotonic() - started:.0f} s: {path}", file=sys.stderr)


def measure(blocks: list[GoldBlock], held: set[str]) -> list[str]:
    """Per held-out set: rules alone, model alone, the splitter with the model, as counts of all3 right."""
    counts: Counter[tuple[str, str]] = Counter()
    for block in blocks:
        if block.source not in held:
            continue
        for rendering in block.renderings:
            text = block.rendering(rendering)
            with_model = split_excerpt(text)
            rules = split_excerpt(text, use_model=False)
            prepared = _prepared(text)[0]
            reading = M.read_parts(prepared)
            model_ok = reading is not None and _model_right(block, prepared, reading[0])
            counts[(block.source, "n")] += 1
            counts[(block.source, "rules")] += compare(block.expected, rules)["all3"]
            counts[(block.source, "model")] += model_ok
            counts[(block.source, "splitter")] += compare(block.expected, with_model)["all3"]
    return [f"{s:12} n {counts[(s, 'n')]:4}  rules {counts[(s, 'rules')]:4}  model {counts[(s, 'model')]:4}  "
            f"splitter with model {counts[(s, 'splitter')]:4}" for s in sorted(held)]


def _model_right(block: GoldBlock, text: str, parts: dict[str, Any]) -> bool:
    return all(norm(block.expected[p]) == norm(text[parts[p][0]:parts[p][1]] if p in parts else None)
               for p in ("standfirst", "byline", "lede"))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--hold-out", default="", help="comma-separated gold sources to leave out and measure")
    parser.add_argument("--model-out", type=Path, help="with --hold-out: keep the model trained without them here")
    args = parser.parse_args(argv[1:])
    blocks = [b for b in load_gold() if b.source != "fixture"]
    held = {s for s in args.hold_out.split(",") if s}
    if not held:
        train(blocks, M.MODEL_FILE)
        return 0
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = args.model_out or Path(tmp) / "held-out.crfsuite"
        train([b for b in blocks if b.source not in held], path)
        M.MODEL_FILE = path
        M._tagger.cache_clear()
        print("\n".join(measure(blocks, held)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
