"""What a site's own excerpts teach about its bylines (pure; no Scrapy, no I/O).

``SiteKnowledge`` remembers a site's bylines, their person names and their organisations, and
gives ``split_excerpt`` candidates for them inside merged excerpts of the same site, where no
line break marks the byline ("...deeper than ever Ben Rooke Sun is...",
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
  author next to a known organisation) get 1.0, unless the knowledge read a longer name there
  than the splitter alone reads (its first words may be the standfirst's last: it must recur).

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
is learned). A site's excerpts teach only where they are judged to carry bylines (the caller
decides: ``newscrawl.extract.teasers.split_page_blocks`` with ``byline_presence``): on most
sites an excerpt is the article's first words, and what recurs there (a dateline, a phrase) is
no byline.

    k = SiteKnowledge("example.org")
    k.learn_from_page(excerpts)            # first pass: learn from the page's bylines
    splits = [split_excerpt(e, k) for e in excerpts]   # second pass
    # or: splits = split_page(excerpts, k)

Persist with ``newscrawl.storage.knowledge_file.save_knowledge / load_knowledge``.

A researcher curates it (``newscrawl knowledge``) through the generic "curation" section below:
``tables()`` (kind -> entry -> count), ``rejected`` (values never to be learned again: neither
added nor gathered as evidence), ``forget``, ``allow`` and ``merge``. Curated (imported or
added) entries are confirmed knowledge: they go straight into the tables, whatever the
learning rule's thresholds and caps.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from newscrawl.extract import bylines as B
from newscrawl.extract import forms as F
from newscrawl.extract import places
from newscrawl.extract import tokens as T
from newscrawl.extract.byline_presence import BylinePresence
from newscrawl.extract.split import (
    HONORIFIC,
    KNOWN_ORG_SPAN,
    RUN_IN_START,
    SENTENCE_INSIDE_RE,
    Candidate,
    ExcerptSplit,
    bare_name,
    comma_open_before,
    known_place_ends_at,
    parse_byline,
    place_list_ends_at,
    runs_on_org,
    split_excerpt,
)

#: Version of the dict/JSON form. 2 added ``rejected``; 3 added ``pending`` (evidence waiting for
#: recurrence) and ``byline_presence`` (what the site's excerpts showed); versions 1 and 2 are still read.
KNOWLEDGE_VERSION = 3
READABLE_VERSIONS = frozenset({1, 2, 3})
KNOWN_SCORE = 0.95  # base score of a known byline / name / organisation (before context)
#: ... of two known parts joined ("<known name> (<name in another script>) <known organisation>",
#: "<known org> and <known org> reporters"): above a known byline that is one of the parts
#: (KNOWN_SCORE + 0.04) with the best left context (+0.05)
JOINED_SCORE = KNOWN_SCORE + 0.1
#: ... of a known name right before a known organisation after a capitalised word ("... on Sundays | <known name>,
#: <known org>"): above the known organisation alone, which the capitalised word before the name does not lower
#: (that context costs a name 0.15), so no form stretches the organisation over both words
KNOWN_PAIR_SCORE = JOINED_SCORE + 0.1
#: ... of a person's name before a known organisation whose first word is uncertain (capitalised words or a place
#: preposition before it: "... of Tsuen Wan | Ewan Macready, <known org>", "... in Cebu | Rodel Manansala, <known
#: org>"): the name is guessed (two words, as most names have, after a capitalised word; after a place preposition,
#: all but the place's word); the known organisation alone after the name's comma then scores
#: ``ORG_AFTER_NAME_SCORE``, below it
GUESSED_NAME_SCORE = KNOWN_SCORE
ORG_AFTER_NAME_SCORE = KNOWN_SCORE - 0.15
#: ... of a credit no form knows around a known part ("Extracts from the <known org> pamphlet ‘...’"): below the
#: forms' credits (a form that reads the whole credit wins), above nothing at all
CREDIT_AROUND_SCORE = 0.7
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
#: A host that is a name (not an address): labels of letters, digits and hyphens, a top-level label of letters
_HOST_NAME_RE = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}")
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


def _cold_reads_shorter(excerpt: str, names: list[str]) -> bool:
    """Does the splitter alone read one of ``names`` without its first words in ``excerpt``?"""
    cold = split_excerpt(excerpt).authors
    return any(name.endswith(" " + author) for name in names for author in cold)


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
            host = site.removeprefix("www.")
            s = SEEDS.get(host, {})
            self.organisations.update(s.get("organisations", []))
            self.names.update(s.get("names", []))
            if _HOST_NAME_RE.fullmatch(host) and host not in self.organisations:
                # a site names itself in its credits ("<site> reporters"), often run into the word before it
                # ("... demand back pay<site> reporters"): its own host is its organisation from the start
                self.organisations[host] = 1
        #: kind -> values a researcher rejected (``forget``): never learned again, kept in the file.
        self.rejected: dict[str, set[str]] = {}
        #: What the site's excerpts showed so far (newscrawl.extract.byline_presence).
        self.byline_presence = BylinePresence()
        #: When a list (a caller turned it on): every piece of evidence taken in, as it was taken,
        #: ``[kind, entry, article, weight, left words, right words, clean]`` -- what a cluster's
        #: workers send each other (``take_evidence``; newscrawl.cluster.knowledge_sync). Not saved.
        self.journal: list[list[Any]] | None = None
        self._compiled: _Matchers | None = None

    # ----------------------------------------------------------------------------------
    # learning
    # ----------------------------------------------------------------------------------

    def learn(self, excerpt: str, split: ExcerptSplit | None = None, *, article: str | None = None) -> bool:
        """Take one split excerpt as evidence (see the module doc). ``article`` names the article
        (its URL) so that the same article seen again adds nothing; default: the excerpt text.
        Returns True when the split was clean (its byline on a line of its own, sure) and taught:
        such an excerpt splits the same with more knowledge."""
        split = split or split_excerpt(excerpt)
        weight = self._weight(split)
        if weight <= 0.0 or split.byline is None:
            return False
        text, byline = " ".join(excerpt.split()), " ".join(split.byline.split())
        at = text.find(byline) if byline else -1  # where the byline is in the excerpt (-1: not as it reads there)
        if weight < LEARNING["clean"] and self._contradicts_known_org(text, byline, at, split.organisation):
            return False
        taught = self._observe(split, weight, _article_key(article or text), text, at)
        return taught and weight >= LEARNING["clean"]

    def _contradicts_known_org(self, text: str, byline: str, start: int, org: str | None) -> bool:
        """Does a merged split's byline (found at ``start`` of the whitespace-normalised ``text``) cut a known
        organisation of several words ("A, Left | Current ...") or run on past one into a sentence ("A, <known org>
        Chanting in ...")? Such a split is wrong, and would teach the cut span, or the run-on one, as this site's
        (a one-off, but the next such cut is the same)."""
        if not self.organisations or start < 0:
            return False
        matchers = self._patterns()
        end = start + len(byline)
        for m in re.finditer(r"\S+", byline):
            p = start + m.start()
            part = matchers._known_part_span(text, p) if text[p : p + 1] else None
            if part is None or part[0] != "org":
                continue
            if part[1] > end and " " in text[p : part[1]]:
                return True  # cut inside it
            if runs_on_org(text[p : part[1]], org):
                return True  # ran on past it
        return False

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
        if split.lede is None and split.note is None:
            return 0.0  # the excerpt may be cut inside the byline's last word ("..., Socialist Ri")
        return LEARNING["sure"] if split.confidence >= LEARNING["sure_confidence"] else LEARNING["weak"]

    def _observe(self, split: ExcerptSplit, weight: float, key: str, text: str, at: int) -> bool:
        """Take the split's byline, names and organisation as evidence; False when it teaches nothing. ``text``:
        the excerpt, whitespace-normalised; ``at``: where the byline is in it (-1: not found as it reads)."""
        byline = split.byline or ""
        if self.is_rejected("bylines", byline) or self.is_rejected("bylines", _generalise(byline)):
            return False  # a rejected byline rejects the whole split it came from
        names = [a for a in split.authors if F.is_person_name(a) and a not in self.organisations]
        org = split.organisation
        if org and " " not in org and (org in B.ORG_WORDS or org in B.GROUP_NOUNS):
            org = None  # one word of an organisation's name or a group ("Workers" of "A, Workers and Socialist
            # Party"): no organisation on its own, and learned it would cut every longer name holding it
        if org and not split.affiliation and places.is_place(org, one_word_ok=True):
            org = None  # a place read as a group's organisation ("Taiwan reporters"): learned, every mention of the
            # place would read as a byline (bylines.EXAMPLES["place-is-no-learned-org"]); where a byline was written
            # or a correspondent's beat is no organisation already (split._place_as_org), and a paper named as a
            # place is, with its section ("Hinode (RHI Japan)")
        if not org and not names and len(split.authors) == 1 and split.authors[0] in self.organisations:
            org = split.authors[0]  # "<known org> (<section>)" read as a person and a section: the organisation
        if split.authors and not names and not org:
            return False  # "names" that are places or sentence words: no byline
        part_weight = weight
        org_known = bool(org and org in self.organisations)
        if weight == LEARNING["sure"] and (any(n in self.names for n in names) or org_known):
            part_weight = LEARNING["corroborated"]
        if part_weight > weight and any(self._extends_known_name(n) or (" " not in n and n not in self.names
                                                                         and not org_known) for n in names):
            # "<standfirst's last word> <known name>": the name's start is in doubt; a new one-word name that only a
            # known name vouches for may be the lede's first word ("<known name>, | Thatcher, revered as ..."):
            # both must recur
            part_weight = weight
        if (part_weight > weight and split.method == "known-byline" and any(n not in self.names for n in names)
                and _cold_reads_shorter(text, names)):
            # the site's knowledge read a longer name than the splitter alone reads here ("... in Cavite and Bulacan
            # | <known org's> names"): the words it added may be the standfirst's last, so the name must recur
            # (bylines.EXAMPLES["guessed-name-start-recurs"])
            part_weight = weight
        org_weight = part_weight
        if org_weight > weight and org and not org_known and self._extends_known_org(org):
            # "<known org> South | Korea has ...": a known organisation run on into the lede's first capitalised
            # words, read as a longer one; a known name beside it vouches for the name, not for that: it must recur
            org_weight = weight
        before, after = split.standfirst or "", split.note or split.lede or ""
        if at >= 0:  # what is really next to the byline (a standfirst after a leading byline, a run-in word)
            before, after = text[:at], text[at + len(" ".join(byline.split())):]
        entries = [("bylines", byline, weight, before, after)]
        for part, kind in [*((n, "names") for n in names), *(((org, "organisations"),) if org else ())]:
            at = byline.find(part)
            if at >= 0:  # what surrounds the part: the standfirst / lede at the byline's edges, else a boundary
                entries.append((kind, part, org_weight if kind == "organisations" else part_weight,
                                before if at == 0 else ",",
                                after if at + len(part) == len(byline) else ","))
        for kind, entry, w, left, right in entries:
            if kind == "bylines":
                entry = _generalise(entry)
            table = self.tables()[kind]
            if entry in table:
                table[entry] += 1  # known already: a repeat teaches nothing new, but is counted (curation shows it)
                continue
            self._take(kind, entry, key, w, _context(left, last=True), _context(right, last=False),
                       clean=weight >= LEARNING["clean"])
        return True

    def _extends_known_name(self, name: str) -> bool:
        """Is ``name`` a known name with words before it ("Bulacan <known name>")?"""
        words = name.split()
        return any(" ".join(words[i:]) in self.names for i in range(1, len(words)))

    def _extends_known_org(self, org: str) -> bool:
        """Is ``org`` a known organisation with words after it ("<known org> South")?"""
        words = org.split()
        return any(" ".join(words[:i]) in self.organisations for i in range(1, len(words)))

    def _take(self, kind: str, entry: str, key: str, weight: float, left: list[str], right: list[str], *,
              clean: bool) -> None:
        """One article's evidence for an entry not in its table: it waits for more, or the entry is learned."""
        if self.is_rejected(kind, entry):
            return  # never to be learned
        evidence = self.pending.pop((kind, entry), None) or _Evidence()
        if not evidence.add(key, weight, left, right, clean=clean):
            self.pending[(kind, entry)] = evidence  # this article gave it already
            return
        if self.journal is not None:
            self.journal.append([kind, entry, key, weight, left, right, clean])
        learned = evidence.settled(extend=kind != "organisations")
        if learned is not None:
            lefts, rights = learned
            whole = " ".join([*lefts, entry, *rights])
            if kind != "names" or F.is_person_name(whole):
                self._learn_entry(kind, whole, len(evidence.articles))
                return
        self.pending[(kind, entry)] = evidence  # re-inserted last: the newest
        while len(self.pending) > LEARNING["max_pending"]:
            del self.pending[next(iter(self.pending))]

    def take_evidence(self, observation: Any) -> bool:
        """Evidence another process took in (an entry of its ``journal``), taken as if it were seen
        here: so several processes that each see part of a site's pages gather the evidence one
        process would. An entry this knowledge holds already is left alone (the process that saw
        the article counts its repeats). False when ``observation`` is malformed or its entry known."""
        if not (isinstance(observation, list) and len(observation) == 7):
            return False
        kind, entry, key, weight, left, right, clean = observation
        if (kind not in KINDS or not isinstance(entry, str) or not entry or not isinstance(key, str)
                or not isinstance(weight, (int, float)) or isinstance(weight, bool) or not 0 < weight <= 1
                or not _is_words(left) or not _is_words(right) or not isinstance(clean, bool)):
            return False
        if entry in self.tables()[kind]:
            return False
        journal, self.journal = self.journal, None  # what came from elsewhere is not sent on again
        try:
            self._take(kind, entry, key, float(weight), list(left), list(right), clean=clean)
        finally:
            self.journal = journal
        return True

    def _learn_entry(self, kind: str, entry: str, count: int) -> None:
        table = self.tables()[kind]
        if len(table) < LEARNING["max_learned"] and entry not in table and not self.is_rejected(kind, entry):
            table[entry] = count
            self._compiled = None  # rebuilt (cheaply) when something new was learned

    def add(self, byline: str, authors: Iterable[str] = (), organisation: str | None = None) -> bool:
        """Learn a byline and its parts outright (confirmed knowledge: a curated entry, or a test's);
        a value a researcher rejected is never added (a rejected byline rejects the whole split)."""
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
        for kind, entry in [("bylines", byline), *(("names", n) for n in names), ("organisations", organisation or "")]:
            self.pending.pop((kind, entry), None)
        if new:
            self._compiled = None  # rebuilt (cheaply: the learned strings only) when something new was learned
        return True

    def learn_from_page(self, excerpts: Iterable[str], articles: Iterable[str | None] | None = None) -> int:
        """First pass over a page: learn from every excerpt (``articles``: their article keys).
        Returns how many were clean."""
        keys = list(articles) if articles is not None else None
        return sum(self.learn(e, article=keys[k] if keys else None) for k, e in enumerate(excerpts))

    # ----------------------------------------------------------------------------------
    # use
    # ----------------------------------------------------------------------------------

    def _patterns(self) -> _Matchers:
        if self._compiled is None:
            self._compiled = _Matchers(self.bylines, self.organisations, _names_in_use(self.names),
                                       [n for n, count in self.names.items() if count >= RECURRING_NAME_ARTICLES])
        return self._compiled

    def candidates(self, text: str) -> list[Candidate]:
        """Known bylines / organisations / names found in ``text`` (may be run into other words)."""
        return self._patterns().candidates(text)

    # ----------------------------------------------------------------------------------
    # curation: a generic view of the tables, for `newscrawl knowledge` (no learning here)
    # ----------------------------------------------------------------------------------

    def tables(self) -> dict[str, Counter[str]]:
        """Every learned table by kind: entry -> how many articles (or curations) gave it. The live
        counters (changing one changes the knowledge; call ``changed()`` after)."""
        return {"bylines": self.bylines, "names": self.names, "organisations": self.organisations}

    def kinds(self) -> list[str]:
        return list(self.tables())

    def changed(self) -> None:
        """Entries were edited from outside: the matchers are rebuilt on next use, and evidence
        waiting for an entry now in a table (confirmed) or rejected is dropped."""
        self._compiled = None
        tables = self.tables()
        for kind, entry in [k for k in self.pending if k[1] in tables[k[0]] or self.is_rejected(*k)]:
            del self.pending[(kind, entry)]

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
        learning never adds it again (its waiting evidence goes too). Returns how many entries
        were dropped (0: rejected only)."""
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

    def merge(self, other: SiteKnowledge, replace: bool = False) -> dict[str, dict[str, int]]:
        """Take in ``other``'s entries and rejections (a curated file): confirmed entries, added to
        the tables at once (evidence waiting for them is dropped).

        Merging keeps every entry, takes the larger count of an entry both hold (so merging the
        same file twice changes nothing), adds ``other``'s rejections, and skips an entry either
        side rejects. ``replace`` makes this knowledge exactly ``other``'s (tables and rejections;
        the evidence waiting for recurrence is dropped too: a fresh start by request).
        Returns, per kind, how many entries were ``added``, ``recounted`` (given the file's count),
        ``skipped`` (the file's entries rejected here) and ``dropped`` (entries not in the file, with
        ``replace``; entries the file rejects, when merging)."""
        summary: dict[str, dict[str, int]] = {}
        if replace:
            self.rejected = {k: set(v) for k, v in other.rejected.items() if v}
            self.pending.clear()
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
        out["pending"] = [[kind, entry, e.to_list()] for (kind, entry), e in self.pending.items()]
        out["byline_presence"] = self.byline_presence.to_dict()
        return out

    @classmethod
    def from_dict(cls, data: Any, *, site: str | None = None) -> SiteKnowledge:
        """Knowledge from its dict form (version 1, 2 or 3), checked: a wrong shape or type raises
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
        allowed = {"version", "site", "rejected", *kinds, *(("pending", "byline_presence") if version >= 3 else ())}
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
        k.pending = _read_pending(data.get("pending", []), kinds, k.rejected)
        k.byline_presence = _read_presence(data.get("byline_presence", {}))
        return k

    def __getstate__(self) -> dict[str, Any]:
        # Sent to and from the extraction worker process: the compiled matchers are rebuilt there.
        return {**self.__dict__, "_compiled": None}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SiteKnowledge) and self.to_dict() == other.to_dict()

    def __repr__(self) -> str:
        sizes = ", ".join(f"{len(table)} {kind}" for kind, table in self.tables().items())
        return f"SiteKnowledge({self.site!r}: {sizes}, {len(self.pending)} pending)"


