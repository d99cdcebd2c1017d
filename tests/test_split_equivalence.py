"""Speed-only rewrites in the splitter give what the plain formulations give.

Each test rebuilds the straightforward version (a pattern as it was first written, a regular
expression where the code now uses a string test) and compares the two on every gold excerpt in
both renderings, plus hand-made edge cases. A difference here means a "speed" change changed a split.
"""

from __future__ import annotations

import re

import pytest

from newscrawl.evaluate import load_gold
from newscrawl.extract import bylines as B
from newscrawl.extract import knowledge as K
from newscrawl.extract import split as S

UP, LO, APOS = B.UP, B.LO, B.APOS
_alt = B.alt

EDGE_CASES = [
    "", "A", "aB", "abC", "ab”C", "ab’C", 'ab"C', "abA new", "abA New", "xA b", "ab\nCd", "in Henan Depositors who have",
    "the protest in Dongguan Docks district", "word in Hong Kong arrested", "from Taipei Workers said",
    "Xin Taipei Workers said", "gain Teachers at", "cuts Premier Li said", "services Financial Secretary Paul Chan has",
    "‘quoted’ Thing at", "end. The next", "footsteps The so-called", "generation Thirty-six years",
    "generation Thirty six", "aboutThe strike", "isA minor", "in", "in X", "in Xy", "across Accra Activists were here",
    "café Élan Élève at", "naïve Öl ölig", "x\u2009Y", "word\tThe end", "mid-word The", "reporters1 May",
    'he said" The strike', "he said) The strike", "he said’ The strike", "he said” The strike", "said_ The end",
    "twenty-two Thirty-six years", "in Accra across Accra Activists were",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    blocks = load_gold(corpus=False)
    try:
        blocks += load_gold(fixtures=False, heldout=False)
    except (FileNotFoundError, OSError):  # no corpus beside the checkout: the invented excerpts still run
        pass
    raw = [b.excerpt for b in blocks] + [" ".join(b.excerpt.split()) for b in blocks]
    prepared = [S._take_notes(S.prepare(t)[0])[0] for t in raw]
    out = raw + prepared + [t.replace("\n", "") for t in raw] + EDGE_CASES
    assert len(out) > 1000
    return out


def _spans(pattern: re.Pattern[str], text: str, *args: int) -> list[tuple[int, ...]]:
    return [(m.start(), m.end(), *(m.span(g) for g in pattern.groupindex)) for m in pattern.finditer(text, *args)]


def test_run_in_pattern(texts):
    reference = re.compile(rf"(?<=[{LO}][{LO}])(?=[{UP}][{LO}]|A [{LO}])|(?<=[{LO}][”’\"])(?=[{UP}])")
    for text in texts:
        # the reference matches are empty (at the capital); the rewrite consumes the capital
        assert [m.start() for m in B.RUN_IN_RE.finditer(text)] == [m.start() for m in reference.finditer(text)], text


def test_starter_break_pattern(texts):
    reference = re.compile(
        rf"(?<=[\w”’\")]) (?=(?:{_alt(B.SENTENCE_STARTERS)})(?: [\w“‘\"]|(?<=ty)-[{LO}]+ [{LO}]))")
    for text in texts:
        assert _spans(B.STARTER_BREAK_RE, text) == _spans(reference, text), text


def test_capital_break_pattern(texts):
    not_starter = rf"(?!(?:{_alt(B.SENTENCE_STARTERS)})(?![{LO}{APOS}-]))"
    titles = _alt(B.TITLE_WORDS)
    reference = re.compile(rf"(?:^|(?<=\s))(?P<w>[{LO}][{LO}{APOS}-]*) (?={not_starter}[{UP}][{LO}]+ [{LO}]"
                           rf"|{not_starter}[{UP}][{LO}]+ (?:{titles}) [{UP}]|(?:{titles}) [{UP}])")
    for text in texts:
        for end in (len(text), S.T["max_capital_break_chars"], 40):
            assert _spans(B.CAPITAL_BREAK_RE, text, 0, end) == _spans(reference, text, 0, end), text


def test_place_break_pattern(texts):
    not_starter = rf"(?!(?:{_alt(B.SENTENCE_STARTERS)})(?![{LO}{APOS}-]))"
    reference = re.compile(rf"(?:^|(?<=\s))(?:in|at|from|across) (?P<w>[{UP}][{LO}]+) "
                           rf"(?={not_starter}[{UP}][{LO}]{{3,}}s (?!(?:{_alt(B.PLACE_NOUNS)})\b)[{LO}]{{2,}})")
    for text in texts:
        for end in (len(text), S.T["max_capital_break_chars"]):
            assert _spans(B.PLACE_BREAK_RE, text, 0, end) == _spans(reference, text, 0, end), text


def test_word_count_is_the_count_of_non_space_runs(texts):
    for text in texts:
        assert S._word_count(text) == len(re.findall(r"\S+", text))


def test_names_split_like_the_pattern(texts):
    samples = ["Lee Yong", " Lee Yong ", "A, B and C", "A & B", "A,B", "Anderson", "A and", " ", "X, ", "Mandy Sand"]
    samples += [w for text in texts for w in text.split(", ")[:3]]
    for raw in samples:
        assert S._names(raw) == [n.strip() for n in B.NAME_SPLIT_RE.split(raw) if n.strip()], raw


def test_organisation_body_words_end_every_body_match():
    for org in ["ISA International Secretariat", "CWI Executive Committee", "ISA Bureau", "CWI Council",
                "ISA Executive", "ISA Secretariats", "Socialist Action Committee"]:
        matched = B.ORG_BODY_RE.fullmatch(org) is not None
        assert not matched or org.endswith(B.ORG_BODY_WORDS), org
    assert B.ORG_BODY_RE.pattern.endswith("(?:" + "|".join(B.ORG_BODY_WORDS) + ")")


def test_openings_trie_finds_the_same_starts(texts):
    words = ["Li", "Lin", "Lin Wei", "ISA", "IS", "chinaworker.info", "Socialist Action", "Socialist", "O’Brien",
             "a+b", "(x)", "Ana", "An"]
    trie = K._openings(words)
    plain = re.compile("|".join(map(re.escape, sorted(set(words), key=len, reverse=True))))
    for text in texts + ["Lin Wei and Li, ISA; IS chinaworker.info a+b (x) Ana An O’Brien"]:
        assert list(K._positions(trie, text)) == list(K._positions(plain, text)), text
    assert K._openings([]) is None
