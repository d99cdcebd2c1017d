"""What a site's own excerpts teach about its bylines (pure; no Scrapy, no I/O).

``SiteKnowledge`` remembers a site's bylines, their person names and their organisations, and
gives ``split_excerpt`` candidates for them inside merged excerpts of the same site, where no
line break marks the byline ("...wider than ever Dave Hundorf Teng is...",
"...self-immolationschinaworker.info reportersMarch 14..."). Such splits get the method
``known-byline``.

How it learns (the scoring rule; numbers in ``LEARNING``). Every split byline is *evidence*
for three kinds of entry: the byline itself (its numbers generalised, so a credit formula such
as "Editorial from Socialist magazine issue 30" is kept as "... issue <N>" and matches every
issue), each author name, and the organisation. An article gives an entry the weight of its
best split of it:

* ``clean`` 1.0: the byline stood on its own line and the split is sure (method ``newline``,
  confidence >= 0.85) -- one such article is enough, as before;
* ``sure`` 0.5: a merged excerpt split with confidence >= 0.85;
* ``weak`` 0.25: any other byline the splitter chose in a merged excerpt;
* names and the organisation of a ``sure`` split whose other part is already known (a new
  author next to a known organisation) get 1.0.

An entry is learned when the weights of DISTINCT articles (an article is its URL, else its
excerpt; the same article listed on three pages counts once) add up to 1.0: one clean split,
two sure ones, four weak ones. A wrong split is specific to its article, a byline recurs: one
wrong split never becomes knowledge. A systematic error would recur too ("...in Hong | Kong
Dikang, ..." on every article that ends its standfirst with a place), so an entry learned from
merged text only must also have varying neighbours: when the word right before (or after) it
is the same in every article that gave it (and is not a sentence starter such as "The"), the
span is probably cut inside a longer one and waits for more evidence. Names must be
name-shaped and not place names. Evidence waiting for recurrence is bounded (``max_pending``
entries per site, the oldest forgotten first: a span that does not recur in that window
decays away) and so are the learned tables (``max_learned`` per kind: past that, nothing new
is learned).

    k = SiteKnowledge("example.org")
    k.learn_from_page(excerpts)            # first pass: learn from the clean ones
    splits = [split_excerpt(e, k) for e in excerpts]   # second pass
    # or: splits = split_page(excerpts, k)

Persist with ``newscrawl.storage.knowledge_file.save_knowledge / load_knowledge``.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from newscrawl.extract import bylines as B
from newscrawl.extract.split import Candidate, ExcerptSplit, parse_byline, split_excerpt

KNOWLEDGE_VERSION = 1
KNOWN_SCORE = 0.95  # base score of a known byline / name / organisation (before context)
#: ... of two known parts joined ("<known name> (<name in another script>) <known organisation>",
#: "<known org> and <known org> reporters"): above a known byline that is one of the parts
#: (KNOWN_SCORE + 0.04) with the best left context (+0.05)
JOINED_SCORE = KNOWN_SCORE + 0.1
LEARN_METHODS = frozenset({"newline"})

#: The learning rule's numbers (see the module doc).
LEARNING = {
    "clean": 1.0,  # weight of a sure split with the byline on its own line
    "sure": 0.5,  # ... of a sure split of a merged excerpt
    "weak": 0.25,  # ... of any other chosen byline in a merged excerpt
    "corroborated": 1.0,  # ... of the names / organisation of a sure split whose other part is known
    "learned_at": 1.0,  # summed weight of distinct articles at which an entry is learned
    "sure_confidence": 0.85,  # a split at least this sure is "sure" (or "clean" on its own line)
    "min_confidence": 0.5,  # below this a chosen byline is no evidence at all
    "max_byline_chars": 80,  # longer credits are one-offs, not worth remembering
    "max_pending": 20_000,  # entries waiting for recurrence, per site (the oldest go first)
    "max_learned": 20_000,  # learned entries per kind, per site
    "max_articles_kept": 6,  # article keys (and neighbours) kept per waiting entry
    "extend_min_articles": 3,  # articles whose same neighbouring name words join a span
}
KINDS = ("bylines", "names", "organisations")
_NUMBER_RE = re.compile(r"\d+")
NUMBER = "<N>"  # a number in a learned byline: matches any number

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


class SiteKnowledge:
    """Byline names and organisations learned for one site (host)."""

    def __init__(self, site: str, *, seed: bool = True) -> None:
        self.site = site
        self.bylines: Counter[str] = Counter()
        self.names: Counter[str] = Counter()
        self.organisations: Counter[str] = Counter()
        #: Evidence waiting for recurrence, by (kind, entry); insertion order = age.
        self.pending: dict[tuple[str, str], _Evidence] = {}
        if seed:
            s = SEEDS.get(site.removeprefix("www."), {})
            self.organisations.update(s.get("organisations", []))
            self.names.update(s.get("names", []))
        self._compiled: _Matchers | None = None

    def tables(self) -> dict[str, Counter[str]]:
        """The learned entries by kind (entry -> articles that gave it)."""
        return {"bylines": self.bylines, "names": self.names, "organisations": self.organisations}

    # ----------------------------------------------------------------------------------
    # learning
    # ----------------------------------------------------------------------------------

    def learn(self, excerpt: str, split: ExcerptSplit | None = None, *, article: str | None = None) -> bool:
        """Take one split excerpt as evidence (see the module doc). ``article`` names the article
        (its URL) so that the same article seen again adds nothing; default: the excerpt text.
        Returns True when the split was clean (its byline on a line of its own, sure): such an
        excerpt splits the same with more knowledge."""
        split = split or split_excerpt(excerpt)
        weight = self._weight(split)
        if weight <= 0.0 or split.byline is None:
            return False
        self._observe(split, weight, _article_key(article or " ".join(excerpt.split())))
        return weight >= LEARNING["clean"]

    def _weight(self, split: ExcerptSplit) -> float:
        if (split.byline is None or split.confidence < LEARNING["min_confidence"]
                or len(split.byline) > LEARNING["max_byline_chars"]):
            return 0.0
        if split.method in LEARN_METHODS:
            if split.lede is None or split.confidence < LEARNING["sure_confidence"]:
                return 0.0  # cut inside the byline, or unsure
            return LEARNING["clean"]
        if split.method not in ("byline-cue", "known-byline"):
            return 0.0
        return LEARNING["sure"] if split.confidence >= LEARNING["sure_confidence"] else LEARNING["weak"]

    def _observe(self, split: ExcerptSplit, weight: float, key: str) -> None:
        byline = split.byline or ""
        names = [a for a in split.authors if _name_like(a)]
        org = split.organisation
        if split.authors and not names and not org:
            return  # "names" that are places or sentence words: no byline
        part_weight = weight
        if weight == LEARNING["sure"] and (any(n in self.names for n in names) or (org and org in self.organisations)):
            part_weight = LEARNING["corroborated"]
        before, after = split.standfirst or "", split.note or split.lede or ""
        entries = [("bylines", byline, weight, before, after)]
        for part, kind in [*((n, "names") for n in names), *(((org, "organisations"),) if org else ())]:
            at = byline.find(part)
            if at >= 0:  # what surrounds the part: the standfirst / lede at the byline's edges, else a boundary
                entries.append((kind, part, part_weight, before if at == 0 else ",",
                                after if at + len(part) == len(byline) else ","))
        for kind, entry, w, left, right in entries:
            if kind == "bylines":
                entry = _generalise(entry)
            table = getattr(self, kind)
            if entry in table:
                continue  # known already: a repeat teaches nothing new
            evidence = self.pending.pop((kind, entry), None) or _Evidence()
            if not evidence.add(key, w, _context(left, last=True), _context(right, last=False),
                                clean=weight >= LEARNING["clean"]):
                self.pending[(kind, entry)] = evidence  # this article gave it already
                continue
            learned = evidence.settled(extend=kind != "organisations")
            if learned is not None:
                lefts, rights = learned
                whole = " ".join([*lefts, entry, *rights])
                if kind != "names" or _name_like(whole):
                    self._learn_entry(kind, whole, len(evidence.articles))
                    continue
            self.pending[(kind, entry)] = evidence  # re-inserted last: the newest
            while len(self.pending) > LEARNING["max_pending"]:
                del self.pending[next(iter(self.pending))]

    def _learn_entry(self, kind: str, entry: str, count: int) -> None:
        table = getattr(self, kind)
        if len(table) < LEARNING["max_learned"] and entry not in table:
            table[entry] = count
            self._compiled = None  # rebuilt (cheaply) when something new was learned

    def add(self, byline: str, authors: Iterable[str] = (), organisation: str | None = None) -> bool:
        """Learn a byline and its parts outright (a curated entry, or a test's)."""
        names = [a for a in authors if B.NAME_TOKEN_RE.fullmatch(a.split()[0] if a.split() else "")]
        new = byline not in self.bylines or any(n not in self.names for n in names) or (
            organisation is not None and organisation not in self.organisations)
        self.bylines[byline] += 1
        self.names.update(names)
        if organisation:
            self.organisations[organisation] += 1
        for kind, entry in [("bylines", byline), *(("names", n) for n in names), ("organisations", organisation or "")]:
            self.pending.pop((kind, entry), None)
        if new:
            self._compiled = None  # rebuilt (cheaply: the learned strings only) when something new was learned
        return True

    def learn_from_page(self, excerpts: Iterable[str]) -> int:
        """First pass over a page: learn from every excerpt. Returns how many were clean."""
        return sum(self.learn(e) for e in excerpts)

    # ----------------------------------------------------------------------------------
    # use
    # ----------------------------------------------------------------------------------

    def _patterns(self) -> _Matchers:
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
            "pending": [[kind, entry, e.to_list()] for (kind, entry), e in self.pending.items()],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SiteKnowledge:
        if data.get("version", KNOWLEDGE_VERSION) != KNOWLEDGE_VERSION:
            raise ValueError(f"unsupported knowledge version {data.get('version')!r}")
        k = cls(data["site"], seed=False)
        k.bylines.update(data.get("bylines", {}))
        k.names.update(data.get("names", {}))
        k.organisations.update(data.get("organisations", {}))
        for kind, entry, evidence in data.get("pending", []):
            if kind in KINDS:
                k.pending[(kind, entry)] = _Evidence.from_list(evidence)
        return k

    def __getstate__(self) -> dict[str, Any]:
        # Sent to and from the extraction worker process: the compiled matchers are rebuilt there.
        return {**self.__dict__, "_compiled": None}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SiteKnowledge) and self.to_dict() == other.to_dict()

    def __repr__(self) -> str:
        return (f"SiteKnowledge({self.site!r}: {len(self.bylines)} bylines, {len(self.names)} names, "
                f"{len(self.organisations)} organisations)")