class FutureKnowledgeError(ValueError):
    """Knowledge written by a newer newscrawl (a version this code cannot read)."""


#: Longest entry accepted from a file: learned bylines are far shorter (a guard against a pasted text).
MAX_ENTRY_CHARS = 300


#: A known name this many articles gave is the whole name before a known organisation, whatever capitalised word
#: comes before it ("... on Sundays | <pen name>, <org>"); one learned from fewer may be a longer name's surname
RECURRING_NAME_ARTICLES = 3
#: How far before a recurring known name a longer known name ending with it may start
LONGER_NAME_LOOKBACK_CHARS = 40
#: A name learned with one word more than a known name is that name after a standfirst's last word ("Sundays
#: <pen name>") when the shorter one recurs this many times as often
WORD_BEFORE_NAME_RATIO = 3


def _names_in_use(names: Counter[str]) -> list[str]:
    """The learned names the splitter looks for: all but a known name with a capitalised word before it that is
    much rarer than the name alone (one misread standfirst word, learned where the organisation after it
    vouched for the split)."""
    out = []
    for name, count in names.items():
        first, _, rest = name.partition(" ")
        if not (rest and first[:1].isupper() and names.get(rest, 0) >= WORD_BEFORE_NAME_RATIO * max(count, 1)):
            out.append(name)
    return out


