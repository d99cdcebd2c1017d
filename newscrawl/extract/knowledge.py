"""What a site's own excerpts teach about its bylines (pure; no Scrapy, no I/O).

Excerpts whose byline sits on a line of its own are split with high confidence (method
``newline``). ``SiteKnowledge`` remembers those bylines, their person names and their
organisations, and gives ``split_excerpt`` candidates for them inside merged excerpts of the
same site, where no line break marks the byline ("...wider than ever Dave Hundorf Teng is...",
"...self-immolationschinaworker.info reportersMarch 14..."). Such splits get the method
``known-byline``.

    k = SiteKnowledge("example.org")
    k.learn_from_page(excerpts)            # first pass: learn from the clean ones
    splits = [split_excerpt(e, k) for e in excerpts]   # second pass
    # or: splits = split_page(excerpts, k)

Persist with ``newscrawl.storage.knowledge_file.save_knowledge / load_knowledge``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Any, Iterable, Iterator

from newscrawl.extract import bylines as B
from newscrawl.extract import forms as F
from newscrawl.extract.split import Candidate, ExcerptSplit, parse_byline, split_excerpt

KNOWLEDGE_VERSION = 1
KNOWN_SCORE = 0.95  # base score of a known byline / name / organisation (before context)
LEARN_METHODS = frozenset({"newline"})

# Built-in seed: organisations of chinaworker.info (and its sister sites) that appear run into
# other text on its listing pages. Names of people are left to learning.
SEEDS: dict[str, dict[str, list[str]]] = {
    "chinaworker.info": {
        "organisations": ["chinaworker.info", "Chinaworker.info", "Socialist Action", "CWI", "ISA",
                          "Socialist Alternative", "International Socialist Alternative"],
        "names": [],
    },
}


class SiteKnowledge:
    """Byline names and organisations learned for one site (host)."""

    def __init__(self, site: str, *, seed: bool = True) -> None:
        self.site = site
        self.bylines: Counter[str] = Counter()
        self.names: Counter[str] = Counter()
        self.organisations: Counter[str] = Counter()
        if seed:
            s = SEEDS.get(site.removeprefix("www."), {})
            self.organisations.update(s.get("organisations", []))
            self.names.update(s.get("names", []))
        self._compiled: _Matchers | None = None

    # ----------------------------------------------------------------------------------
    # learning
    # ----------------------------------------------------------------------------------

    def learn(self, excerpt: str, split: ExcerptSplit | None = None) -> bool:
        """Learn from one excerpt if its byline was cleanly separated (newline, confident)."""
        split = split or split_excerpt(excerpt)
        if (split.byline is None or split.method not in LEARN_METHODS or split.lede is None
                or split.confidence < B.THRESHOLDS["learn_min_confidence"]
                or len(split.byline) > B.THRESHOLDS["max_learned_byline_chars"]):
            return False  # not clean, cut inside the byline, or a one-off credit sentence
        return self.add(split.byline, split.authors, split.organisation)

    def add(self, byline: str, authors: Iterable[str] = (), organisation: str | None = None) -> bool:
        names = [a for a in authors if F.is_name_word(a.split()[0] if a.split() else "")]
        new = byline not in self.bylines or any(n not in self.names for n in names) or (
            organisation is not None and organisation not in self.organisations)
        self.bylines[byline] += 1
        self.names.update(names)
        if organisation:
            self.organisations[organisation] += 1
        if new:
            self._compiled = None  # rebuilt (cheaply: the learned strings only) when something new was learned
        return True

    def learn_from_page(self, excerpts: Iterable[str]) -> int:
        """First pass over a page: learn from every cleanly separated byline. Returns how many."""
        return sum(self.learn(e) for e in excerpts)

    # ----------------------------------------------------------------------------------
    # use
    # ----------------------------------------------------------------------------------

    def _patterns(self) -> "_Matchers":
        if self._compiled is None:
            self._compiled = _Matchers(self.bylines, self.organisations, self.names)
        return self._compiled

    def candidates(self, text: str) -> list[Candidate]:
        """Known bylines / organisations / names found in ``text`` (may be run into other words)."""
        return self._patterns().candidates(text)

    # ----------------------------------------------------------------------------------
    # JSON round trip
    # ----------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": KNOWLEDGE_VERSION,
            "site": self.site,
            "bylines": dict(sorted(self.bylines.items())),
            "names": dict(sorted(self.names.items())),
            "organisations": dict(sorted(self.organisations.items())),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SiteKnowledge":
        if data.get("version", KNOWLEDGE_VERSION) != KNOWLEDGE_VERSION:
            raise ValueError(f"unsupported knowledge version {data.get('version')!r}")
        k = cls(data["site"], seed=False)
        k.bylines.update(data.get("bylines", {}))
        k.names.update(data.get("names", {}))
        k.organisations.update(data.get("organisations", {}))
        return k

    def __getstate__(self) -> dict[str, Any]:
        # Sent to and from the extraction worker process: the compiled matchers are rebuilt there.
        return {**self.__dict__, "_compiled": None}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SiteKnowledge) and self.to_dict() == other.to_dict()

    def __repr__(self) -> str:
        return (f"SiteKnowledge({self.site!r}: {len(self.bylines)} bylines, {len(self.names)} names, "
                f"{len(self.organisations)} organisations)")


@functools.cache
def _end_re() -> F.CharMatcher:
    return F.CharMatcher("END_RE_SOURCE")


@functools.cache
def _org_tail_re() -> F.CharMatcher:
    """What may follow a known organisation (" in Place", "(affiliation)", a role word, an end)."""
    return F.CharMatcher("ORG_TAIL")


@functools.cache
def _names_tail_re() -> F.CharMatcher:
    """What may follow a known name (more names, an organisation, an end)."""
    return F.CharMatcher("NAMES_TAIL")


_NAME_SEP_RE = re.compile(r", | and | & ")


def _by_first_char(words: Iterable[str]) -> dict[str, list[str]]:
    """Distinct non-empty words, longest first, grouped by their first character."""
    out: dict[str, list[str]] = {}
    for w in sorted(set(words), key=len, reverse=True):
        if w:
            out.setdefault(w[0], []).append(w)
    return out


class _Matchers:
    """A site's learned strings, found by plain string search (no pattern that inlines them).

    The same candidates as the regular expressions ``(?P<known>b1|b2|...)END`` (bylines, their
    words joined by any whitespace, longest first, non-overlapping) and
    ``(?P<org>o1|o2|...)TAIL|(?P<names2>(?:n1|n2|...)MORE)ORG_TAIL`` (organisations, then names,
    longest first, at every position): the learned alternatives are tried in the same order, and
    only the fixed parts (what follows a learned string) are regular expressions, compiled once
    for all sites. Learning a new string costs a few microseconds instead of recompiling those
    patterns (~30 ms each time)."""

    def __init__(self, bylines: Iterable[str], organisations: Iterable[str], names: Iterable[str]) -> None:
        by_words = {b: b.split() for b in bylines}
        ordered = [b for b in sorted(by_words, key=len, reverse=True) if by_words[b]]
        self._bylines: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        for b in ordered:
            first = by_words[b][0]
            self._bylines.setdefault(first[0], []).append((first, _flexible(tuple(by_words[b]))))
        self._orgs = _by_first_char(organisations)
        self._names = _by_first_char(names)
        self._byline_starts = _openings(by_words[b][0] for b in ordered)
        self._part_starts = _openings([*self._orgs_list(), *self._names_list()])

    def _orgs_list(self) -> list[str]:
        return [w for ws in self._orgs.values() for w in ws]

    def _names_list(self) -> list[str]:
        return [w for ws in self._names.values() for w in ws]

    def candidates(self, text: str) -> list[Candidate]:
        out: list[Candidate] = []
        if self._byline_starts is not None:
            end_re = _end_re()
            pos = 0
            for p in _positions(self._byline_starts, text):
                if p < pos:
                    continue
                for first, pattern in self._bylines.get(text[p], ()):
                    if not text.startswith(first, p):
                        continue
                    m = pattern.match(text, p)
                    if m is not None and end_re.match(text, m.end()) is not None:
                        authors, org, affil = parse_byline(m.group(0))
                        out.append(Candidate(p, m.end(), "known", KNOWN_SCORE + 0.04, authors, org, affil, known=True))
                        pos = m.end()
                        break
        if self._part_starts is not None:
            for p in _positions(self._part_starts, text):
                c = self._part_at(text, p)
                if c is not None:
                    out.append(c)
        return out

    def _part_at(self, text: str, p: int) -> Candidate | None:
        ch = text[p]
        orgs = self._orgs.get(ch)
        if orgs:
            tail = _org_tail_re()
            for org in orgs:
                if text.startswith(org, p):
                    m = tail.match(text, p + len(org))
                    if m is not None:
                        return Candidate(p, m.end(), "known", KNOWN_SCORE, [], org, m.group("affil"), known=True)
        names = self._names.get(ch)
        if names:
            tail = _names_tail_re()
            for name in names:
                if text.startswith(name, p):
                    m = tail.match(text, p + len(name))
                    if m is not None:
                        authors = _NAME_SEP_RE.split(text[p : m.end("more")])
                        return Candidate(p, m.end(), "known", KNOWN_SCORE, authors, m.group("org2"), m.group("affil2"),
                                         known=True)
        return None


@functools.lru_cache(maxsize=4096)
def _flexible(words: tuple[str, ...]) -> re.Pattern[str]:
    """A learned byline, its words joined by any whitespace."""
    return re.compile(r"\s+".join(map(re.escape, words)))


def _openings(words: Iterable[str]) -> re.Pattern[str] | None:
    """A small pattern finding where any of ``words`` (plain, non-empty) starts; None for none.
    Built as a trie: a plain alternation tries every word at every position (3x slower to search);
    only where a match starts is used, and that is the same for both."""
    words = frozenset(words)
    return re.compile(B.trie_alt(words)) if words else None


def _positions(openings: re.Pattern[str], text: str) -> Iterator[int]:
    """Every position where one of the opening words starts (overlapping ones too), in order."""
    search = openings.search
    pos = 0
    while (o := search(text, pos)) is not None:
        yield o.start()
        pos = o.start() + 1

def split_page(excerpts: list[str], knowledge: SiteKnowledge | None = None, site: str = "") -> list[ExcerptSplit]:
    """Split one page's excerpts in two passes: learn from its clean bylines, then split all."""
    knowledge = knowledge or SiteKnowledge(site)
    knowledge.learn_from_page(excerpts)
    return [split_excerpt(e, knowledge) for e in excerpts]
