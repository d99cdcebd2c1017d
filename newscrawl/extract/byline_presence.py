"""Does a site put bylines inside its excerpts? Split excerpts only where it does (pure).

On most sites an excerpt is just the article's first words; byline and date, where shown, are
elements of their own. Splitting such excerpts invents bylines (a dateline in capitals, half a
name) and cuts the lede. Whether a site's excerpts carry bylines is a per-site fact, decided in
this order:

1. the site's config says so (``excerpt_bylines = true|false``);
2. the site is known to (``SEEDED``, as ``knowledge.SEEDS`` seeds its bylines);
3. the site has shown it: ``MIN_SITE_BYLINES`` excerpts so far (and ``MIN_SITE_SHARE`` of them)
   showed a byline, counted per site in ``BylinePresence``; or, before any excerpt of the site
   was counted, its knowledge holds bylines (an older knowledge file's, learned from bylines on
   their own line only, or a curated import);
4. this page shows it: two excerpts that show a byline, or one on a page of at most five; two
   excerpts also show one where the splitter alone reads, by any form, a person's name and the
   same organisation in each (a site's bylines recur: "A, Nyala Buruh" and "B, Nyala Buruh" on one
   page, an organisation no table knows; an organisation alone does not count, a dateline recurs
   as one: "WUHAN –").

An excerpt *shows* a byline (``shows_byline``) when the splitter alone, with no site knowledge,
finds one, its brackets paired (a sign-off with a smiley is none), that is sure by itself: a
byline on a line of its own (confidence >= ``MIN_CONFIDENCE``),
or, in merged text, one found by a form that names itself ("By A", "A, Org", "Org reporters", a
credit formula: not the weak forms, bare names or a lone organisation) with a score of at least
``MIN_CUED_SCORE``. What the site's knowledge learned never counts: a span that merely recurs in
a site's excerpts (a dateline, a phrase) would otherwise make a byline-less site look like it
carries bylines; and the site's knowledge learns from a page only where this module says its
excerpts carry bylines (``teasers.split_page_blocks``).

Otherwise every excerpt is the lede, untouched. A byline element shown beside the excerpt
(``Block.byline``) is the block's byline, and its excerpt is not split either.

The per-site counter is ``SiteKnowledge.byline_presence``, persisted with the knowledge.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newscrawl.extract import forms as F
from newscrawl.extract.split import ExcerptSplit, byline_without_knowledge, parse_byline
from newscrawl.extract.text import collapse

#: Sites known to carry bylines in their excerpts (standfirst, byline and lede run together).
SEEDED = frozenset({"chinaworker.info"})
#: Excerpts showing a byline a site must have had for its excerpts to count as carrying bylines.
MIN_SITE_BYLINES = 2
#: ...and the share of its excerpts they must be (a few stray bylines are not a habit).
MIN_SITE_SHARE = 0.1
#: The most excerpts a page may hold for one excerpt showing a byline to say the page's excerpts carry them (a
#: small tag or section page: a site's bylines are on most of its excerpts, but a page of four or five may show
#: only one surely).
ONE_SHOWN_MAX_EXCERPTS = 5
#: How sure a byline on its own line must be to count as shown (the splitter's ``newline`` split).
MIN_CONFIDENCE = 0.8
#: How sure a byline of a self-naming form in merged text must be to count as shown.
MIN_CUED_SCORE = 0.9
ATTRIBUTE = "byline_presence"
LEDE_ONLY = "lede-only"
BYLINE_ELEMENT = "byline-element"
#: Forms that do not name themselves: only their surroundings make them bylines.
_WEAK_FORMS = frozenset({f.name for f in F.FORMS if f.weak} | {"middle-line"})


@dataclass
class BylinePresence:
    """What one site's excerpts showed so far: how many, and how many showed a byline."""

    excerpts: int = 0
    bylines: int = 0

    def to_dict(self) -> dict[str, int]:
        return {"excerpts": self.excerpts, "bylines": self.bylines}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> BylinePresence:
        data = data or {}
        return cls(excerpts=int(data.get("excerpts", 0)), bylines=int(data.get("bylines", 0)))


def shows_byline(excerpt: str | None, memo: dict[str, Any] | None = None) -> bool:
    """Does ``excerpt`` show a byline by itself (see the module doc)? ``memo``: its ``split_excerpt`` memo."""
    if not excerpt:
        return False
    found, text = byline_without_knowledge(excerpt, memo)
    if found is None or _unbalanced(text[found.start:found.end]):
        return False  # a sign-off with a smiley ('Marko :-)', 'ИГОРЬ)Ч') is no byline a site shows
    own_line = "\n" in text and (found.start == 0 or text[found.start - 1] == "\n") and (
        found.end == len(text) or text[found.end] == "\n")
    if own_line:
        return found.score >= MIN_CONFIDENCE
    return found.score >= MIN_CUED_SCORE and not any(f in _WEAK_FORMS for f in found.form.split("+"))


def _unbalanced(span: str) -> bool:
    """Whether a span's brackets do not pair up ('(CWI in Hong Kong)' does)."""
    depth = 0
    for ch in span:
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if depth < 0:
            return True
    return depth != 0