def _check_entry(kind: str, entry: Any) -> None:
    if not isinstance(entry, str) or not entry.strip():
        raise ValueError(f"{kind!r}: entries must be non-empty text, got {entry!r}")
    if entry != entry.strip() or "\n" in entry:
        raise ValueError(f"{kind!r}: {entry!r} has a line break or spaces at its ends")
    if len(entry) > MAX_ENTRY_CHARS:
        raise ValueError(f"{kind!r}: an entry of {len(entry)} characters (at most {MAX_ENTRY_CHARS}): "
                         f"{entry[:40]!r}...")


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_words(value: Any) -> bool:
    return isinstance(value, list) and len(value) <= 3 and all(isinstance(w, str) for w in value)


def _read_pending(data: Any, kinds: dict[str, Counter[str]],
                  rejected: dict[str, set[str]]) -> dict[tuple[str, str], _Evidence]:
    """The ``pending`` list: ``[kind, entry, [{article: weight}, [left words...], [right words...], clean]]``."""
    if not isinstance(data, list):
        raise ValueError(f"'pending' must be a list of [kind, entry, evidence], got {type(data).__name__}")
    out: dict[tuple[str, str], _Evidence] = {}
    for n, row in enumerate(data):
        where = f"'pending'[{n}]"
        if not isinstance(row, list) or len(row) != 3:
            raise ValueError(f"{where} must be [kind, entry, evidence], got {row!r:.60}")
        kind, entry, evidence = row
        if kind not in kinds:
            raise ValueError(f"{where} has unknown kind {kind!r}; kinds: {', '.join(kinds)}")
        _check_entry(f"pending.{kind}", entry)
        if not isinstance(evidence, list) or len(evidence) != 4:
            raise ValueError(f"{where}: evidence must be [articles, left, right, clean], got {evidence!r:.60}")
        articles, left, right, clean = evidence
        if not (isinstance(articles, dict) and all(
                isinstance(a, str) and isinstance(w, (int, float)) and not isinstance(w, bool) and 0 < w <= 1
                for a, w in articles.items())):
            raise ValueError(f"{where}: articles must map an article key to a weight in (0, 1]")
        if not (isinstance(left, list) and isinstance(right, list) and len(left) == len(right)
                and all(map(_is_words, left)) and all(map(_is_words, right))):
            raise ValueError(f"{where}: left and right must be lists (one per article) of up to 3 words")
        if not isinstance(clean, bool):
            raise ValueError(f"{where}: clean must be true or false, got {clean!r}")
        if entry in kinds[kind] or entry in rejected.get(kind, ()):
            continue  # learned or rejected since (an edited file): nothing to wait for
        out[(kind, entry)] = _Evidence.from_list(evidence)
    return out


