"""The held-out gold loader: how a block's parts, join and cut become the excerpt and its expected fields."""

from __future__ import annotations

import pytest

from newscrawl.evaluate import GoldError, heldout_excerpt


def _block(parts, join="space", cut=0, **more):
    return {"id": "x1", "parts": parts, "join": join, "cut": cut,
            "labels": {"authors": more.pop("authors", []), "organisation": more.pop("organisation", None),
                       "affiliation": None}, **more}


def test_an_uncut_excerpt_may_end_with_its_byline():
    parts = [["standfirst", "Is anything left to build on?"],
             ["byline", "Red Flag talks to Ana Lima of Workers Alliance about what comes next."]]
    excerpt, expected = heldout_excerpt(_block(parts, organisation="Red Flag"))
    assert excerpt == " ".join(text for _, text in parts)
    assert (expected["standfirst"], expected["lede"], expected["truncated"]) == (parts[0][1], None, False)
    assert expected["byline"] == parts[1][1]


def test_a_cut_excerpt_without_its_lede_is_no_block_but_a_cut_inside_the_byline_is():
    parts = [["standfirst", "Is anything left to build on?"],
             ["byline", "Red Flag talks to Ana Lima of Workers Alliance"]]
    with pytest.raises(GoldError):
        heldout_excerpt(_block(parts, cut=50))
    parts.append(["lede", "The union was dissolved in 2021 and its leaders are still in prison."])
    excerpt, expected = heldout_excerpt(_block(parts, cut=50, cut_in="byline"))
    assert excerpt.endswith("...") and expected["lede"] is None and expected["byline"] == "Red Flag talks to An"


def test_the_lede_still_closes_every_other_block():
    with pytest.raises(GoldError):
        heldout_excerpt(_block([["byline", "Ana Lima"], ["standfirst", "A headline after the byline"]]))
