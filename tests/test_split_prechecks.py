"""The splitter's speed-only pre-checks change no result, and its tokens are what the forms expect.

The knowledge's "<name>, <known org>" reading tokenises only the last chunks before the
organisation: the same name start as tokenising all the text before it.

The scan skips forms whose first token cannot start them (``forms.FIRST_TOKEN``); with that
pre-check off every form is tried at every start. Over every gold excerpt (both renderings,
prepared, and with their line breaks removed) and hand-made edge texts, both must give the same
candidates.
"""

from __future__ import annotations

import pytest

from gold_blocks import available_gold_blocks
from newscrawl.extract import forms as F
from newscrawl.extract import knowledge as K
from newscrawl.extract import split as S
from newscrawl.extract.tokens import tokenize

EDGE_CASES = [
    "", "A", "aB", "abC", "ab”C", "ab’C", 'ab"C', "abA new", "abA New", "xA b", "ab\nCd",
    "in Henan Depositors who have",
    "Reporters, Socialist Action", "Reporters of Offensiv, paper of X (CWI Sweden)", "Staff", "Staff reporters",
    "By", "By A", "The following", "This is", "Interview with", "Editorial", "Editorial board, Red Spark magazine",
    "the HKCTUchinaworker.info reporters1 May", "TPPLin Pei-shan", "ISAWe", "‘stability’Socialist Action",
    "issue 55Electric cars", "Kwok Tsz-kin (郭子健) chinaworker.info", "Marcus T Hellberg, Red Flag", "李明, Red Spark",
    "Workers’ Voice reporters", "Workers Today, monthly magazine of the Socialist Party (CWI)", "café Élan Élève at",
    "x\u2009Y", "reporters1 May", "Joint statement by Red Spark and ISA in Taiwan",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    blocks = available_gold_blocks()
    raw = [b.excerpt for b in blocks] + [" ".join(b.excerpt.split()) for b in blocks]
    prepared = [S._take_notes(S.prepare(t)[0])[0] for t in raw]
    # (each distinct text once: most excerpts have no line break, so their four forms are one text)
    out = list(dict.fromkeys(prepared + [t.replace("\n", "") for t in prepared] + EDGE_CASES))
    assert len(out) > 1000
    return out


def test_scan_is_the_same_with_and_without_prechecks(texts):
    for text in texts:
        c = F.classify(text)
        for truncated in (False, True):
            with_checks = S._scan(c, truncated, prechecks=True, early_stop=False)[0]
            without = S._scan(c, truncated, prechecks=False, early_stop=False)[0]
            assert with_checks == without, text


def test_split_is_the_same_with_and_without_prechecks(texts):
    for text in texts[:: 3]:
        prepared, truncated = S.prepare(text)
        assert S.find_byline(prepared, truncated=truncated) == S.find_byline(prepared, truncated=truncated,
                                                                              prechecks=False), text


def _name_start_before_whole_prefix(text: str, cut: int) -> int | None:
    """``knowledge._name_start_before`` as it was (its specification): every token of ``text[:cut]``."""
    tokens = tokenize(text[:cut])
    if not tokens or tokens[-1].end != cut:
        return None
    start = None
    for k in range(len(tokens) - 1, max(-1, len(tokens) - 4), -1):
        t = tokens[k]
        if not F.is_name_word(t.text) or t.gap == "":
            break
        start = t.start
        if t.gap in ("^", "\n"):
            break
    return start


def test_a_name_before_an_organisation_is_found_from_the_last_chunks_as_from_the_whole_text(texts):
    extra = ["Lin Wei, Red Flag", "A B C D, Org", "x  Lin\n Wei Chen, Org", "Dikang (甲) Org", " Lin, X", "\nLin, X",
             "Anja van der Berg, Org", "powerNguyen Thi Hoa, Org", "in Johor Yeoh Swee Lin, Org", "Mc Allister\tLee, O"]
    checked = 0
    for text in [*texts, *extra]:
        # every place a name may end (before ", " or " (" as the knowledge asks), and then some
        for cut in {*(i for i, ch in enumerate(text) if ch in ",("), *range(0, len(text) + 1, 13)}:
            assert K._name_start_before(text, cut) == _name_start_before_whole_prefix(text, cut), (text, cut)
            checked += 1
    assert checked > 20_000


def test_role_word_as_first_word_of_a_line_is_not_cut_short():
    """"Reporters, Socialist Action" is one byline: no first-word table may stop it at "Reporters"."""
    s = S.split_excerpt("Strike at the docks\nReporters, Socialist Action\nThe dockers walked out on Monday...")
    assert (s.byline, s.authors, s.organisation) == ("Reporters, Socialist Action", [], "Socialist Action")


@pytest.mark.parametrize("text,tokens", [
    ("Dikang, Socialist Action (CWI)", ["Dikang", ",", "Socialist", "Action", "(", "CWI", ")"]),
    ("reportersMarch 14", ["reporters", "March", "14"]),
    ("chinaworker.infoFor the", ["chinaworker.info", "For", "the"]),
    ("the HKCTUchinaworker.info", ["the", "HKCTU", "chinaworker.info"]),
    ("TPPLin Pei-shan", ["TPP", "Lin", "Pei-shan"]),
    ("‘stability’Socialist", ["‘", "stability", "’", "Socialist"]),
    ("issue 55Electric", ["issue", "55", "Electric"]),
    ("Workers’ Voice", ["Workers’", "Voice"]),
    ("O’Brien-Chen WhatsApp", ["O’Brien-Chen", "WhatsApp"]),
    ("Adam N. Lee", ["Adam", "N.", "Lee"]),
    ("Mei-chingPro-government", ["Mei-ching", "Pro-government"]),
])
def test_tokens(text, tokens):
    got = tokenize(text)
    assert [t.text for t in got] == tokens
    assert all(text[t.start:t.end] == t.text for t in got)


def test_class_strings_keep_one_character_per_token_and_gap():
    c = F.classify("Zhou Mingyu & Ingrid Sjöberg, chinaworker.infoAround\nthe")
    assert len(c.pos_of) == len(c.tokens) and c.pos_of[-1] == len(c.classes) - 1
    assert [c.classes[p] for p in c.pos_of][2:3] == ["&"]  # punctuation stands for itself
    assert c.classes.count(" ") == 5 and c.classes.count("\n") == 1  # the gaps are kept; a run-in has none


def test_token_lookups_by_position_are_what_a_walk_over_the_tokens_finds(texts):
    """``Classed.position_after`` and ``token_index_at`` bisect; a walk over the tokens is their specification."""
    for text in texts[::5]:
        c = F.classify(text)
        for pos in range(len(text) + 2):
            ends = [i for i, t in enumerate(c.tokens) if t.end == pos]
            starts = [i for i, t in enumerate(c.tokens) if t.start == pos]
            assert c.position_after(pos) == (c.pos_of[ends[0]] + 1 if ends else None), (text, pos)
            assert c.token_index_at(pos) == (starts[0] if starts else None), (text, pos)
