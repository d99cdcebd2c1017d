"""newscrawl.extract.prefilter: the literal pieces read from a pattern are in every match of it, so
skipping a pattern on a text without them changes no result (the splitter's note patterns and
forms use it: tests/test_split_prechecks.py compares the scan with and without it)."""

from __future__ import annotations

import re

import pytest

from gold_blocks import available_gold_blocks
from newscrawl.extract import forms as F
from newscrawl.extract import prefilter, split


@pytest.mark.parametrize("source,pieces", [
    (r"abc", ("abc",)),
    (r"ab+c", ("a",)),  # (b+ may be bb: no run holds it whole; "a" and "c" are as good)
    (r"Names (?:have|are) been", ("Names ",)),
    (r"(?:First|Originally) published", (" published",)),
    (r"(?:Red|Blue) flag", (" flag",)),
    (r"(?:Red|Blue)[0-9]", ("Blue", "Red")),
    (r"x?(?:Red|Blue)", ("Blue", "Red")),
    (r"(?=.*warning)\w+", ("warning",)),  # a lookahead's text follows the match's start
    (r"(?<=warning )\w+", None),  # a lookbehind's may precede it
    (r"(?!warning)\w+", None),
    (r"[Nn]ames", ("ames",)),
    (r"[xyz]", ("x", "y", "z")),
    (r"(?:abc)*d?", None),
    (r"(?i)names", None),  # matched case-insensitively
    (r"a(?i:bcd)", ("a",)),
    (r" +", None),  # spaces only: in nearly every text
])
def test_pieces_read_from_patterns(source, pieces):
    assert prefilter.required_pieces(re.compile(source)) == pieces


def test_a_text_without_the_pieces_cannot_match():
    assert prefilter.may_match(None, "anything")
    assert prefilter.may_match(("ab", "cd"), "xxcdxx") and not prefilter.may_match(("ab", "cd"), "xx")
    assert not prefilter.may_match(("ab",), "ab cd", 1)


def test_no_pattern_of_the_splitter_matches_where_its_pieces_are_absent():
    """Every note pattern on every gold text, every form at every token of their class strings:
    wherever the pattern matches, the text from there on holds one of its pieces."""
    blocks = available_gold_blocks()
    texts = [split.prepare(b.excerpt)[0] for b in blocks]
    notes = split._note_checks()
    matched = 0
    for text in texts:
        for pattern, pieces in notes:
            if (m := pattern.search(text)) is not None:
                matched += 1
                assert prefilter.may_match(pieces, text, m.start()), (pattern.pattern[:60], text)
        c = F.classify(text)
        for form in F.FORMS:
            pattern, pieces = F.compiled(form.name), split._form_pieces(form.name)
            for p in c.pos_of:
                if pattern.match(c.classes, p) is not None:
                    matched += 1
                    assert prefilter.may_match(pieces, c.classes, p), (form.name, text)
    assert matched > 1000