@dataclass
class _Evidence:
    """What the articles that showed one entry say: each article's weight and the words around
    the entry there (up to 3 on each side, nearest last on the left and first on the right)."""

    articles: dict[str, float] = field(default_factory=dict)
    left: list[list[str]] = field(default_factory=list)
    right: list[list[str]] = field(default_factory=list)
    clean: bool = False

    def add(self, key: str, weight: float, left: list[str], right: list[str], clean: bool = False) -> bool:
        """One article's evidence; False when that article gave it already (with as much weight)."""
        if self.articles.get(key, 0.0) >= weight:
            return False
        if key not in self.articles and len(self.articles) >= LEARNING["max_articles_kept"]:
            self.articles.pop(min(self.articles, key=self.articles.__getitem__))  # keep the strongest
        self.articles[key] = weight
        self.clean = self.clean or clean
        if len(self.left) < LEARNING["max_articles_kept"]:
            self.left.append(left)
            self.right.append(right)
        return True

    def settled(self, *, extend: bool = True) -> tuple[list[str], list[str]] | None:
        """None while the entry waits; else the name words to add on its left and right.

        The words next to the entry in every article that gave it (3 or more) are part of it
        when they are name words ("Marcus T | Hellberg", "Lin | Pei-ju"): the splits cut inside
        the byline the same way each time. The same word of another kind (2 or more articles)
        means the span is cut inside something longer: it waits."""
        if sum(self.articles.values()) < LEARNING["learned_at"] - 1e-9:
            return None
        if self.clean:
            return [], []
        if len(self.left) == 1 and (_name_words(self.left[0][-1:]) or _name_words(self.right[0][:1])):
            return None  # one article (a corroborated part) with a name word next to it: maybe cut inside a name
        left = _common(self.left, from_end=True)
        right = _common(self.right, from_end=False)
        if extend and len(self.left) >= LEARNING["extend_min_articles"]:
            lefts, rights = _name_words(left[::-1])[::-1], _name_words(right)
            left, right = left[: len(left) - len(lefts)], right[len(rights):]
        else:
            lefts, rights = [], []
        if _blocks(left[-1:]) or _blocks(right[:1]):
            return None
        return lefts, rights

    def to_list(self) -> list[Any]:
        return [self.articles, self.left, self.right, self.clean]

    @classmethod
    def from_list(cls, data: list[Any]) -> _Evidence:
        articles, left, right, clean = data
        return cls(dict(articles), [list(w) for w in left], [list(w) for w in right], bool(clean))