def _read_presence(data: Any) -> BylinePresence:
    if not isinstance(data, dict):
        raise ValueError(f"'byline_presence' must be an object, got {type(data).__name__}")
    unknown = sorted(set(map(str, data)) - {"excerpts", "bylines"})
    if unknown:
        raise ValueError(f"'byline_presence' has unknown key {unknown[0]!r}; expected bylines, excerpts")
    for key in ("excerpts", "bylines"):
        if not _is_count(data.get(key, 0)):
            raise ValueError(f"'byline_presence.{key}' must be a whole number >= 0, got {data.get(key)!r}")
    return BylinePresence.from_dict(data)


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
        return [dict(self.articles), [list(w) for w in self.left], [list(w) for w in self.right], self.clean]

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
    """The leading name words (at most 2) of ``words``: a name word or an initial."""
    out = []
    for w in words[:2]:
        if not F.is_name_part(w):
            break
        out.append(w)
    return out


def _blocks(words: list[str]) -> bool:
    """A constant neighbour a byline could run on into (not a sentence starter such as "The")."""
    return bool(words) and bool(words[0]) and not F.is_starter(words[0]) and words[0][:1].isalnum()


_TRIM = "“”‘’\"'(),.:;!?"


def _is_initial(word: str) -> bool:
    return T.shape_of(word) in (T.LETTER, T.INITIAL)


def _context(text: str, *, last: bool) -> list[str]:
    """Up to 3 words of ``text`` next to the entry (its last ones, or its first ones); a
    punctuation mark next to the entry is a boundary, given as the empty word."""
    words = text.split()
    words = words[::-1][:3] if last else words[:3]
    out = []
    for w in words:
        if (w[-1] in ",;:.!?)]" if last else w[0] in ",;:.!?([") and not _is_initial(w):
            out.append("")  # a separator: nothing runs on across it
            break
        out.append(w.strip(_TRIM))
    return out[::-1] if last else out


def _article_key(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=6).hexdigest()


def _generalise(byline: str) -> str:
    """A byline with its numbers as ``<N>`` (a credit formula: "... issue 30" -> "... issue <N>")."""
    return _NUMBER_RE.sub(NUMBER, " ".join(byline.split()))


# What may follow a learned string: class-string patterns of forms.py (``forms.CharMatcher``),
# compiled once for all sites on first use.


@functools.cache
def _matcher(name: str) -> F.CharMatcher:
    return F.CharMatcher(name)


def _end_re() -> F.CharMatcher:
    """Where a byline may end (forms.END)."""
    return _matcher("END_RE_SOURCE")


def _org_tail_re() -> F.CharMatcher:
    """What may follow a known organisation (" in Place", "(affiliation)", a role word, an end)."""
    return _matcher("ORG_TAIL")


def _names_tail_re() -> F.CharMatcher:
    """What may follow a known name (more names, an organisation, an end)."""
    return _matcher("NAMES_TAIL")


@functools.lru_cache(maxsize=32)  # (read by a known name before a known org and by the org after it: same place)
def _joined_tail(text: str, pos: int) -> F.CharMatch | None:
    """What may follow the organisation of a joined candidate (which outranks the forms'
    candidates): a place only when a sure end follows it, else no place (forms.JOINED_TAIL*)."""
    for name in ("JOINED_TAIL_PLACE", "JOINED_TAIL"):
        m = _matcher(name).match(text, pos)
        if m is not None:
            return m
    return None