def excerpts_carry_bylines(excerpts: list[str | None], presence: BylinePresence | None = None, *,
                           site: str = "", setting: bool | None = None, learned: int = 0,
                           shown: int | None = None, memos: list[dict[str, Any]] | None = None) -> bool:
    """Whether this page's excerpts are to be split into standfirst / byline / lede. ``learned``:
    bylines the site's knowledge holds (counted only while no excerpt of the site was: an older
    file's or a curated import's). ``shown``: how many of ``excerpts`` show a byline, when known
    (else worked out, with their ``split_excerpt`` memos if given)."""
    if setting is not None:
        return setting
    if site.removeprefix("www.") in SEEDED:
        return True
    if (presence is None or presence.excerpts == 0) and learned >= 1:
        return True
    if (presence is not None and presence.bylines >= MIN_SITE_BYLINES
            and presence.bylines >= MIN_SITE_SHARE * presence.excerpts):
        return True
    if shown is None:
        shown = _shown(excerpts, memos)
    n = sum(e is not None for e in excerpts)
    return shown >= 2 or (shown == 1 and n <= ONE_SHOWN_MAX_EXCERPTS)


def _shown(excerpts: list[str | None], memos: list[dict[str, Any]] | None = None) -> int:
    return sum(shows_byline(e, memos[k] if memos else None) for k, e in enumerate(excerpts))


def _recurring_organisations(excerpts: list[str | None], plain: list[int], memos: list[dict[str, Any]]) -> int:
    """How many of the page's excerpts hold a byline of a person's name and an organisation, as the splitter alone
    reads it by any form, whose organisation another such excerpt of the page holds too (module doc, 4)."""
    orgs: dict[str, int] = {}
    for k in plain:
        found, text = byline_without_knowledge(excerpts[k], memos[k])
        if (found is not None and found.authors and found.organisation
                and not _unbalanced(text[found.start:found.end])):
            orgs[found.organisation] = orgs.get(found.organisation, 0) + 1
    return sum(n for n in orgs.values() if n >= 2)


def site_presence(knowledge: object) -> BylinePresence:
    """The site's counter, kept on its knowledge object (created on first use)."""
    presence = getattr(knowledge, ATTRIBUTE, None)
    if not isinstance(presence, BylinePresence):
        presence = BylinePresence()
        setattr(knowledge, ATTRIBUTE, presence)
    return presence


@dataclass
class PagePresence:
    """One page's decision (``decide``), and what it adds to the site's counter (``count``)."""

    carry: bool
    excerpts: int
    shown: int


def decide(excerpts: list[str | None], elements: list[str | None], knowledge: object, *, site: str = "",
           setting: bool | None = None, memos: list[dict[str, Any]] | None = None) -> PagePresence:
    """Whether this page's excerpts carry bylines, from what the site showed before this page and
    what this page shows (its excerpts without a byline element); counts nothing yet."""
    presence = site_presence(knowledge)
    if memos is None:  # (shared by both readings below: each excerpt is scanned once)
        memos = [{} for _ in excerpts]
    plain = [k for k, b in enumerate(elements) if b is None and excerpts[k]]
    shown = sum(shows_byline(excerpts[k], memos[k]) for k in plain)
    if shown < 2 and len(plain) > 1:
        shown = max(shown, _recurring_organisations(excerpts, plain, memos))
    learned = len(getattr(knowledge, "bylines", ()))
    carry = excerpts_carry_bylines([excerpts[k] for k in plain], presence, site=site, setting=setting,
                                   learned=learned, shown=shown)
    # every excerpt counts, also one beside a byline element: it did not carry the byline
    return PagePresence(carry=carry, excerpts=sum(1 for e in excerpts if e), shown=shown)


def count(knowledge: object, page: PagePresence) -> None:
    """Add what a page showed to its site's counter."""
    presence = site_presence(knowledge)
    presence.excerpts += page.excerpts
    presence.bylines += page.shown


def site_carries_bylines(knowledge: object, *, site: str = "", setting: bool | None = None) -> bool:
    """Whether the site's excerpts carry bylines from what it showed so far (no page of its own)."""
    return excerpts_carry_bylines([], site_presence(knowledge), site=site, setting=setting,
                                  learned=len(getattr(knowledge, "bylines", ())), shown=0)


def keep(excerpts: list[str | None], elements: list[str | None], splits: list[ExcerptSplit | None],
         carry: bool) -> list[ExcerptSplit | None]:
    """The splits to keep: a block's byline element wins; where the excerpts carry no bylines,
    each excerpt is the lede."""
    out: list[ExcerptSplit | None] = []
    for excerpt, byline, split in zip(excerpts, elements, splits, strict=True):
        if byline is not None:
            out.append(with_byline_element(excerpt, byline))
        elif not excerpt or carry:
            out.append(split)
        else:
            out.append(lede_only(excerpt))
    return out


def apply_byline_presence(excerpts: list[str | None], bylines: list[str | None], splits: list[ExcerptSplit | None],
                          knowledge: object, *, site: str = "", setting: bool | None = None,
                          memos: list[dict[str, Any]] | None = None) -> list[ExcerptSplit | None]:
    """``decide``, ``count`` and ``keep`` in one step (for a page split without learning from it)."""
    page = decide(excerpts, bylines, knowledge, site=site, setting=setting, memos=memos)
    count(knowledge, page)
    return keep(excerpts, bylines, splits, page.carry)


def lede_only(excerpt: str | None) -> ExcerptSplit:
    """The excerpt as the lede, untouched (the cut mark is taken off by normalisation)."""
    return ExcerptSplit(lede=collapse(excerpt), method=LEDE_ONLY, confidence=0.9)


def with_byline_element(excerpt: str | None, byline: str) -> ExcerptSplit:
    """A block whose byline is its own element: the byline as shown, the excerpt as the lede."""
    authors, organisation, affiliation = parse_byline(byline)
    if not authors and not organisation:
        authors = [byline]
    return ExcerptSplit(byline=byline, authors=list(authors), organisation=organisation, affiliation=affiliation,
                        lede=collapse(excerpt), method=BYLINE_ELEMENT, confidence=0.95)
