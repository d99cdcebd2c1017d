"""From a parsed listing page to teaser items: the split parts plus where each block was seen."""

from __future__ import annotations

import dataclasses
from itertools import islice
from typing import Any
from urllib.parse import urlsplit

from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.extract.listing import Block, ListingPage
from newscrawl.extract.split import ExcerptSplit, split_excerpt
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
    excerpt is split with what its neighbours showed. Only those that hold something new are
    split again (the others would split the same), reusing the first split's knowledge-free work.
    """
    memos: list[dict[str, Any]] = [{} for _ in excerpts]
    splits = [split_excerpt(e, knowledge, memo=m) if e else None for e, m in zip(excerpts, memos)]
    before = _sizes(knowledge)
    keys = articles or [None] * len(excerpts)
    clean = [knowledge.learn(e, s, article=a) if s is not None and e else False
             for e, s, a in zip(excerpts, splits, keys)]
    after = _sizes(knowledge)
    if after == before:
        return splits
    if any(a < b for a, b in zip(after, before)):
        firsts = [""]  # something was forgotten: split all again
    else:  # what was learned: the newest keys (learning only adds keys, in order)
        new = [w for table, a, b in zip(_tables(knowledge), after, before) for w in islice(reversed(table), a - b)]
        # a learned string can only give a candidate where it occurs: its first word is then in
        # the excerpt as given (preparing the text changes only whitespace; words stay whole)
        firsts = [w.split()[0] if w.split() else "" for w in new]
    return [s if s is None or was_clean or not any(f in e for f in firsts) else split_excerpt(e, knowledge, memo=m)
            for e, s, was_clean, m in zip(excerpts, splits, clean, memos)]


def _tables(knowledge: SiteKnowledge) -> tuple[dict[str, int], ...]:
    return knowledge.bylines, knowledge.names, knowledge.organisations


def _sizes(knowledge: SiteKnowledge) -> tuple[int, ...]:
    return tuple(map(len, _tables(knowledge)))


def build_items(
    page: ListingPage,
    *,
    include_sidebar: bool = False,
    knowledge: SiteKnowledge | None = None,
    scraped_at: str | None = None,
    run_id: str | None = None,
) -> list[TeaserItem]:
    """One TeaserItem per main block (then sidebar blocks, if asked), in page order.

    ``knowledge`` is the site's learned bylines (updated in place with what this page shows);
    without it, the page is split with a fresh, seeded one.
    """
    blocks = list(page.main) + (list(page.sidebar) if include_sidebar else [])
    stamp = scraped_at or utc_now()
    site = site_of(page.url) or None
    if knowledge is None:
        knowledge = SiteKnowledge(site or "")
    splits = split_blocks([b.excerpt for b in blocks], knowledge, [b.url for b in blocks])
    return [_item(block, parts, page, stamp, run_id, site) for block, parts in zip(blocks, splits)]


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
        region=page.title,
        region_slug=page.region_slug,
        listing_kind=page.listing_kind,
        category=block.category,
        listing_url=page.url,
        page=page.page,
        position=block.position,
        placement=block.placement,
        site=site,
        scraped_at=stamp,
        run_id=run_id,
    )
