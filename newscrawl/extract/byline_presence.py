"""Does a site put bylines inside its excerpts? Split excerpts only where it does (pure).

On most sites an excerpt is just the article's first words; byline and date, where shown, are
elements of their own. Splitting such excerpts invents bylines (a dateline in capitals, half a
name) and cuts the lede. Whether a site's excerpts carry bylines is a per-site fact, decided in
this order:

1. the site's config says so (``excerpt_bylines = true|false``);
2. the site is known to (``SEEDED``, as ``knowledge.SEEDS`` seeds its bylines);
3. the site has shown it: bylines its knowledge learned in earlier crawls, or ``MIN_SITE_BYLINES``
   excerpts so far (and ``MIN_SITE_SHARE`` of them)
   had a byline on a line of its own (the splitter's ``newline`` method, confident), counted per
   site in ``BylinePresence``;
4. this page shows it: two such excerpts, or one on a page of at most three.

Otherwise every excerpt is the lede, untouched. A byline element shown beside the excerpt
(``Block.byline``) is the block's byline, and its excerpt is not split either.

Integration: ``teasers.build_items`` splits as before (so site knowledge still learns from
clean bylines), then hands the splits to ``apply_byline_presence``. The per-site counter lives
on the ``SiteKnowledge`` object as the attribute ``byline_presence`` (pickled with it to and
from the extraction worker); ``SiteKnowledge.to_dict`` can persist it as one extra key,
``"byline_presence": BylinePresence.to_dict()``, and ``from_dict`` restore it with
``BylinePresence.from_dict``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newscrawl.extract.split import ExcerptSplit, parse_byline
from newscrawl.extract.text import collapse

#: Sites known to carry bylines in their excerpts (standfirst, byline and lede run together).
SEEDED = frozenset({"chinaworker.info"})
#: Clean bylines a site must have shown for its excerpts to count as carrying bylines.
MIN_SITE_BYLINES = 2
#: ...and the share of its excerpts they must be (a few stray line breaks are not a habit).
MIN_SITE_SHARE = 0.1
#: How sure a newline split must be to count as a byline the site really shows.
MIN_CONFIDENCE = 0.8
ATTRIBUTE = "byline_presence"
LEDE_ONLY = "lede-only"
BYLINE_ELEMENT = "byline-element"


@dataclass
class BylinePresence:
    """What one site's excerpts showed so far: how many, and how many had a clean byline."""

    excerpts: int = 0
    bylines: int = 0

    def to_dict(self) -> dict[str, int]:
        return {"excerpts": self.excerpts, "bylines": self.bylines}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> BylinePresence:
        data = data or {}
        return cls(excerpts=int(data.get("excerpts", 0)), bylines=int(data.get("bylines", 0)))


def clean_byline(split: ExcerptSplit | None) -> bool:
    """Whether a split found a byline standing on its own line (or one the site's knowledge knew), confidently."""
    # a byline the site's knowledge recognised counts too: once learned, a clean byline is split as known
    return bool(split and split.byline and split.method in ("newline", "known-byline")
                and split.confidence >= MIN_CONFIDENCE)


def excerpts_carry_bylines(splits: list[ExcerptSplit | None], presence: BylinePresence | None = None, *,
                           site: str = "", setting: bool | None = None, learned: int = 0) -> bool:
    """Whether this page's excerpts are to be split into standfirst / byline / lede. ``learned``:
    bylines the site's knowledge learned before this page (knowledge kept from crawls that did
    not count excerpts yet)."""
    if setting is not None:
        return setting
    if site.removeprefix("www.") in SEEDED:
        return True
    if (presence is None or presence.excerpts == 0) and learned >= 1:
        return True
    if (presence is not None and presence.bylines >= MIN_SITE_BYLINES
            and presence.bylines >= MIN_SITE_SHARE * presence.excerpts):
        return True
    shown = sum(clean_byline(s) for s in splits)
    excerpts = sum(s is not None for s in splits)
    return shown >= 2 or (shown == 1 and excerpts <= 3)


def site_presence(knowledge: object) -> BylinePresence:
    """The site's counter, kept on its knowledge object (created on first use)."""
    presence = getattr(knowledge, ATTRIBUTE, None)
    if not isinstance(presence, BylinePresence):
        presence = BylinePresence()
        setattr(knowledge, ATTRIBUTE, presence)
    return presence


def apply_byline_presence(excerpts: list[str | None], bylines: list[str | None], splits: list[ExcerptSplit | None],
                          knowledge: object, *, site: str = "",
                          setting: bool | None = None) -> list[ExcerptSplit | None]:
    """The splits to keep: a block's byline element wins; where the site's excerpts carry no
    bylines, each excerpt is the lede. Counts what the page showed on the site's counter."""
    presence = site_presence(knowledge)
    page_clean = sum(clean_byline(s) for s in splits)
    learned = sum(getattr(knowledge, "bylines", {}).values()) - page_clean  # before this page taught it
    carry = excerpts_carry_bylines([s for s, b in zip(splits, bylines, strict=True) if b is None], presence,
                                   site=site, setting=setting, learned=learned)
    presence.excerpts += sum(e is not None for e in excerpts)
    presence.bylines += page_clean
    out: list[ExcerptSplit | None] = []
    for excerpt, byline, split in zip(excerpts, bylines, splits, strict=True):
        if byline is not None:
            out.append(with_byline_element(excerpt, byline))
        elif split is None or carry:
            out.append(split)
        else:
            out.append(lede_only(excerpt))
    return out


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
