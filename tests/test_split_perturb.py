"""bench/perturb.py, the rewriting behind bench/split_perturb.py: a block cut into its parts gives its
excerpt and labels back, and a rewritten block keeps its labels true (new authors, organisation and
affiliation inside its new byline, no old author name left), the same seed giving the same text."""

from __future__ import annotations

import pytest

from bench.perturb import FORM_KINDS, block_parts, parts_blocks, perturb_forms, perturb_names
from newscrawl.evaluate import load_heldout_sets


@pytest.fixture(scope="module")
def gold():
    return [b for blocks in load_heldout_sets().values() for b in blocks]


def test_parts_give_the_block_back(gold):
    for b in gold:
        pb = block_parts(b)
        assert pb is not None, b.id
        assert pb.excerpt("space").replace(" ", "") == "".join(b.excerpt.split()), b.id
        for field in ("standfirst", "byline", "note", "lede", "authors", "organisation", "affiliation", "truncated"):
            assert pb.expected()[field] == b.expected[field], (b.id, field)


def test_rewritten_blocks_keep_true_labels(gold):
    blocks, _ = parts_blocks(gold)
    pairs = perturb_names(blocks, seed=7, use_faker=False)
    assert len(pairs) > 0.8 * sum(1 for b in blocks if b.expected()["byline"])
    changed = 0
    for old, new in pairs:
        exp = new.expected()
        for value in [*exp["authors"], exp["organisation"], exp["affiliation"]]:
            assert value is None or value in exp["byline"], (new.id, value)
        for name in old.labels["authors"]:
            if name not in new.labels["authors"]:
                assert all(name not in text for _, text in new.parts), (new.id, name)
        assert [label for label, _ in new.parts] == [label for label, _ in old.parts]
        changed += exp["byline"] != old.expected()["byline"]
    assert changed > 0.8 * len(pairs)
    again = perturb_names(blocks, seed=7, use_faker=False)
    assert [new.parts for _, new in again] == [new.parts for _, new in pairs]


def test_every_byline_kind_is_used_with_its_labels(gold):
    blocks, _ = parts_blocks(gold)
    pairs = perturb_forms(blocks, seed=3, use_faker=False)
    assert {new.kind for _, new in pairs} == set(FORM_KINDS)
    for _, new in pairs:
        exp = new.expected()
        for value in [*exp["authors"], exp["organisation"], exp["affiliation"]]:
            assert value is None or value in exp["byline"], (new.id, new.kind, value)