def _common(contexts: list[list[str]], *, from_end: bool) -> list[str]:
    """The words all contexts (2 or more) share next to the entry."""
    if len(contexts) < 2:
        return []
    out: list[str] = []
    for k in range(min(map(len, contexts))):
        words = {c[-1 - k] if from_end else c[k] for c in contexts}
        if len(words) != 1:
            break
        out.append(words.pop())
    return out[::-1] if from_end else out


def _name_words(words: list[str]) -> list[str]:
    """The leading name words (at most 2) of ``words``: a name token or an initial."""
    out = []
    for w in words[:2]:
        if not (_INITIAL_RE.fullmatch(w) or (B.NAME_TOKEN_RE.fullmatch(w) and w not in B.NOT_NAME_WORDS)):
            break
        out.append(w)
    return out


def _blocks(words: list[str]) -> bool:
    """A constant neighbour a byline could run on into (not a sentence starter such as "The")."""
    return bool(words) and bool(words[0]) and words[0] not in B.SENTENCE_STARTERS and words[0][:1].isalnum()


_INITIAL_RE = re.compile(r"[A-Z]\.?")
_TRIM = "“”‘’\"'(),.:;!?"


def _context(text: str, *, last: bool) -> list[str]:
    """Up to 3 words of ``text`` next to the entry (its last ones, or its first ones); a
    punctuation mark next to the entry is a boundary, given as the empty word."""
    words = text.split()
    words = words[::-1][:3] if last else words[:3]
    out = []
    for w in words:
        if (w[-1] in ",;:.!?)]" if last else w[0] in ",;:.!?([") and not _INITIAL_RE.fullmatch(w):
            out.append("")  # a separator: nothing runs on across it
            break
        out.append(w.strip(_TRIM))
    return out[::-1] if last else out


