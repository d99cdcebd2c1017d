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

A researcher curates it (``newscrawl knowledge``) through the generic "curation" section below:
``tables()`` (kind -> entry -> count), ``rejected`` (values never to be learned again),
``forget``, ``allow`` and ``merge``; it knows nothing of how entries are learned.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Any, Iterable, Iterator

from newscrawl.extract import bylines as B
from newscrawl.extract import forms as F
from newscrawl.extract.split import Candidate, ExcerptSplit, parse_byline, split_excerpt

#: Version of the dict/JSON form. 2 added ``rejected``; version-1 files are still read.
KNOWLEDGE_VERSION = 2
READABLE_VERSIONS = frozenset({1, 2})
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
        #: kind -> values a researcher rejected (``forget``): never learned again, kept in the file.
        self.rejected: dict[str, set[str]] = {}
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
        """Count a byline, its names and organisation; a value a researcher rejected is never added
        (a rejected byline rejects the whole split it came from)."""
        if self.is_rejected("bylines", byline):
            return False
        names = [a for a in authors if F.is_name_word(a.split()[0] if a.split() else "")
                 and not self.is_rejected("names", a)]
        if organisation is not None and self.is_rejected("organisations", organisation):
            organisation = None
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
    # curation: a generic view of the tables, for `newscrawl knowledge` (no learning here)
    # ----------------------------------------------------------------------------------

    def tables(self) -> dict[str, Counter[str]]:
        """Every learned table by kind: entry -> how many times it was learned. The live
        counters (changing one changes the knowledge; call ``changed()`` after)."""
        return {"bylines": self.bylines, "names": self.names, "organisations": self.organisations}

    def kinds(self) -> list[str]:
        return list(self.tables())

    def changed(self) -> None:
        """Entries were edited from outside: the matchers are rebuilt on next use."""
        self._compiled = None

    def is_rejected(self, kind: str, value: str) -> bool:
        values = self.rejected.get(kind)
        return values is not None and value in values

    def _kinds_for(self, kind: str | None) -> list[str]:
        if kind is None:
            return self.kinds()
        if kind not in self.tables():
            raise ValueError(f"unknown kind {kind!r}; kinds: {', '.join(self.kinds())}")
        return [kind]

    def forget(self, value: str, kind: str | None = None) -> int:
        """Drop ``value`` from the ``kind`` table (every table when None) and reject it there, so
        learning never adds it again. Returns how many entries were dropped (0: rejected only)."""
        dropped = 0
        for k in self._kinds_for(kind):
            table = self.tables()[k]
            if value in table:
                del table[value]
                dropped += 1
            self.rejected.setdefault(k, set()).add(value)
        self.changed()
        return dropped

    def allow(self, value: str, kind: str | None = None) -> int:
        """Take ``value`` off the rejected list of ``kind`` (every kind when None): it may be learned
        again (nothing is restored). Returns how many kinds had rejected it."""
        undone = 0
        for k in self._kinds_for(kind):
            values = self.rejected.get(k)
            if values is not None and value in values:
                values.discard(value)
                undone += 1
                if not values:
                    del self.rejected[k]
        return undone

    def merge(self, other: "SiteKnowledge", replace: bool = False) -> dict[str, dict[str, int]]:
        """Take in ``other``'s entries and rejections (a curated file).

        Merging keeps every entry, takes the larger count of an entry both hold (so merging the
        same file twice changes nothing), adds ``other``'s rejections, and skips an entry either
        side rejects. ``replace`` makes this knowledge exactly ``other``'s (tables and rejections).
        Returns, per kind, how many entries were ``added``, ``recounted`` (given the file's count),
        ``skipped`` (the file's entries rejected here) and ``dropped`` (entries not in the file, with
        ``replace``; entries the file rejects, when merging)."""
        summary: dict[str, dict[str, int]] = {}
        if replace:
            self.rejected = {k: set(v) for k, v in other.rejected.items() if v}
        else:
            for k, values in other.rejected.items():
                self.rejected.setdefault(k, set()).update(values)
        theirs = other.tables()
        for kind, table in self.tables().items():
            counts = {"added": 0, "recounted": 0, "skipped": 0, "dropped": 0}
            incoming = theirs.get(kind, Counter())
            if replace:
                counts["dropped"] = sum(1 for e in table if e not in incoming)
                counts["recounted"] = sum(1 for e, n in incoming.items() if e in table and table[e] != n)
                counts["added"] = sum(1 for e in incoming if e not in table)
                table.clear()
                table.update(incoming)
            else:
                for entry, n in incoming.items():
                    if self.is_rejected(kind, entry):
                        counts["skipped"] += 1
                    elif entry not in table:
                        table[entry] = n
                        counts["added"] += 1
                    elif n > table[entry]:
                        table[entry] = n
                        counts["recounted"] += 1
                for entry in [e for e in table if self.is_rejected(kind, e)]:
                    del table[entry]  # rejected by the file: dropped here too
                    counts["dropped"] += 1
            summary[kind] = counts
        self.changed()
        return summary

    # ----------------------------------------------------------------------------------
    # JSON round trip
    # ----------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"version": KNOWLEDGE_VERSION, "site": self.site}
        for kind, table in self.tables().items():
            out[kind] = dict(sorted(table.items()))
        out["rejected"] = {k: sorted(v) for k, v in sorted(self.rejected.items()) if v}
        return out

    @classmethod
    def from_dict(cls, data: Any, *, site: str | None = None) -> "SiteKnowledge":
        """Knowledge from its dict form (version 1 or 2), checked: a wrong shape or type raises
        ValueError naming the key, a version newer than this code raises FutureKnowledgeError.
        ``site`` (the site it is loaded for) wins over the file's own ``site``."""
        if not isinstance(data, dict):
            raise ValueError(f"expected an object with the site's tables, got {type(data).__name__}")
        version = data.get("version", 1)
        if not isinstance(version, int) or isinstance(version, bool):
            raise ValueError(f"'version' must be a whole number, got {version!r}")
        if version not in READABLE_VERSIONS:
            if version > KNOWLEDGE_VERSION:
                raise FutureKnowledgeError(
                    f"knowledge version {version} is newer than this newscrawl reads ({KNOWLEDGE_VERSION})")
            raise ValueError(f"unsupported knowledge version {version!r}")
        name = data.get("site", site)
        if not isinstance(name, str) or not name:
            raise ValueError("'site' must be the site's host name (a non-empty string)")
        k = cls(site or name, seed=False)
        kinds = k.tables()
        allowed = {"version", "site", "rejected", *kinds}
        unknown = sorted(str(key) for key in data if key not in allowed)
        if unknown:
            raise ValueError(f"unknown key {unknown[0]!r}; expected {', '.join(sorted(allowed))}")
        for kind, table in kinds.items():
            entries = data.get(kind, {})
            if not isinstance(entries, dict):
                raise ValueError(f"{kind!r} must map each entry to its count, got {type(entries).__name__}")
            for entry, count in entries.items():
                _check_entry(kind, entry)
                if not isinstance(count, int) or isinstance(count, bool) or count < 0:
                    raise ValueError(f"{kind!r}: the count of {entry!r} must be a whole number >= 0, got {count!r}")
                table[entry] = count
        rejected = data.get("rejected", {})
        if version >= 2 or rejected:
            if not isinstance(rejected, dict):
                raise ValueError(f"'rejected' must map a kind to a list of values, got {type(rejected).__name__}")
            for kind, values in rejected.items():
                if kind not in kinds:
                    raise ValueError(f"'rejected' has unknown kind {kind!r}; kinds: {', '.join(kinds)}")
                if not isinstance(values, list):
                    raise ValueError(f"'rejected.{kind}' must be a list of values, got {type(values).__name__}")
                for value in values:
                    _check_entry(f"rejected.{kind}", value)
                    if value in kinds[kind]:
                        raise ValueError(f"{value!r} is both a {kind} entry and rejected; keep one")
                if values:
                    k.rejected[kind] = set(values)
        return k

    def __getstate__(self) -> dict[str, Any]:
        # Sent to and from the extraction worker process: the compiled matchers are rebuilt there.
        return {**self.__dict__, "_compiled": None}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SiteKnowledge) and self.to_dict() == other.to_dict()

    def __repr__(self) -> str:
        sizes = ", ".join(f"{len(table)} {kind}" for kind, table in self.tables().items())
        return f"SiteKnowledge({self.site!r}: {sizes})"


class FutureKnowledgeError(ValueError):
    """Knowledge written by a newer newscrawl (a version this code cannot read)."""


#: Longest entry accepted from a file: learned bylines are far shorter (a guard against a pasted text).
MAX_ENTRY_CHARS = 300


def _check_entry(kind: str, entry: Any) -> None:
    if not isinstance(entry, str) or not entry.strip():
        raise ValueError(f"{kind!r}: entries must be non-empty text, got {entry!r}")
    if entry != entry.strip() or "\n" in entry:
        raise ValueError(f"{kind!r}: {entry!r} has a line break or spaces at its ends")
    if len(entry) > MAX_ENTRY_CHARS:
        raise ValueError(f"{kind!r}: an entry of {len(entry)} characters (at most {MAX_ENTRY_CHARS}): "
                         f"{entry[:40]!r}...")


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
