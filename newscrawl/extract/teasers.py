"""From a parsed listing page to teaser items: the split parts plus where each block was seen."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from itertools import islice
from typing import Any
from urllib.parse import urlsplit

from newscrawl.extract import byline_presence as presence
from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.extract.listing import Block, ListingPage
from newscrawl.extract.split import SPLITTER_VERSION, ExcerptSplit, split_excerpt
from newscrawl.extract.text import collapse
from newscrawl.items import TeaserItem, utc_now


def site_of(url: str) -> str:
    """The site a page belongs to, as knowledge is kept: its host, lower-case."""
    return (urlsplit(url).hostname or "").lower()


def split_blocks(excerpts: list[str | None], knowledge: SiteKnowledge,
                 articles: list[str | None] | None = None) -> list[ExcerptSplit | None]:
    """Split one page's excerpts, learning from the page itself.

    Every split is evidence for ``knowledge`` (see newscrawl.extract.knowledge: ``articles``
    names each block's article, its URL, so an article listed on several pages counts once);
    when the page taught something new, the other excerpts are split again with it, so a merged
    excerpt is split with what its neighbours showed. (No byline-presence decision here: a
    crawl's pages go through ``split_page_blocks``.)
    """
    memos: list[dict[str, Any]] = [{} for _ in excerpts]
    splits = first_splits(excerpts, knowledge, memos)
    return learn_from_splits(excerpts, splits, memos, knowledge, articles)


def first_splits(excerpts: list[str | None], knowledge: SiteKnowledge,
                 memos: list[dict[str, Any]]) -> list[ExcerptSplit | None]:
    """Each excerpt split with the knowledge as it is (``memos`` keep the knowledge-free work)."""
    return [split_excerpt(e, knowledge, memo=m) if e else None for e, m in zip(excerpts, memos, strict=True)]


def learn_from_splits(excerpts: list[str | None], splits: list[ExcerptSplit | None], memos: list[dict[str, Any]],
                      knowledge: SiteKnowledge, articles: list[str | None] | None = None, *,
                      teaches: list[bool] | None = None) -> list[ExcerptSplit | None]:
    """Let ``knowledge`` learn from a page's splits (``teaches``: which excerpts teach; default
    all), then split again the excerpts that hold something it learned (the others would split
    the same), reusing the first split's knowledge-free work (``memos``)."""
    before = _sizes(knowledge)
    keys = articles or [None] * len(excerpts)
    teach = teaches or [True] * len(excerpts)
    clean = [knowledge.learn(e, s, article=a) if s is not None and e and t else False
             for e, s, a, t in zip(excerpts, splits, keys, teach, strict=True)]
    after = _sizes(knowledge)
    if after == before:
        return splits
    if any(a < b for a, b in zip(after, before, strict=True)):
        firsts = [""]  # something was forgotten: split all again
    else:  # what was learned: the newest keys (learning only adds keys, in order)
        new = [w for table, a, b in zip(_tables(knowledge), after, before, strict=True)
               for w in islice(reversed(table), a - b)]
        # a learned string can only give a candidate where it occurs: its first word is then in
        # the excerpt as given (preparing the text changes only whitespace; words stay whole)
        firsts = [w.split()[0] if w.split() else "" for w in new]
    return [s if s is None or e is None or was_clean or not any(f in e for f in firsts)
            else split_excerpt(e, knowledge, memo=m)
            for e, s, was_clean, m in zip(excerpts, splits, clean, memos, strict=True)]


def _tables(knowledge: SiteKnowledge) -> tuple[dict[str, int], ...]:
    return knowledge.bylines, knowledge.names, knowledge.organisations


def _sizes(knowledge: SiteKnowledge) -> tuple[int, ...]:
    return tuple(map(len, _tables(knowledge)))


@dataclasses.dataclass
class PageSplits:
    """A page's splits, as its items take them, and whether its excerpts were judged to carry bylines."""

    splits: list[ExcerptSplit | None]
    carry: bool
    #: Each excerpt's knowledge-free work (``split_excerpt``'s memo): what splitting it again reuses.
    memos: list[dict[str, Any]] = dataclasses.field(default_factory=list)


def split_page_blocks(blocks: list[Block], knowledge: SiteKnowledge, *, site: str = "",
                      excerpt_bylines: bool | None = None) -> PageSplits:
    """Split a page's blocks, learning from them, only where the site's excerpts carry bylines.

    The page is split with the knowledge as it is; then ``byline_presence`` decides whether the
    excerpts carry bylines (from what the site and this page show by themselves, never from
    what the knowledge learned); only where they do, the knowledge learns from the page (never
    from a block whose byline is an element of its own), and excerpts that hold something it
    learned are split again; a byline element is used as shown, and where the excerpts carry no
    bylines each is the lede."""
    excerpts = [b.excerpt for b in blocks]
    elements = [b.byline for b in blocks]
    memos: list[dict[str, Any]] = [{} for _ in blocks]
    splits = first_splits(excerpts, knowledge, memos)
    page = presence.decide(excerpts, elements, knowledge, site=site, setting=excerpt_bylines, memos=memos)
    splits = learn_from_splits(excerpts, splits, memos, knowledge, [b.url for b in blocks],
                               teaches=[page.carry and e is None for e in elements])
    presence.count(knowledge, page)
    return PageSplits(presence.keep(excerpts, elements, splits, page.carry), page.carry, memos)


def split_again(excerpts: list[str | None], elements: list[str | None], knowledge: SiteKnowledge, *,
                carried: bool, site: str = "", excerpt_bylines: bool | None = None,
                memos: Sequence[dict[str, Any] | None] | None = None) -> list[ExcerptSplit | None]:
    """A page's excerpts split again with what ``knowledge`` knows now (nothing is learned from them
    again), kept as ``split_page_blocks`` keeps them: split where the page's excerpts were judged to
    carry bylines (``carried``) or the site now is. ``memos``: their first split's (``PageSplits``)."""
    carry = carried or presence.site_carries_bylines(knowledge, site=site, setting=excerpt_bylines)
    splits = [split_excerpt(e, knowledge, memo=m) if e and b is None and carry else None
              for e, b, m in zip(excerpts, elements, memos or [None] * len(excerpts), strict=True)]
    return presence.keep(excerpts, elements, splits, carry)


def page_items(
    page: ListingPage,
    *,
    include_sidebar: bool = False,
    knowledge: SiteKnowledge | None = None,
    scraped_at: str | None = None,
    run_id: str | None = None,
    excerpt_bylines: bool | None = None,
) -> tuple[list[TeaserItem], PageSplits]:
    """``build_items``, and the page's splits (whether its excerpts were judged to carry bylines,
    the excerpts' knowledge-free work)."""
    blocks = list(page.main) + (list(page.sidebar) if include_sidebar else [])
    stamp = scraped_at or utc_now()
    site = site_of(page.url) or None
    if knowledge is None:
        knowledge = SiteKnowledge(site or "")
    done = split_page_blocks(blocks, knowledge, site=site or "", excerpt_bylines=excerpt_bylines)
    items = [_item(block, parts, page, stamp, run_id, site) for block, parts in zip(blocks, done.splits, strict=True)]
    return items, done


def build_items(
    page: ListingPage,
    *,
    include_sidebar: bool = False,
    knowledge: SiteKnowledge | None = None,
    scraped_at: str | None = None,
    run_id: str | None = None,
    excerpt_bylines: bool | None = None,
) -> list[TeaserItem]:
    """One TeaserItem per main block (then sidebar blocks, if asked), in page order.

    ``knowledge`` is the site's learned bylines (updated in place with what this page shows);
    without it, the page is split with a fresh, seeded one. ``excerpt_bylines``: whether the
    site's excerpts carry bylines (None: decided from them, see ``byline_presence``).
    """
    return page_items(page, include_sidebar=include_sidebar, knowledge=knowledge, scraped_at=scraped_at,
                      run_id=run_id, excerpt_bylines=excerpt_bylines)[0]


def with_split(item: TeaserItem, parts: ExcerptSplit | None) -> TeaserItem:
    """``item`` with its split fields taken from ``parts`` (a split of the same excerpt, made
    again with more knowledge); everything else unchanged."""
    if parts is None:
        return item
    return dataclasses.replace(
        item, standfirst=parts.standfirst, byline=parts.byline, authors=list(parts.authors),
        organisation=parts.organisation, affiliation=parts.affiliation, note=parts.note, lede=parts.lede,
        truncated=parts.truncated, split_method=parts.method, split_confidence=parts.confidence)


def _item(block: Block, parts: ExcerptSplit | None, page: ListingPage, stamp: str, run_id: str | None,
          site: str | None) -> TeaserItem:
    return TeaserItem(
        url=block.url,
        headline=block.headline,
        excerpt=collapse(block.excerpt),
        excerpt_raw=block.excerpt or None,  # with its line breaks: what a later re-split needs
        standfirst=parts.standfirst if parts else None,
        byline=parts.byline if parts else None,
        authors=list(parts.authors) if parts else [],
        organisation=parts.organisation if parts else None,
        affiliation=parts.affiliation if parts else None,
        note=parts.note if parts else None,
        lede=parts.lede if parts else None,
        truncated=parts.truncated if parts else False,
        split_method=parts.method if parts else None,
        split_confidence=parts.confidence if parts else None,
        splitter_version=SPLITTER_VERSION if parts else None,
        region=page.title,
        region_slug=page.region_slug,
        listing_kind=page.listing_kind,
        category=block.category,
        listing_url=page.url,
        page=page.page,
        position=block.position,
        placement=block.placement,
        site=site,
        published=block.published,
        scraped_at=stamp,
        run_id=run_id,
    )