def _article_key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=6).hexdigest()


def _generalise(byline: str) -> str:
    """A byline with its numbers as ``<N>`` (a credit formula: "... issue 30" -> "... issue <N>")."""
    return _NUMBER_RE.sub(NUMBER, " ".join(byline.split()))


def _name_like(name: str) -> bool:
    words = name.split()
    return bool(words) and bool(B.NAME_TOKEN_RE.fullmatch(words[0])) and not any(w in B.NOT_NAME_WORDS for w in words)


@functools.cache
def _end_re() -> re.Pattern[str]:
    return re.compile(B.END)


@functools.cache
def _org_tail_re() -> re.Pattern[str]:
    """What may follow a known organisation: the fixed part of the pattern, compiled once (first use)."""
    return re.compile(rf"{_PLACE_TAIL}{_AFFIL}{_ROLE_TAIL}{B.END}")


@functools.cache
def _joined_tails() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What may follow the organisation of a joined candidate (which outranks the cue tables'
    candidates): a place only when a sure end follows it (a sentence starter, a run-in, the end:
    "ISA in Japan | Japanese Prime Minister" is no place of the byline), else no place."""
    return (re.compile(rf" in {B.PLACE}{_AFFIL}{_ROLE_TAIL}{B.END_STRONG}"),
            re.compile(rf"{_AFFIL}{_ROLE_TAIL}{B.END}"))


def _joined_tail(text: str, pos: int) -> re.Match[str] | None:
    for pattern in _joined_tails():
        m = pattern.match(text, pos)
        if m is not None:
            return m
    return None


@functools.cache
def _names_tail_re() -> re.Pattern[str]:
    """What may follow a known name (more names, an organisation): compiled once (first use, ~30 ms)."""
    return re.compile(rf"(?P<more>(?:(?:, | and | & ){B.NAME})*)"
                      rf"(?:, (?P<org2>{B.ORG_CORE}){_PLACE_TAIL}(?: \((?P<affil2>[^()\n]{{2,80}})\))?)?{B.END}")


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
        ordered = [b for b in ordered if NUMBER not in by_words[b][0]]  # a formula opens with a word
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
                    if m is not None and (end_re.match(text, m.end()) is not None or _number_run_in(text, m.end())):
                        authors, org, affil = parse_byline(m.group(0))
                        out.append(Candidate(p, m.end(), "known", KNOWN_SCORE + 0.04, authors, org, affil, known=True))
                        pos = m.end()
                        break
        if self._part_starts is not None:
            for p in _positions(self._part_starts, text):
                c = self._part_at(text, p)
                if c is not None:
                    out.append(c)
                    if not c.authors and c.organisation:
                        named = _name_before(text, c)
                        if named is not None:
                            out.append(named)
        return out

    def _part_at(self, text: str, p: int) -> Candidate | None:
        ch = text[p]
        orgs = self._orgs.get(ch)
        if orgs:
            tail = _org_tail_re()
            for org in orgs:
                if text.startswith(org, p):
                    end = p + len(org)
                    joint = _JOINT_RE.match(text, end)  # "Socialist Action and chinaworker.info reporters"
                    second = self._known_org_at(text, joint.end()) if joint else None
                    if second is not None:
                        m = _joined_tail(text, joint.end() + len(second)) if joint else None
                        if m is not None:
                            return Candidate(p, m.end(), "known", JOINED_SCORE, [], text[p : m.start()],
                                             m.group("affil"), known=True)
                    m = tail.match(text, end)
                    if m is not None:
                        return Candidate(p, m.end(), "known", KNOWN_SCORE, [], org, m.group("affil"), known=True)
        names = self._names.get(ch)
        if names:
            for name in names:
                if text.startswith(name, p):
                    c = self._names_at(text, p, p + len(name))
                    if c is not None:
                        return c
        return None

    def _known_org_at(self, text: str, p: int) -> str | None:
        for org in self._orgs.get(text[p : p + 1], ()):
            if text.startswith(org, p):
                return org
        return None

    def _names_at(self, text: str, p: int, end: int) -> Candidate | None:  # noqa: C901 - one case after another
        """A known name at ``p`` (ending at ``end``), with what may follow it: more names, the
        name in another script in brackets, an organisation (a known one also without a comma:
        "Wong Siu-fung (黃小峰) Socialist Action"), a place ("A and B in Taipei")."""
        more = _more_names_re().match(text, end)
        assert more is not None  # it may match nothing
        authors = _NAME_SEP_RE.split(text[p : more.end()])
        after = more.end()
        bracket = _OTHER_SCRIPT_RE.match(text, after)
        after_bracket = bracket.end() if bracket else after
        sep = _ORG_SEP_RE.match(text, after_bracket)
        org = self._known_org_at(text, sep.end()) if sep else None
        if sep is not None and org is not None:
            m = _joined_tail(text, sep.end() + len(org))
            if m is not None:
                return Candidate(p, m.end(), "known", JOINED_SCORE, authors, org, m.group("affil"), known=True)
        m = _place_end_re().match(text, after_bracket)
        if m is not None:  # "A and B in Taipei": every name, then the place
            return Candidate(p, m.end(), "known", KNOWN_SCORE, authors, None, None, known=True)
        m = _names_tail_re().match(text, p + len(authors[0]))
        if m is not None:
            return Candidate(p, m.end(), "known", KNOWN_SCORE, _NAME_SEP_RE.split(text[p : m.end("more")]),
                             m.group("org2"), m.group("affil2"), known=True)
        return None


def _number_run_in(text: str, end: int) -> bool:
    """A learned formula ending in a number, run into the next part: "... issue 56Hong Kong's"."""
    return 0 < end < len(text) and text[end - 1].isdigit() and text[end].isupper()


@functools.cache
def _name_before_re() -> re.Pattern[str]:
    """A person's name (1-3 words) ending where the text is searched up to."""
    return re.compile(rf"(?<!\S)(?P<name>{B.NAME_TOKEN}(?: {B.NAME_TOKEN}){{0,2}})$")


