"""The splitter's speed-only shortcuts give what the plain work gives.

Each shortcut skips work that cannot find anything; each test states that independently of the
shortcut's code, over every gold excerpt (both renderings, and prepared), the benchmark site's
excerpts and hand-made edge texts:
- ``prepare`` substitutes spaces only where a space is doubled or another space character is there;
- ``_take_notes`` searches no note pattern where none of the pieces of any of them occurs;
- a title or a label before the byline is looked for only where its pattern's final space (or
  ": ") is right before the byline.
"""

from __future__ import annotations

import random

import pytest

from bench.sitegen import _excerpt
from gold_blocks import available_gold_blocks
from newscrawl.extract import prefilter
from newscrawl.extract import split as S

EDGE_CASES = [
    "", " ", "a  b", "a\tb", "a\u00a0b", "a \u2009 b", "x\u202fy", "a\u200ab", "\t", "  lead", "end  ",
    "Text and photos: Lin Wei, Red Flag", "Councillor Lin Wei, Red Flag", "Guest post: Lin Wei",
    "This article was first published in Offensiv", "Updated 3 May", "(Translated from Chinese)",
    "Some names have been changed.\nLin Wei, Red Flag\nWorkers struck", "Opinion: \nLin",
    "Councillor \nLin Wei", "Dr Lin Wei", "a: Lin", ": Lin",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    blocks = available_gold_blocks()
    rng = random.Random(5)
    raw = [b.excerpt for b in blocks] + [" ".join(b.excerpt.split()) for b in blocks]
    raw += [_excerpt(rng) for _ in range(300)] + EDGE_CASES
    prepared = [S.prepare(t)[0] for t in raw]
    out = raw + prepared + [S._take_notes(t)[0] for t in prepared]
    assert len(out) > 1000
    return out


def test_prepare_skips_the_space_substitution_only_where_it_changes_nothing(texts):
    skipped = 0
    for text in texts:
        for variant in (text, text.replace(" ", "  ", 1), text.replace(" ", "\u00a0", 1), text + "\t"):
            if "  " not in variant and variant.isascii() and "\t" not in variant:  # what prepare checks
                skipped += 1
                assert S._SPACES_RE.sub(" ", variant) == variant, variant
            assert S._SPACES_RE.search(S.prepare(variant)[0]) is None, variant
    assert skipped > 500


def _take_notes_plain(text: str) -> tuple[str, str | None]:
    """``_take_notes`` with every note pattern searched wherever its own pieces occur (its specification)."""
    notes = []
    merged = "\n" not in text
    original = text
    for pattern, pieces in S._note_checks():
        if not prefilter.may_match(pieces, text):
            continue
        m = pattern.search(text)
        credit = S._WORDS_PICTURES_RE.search(text)  # ("Words: A. Photos: B" is a byline: no picture-credit note in it)
        if m and not (credit is not None and m.start() < credit.end() and credit.start() < m.end()):
            note, end = S._note_of(m, merged)  # (a byline run on into the note's end stays in the text)
            notes.append(note)
            text = (text[: m.start()].rstrip() + "\n" + text[end:].lstrip()).strip()
    return text, S._in_text_order(original, *notes)  # (in the order the text holds them)


def test_notes_are_taken_as_with_every_pattern_searched(texts):
    noted = 0
    for text in texts:
        prepared = S.prepare(text)[0]
        got = S._take_notes(prepared)
        assert got == _take_notes_plain(prepared), prepared
        noted += got[1] is not None
    assert noted > 50


def test_a_title_or_a_label_before_a_byline_ends_where_the_shortcuts_look():
    """Wherever the title's or the label's pattern matches before a position, the characters the
    shortcuts check are there (so skipping the search elsewhere changes nothing)."""
    blocks = available_gold_blocks()
    texts = [S.prepare(b.excerpt)[0] for b in blocks] + EDGE_CASES
    titles = labels = 0
    for text in texts:
        for q in range(len(text) + 1):
            if S._TITLE_BEFORE_RE.search(text, max(0, q - S._TITLE_BEFORE_CHARS), q) is not None:
                titles += 1
                assert " " in text[max(0, q - 2) : q], (text, q)
            m = S._LABEL_BEFORE_RE.search(text, max(0, q - S._LABEL_BEFORE_CHARS), q)
            if m is not None and m.end() == q:
                labels += 1
                assert text.endswith(": ", 0, q), (text, q)
    assert titles > 20 and labels >= 3