_NAME_SEP_RE = re.compile(r",? and |, | & ")


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
    only the fixed parts (what follows a learned string) are patterns, compiled once for all
    sites. Learning a new string costs a few microseconds instead of recompiling patterns."""

    def __init__(self, bylines: Iterable[str], organisations: Iterable[str], names: Iterable[str],
                 recurring_names: Iterable[str] = ()) -> None:
        by_words = {b: b.split() for b in bylines}
        ordered = [b for b in sorted(by_words, key=len, reverse=True) if by_words[b]]
        self._bylines: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        ordered = [b for b in ordered if NUMBER not in by_words[b][0]]  # a formula opens with a word
        for b in ordered:
            first = by_words[b][0]
            self._bylines.setdefault(first[0], []).append((first, _flexible(tuple(by_words[b]))))
        self._orgs = _by_first_char(organisations)
        self._org_set = frozenset(self._orgs_list())
        self._names = _by_first_char(names)
        self._recurring_names = frozenset(recurring_names)
        self._name_set = frozenset(self._names_list())
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
                if p < pos or _after_article(text, p):
                    continue
                for first, pattern in self._bylines.get(text[p], ()):
                    if not text.startswith(first, p):
                        continue
                    m = pattern.match(text, p)
                    if m is not None and (end_re.match(text, m.end()) is not None or _number_run_in(text, m.end())):
                        authors, org, affil = parse_byline(m.group(0))
                        if not org and len(authors) == 1 and authors[0] in self._org_set:
                            # "<known org> (<section>)": not a person's name
                            # (bylines.EXAMPLES["known-org-section-no-name"])
                            authors, org = [], authors[0]
                        elif not authors and not org and m.group(0) in self._name_set:
                            authors = [m.group(0)]  # a known one-word name alone: a pen name ("Denghuo")
                        out.append(Candidate(p, m.end(), "known", KNOWN_SCORE + 0.04, authors, org, affil, known=True))
                        pos = m.end()
                        break
        if self._part_starts is not None:
            for p in _positions(self._part_starts, text):
                c = None if _after_article(text, p) else self._part_at(text, p)
                if c is not None:
                    out.append(c)
                    if not c.authors and c.organisation:
                        named = _name_before(text, c, self._known_name_ending)
                        if named is not None:
                            out.append(named)
                            if named.score == GUESSED_NAME_SCORE:
                                c.score = ORG_AFTER_NAME_SCORE
                part = self._known_part_span(text, p)
                if part is not None and part[0] == "org":
                    # where a known organisation stands: no byline starts or ends inside it, and its possessive
                    # before a byline opens it (split.find_byline)
                    out.append(Candidate(p, part[1], KNOWN_ORG_SPAN, 0.0, [], text[p : part[1]], None, known=True))
                if part is not None and part[0] == "org" and p and text[p - 1].islower():
                    # a known organisation run into the word before it: where a byline that holds it starts
                    out.append(Candidate(p, part[1], RUN_IN_START, 0.0, [], text[p : part[1]], None, known=True))
                if part is not None:
                    around = _credit_around(text, p, part[1], part[0])
                    if around is not None:
                        if around.organisation is None:  # "... talk by <known name>, <known org>, to ..."
                            around.organisation = self._first_known_org(text, part[1], around.end)
                        out.append(around)
        cut = self._cut_known_name(text)
        if cut is not None:
            out.append(cut)
        return [_with_title_before(text, _with_joint_name_before(text, c, self._name_set)) if c.authors else c
                for c in out]

    def _cut_known_name(self, text: str) -> Candidate | None:
        """The excerpt's cut right after a known name's first word, after a sentence's end ("... to local rivals. |
        <first word of a known name>...": bylines.EXAMPLES["known-name-cut"]). Without knowledge a lone capitalised
        word there is as often the lede's first word (``split._cut_name_merged`` takes it after a lower-case word
        only)."""
        m = _CUT_AFTER_SENTENCE_RE.search(text)
        if m is None or "\n" in text or SENTENCE_INSIDE_RE.search(text, 0, m.start()):
            return None  # (a standfirst of one sentence before it; not a lede's second: "<lede>. Ma...")
        if self._known_part_span(text, 0) is not None:
            return None  # (nor after a byline that opens the excerpt: "<known name>, <org> <lede>. Ma...")
        word = m.group("word")
        if word in B.SENTENCE_STARTERS or not any(
                name == word or name.startswith(word + " ") for name in self._names.get(word[0], ())):
            return None
        return Candidate(m.start("word"), len(text), "known", KNOWN_SCORE, [word], None, None, known=True)

    def _first_known_org(self, text: str, start: int, end: int) -> str | None:
        """The first known organisation (a whole word) between ``start`` and ``end``."""
        for p in range(start, end):
            if p and text[p - 1].isalnum():
                continue
            for org in self._orgs.get(text[p], ()):
                after = p + len(org)
                if text.startswith(org, p) and after <= end and not text[after : after + 1].isalnum():
                    return org
        return None

    def _known_part_span(self, text: str, p: int) -> tuple[str, int] | None:
        """The known organisation or name starting at ``p`` (as a whole word), and where it ends."""
        for kind, table in (("org", self._orgs), ("name", self._names)):
            for word in table.get(text[p], ()):
                end = p + len(word)
                # (or run into the lede's capital: "<known org>Three former members ...":
                # bylines.EXAMPLES["known-org-run-into-lede"])
                if text.startswith(word, p) and (end == len(text) or not text[end].isalnum()
                                                 or (text[end].isupper() and text[end - 1].islower())):
                    return kind, end
        return None

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
                    if joint is not None and second is not None:
                        m = _joined_tail(text, joint.end() + len(second))
                        if m is not None:
                            return Candidate(p, m.end(), "known", JOINED_SCORE, [], text[p : joint.end() + len(second)],
                                             m.group("affil"), known=True)
                    m = tail.match(text, end)
                    if m is not None:
                        return Candidate(p, m.end(), "known", KNOWN_SCORE, [], org, m.group("affil"), known=True)
                    if text[p - 2 : p] == ", " and (m := _matcher("ORG_COMMA_TAIL").match(text, end)) is not None:
                        # (forms.ORG_COMMA_TAIL: no score of its own, only the name before it makes a byline)
                        return Candidate(p, m.end(), "known", 0.0, [], org, m.group("affil"), known=True)
        names = self._names.get(ch)
        if names:
            for name in names:
                if text.startswith(name, p):
                    c = self._names_at(text, p, p + len(name))
                    if c is not None:
                        return c
        return None

    def _known_name_ending(self, text: str, start: int, end: int) -> int | None:
        """Where the longest recurring known name that ends at ``end`` starts (a whole word at or after ``start``).
        (A name learned from an article or two may be the surname of a longer name: "Chen | Wei".)"""
        for p in range(start, end):
            if (p == start or text[p - 1] in " \n") and text[p:end] in self._recurring_names:
                # (not the tail of a longer name: after a name's particle, or inside a longer known name, "João Vítor
                # de | <recurring surname>", which a crawl of merged excerpts may have learned alone:
                # bylines.EXAMPLES["recurring-name-inside-longer"])
                # (nor another form of the name before its comma: "Kwong Yat-fung, | 鄺逸峰, <known org>")
                word_before = text[:p].rsplit(None, 1)[-1:]
                if (word_before and word_before[0] in B.NAME_PARTICLES) or comma_open_before(text, p):
                    return None
                if any((q == 0 or text[q - 1] in " \n") and text[q:end] in self._name_set
                       for q in range(max(0, p - LONGER_NAME_LOOKBACK_CHARS), p)):
                    return None
                return p
        return None

    def _known_org_at(self, text: str, p: int) -> str | None:
        for org in self._orgs.get(text[p : p + 1], ()):
            if text.startswith(org, p):
                return org
        return None

    def _names_at(self, text: str, p: int, end: int) -> Candidate | None:
        """A known name at ``p`` (ending at ``end``), with what may follow it: more names, the
        name in another script in brackets, an organisation (a known one also without a comma:
        "Wong Siu-fung (黃小峰) Socialist Action"), a place ("A and B in Taipei")."""
        more = _matcher("MORE_NAMES").match(text, end)
        if more is None:
            return None  # the name ends inside a word ("Bao Lin" in "Bao Linda")
        after = more.end()
        read = _NAME_SEP_RE.split(text[p:after])
        authors = [bare_name(a) for a in read]  # (the names as the forms read them: "A and B (乙)": B)
        bracket = _OTHER_SCRIPT_RE.match(text, after)
        after_bracket = bracket.end() if bracket else after
        sep = _ORG_SEP_RE.match(text, after_bracket)
        org = self._known_org_at(text, sep.end()) if sep else None
        if sep is not None and org is not None:
            m = _joined_tail(text, sep.end() + len(org))
            if m is not None:
                return Candidate(p, m.end(), "known", JOINED_SCORE, authors, org, m.group("affil"), known=True)
        m = _matcher("PLACE_END").match(text, after_bracket)
        if m is not None:  # "A and B in Taipei": every name, then the place
            return Candidate(p, m.end(), "known", KNOWN_SCORE, authors, None, None, known=True)
        m = _names_tail_re().match(text, p + len(read[0]))
        if m is not None:
            return Candidate(p, m.end(), "known", KNOWN_SCORE, [bare_name(a) for a in _NAME_SEP_RE.split(
                text[p : m.end("more")])],
                             m.group("org2"), m.group("affil2"), known=True)
        if text.startswith(", ", after_bracket):
            # its organisation left out, a sentence opening after the comma: "<known name>, | On the night of ..."
            # (bylines.EXAMPLES["known-name-dangling-comma"])
            following = text[after_bracket + 2 :].split(None, 2)
            first, second = (following + ["", ""])[:2]
            if first and (F.is_starter(first.rstrip(",")) or (first[0].isupper() and second[:1].islower())
                          or (first in B.MONTHS and second[:1].isdigit())):
                # (a sentence's opening: a starter, a capital then a lower-case word, a date: "<known name>, |
                # Retired civil servants say ...", "<known name>, | June 4 this year falls ...")
                return Candidate(p, after_bracket + 1, "known", KNOWN_SCORE, authors, None, None, known=True)
            if len(authors) == 1 and first[:1].islower() and first.isalpha() and _after_a_standfirst(text, p):
                # the writer described after the comma, in lower case: "<known name>, refuse driver, formerly ...",
                # "<known name>, who was a student marshal in 1989, looks back" -- the byline's own clause, which
                # split.py reads to where a sentence opens (bylines.EXAMPLES["known-name-described"])
                return Candidate(p, after_bracket, "known", KNOWN_SCORE, authors, None, None, known=True)
        return None


#: a capitalised word alone after a sentence's end, at the text's end (where the excerpt was cut)
_CUT_AFTER_SENTENCE_RE = re.compile(r"[.!?][”’\"')]* (?P<word>[^\W\d_][\w’'-]*)$")

_ARTICLE_BEFORE_RE = re.compile(r"(?<![^\s])(?:the|a|an) $")


def _after_article(text: str, p: int) -> bool:
    """Does an article stand right before ``p``? A known name there is inside a phrase, no byline's start ("Speech
    at the | <known org> Asia school": bylines.EXAMPLES["known-after-article"]); a credit's lead may still end there
    (``_credit_around``)."""
    return _ARTICLE_BEFORE_RE.search(text, max(0, p - 4), p) is not None


_SENTENCE_ENDED_RE = re.compile(r"[.!?][”’\"')]*(?: \S|$)")
_SPEECH_VERBS = frozenset({"said", "says", "told", "tells", "asked", "asks", "added", "adds", "wrote", "writes"})


def _after_a_standfirst(text: str, p: int) -> bool:
    """Does ``p`` open the excerpt or follow one standfirst-like phrase (no sentence ended before it, no verb of
    speech right before it: "... the union, said | <known name>, a driver" is inside the lede)?"""
    before = text[:p].rstrip()
    if not before:
        return True
    if len(before) > B.THRESHOLDS["max_standfirst_chars"] or _SENTENCE_ENDED_RE.search(before):
        return False
    return before.rsplit(None, 1)[-1].strip(",") not in _SPEECH_VERBS


#: A credit's lead before a known part ends in one of these ("Extracts from the | Org", "a talk by | Name").
#: ("for" is left out: "... an anniversary nobody asked for | <known name>, <org>" is a standfirst)
_LEAD_END_RE = re.compile(r"(?<![^\s])(?:by|from|of)(?: the| an?)? $")
#: Words that make a lead or a tail a sentence, not a credit ("The rally was called by | Org").
_CLAUSE_VERBS = frozenset("is was were are has have had will would said says told say".split())
_QUOTED_RE = re.compile(r"[‘“\"][^‘“”’\"\n]{1,80}[’”\"]")
#: (a credit may name its author on the way: "Voice message from A, a courier in <place>, transcribed by")
_CREDIT_LEAD_WORDS = 14
_SHORT_LEAD_WORDS = 3  # "Fact sheet by", "Introduction by": any short lead
#: What a credit's lead names (lower-cased): the kinds of text and credit of bylines.WORD_SETS, and "talk"
_CREDIT_WORDS = frozenset(w.lower() for name in ("credit-noun", "credit-subject", "version-noun", "book-part",
                                                   "by-credit", "book-word", "place-credit", "joint-credit-noun")
                          for w in B.WORD_SETS[name]) | {"talk", "interview", "interviewed"}
#: ... and the capitalised ones that open a credit after anything, even a capitalised word ("... in Chengdu |
#: Interview by <known name>")
_CREDIT_OPENERS = frozenset(w for w in _CREDIT_WORDS | {w.capitalize() for w in _CREDIT_WORDS} if w[:1].isupper())
_CREDIT_TAIL_CHARS = 80


def _credit_around(text: str, p: int, end: int, kind: str) -> Candidate | None:
    """A credit no form knows around a known organisation or name, in a merged excerpt: a lead from a part
    boundary that ends in "by", "from", "of" or "for" ("Extracts from the | Socialist Action | pamphlet
    ‘Title’", "Slightly shortened version of the opening talk by | <known name>, ..."), the known part, and
    a short tail to the next part boundary (a capitalised word after a word that ends a phrase) or the
    excerpt's end. The site's recurring organisations and names anchor it: without them such a span is
    indistinguishable from the lede's sentences. Never a lead or tail holding a sentence's verb or end."""
    before = text[:p]
    lead_end = _LEAD_END_RE.search(before, max(0, p - 10))
    if lead_end is None:
        return None
    start = _lead_start(before, lead_end.start())
    if start is None:
        return None
    tail_end = _tail_end(text, end)
    if tail_end is None:
        return None
    words = text[start:tail_end].split()
    lead = before[start:lead_end.start()].split()
    if len(lead) > _SHORT_LEAD_WORDS and not any(w.strip("’”:,").lower() in _CREDIT_WORDS for w in lead):
        return None  # a longer lead names the kind of text ("version", "talk", "leaflet"): else it is a standfirst
    if any(w.strip(",;:").lower() in _CLAUSE_VERBS for w in words) or text[start] in "‘“\"":
        return None
    span = text[start:tail_end].rstrip(" ,;")
    authors, org, affil = parse_byline(span)
    if not (authors or org):
        known = text[p:end]
        authors, org = ([known], None) if kind == "name" else ([], known)
    # (not "known" itself: a known part's candidate inside it stretches to it, as to a form around it)
    return Candidate(start, start + len(span), "credit-around", CREDIT_AROUND_SCORE, authors, org, affil)


#: A lower-case letter run into a capital: two parts run together with nothing between ("vesselsReviewed")
_RUN_IN_RE = re.compile(r"[^\W\d_A-Z](?=[A-Z])")


def _lead_start(before: str, lead_end: int) -> int | None:
    """Where a credit's lead ending at ``lead_end`` starts: the nearest capitalised word after a part
    boundary (the excerpt's start, a line break, or a word ending a phrase: not a preposition or an article,
    which go on with a place or a name: "in | Tsuen Wan"), within a few words and no sentence end."""
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", before[:lead_end])]
    for k in range(len(words) - 1, max(-1, len(words) - 1 - _CREDIT_LEAD_WORDS), -1):
        pos, word = words[k]
        if k < len(words) - 1 and word[-1] in ".!?":
            return None  # a sentence ends inside the lead
        if (runin := _RUN_IN_RE.search(word)) is not None:
            # a part boundary run together inside the lead: the lead opens at its capital ("... on Taiwanese
            # vessels|Reviewed by <known name>, <known org>": bylines.EXAMPLES["credit-around-run-in"])
            return pos + runin.end()
        if not word[:1].isupper():
            continue
        if k == 0 or "\n" in before[words[k - 1][0]:pos] or word.rstrip(":,") in _CREDIT_OPENERS:
            return pos
        if (k + 1 < len(words) and words[k + 1][1].strip("’”:,").lower() in _CREDIT_WORDS
                and not word.endswith(("’s", "'s"))):  # (not whose it is: "... translation of | Yuanshan’s article")
            return pos  # a capitalised word before the kind of text opens it: "Joint statement", "Voice message"
        prev = words[k - 1][1]
        if prev[-1:] in ".!?":
            return None  # after a sentence's end: the lede's own words
        if _ends_phrase(prev):
            return pos
    return None


def _ends_phrase(word: str) -> bool:
    """Can a part end with ``word`` before a capitalised one: a lower-case word that is no preposition or
    article, a number, or a closing quote or bracket (not a capitalised word: "Tsuen | Wan", "Pan | Yuming")?"""
    if not word:
        return False
    # (a plural possessive goes on: "the Kaohsiung Metro Workers’ | Union", unless a quotation opened in it)
    possessive = word.endswith(("s’", "s'")) and not any(q in word[:-1] for q in "‘'\"“")
    if word[-1] in "’”\")" and not possessive:
        return True
    # (nor a name's particle, which goes on with the name: "João Pedro dos | Reis Almeida")
    return (word[0].islower() or word[0].isdigit()) and word.lower() not in B.FUNCTION_WORDS \
        and word.lower() not in B.PLACE_PREPOSITIONS and word not in B.NAME_PARTICLES


def _tail_end(text: str, end: int) -> int | None:
    """Where the tail after a known part ends: before the next capitalised word after a word that ends a
    phrase (a quoted title is one word; a month after a day goes on with its date: "on 1 | May", and ends it, or
    its colon does), at a line break, or at the excerpt's end; None when a sentence ends first or the tail is
    long."""
    pos = end
    limit = min(len(text), end + _CREDIT_TAIL_CHARS)
    prev_word = text[:end].rsplit(None, 1)[-1] if text[:end].strip() else ""  # (the known part's last word)
    day = False  # the word before the last was a day's number: the last, a month, ends the date
    while pos < limit:
        ch = text[pos]
        if ch == "\n":
            return pos
        if ch == " ":
            nxt = text[pos + 1 : pos + 2]
            starter = nxt.isupper() and text[pos + 1 :].split(None, 1)[0] in B.SENTENCE_STARTERS
            month = prev_word.isdigit() and text[pos + 1 :].split(None, 1)[0].rstrip(".,:;") in B.MONTHS
            date_end = day and prev_word in B.MONTHS
            if nxt and not month and (nxt.isupper() or nxt in "‘“\"") and (_ends_phrase(prev_word) or date_end or (
                    starter and prev_word.lower() not in B.FUNCTION_WORDS)):
                quoted = _QUOTED_RE.match(text, pos + 1)
                if not (quoted and nxt in "‘“\"" and prev_word.isalpha() and prev_word.islower()):
                    return pos
            day = month
            prev_word = ""
            pos += 1
            continue
        if ch == ":" and text[pos + 1 : pos + 2] == " " and day:
            return pos + 1  # a date and a colon: the text it introduces follows ("... on 2 May: | Crane drivers")
        if ch in ".!?" and (pos + 1 == len(text) or text[pos + 1] in " \n"):
            return None  # a sentence ends in the tail
        quoted = _QUOTED_RE.match(text, pos) if ch in "‘“\"" else None
        if quoted:
            pos = quoted.end()
            prev_word = text[quoted.start():pos]
            continue
        prev_word += ch
        pos += 1
    return len(text) if limit == len(text) else None


def _number_run_in(text: str, end: int) -> bool:
    """A learned formula ending in a number, run into the next part: "... issue 56Hong Kong's"."""
    return 0 < end < len(text) and text[end - 1].isdigit() and text[end].isupper()


def _name_before(text: str, org: Candidate,
                 known_name_ending: Callable[[str, int, int], int | None] | None = None) -> Candidate | None:
    """A known organisation after ", " (or a bar, a slash, a dash, "for") or after a name in another script ("A, Org",
    "A | Org", "A for Org", "A (甲) Org"),
    and a person's name (1-3 name words) right before that: "<name>, <known org>" is a byline even
    where the forms do not know the organisation. Only when what precedes the name ends a phrase
    (a lower-case word that is not a place preposition, or punctuation): else the name may be the
    tail of capitalised standfirst words ("... in Johor | Yeoh Swee Lin").
    A known name at the name's end is the whole name, whatever word comes before it: the site's own
    recurring byline says where it starts ("... to work on Sundays | <known pen name>, <known org>")."""
    start = org.start
    assert org.organisation is not None
    tail = _joined_tail(text, start + len(org.organisation))
    if tail is None:
        return None
    sep = _SEP_BEFORE_RE.search(text, max(0, start - 5), start)
    if sep is not None:
        cut = sep.start()
    else:
        bracket = _BRACKET_BEFORE_RE.search(text, 0, start)
        if bracket is None:
            return None
        cut = bracket.start()
    if sep is not None and (form := _FORM_BEFORE_RE.search(text, max(0, cut - 40), cut)) is not None:
        cut = form.start()  # the name's other form or years in brackets before the comma: "A (نور ...), Org"
    name_start = _name_start_before(text, cut)
    if name_start is None:
        return None
    known_start = known_name_ending(text, name_start, cut) if known_name_ending is not None else None
    if known_start is not None:
        name_start = known_start
    elif (longer := _name_start_before(text, cut, 4)) is not None and longer < name_start \
            and _ends_phrase_before_long_name(text[:longer]):
        name_start = longer  # a name of four words where a phrase ends before it: "... union | Ana Lucía Beltrán
        # Ochoa, <known org>" (bylines.EXAMPLES["four-word-name-before-known-org"])
    elif sep is not None and sep.group().startswith("."):
        return None  # a full stop between: a known name only ("... abroad | <known name>. <known org>")
    if known_start is None and (space := text.find(" ", name_start, cut)) > 0 and place_list_ends_at(text, space + 1):
        name_start = space + 1  # the name's first word ends a list of places: "... in Ningde and Hefei | <pen name>,
        # <known org>" (bylines.EXAMPLES["two-place-list-before-byline"])
    before = text[:name_start].rstrip()
    word = before.rsplit(None, 1)[-1] if before else ""
    score = KNOWN_PAIR_SCORE if known_start is not None else JOINED_SCORE
    run_in = _RUN_IN_NAME_RE.search(before) if known_start is None and before == text[:name_start - 1] else None
    if run_in is not None and text.count(" ", name_start, cut) < 2:
        # the name's first word run into the standfirst's last: "... half those in CikarangRini | Wulandari, <known
        # org>" (bylines.EXAMPLES["run-in-name-before-known-org"])
        name_start, word = run_in.start(), ""
    if word and known_start is None and not _ends_before_name(word):
        if sep is None or not sep.group().startswith(","):
            return None
        guessed = _guessed_name_start(text, name_start, cut, word)
        if guessed is None:
            return None
        name_start, score = guessed, GUESSED_NAME_SCORE  # (bylines.EXAMPLES["names-before-known-org"])
    name = text[name_start:cut]
    return Candidate(name_start, tail.end(), "known", score, [name], org.organisation, tail.group("affil"), known=True,
                     vouched_start=known_start is not None)


_JOINT_BEFORE_RE = re.compile(r"(?: and| &| /) $")
_RUN_IN_NAME_RE = re.compile(r"(?<=[a-z])[A-Z][a-z’'-]+$")  # a capitalised word run into the word before it


#: A title or an honorific right before a position ("... pit village, March 2025 | Cllr | <known name>")
_TITLE_BEFORE_RE = re.compile(rf"(?:^|(?<=\s)|(?<=[a-z]))(?:{HONORIFIC})+$")


def _with_title_before(text: str, cand: Candidate) -> Candidate:
    """A known candidate that opens with a name, widened over the title or honorific before it: the byline prints it
    (the name is learned without it, split.split_excerpt)."""
    title = _TITLE_BEFORE_RE.search(text, max(0, cand.start - 30), cand.start)
    if title is None or text[max(0, title.start() - 4) : title.start()].lower() in ("the ", " an ") \
            or text[max(0, title.start() - 2) : title.start()] == "a ":
        return cand  # (a title with its article is a noun of the sentence: "... criticising the Chief Executive")
    return dataclasses.replace(cand, start=title.start())


def _with_joint_name_before(text: str, cand: Candidate, known_names: frozenset[str] = frozenset()) -> Candidate:
    """A known candidate that opens with a name, widened over another person's name joined to it by "and", "&" or a
    slash ("... of the strait | Tsang Wai-lun and | <known name>", "... Bulacan | Lorna Villaruz and | <known
    byline>"): the first name starts where a phrase ends, or is guessed (``_guessed_name_start``)
    (bylines.EXAMPLES["joint-name-before-known"]); a known name of two words or more at its end is the whole name
    ("... from the Executive Yuan | <known name> and <known name>, <known org>": bylines.EXAMPLES[
    "known-name-joint-whole"])."""
    joint = _JOINT_BEFORE_RE.search(text, max(0, cand.start - 6), cand.start)
    if joint is None:
        return cand
    cut = joint.start()
    start = _name_start_before(text, cut)
    if start is None:
        return cand
    before = text[:start].rstrip()
    word = before.rsplit(None, 1)[-1] if before else ""
    if len(word.rstrip(".")) == 1:
        return cand  # a middle initial: the name goes on before it ("Carla R | Whitford & <known name>")
    runin = _RUN_IN_NAME_RE.search(word)
    if runin is not None:  # the name's first word run into the standfirst: "... a peaceHannah | Berg and <known>"
        start = len(before) - len(word) + runin.start()
        word = ""
    if word and not _ends_before_name(word):
        guessed = _guessed_name_start(text, start, cut, word)
        if guessed is None:
            return cand
        start = guessed
    for q in range(start + 1, cut):
        if text[q - 1] == " " and " " in text[q:cut] and text[q:cut] in known_names:
            start = q
            break
    return dataclasses.replace(cand, start=start, authors=[text[start:cut], *cand.authors], vouched_start=False)


def _ends_before_name(word: str) -> bool:
    """Does a phrase end with ``word`` before a person's name: punctuation, or a lower-case word that is no place
    preposition and no name's particle ("João Pedro dos | Reis Almeida, <known org>": bylines.EXAMPLES[
    "particle-before-known-org"])?"""
    return word[-1:] in ".,;:!?”’\"')–-" or (word[:1].islower() and word not in B.PLACE_PREPOSITIONS
                                              and word not in B.NAME_PARTICLES)


def _ends_phrase_before_long_name(before: str) -> bool:
    """Does ``before`` end a phrase (``_ends_before_name``) with no function word ("... before the | Lunar New Year
    <pen name>, <org>"), or is it empty?"""
    words = before.rsplit(None, 1)
    return not words or (_ends_before_name(words[-1]) and words[-1] not in B.FUNCTION_WORDS)


def _guessed_name_start(text: str, start: int, cut: int, word: str) -> int | None:
    """Where a name of up to three name words from ``start`` to ``cut`` starts when ``word`` before it ends no
    phrase: after a place preposition, after the place's word ("... in Cebu | Rodel Manansala"); after a capitalised
    name-like word, a name of two words, as most are ("... of Tsuen Wan | Ewan Macready", "... in Sha Tin | Kwok
    Tsz-hin"; not "... from Johor Bahru | Nurul Ain Kamaruddin", a known place: ``split.known_place_ends_at``); after
    another capitalised word (an acronym), all of it ("... and the PKR | Tan Kah Wee"); None after any other word (a
    function word: the standfirst's)."""
    if word in B.PLACE_PREPOSITIONS:
        after_place = text.find(" ", start, cut) + 1
        return after_place or None
    if not (word[:1].isupper() and word[-1:].isalnum()):
        return None
    if text.count(" ", start, cut) == 2 and F.is_name_word(word):
        if known_place_ends_at(text, start, one_word_ok=True):
            return start  # the word ends a known place: the name is all three ("... in Johor | Farah Nadia Iskandar")
        return text.find(" ", start, cut) + 1
    return start


def _name_start_before(text: str, cut: int, max_words: int = 3) -> int | None:
    """Where a person's name of 1-3 (``max_words``) name words ending at ``cut`` starts (the most words it can
    have, each a whole token after a space or a line break), or None."""
    # Only the last three space- or line-separated chunks before ``cut`` are tokenised: a text is
    # tokenised chunk by chunk, and the name's words are whole chunks (a word run into the one before
    # it ends the name), so the tokens looked at are the same as the whole text's; the first chunk's
    # gap ("^" here, " " or a line break there) only matters where the loop ends anyway.
    offset = chunk = cut
    for _ in range(max_words):
        while offset and text[offset - 1] not in " \n":
            offset -= 1  # back over a chunk
        chunk = offset
        while offset and text[offset - 1] in " \n":
            offset -= 1  # and the separators before it
    offset = chunk if offset else 0
    start = _name_start_in(text[offset:cut], max_words)
    return None if start is None else offset + start


@functools.lru_cache(maxsize=4096)  # a site's bylines recur: so do the words before its organisations
def _name_start_in(words: str, max_words: int = 3) -> int | None:
    """``_name_start_before`` in the last chunks before the cut (``words``), relative to them."""
    tokens = T.tokenize(words)
    if not tokens or tokens[-1].end != len(words):
        return None
    start = None
    for k in range(len(tokens) - 1, max(-1, len(tokens) - 1 - max_words), -1):
        t = tokens[k]
        if not F.is_name_word(t.text) or t.gap == "":
            break  # (a name word run into what precedes it is no name's start: "achieveWorkers")
        start = t.start
        if t.gap == "^" or t.gap == "\n":
            break
    return start


_BRACKET_BEFORE_RE = re.compile(r" \([^()\n]{1,30}\) $")
_FORM_BEFORE_RE = re.compile(r" \([^()\n]{1,30}\)$")
_SEP_BEFORE_RE = re.compile(r"(?:[,.]| [|/·–—]| for) $")  # what may come between a name and its organisation
_JOINT_RE = re.compile(r" (?:and|&) ")
_OTHER_SCRIPT_RE = re.compile(r" ?\([^()\n]{1,30}\)")  # "(郭子健)": the name in another script
# between a name and its organisation: a comma, a space, or a web byline's bar, slash, dash or "for" ("A | Org",
# "A for Org")
_ORG_SEP_RE = re.compile(r"[,.]? | [|/·–—] | for ")


@functools.lru_cache(maxsize=4096)
def _flexible(words: tuple[str, ...]) -> re.Pattern[str]:
    """A learned byline, its words joined by any whitespace, ``<N>`` standing for any number."""
    return re.compile(r"\s+".join(re.escape(w).replace(re.escape(NUMBER), r"\d+") for w in words))


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
    """Split one page's excerpts in two passes: learn from its bylines, then split all."""
    knowledge = knowledge or SiteKnowledge(site)
    knowledge.learn_from_page(excerpts)
    return [split_excerpt(e, knowledge) for e in excerpts]
