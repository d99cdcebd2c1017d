"""Split a teaser excerpt into standfirst / byline / lede (plus note and cut mark).

An excerpt runs an optional standfirst, an optional byline (authors and/or organisation, or a
credit such as "Statement by X"), an optional note, then the lede, cut at ~150-250 characters
with a cut mark. The parts may be joined by a line break, a space or nothing at all, and the
byline may come first. Conventions (see ``tests/gold/README.md``): the byline is the span the
cue tables (``bylines.BYLINE_CUES``) recognise; text before it is the standfirst; text after it
is the lede, except that when the byline opens the excerpt a following headline-style phrase
(its own line, or run into the lede) is the standfirst.

How a split is found, most certain first:

1. cut mark and notes ("(This article was first published ...)") come off;
2. byline candidates: every cue form is tried at every word start (plus known bylines from
   ``SiteKnowledge``); each is scored by its form and by what surrounds it (a line break, a
   sentence end, a run-in "reportersMarch", a sentence starter such as "The"); the best wins,
   and adjacent candidates merge ("This article is from X. By A, B");
3. without a byline: a first line without final full stop (lines rendering), or a run-in /
   "word The" break, separates a standfirst from the lede; else the excerpt is one lede.

Pure Python (stdlib ``re``); no Scrapy.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Protocol

from newscrawl.extract import bylines as B

CUT_MARKS = B.CUT_MARKS
SPLITTER_VERSION = "2.5"
T = B.THRESHOLDS

_TERMINAL_RE = re.compile(r"[.!?:;][”’\"')]*$")
_NEXT_WORD_RE = re.compile(r"\s*(\S+)")
_FUNCTION_WORDS = B.FUNCTION_WORDS
_CJK_RE = re.compile(rf"[{B.CJK}]")
_CJK_WORD_RE = re.compile(rf"(?<=\s)[{B.CJK}]")
_DOT_WORD_RE = re.compile(r"\.[a-z]{2}")
_ACRONYM_RUN_RE = re.compile(r"[A-Z]{2,}(?=[a-z])")
_PARTICLES = frozenset(B.NAME_PARTICLES)
_LOWER_START_FORMS = frozenset({"org-domain", "org", "org-role", "names-org", "credit-interviewed"})
_STARTERS = B.SENTENCE_STARTERS
_PLACE_NAMES = B.PLACE_NAMES


@dataclass(frozen=True, kw_only=True)
class ExcerptSplit:
    standfirst: str | None = None
    byline: str | None = None
    authors: list[str] = field(default_factory=list)
    organisation: str | None = None
    affiliation: str | None = None
    note: str | None = None
    lede: str | None = None
    truncated: bool = False
    method: str = "none"
    confidence: float = 0.0


@dataclass
class Candidate:
    """A byline found in the text: span, parsed fields, form and score."""

    start: int
    end: int
    form: str
    score: float
    authors: list[str] = field(default_factory=list)
    organisation: str | None = None
    affiliation: str | None = None
    known: bool = False


class Knowledge(Protocol):  # what split_excerpt needs from a SiteKnowledge
    def candidates(self, text: str) -> Iterable[Candidate]: ...


# --------------------------------------------------------------------------------------
# Text preparation
# --------------------------------------------------------------------------------------


_SPACES_RE = re.compile(" {2,}")


def _normalise_spaces(text: str) -> str:
    """= B.WS_RE.sub(" ", text), ten times faster: a regex stopping at every space is slow, and most
    texts have only single spaces."""
    for c in "\t\u00a0\u2009\u200a\u202f":  # the characters of B.WS_RE but " "
        if c in text:
            text = text.replace(c, " ")
    return _SPACES_RE.sub(" ", text) if "  " in text else text


def prepare(excerpt: str) -> tuple[str, bool]:
    """Whitespace-normalise (keeping line breaks) and strip the cut mark: (text, truncated)."""
    if "\r" in excerpt:
        excerpt = excerpt.replace("\r", "\n")
    text = _normalise_spaces(excerpt)  # = B.WS_RE.sub(" ", line) on every line
    if "\n" in text:
        text = "\n".join(line for line in (line.strip() for line in text.split("\n")) if line)
    else:
        text = text.strip()
    for mark in CUT_MARKS:  # longest first
        if text.endswith(mark):
            return text[: -len(mark)].rstrip(), True
    return text, False


def _take_notes(text: str) -> tuple[str, str | None]:
    notes = []
    for pattern in B.NOTE_PATTERNS:
        m = pattern.search(text)
        if m:
            notes.append(m.group(0).strip())
            text = (text[: m.start()].rstrip() + "\n" + text[m.end():].lstrip()).strip()
    return text, " ".join(notes) if notes else None


# --------------------------------------------------------------------------------------
# Byline parsing: match groups -> authors / organisation / affiliation
# --------------------------------------------------------------------------------------


def _names(raw: str | None) -> list[str]:
    if not raw:
        return []
    if ", " not in raw and " and " not in raw and " & " not in raw:  # one name: nothing for NAME_SPLIT_RE to split
        raw = raw.strip()
        return [raw] if raw else []
    return [n.strip() for n in B.NAME_SPLIT_RE.split(raw) if n.strip()]


def _fields_from_match(m: re.Match[str], suffix: str = "") -> tuple[list[str], str | None, str | None]:
    g = m.groupdict()
    names = g.get("names" + suffix) or g.get("names2" + suffix)
    org = g.get("org" + suffix) or g.get("org2" + suffix)
    affil = g.get("affil" + suffix) or g.get("affil2" + suffix) or g.get("affil3" + suffix)
    if org and affil and not names and B.PERSON_SHAPED_RE.fullmatch(org.strip()):
        return [org.strip()], None, affil.strip()  # "Wu Chia-hao (ISA in Taiwan)": a person, then the affiliation
    org = org.strip() if org else None
    if org and org.endswith(B.ORG_BODY_WORDS):  # "ISA International Secretariat": a body of an acronym organisation, like a role word, goes
        body = B.ORG_BODY_RE.fullmatch(org)
        org = body.group("org") if body else org
    return _names(names), org, (affil.strip() if affil else None)


def parse_byline(byline: str) -> tuple[list[str], str | None, str | None]:
    """A byline string -> (authors, organisation, affiliation), e.g.
    "Dikang, Socialist Action (CWI in Hong Kong)" -> (["Dikang"], "Socialist Action", "CWI in Hong Kong")."""
    authors, org, affil = _parse_byline(" ".join(byline.split()))
    return list(authors), org, affil


@functools.lru_cache(maxsize=2048)  # a site's bylines repeat (known bylines, middle lines)
def _parse_byline(text: str) -> tuple[tuple[str, ...], str | None, str | None]:
    if "By " in text:  # what BY_INSIDE needs: skip compiling it for the rest
        m = B.by_inside_re().search(text)
        if m and m.start() > 0:
            authors, org, affil = _fields_from_match(m)
            return tuple(authors), org, affil
    for candidate in (text, text.rstrip(" .:")):
        for k, form, *_ in _FORMS:
            prefixes, required = B.CUE_PREFIXES.get(form), B.CUE_REQUIRES.get(form)
            if (prefixes and not candidate.startswith(prefixes)) or (required and not required.search(candidate)):
                continue  # the form cannot match (see _cue_candidates): skip compiling it
            m = B.cue_pattern(k).fullmatch(candidate)
            if m:
                authors, org, affil = _fields_from_match(m)
                return tuple(authors), org, affil
    return (), None, None


# --------------------------------------------------------------------------------------
# Candidates and scoring
# --------------------------------------------------------------------------------------


def _left_context(text: str, start: int) -> tuple[str, float]:
    """Classify what precedes a candidate: ('start'|'break'|'punct'|'word'|'function'|'capital'|'runin', bonus)."""
    if start == 0:
        return _START
    c = text[start - 1]
    if c == "\n":
        return _BREAK
    if not c.isspace():
        return _RUNIN
    cut = start - 1
    while cut > 0 and text[cut - 1].isspace():
        cut -= 1
    prev = text[max(text.rfind(" ", 0, cut), text.rfind("\n", 0, cut)) + 1 : cut]
    last = prev[-1:]  # "" (no previous word) counts as punctuation
    if last == "." and len(prev) == 2 and prev[0].isupper():
        return _CAPITAL  # an initial ("Tom J. | Walsh"): inside a name, not a sentence end
    if (last in ")–-•|" or last == '"' or (last == "”" and "“" in prev) or (last == "’" and "‘" in prev)
            or prev.rstrip("”’\"')")[-1:] in ".!?:;"):
        return _PUNCT
    word = prev.strip("“”‘’\"'(),")
    lower = word.lower()
    if lower in B.PLACE_PREPOSITIONS:
        return _PLACE
    if lower in _FUNCTION_WORDS:
        return _FUNCTION
    if any(map(str.isupper, word)) and not word.isupper():
        if word in _PLACE_NAMES:
            return _WORD  # a headline ending in a place ("paralyses Manila | Ana Reyes"): no name goes on
        return _CAPITAL  # inside a run of capitalised words (or after a run-in "achieveWorkers’")
    return _WORD


_START, _BREAK, _RUNIN, _PUNCT = ("start", 0.1), ("break", 0.1), ("runin", 0.0), ("punct", 0.05)
_PLACE, _FUNCTION, _CAPITAL, _WORD = ("place", 0.0), ("function", 0.0), ("capital", -0.1), ("word", 0.0)


def _right_context(text: str, end: int) -> tuple[str, float]:
    if end >= len(text):
        return "end", 0.1
    if text[end] == "\n":
        return "break", 0.1
    if not text[end].isspace():
        return "runin", 0.05
    m = _NEXT_WORD_RE.match(text, end)
    word = m.group(1) if m else ""
    bare = word.strip("“”‘’\"'(),.:;!?")
    if bare in _STARTERS:
        return "starter", 0.05
    if word[:1].isdigit() or word[:1] in "“\"‘'«":
        return "quote", 0.03
    return "capital", 0.0


def _after_runin_capital(text: str, start: int) -> bool:
    """The word before ``start`` begins inside a word, at a run-in capital ("powerNguyen Thi")."""
    cut = start - 1
    while cut > 0 and text[cut - 1] == " ":
        cut -= 1
    word = text[max(text.rfind(" ", 0, cut), text.rfind("\n", 0, cut)) + 1 : cut]
    m = B.CAMEL_WORD_RE.fullmatch(word)
    return bool(m) and word.strip("“”‘’\"'(),.:;!?") not in B.CAMEL_CASE_WORDS and any(
        a.islower() and b.isupper() and b2.islower() for a, b, b2 in zip(word, word[1:], word[2:]))


_LONG_NAME_MALUS = {3: 0.03, 4: 0.1}  # a first author of 3 / 4 words is less likely a name


def _score(text: str, start: int, end: int, form: str, base: float, authors: list[str] | None = None,
           left_context: tuple[str, float] | None = None) -> float | None:
    if end - start > T["max_byline_chars"] or (start and text[start - 1] in "(["):
        return None  # too long, or inside a bracket ("(ISA Sweden)" is an affiliation, not a byline)
    left, lb = left_context or _left_context(text, start)
    right, rb = _right_context(text, end)
    if form in B.WEAK_FORMS and (left in ("capital", "function", "place")
                                 or (left == "runin" and form == "names" and right != "runin")):
        return None  # bare names run in on one side only are likely a headline's tail ("...hoursChiang Pei-shanUnder")
    if form == "names" and right not in ("end", "break", "starter", "runin"):
        return None
    first_name_tokens = sum(1 for w in authors[0].split() if w not in _PARTICLES) if authors else 0
    if form == "names-place" and first_name_tokens == 1 and not (left == "runin" and right == "runin"):
        return None  # a one-word name in a place is a byline only as a run-in segment ("themSokha in Phnom PenhThousands")
    if left == "capital":  # inside a run of capitalised words: a byline starting with a
        # one-word name is more likely the tail of a longer name ("Chen | Bao")
        lb = -0.2 if first_name_tokens == 1 else -0.05
        if _after_runin_capital(text, start):
            lb = -0.2  # the name starts at the run-in before it ("powerNguyen | Thi Hoa")
    elif left == "function":
        lb = -0.1
    elif left == "place":  # "in Kowloon | Dikang, ..."
        lb = -0.25
    elif left == "runin":
        lb = 0.0 if form == "known" else -0.05
    lb -= _LONG_NAME_MALUS.get(first_name_tokens, 0.0)
    score = base + lb + rb
    if left in ("start", "break") and right in ("end", "break"):
        score += 0.15  # the candidate is a whole line
    return score


# Each form with its cheap pre-check (speed only: every check is implied by the form's regex):
# (order, form, base score, weak?, gate); the form's compiled pattern is B.cue_pattern(order)
_NO_GATE, _CAPS1, _NAMES_SEP, _DOT, _ORG, _ROLE, _VERB = range(7)
_GATES = {"names": _CAPS1, "names-place": _CAPS1, "names-comma-place": _CAPS1, "names-org": _NAMES_SEP, "names-described": _NAMES_SEP, "org-domain": _DOT, "org": _ORG,
          "org-role": _ROLE, "credit-interviewed": _VERB}
_FORMS = [(k, form, base, form in B.WEAK_FORMS, _GATES.get(form, _NO_GATE))
          for k, (form, _, base) in enumerate(B.BYLINE_CUES)]
# first word -> [(form, all its prefixes)] for the forms that open with fixed words ("The following ")
_PREFIXED: dict[str, list[tuple[tuple, tuple[str, ...]]]] = {}
for _f in _FORMS:
    for _prefix in B.CUE_PREFIXES.get(_f[1], ()):
        _PREFIXED.setdefault(_prefix.split()[0], []).append((_f, B.CUE_PREFIXES[_f[1]]))
_GENERAL = [f for f in _FORMS if f[1] not in B.CUE_PREFIXES]
_REQUIRED = [(f[1], B.CUE_REQUIRES[f[1]]) for f in _GENERAL if f[1] in B.CUE_REQUIRES]
_LEFT_REJECTS_WEAK = frozenset({"capital", "function", "place"})
_POSSESSIVE = ("’s", "'s")


@functools.cache
def _general_forms(present: tuple[bool, ...]) -> tuple[list[tuple], list[tuple]]:
    """The general forms (and those of them that may start lower-case) a text can hold, given
    which of the words in B.CUE_REQUIRES it has (``present``, in _REQUIRED order)."""
    missing = {form for (form, _), has in zip(_REQUIRED, present) if not has}
    general = [f for f in _GENERAL if f[1] not in missing]
    return general, [f for f in general if f[1] in _LOWER_START_FORMS]


def _cue_candidates(text: str) -> list[Candidate]:
    """Byline candidates from the cue forms: at each word start, the first form that fits."""
    return _scan(text)[0]


def _scan(text: str, starts: list[int] | None = None, limit: int | None = None,
          early_stop: bool = True) -> tuple[list[Candidate], int]:
    """_cue_candidates at ``starts`` (default: every start position) before ``limit``; without
    ``early_stop``, at every one of them. Returns (candidates, where the early stop cut the scan).
    What a start position gives does not depend on the others."""
    general, lower = _general_forms(tuple(req.search(text) is not None for _, req in _REQUIRED))
    out = []
    n = len(text)
    stop_at = n
    for pos in _start_positions(text) if starts is None else starts:
        if pos > stop_at or (limit is not None and pos >= limit):
            break  # a sure byline was found; what follows it is the lede
        words = text[pos : pos + 90].split(None, 7)
        w0 = words[0]
        pre = _PREFIXED.get(w0)
        if w0 in _STARTERS or w0.endswith(_POSSESSIVE):
            if not pre:
                continue  # no name or organisation starts with "The" or a possessive
            order = [f for f, prefixes in pre if text.startswith(prefixes, pos)]
        elif w0[0].islower():
            order = lower
        elif pre:
            order = sorted([f for f, prefixes in pre if text.startswith(prefixes, pos)] + general)
        else:
            order = general
        left = None
        for k, form, base, weak, gate in order:
            if weak and left is not None and left[0] in _LEFT_REJECTS_WEAK:
                continue
            if gate:  # before computing the left context of a weak form: most gates are cheaper
                if gate == _CAPS1:
                    if len(words) < 2 or not (words[1][:1].isupper() or (words[1] == "in" and form == "names-place" and pos and not text[pos - 1].isspace())):
                        continue
                elif gate == _NAMES_SEP:
                    if not _names_then_separator(words):
                        continue
                elif gate == _DOT:
                    if "." not in w0:
                        continue
                elif gate == _ORG:
                    if not (w0.isupper() or "." in w0 or text.find("(", pos, pos + 60) >= 0
                            or any(w.strip("(),.:’'") in B.ORG_CUE_SET for w in words[:6])):
                        continue
                elif gate == _ROLE:
                    if not B.ROLE_NEAR_RE.search(text, pos, pos + 150):
                        continue
                else:  # _VERB: nothing in the form before its verb crosses a line break
                    line_end = text.find("\n", pos)
                    if not B.INTERVIEW_VERB_RE.search(text, pos, n if line_end < 0 else line_end):
                        continue
            if weak:
                if left is None:
                    left = _left_context(text, pos)
                if left[0] in _LEFT_REJECTS_WEAK:
                    continue
            m = B.cue_pattern(k).match(text, pos)
            if m is None:
                continue
            end = m.end()
            if end == pos:
                continue
            while end > pos and text[end - 1] == " ":
                end -= 1
            authors, org, affil = _fields_from_match(m)
            if form == "org" and org and " " not in org and not org.isupper() and not B.DOMAIN_RE.fullmatch(org):
                continue  # a single capitalised word ("Solidarity") is no byline on its own
            if left is None:
                left = _left_context(text, pos)
            score = _score(text, pos, end, form, base, authors, left)
            if score is None:
                continue
            out.append(Candidate(pos, end, form, score, authors, org, affil))
            if score >= T["early_stop_score"] and stop_at == n and early_stop:
                stop_at = end + T["early_stop_slack_chars"]
            break  # forms are ordered specific -> generic: the first that fits names the form
    return out, stop_at


# a capital not inside a word: not after an upper-case ASCII letter, a digit, "-", "_" or an apostrophe
# (the look-behind follows the capital: a pattern opening with a character class is scanned fastest)
# ... except run-in starts: after an acronym ("TPPLin Pei-shan", "ISAWe"), a closing quote ("'stability'Socialist")
# or a number ("Hong Kong 47Statement by")
_START_RE = re.compile(rf"[{B.UP}](?:(?<![-'’_0-9A-Z].)|(?<=[A-Z]{{3}})(?=[{B.LO}](?:[{B.LO}]|\s))|(?<=[{B.LO}][’'].)"
                       rf"|(?<=[0-9].)(?=[{B.LO}]{{2}}))")


def _start_positions(text: str) -> list[int]:
    """Where a byline may start: a capital not inside a word ("NPC", "Per-Ake"; a capital right
    after a lower-case letter or a full stop is a run-in start: "notCWI", "shows.By"), or the
    start of a word holding a domain name."""
    starts = [m.start() for m in _START_RE.finditer(text)]
    more = False
    if _CJK_RE.search(text):
        starts += [m.start() for m in _CJK_WORD_RE.finditer(text)]
        more = True
    if "." in text:
        for m in _DOT_WORD_RE.finditer(text):
            i = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            if text[i].islower():
                starts.append(i)
                more = True
            else:  # a domain run in after an acronym: "the HKCTUchinaworker.info"
                run = _ACRONYM_RUN_RE.match(text, i, m.start())
                if run:
                    starts.append(run.end())
                    more = True
    return sorted(set(starts)) if more else starts


def _names_then_separator(words: list[str]) -> bool:
    """Capitalised words (or "and") up to a ", " / ". " / " of " separator."""
    last = len(words) - 1
    for k, w in enumerate(words):
        if w in _NAME_LINKS:
            continue
        c = w[:1]
        if not (c.isupper() or "\u3400" <= c <= "\u9fff"):
            return w == "of" and k > 0
        if w[-1] in ",." and k < last:  # split() words are never empty
            return True
    return False


_NAME_LINKS = frozenset({"and", "&"}) | _PARTICLES


_LINK_WORDS = frozenset({"and", "&", "of", "for", "the", "a", "in", "i"}) | frozenset(B.NAME_PARTICLES)


def _middle_line_candidates(text: str) -> list[Candidate]:
    """Lines rendering: a short, title-cased middle line with no final full stop may be a bare
    byline of a form the cue tables do not know ("the short middle line")."""
    lines = text.split("\n")
    out, start = [], 0
    for i, line in enumerate(lines):
        if 0 < i < len(lines) - 1 and len(line) <= T["max_middle_line_chars"] and not _TERMINAL_RE.search(line):
            words = [w for w in line.split() if w.lower() not in _LINK_WORDS]
            caps = sum(1 for w in words if w[:1].isupper() or "." in w[1:])
            if words and len(line.split()) <= T["max_middle_line_tokens"] \
                    and caps / len(words) >= T["min_middle_line_capitalised"]:
                authors, org, affil = parse_byline(line)
                score = _score(text, start, start + len(line), "middle-line", B.MIDDLE_LINE_SCORE, authors)
                if score is not None:
                    out.append(Candidate(start, start + len(line), "middle-line", score, authors, org, affil))
        start += len(line) + 1
    return out


def _text_candidates(text: str) -> list[Candidate]:
    """The candidates that do not depend on site knowledge: cue forms, middle lines."""
    cands = _cue_candidates(text)
    if "\n" in text:
        cands += _middle_line_candidates(text)
    return cands


def find_byline(text: str, knowledge: Knowledge | None = None, memo: dict[Any, Any] | None = None, *,
                line_fast_path: bool = True) -> Candidate | None:
    """The best byline candidate in prepared text (merged with adjacent candidates), or None.
    ``memo``: where the knowledge-free work on ``text`` is kept for a second call (see split_excerpt).
    ``line_fast_path=False``: always the full scan (the fast path gives the same result)."""
    memo = {} if memo is None else memo
    known = []
    if knowledge is not None:
        for c in knowledge.candidates(text):
            score = _score(text, c.start, c.end, "known", c.score, c.authors)
            if score is not None:
                c.score = score
                known.append(c)
    if line_fast_path and "\n" in text:
        best = _line_fast_path(text, known, memo)
        if best is not None:
            return best
    if "full" not in memo:
        memo["full"] = _text_candidates(text)
    return _pick(text, memo["full"] + known)


# No candidate starting inside a line (not after a line break) scores more than this: the best
# base score, the best left context inside a line (punctuation), the best right context; the
# whole-line bonus needs a line break (or the start) on the left. See _score.
_INSIDE_LINE_MAX_SCORE = max(base for _, _, base in B.BYLINE_CUES) + max(_PUNCT[1], _WORD[1], 0.0) + 0.1
_KEY = lambda c: (c.score, -c.start, c.end - c.start)  # noqa: E731  (the best candidate: max of this)


def _line_fast_path(text: str, known: list[Candidate], memo: dict[Any, Any]) -> Candidate | None:
    """Lines rendering: the best candidate without scanning every start position, or None when
    the full scan is needed.

    Only the line starts are scanned (plus the middle lines and the known bylines). When the best
    of these is a whole line scoring above anything a start inside a line can score
    (_INSIDE_LINE_MAX_SCORE), it is the full scan's best: no candidate spans a line break, so none
    inside a line can merge with a whole line or contain it. A cue candidate past the first line
    must also be one the full scan reaches (its early stop comes after it): the start positions
    before it are scanned to check. The answer is taken only when nothing merged with it."""
    lines = memo.get("lines")
    if lines is None:
        starts = [p for p in _start_positions(text) if p == 0 or text[p - 1] == "\n"]
        lines = memo["lines"] = _scan(text, starts, early_stop=False)[0] + _middle_line_candidates(text)
    fast = [c for c in lines + known if c.score >= T["min_score"]]
    if not fast:
        return None
    best = max(fast, key=_KEY)
    if (best.score <= _INSIDE_LINE_MAX_SCORE + 1e-9 or not (best.start == 0 or text[best.start - 1] == "\n")
            or not (best.end == len(text) or text[best.end] == "\n")):
        return None
    cands = lines + known
    if not best.known and best.start > 0:
        key = ("prefix", best.start)
        if key not in memo:
            memo[key] = _scan(text, limit=best.start)
        prefix, stop_at = memo[key]
        if best.start > stop_at:
            return None  # the full scan stops before it
        cands = prefix + [c for c in lines if c.start >= best.start or c.form == "middle-line"] + known
    return best if _pick(text, cands) is best else None


def _pick(text: str, cands: list[Candidate]) -> Candidate | None:
    """The best of the candidates, extended by a cue form around a known byline and merged with
    adjacent strong candidates."""
    cands = [c for c in cands if c.score >= T["min_score"]]
    if not cands:
        return None
    best = max(cands, key=lambda c: (c.score, -c.start, c.end - c.start))
    if best.known:
        # a cue form around the known part gives the full extent ("By A", "A. known.org")
        around = [c for c in cands if not c.known and c.start <= best.start and c.end >= best.end
                  and (c.start, c.end) != (best.start, best.end)
                  and text[c.start:best.start][-1:] in ("", " ", "\n") and text[best.end:c.end][:1] in ("", " ", "\n")]
        same = [c.score for c in cands if not c.known and (c.start, c.end) == (best.start, best.end)]
        around = [c for c in around if c.score >= max(same, default=0.0)]
        if around:
            c = max(around, key=lambda c: (c.score, c.end - c.start))
            best = Candidate(c.start, c.end, c.form, best.score, c.authors, c.organisation, c.affiliation, True)
    # merge adjacent strong candidates (credit sentence + "By A, B"), keeping the person-naming fields
    cands = [c for c in cands if c.score >= T["merge_min_score"] and c.form not in B.WEAK_FORMS]
    merged = True
    while merged:
        merged = False
        for c in cands:
            gap_after = text[best.end : c.start]
            gap_before = text[c.end : best.start]
            if c.start >= best.end and gap_after.strip() == "" and "\n" not in gap_after:
                best = _merge(best, c, best.start, c.end)
                merged = True
            elif c.end <= best.start and gap_before.strip() == "" and "\n" not in gap_before:
                best = _merge(c, best, c.start, best.end)
                merged = True
    return best


def _merge(first: Candidate, second: Candidate, start: int, end: int) -> Candidate:
    lead = second if second.authors and not first.authors else first
    return Candidate(start, end, first.form + "+" + second.form, max(first.score, second.score),
                     lead.authors, lead.organisation or first.organisation or second.organisation,
                     lead.affiliation, first.known or second.known)


# --------------------------------------------------------------------------------------
# Standfirst / lede break without a byline
# --------------------------------------------------------------------------------------


def _word_count(s: str) -> int:
    return len(s.split())  # = len(B.WORD_RE.findall(s)): \S+ runs are what split() returns, without a list of matches


def _break_ok(left: str, right: str) -> bool:
    return (_word_count(left) >= T["min_standfirst_words"] and _word_count(right) >= T["min_lede_words"]
            and len(left) <= T["max_standfirst_chars"])


def standfirst_break(text: str, allow_question: bool = True, capital_break: bool = True) -> tuple[str | None, str | None, str]:
    """Split byline-less text into (standfirst, lede, how). how: 'newline', 'run-in', 'starter',
    'question' (a first sentence ending in "?"), 'capital' (weakest: "collapse Teachers at") or ''."""
    if "\n" in text:
        first, rest = text.split("\n", 1)
        end_chars = ".!?" if not allow_question else "."
        if not _TERMINAL_RE.search(first) or (first.rstrip("”’\"')")[-1:] not in end_chars):
            if _break_ok(first, rest):
                return first.strip(), rest.strip(), "newline"
        return None, text, ""
    best: tuple[int, int, str] | None = None
    for m in B.RUN_IN_RE.finditer(text):
        word = B.CAMEL_WORD_RE.match(text, text.rfind(" ", 0, m.start()) + 1)
        if word and word.group(0).strip("“”‘’\"'(),.:;!?") in B.CAMEL_CASE_WORDS:
            continue
        if not _break_ok(text[: m.start()], text[m.start():]):
            continue  # a run-in inside the first word(s) ("LegCo election: ..."): no standfirst ends there
        best = (m.start(), m.start(), "run-in")
        break
    m = B.STARTER_BREAK_RE.search(text)
    if m and (best is None or m.start() < best[0]):
        best = (m.start(), m.end(), "starter")
    if allow_question and "?" in text:
        # a headline question opening the excerpt ("Is China heading for ...? Falling prices ..."),
        # as a first line ending in "?" is in the lines rendering
        m = B.QUESTION_BREAK_RE.match(text)
        if m and (best is None or m.end("q") < best[0]):
            best = (m.end("q"), m.end("q"), "question")
    if best is None and capital_break:
        # a headline label ("CCP congress: ...") may open the standfirst: a colon early on is no sentence end
        label_end = text.find(": ", 0, T["max_headline_label_chars"]) + 1
        for m in B.CAPITAL_BREAK_RE.finditer(text, 0, T["max_capital_break_chars"]):
            if any(c in text[label_end : m.end("w")] for c in ".!?:;"):
                break  # the standfirst is one phrase
            w = m.group("w")
            if w in _FUNCTION_WORDS or w in B.PLACE_PREPOSITIONS or w.capitalize() in _STARTERS:
                continue  # "exercises around | Taiwan were", "struck after | Foxconn cut": a proper noun inside the sentence
            if text[m.end(): text.find(" ", m.end())] in _PLACE_NAMES:
                continue
            best = (m.end("w"), m.end(), "capital")
            break
        if best is None:  # "... depositors in Henan | Depositors who have ..."
            m = B.PLACE_BREAK_RE.search(text, 0, T["max_capital_break_chars"])
            if m and not any(c in text[label_end : m.end("w")] for c in ".!?:;"):
                best = (m.end("w"), m.end(), "capital")
    if best:
        left, right = text[: best[0]].strip(), text[best[1]:].strip()
        if _break_ok(left, right):
            return left, right, best[2]
    return None, text, ""


# --------------------------------------------------------------------------------------
# The splitter
# --------------------------------------------------------------------------------------


def split_excerpt(excerpt: str, knowledge: Any | None = None, *, memo: dict[str, Any] | None = None) -> ExcerptSplit:
    """Split a teaser excerpt into its parts. ``knowledge``: an optional ``SiteKnowledge``.

    ``memo``: a dict kept by a caller that splits the same excerpt again (with knowledge that has
    learned more since): the work that does not depend on knowledge is done once and kept there."""
    if memo is not None and "text" in memo:
        text, truncated, note = memo["text"], memo["truncated"], memo["note"]
    else:
        text, truncated = prepare(excerpt or "")
        text, note = _take_notes(text)
        if memo is not None:
            memo.update(text=text, truncated=truncated, note=note)
    if not text:
        return ExcerptSplit(note=note, truncated=truncated, method="empty", confidence=0.0 if not note else 0.5)
    has_lines = "\n" in text
    best = find_byline(text, knowledge, None if memo is None else memo.setdefault("candidates", {}))
    if best is None:
        standfirst, lede, how = standfirst_break(text)
        method = {"newline": "newline", "run-in": "run-in", "starter": "standfirst-break",
                  "capital": "standfirst-break", "question": "standfirst-break"}.get(how, "single-paragraph")
        conf = {"newline": 0.7, "run-in": 0.6, "starter": 0.55, "question": 0.5, "capital": 0.4}.get(how, 0.6 if not has_lines else 0.5)
        return ExcerptSplit(standfirst=standfirst, lede=_flat(lede), note=note, truncated=truncated,
                            method=method, confidence=conf)
    before, byline, after = text[: best.start].strip(), text[best.start : best.end].strip(), text[best.end :].strip()
    standfirst, lede = before or None, after or None
    if not before and after:
        # byline first: a headline-style phrase right after it is the standfirst
        sf, rest, how = standfirst_break(after, allow_question=False, capital_break=True)
        if sf:
            standfirst, lede = sf, rest
    line_aligned = (best.start == 0 or text[best.start - 1] == "\n") and (best.end == len(text) or text[best.end] == "\n")
    if best.known:
        method = "known-byline"
    elif has_lines and line_aligned:
        method = "newline"
    else:
        method = "byline-cue"
    confidence = round(min(1.0, max(0.0, best.score)), 2)
    authors, org, affil = best.authors, best.organisation, best.affiliation
    if "+" in best.form:  # merged credits: parse the whole span ("... . By A, B")
        parsed = parse_byline(byline)
        if parsed != ([], None, None):
            authors, org, affil = parsed
    return ExcerptSplit(standfirst=_flat(standfirst), byline=_flat(byline), authors=list(authors),
                        organisation=org, affiliation=affil, note=note, lede=_flat(lede),
                        truncated=truncated, method=method, confidence=confidence)


def _flat(s: str | None) -> str | None:
    """Parts keep no line breaks: a part's own breaks become spaces."""
    if s is None:
        return None
    s = " ".join(s.split())
    return s or None


def naive_split(excerpt: str, knowledge: object | None = None) -> ExcerptSplit:
    """The floor: newline-separated parts, the second of three or more lines is the byline."""
    text, truncated = prepare(excerpt or "")
    lines = text.split("\n") if text else []
    if len(lines) >= 3:
        return ExcerptSplit(standfirst=lines[0], byline=lines[1], lede=" ".join(lines[2:]),
                            truncated=truncated, method="newline", confidence=0.6)
    return ExcerptSplit(lede=" ".join(lines) or None, truncated=truncated, method="single-paragraph", confidence=0.2)