def _name_before(text: str, org: Candidate) -> Candidate | None:
    """A known organisation after ", " or after a name in another script ("A, Org", "A (甲) Org"),
    and a person's name right before that: "<name>, <known org>" is a byline even where the cue
    tables do not know the organisation. Only when what precedes the name ends a phrase (a
    lower-case word that is not a place preposition, or punctuation): else the name may be the
    tail of capitalised standfirst words ("... in Johor | Yeoh Swee Lin")."""
    start = org.start
    assert org.organisation is not None
    tail = _joined_tail(text, start + len(org.organisation))
    if tail is None:
        return None
    if text[max(0, start - 2) : start] == ", ":
        cut = start - 2
    else:
        bracket = _BRACKET_BEFORE_RE.search(text, 0, start)
        if bracket is None:
            return None
        cut = bracket.start()
    m = _name_before_re().search(text, max(0, cut - 60), cut)
    if m is None:
        return None
    name = m.group("name")
    before = text[: m.start()].rstrip()
    word = before.rsplit(None, 1)[-1] if before else ""
    if word and not (word[-1] in ".,;:!?”’\"')–-" or (word[0].islower() and word not in B.PLACE_PREPOSITIONS)):
        return None
    if text[m.start() - 1 : m.start()] not in ("", " ", "\n") or any(w in B.NOT_NAME_WORDS for w in name.split()):
        return None
    return Candidate(m.start(), tail.end(), "known", JOINED_SCORE, [name], org.organisation, tail.group("affil"),
                     known=True)


_BRACKET_BEFORE_RE = re.compile(r" \([^()\n]{1,30}\) $")
_JOINT_RE = re.compile(r" (?:and|&) ")
_OTHER_SCRIPT_RE = re.compile(r" ?\([^()\n]{1,30}\)")  # "(郭子健)": the name in another script
_ORG_SEP_RE = re.compile(r",? ")


@functools.cache
def _more_names_re() -> re.Pattern[str]:
    return re.compile(rf"(?:(?:, | and | & ){B.NAME})*")


@functools.cache
def _place_end_re() -> re.Pattern[str]:
    """After known names: a place, then the end of the byline ("... and Dongfang in Kaohsiung")."""
    return re.compile(rf" in {B.PLACE}{B.END_STRONG}")


@functools.lru_cache(maxsize=4096)
def _flexible(words: tuple[str, ...]) -> re.Pattern[str]:
    """A learned byline, its words joined by any whitespace, ``<N>`` standing for any number."""
    return re.compile(r"\s+".join(re.escape(w).replace(NUMBER, r"\d+") for w in words))


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
