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

import re
from collections import Counter
from typing import Any, Iterable, Iterator

from newscrawl.extract import bylines as B
from newscrawl.extract.split import Candidate, ExcerptSplit, split_excerpt

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

_ROLE_TAIL = rf"(?: (?P<role>{'|'.join(map(re.escape, B.ROLE_WORDS))})(?![{B.LO}]))?"
_AFFIL = r"(?: \((?P<affil>[^()\n]{2,80})\))?"
_PLACE_TAIL = rf"(?: in {B.PLACE})?"


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


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
        self._compiled: tuple[_Finder | None, _Finder | None] | None = None

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
        names = [a for a in authors if B.NAME_TOKEN_RE.fullmatch(a.split()[0] if a.split() else "")]
        new = byline not in self.bylines or any(n not in self.names for n in names) or (
            organisation is not None and organisation not in self.organisations)
        self.bylines[byline] += 1
        self.names.update(names)
        if organisation:
            self.organisations[organisation] += 1
        if new:
            self._compiled = None  # recompiling is costly: only when something new was learned
        return True

    def learn_from_page(self, excerpts: Iterable[str]) -> int:
        """First pass over a page: learn from every cleanly separated byline. Returns how many."""
        return sum(self.learn(e) for e in excerpts)

    # ----------------------------------------------------------------------------------
    # use
    # ----------------------------------------------------------------------------------

    def _patterns(self) -> tuple[_Finder | None, _Finder | None]:
        if self._compiled is None:
            byline_re = None
            if self.bylines:
                flexible = [r"\s+".join(map(re.escape, b.split())) for b in sorted(self.bylines, key=len, reverse=True)]
                byline_re = _Finder(rf"(?P<known>{'|'.join(flexible)}){B.END}", (b.split()[0] if b.split() else "" for b in self.bylines))
            parts = []
            if self.organisations:
                orgs = _alt(self.organisations)
                # names before a known organisation come from the cue form around it (split.find_byline)
                parts.append(rf"(?P<org>{orgs}){_PLACE_TAIL}{_AFFIL}{_ROLE_TAIL}{B.END}")
            if self.names:
                parts.append(rf"(?P<names2>(?:{_alt(self.names)})(?:(?:, | and | & ){B.NAME})*)"
                             rf"(?:, (?P<org2>{B.ORG_CORE}){_PLACE_TAIL}(?: \((?P<affil2>[^()\n]{{2,80}})\))?)?{B.END}")
            parts_re = _Finder("|".join(f"(?:{p})" for p in parts), [*self.organisations, *self.names]) if parts else None
            self._compiled = (byline_re, parts_re)
        return self._compiled

    def candidates(self, text: str) -> list[Candidate]:
        """Known bylines / organisations / names found in ``text`` (may be run into other words)."""
        from newscrawl.extract.split import parse_byline

        byline_re, parts_re = self._patterns()
        out: list[Candidate] = []
        if byline_re is not None:
            for m in byline_re.finditer(text):
                authors, org, affil = parse_byline(m.group("known"))
                out.append(Candidate(m.start(), m.start() + len(m.group("known")), "known", KNOWN_SCORE + 0.04,
                                     authors, org, affil, known=True))
        if parts_re is not None:
            pos = 0
            while pos < len(text):
                m = parts_re.search(text, pos)
                if not m:
                    break
                g = m.groupdict()
                names = g.get("names2")
                org = g.get("org") or g.get("org2")
                affil = g.get("affil") or g.get("affil2")
                end = m.end()
                authors = [n for n in re.split(r", | and | & ", names)] if names else []
                out.append(Candidate(m.start(), end, "known", KNOWN_SCORE, authors, org, affil, known=True))
                pos = m.start() + 1
        return out

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

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SiteKnowledge) and self.to_dict() == other.to_dict()

    def __repr__(self) -> str:
        return (f"SiteKnowledge({self.site!r}: {len(self.bylines)} bylines, {len(self.names)} names, "
                f"{len(self.organisations)} organisations)")


class _Finder:
    """``search`` / ``finditer`` of a pattern that can only match where one of ``openings`` (plain
    words) starts: a small pattern of the openings finds those places, the full pattern is tried
    only there. Same matches as the full pattern's own search (which tries it at every character)."""

    def __init__(self, pattern: str, openings: Iterable[str]) -> None:
        self.pattern = re.compile(pattern)
        self._openings = re.compile(B.alt(openings))

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        find, match = self._openings.search, self.pattern.match
        while (o := find(text, pos)) is not None:
            m = match(text, o.start())
            if m is not None:
                return m
            pos = o.start() + 1
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        while (m := self.search(text, pos)) is not None:
            yield m
            pos = m.end() if m.end() > m.start() else m.start() + 1


def split_page(excerpts: list[str], knowledge: SiteKnowledge | None = None, site: str = "") -> list[ExcerptSplit]:
    """Split one page's excerpts in two passes: learn from its clean bylines, then split all."""
    knowledge = knowledge or SiteKnowledge(site)
    knowledge.learn_from_page(excerpts)
    return [split_excerpt(e, knowledge) for e in excerpts]
