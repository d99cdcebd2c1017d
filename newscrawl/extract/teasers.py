"""From a parsed listing page to teaser items: the split parts plus where each block was seen."""

from __future__ import annotations

from datetime import datetime, timezone
from urllib.parse import urlsplit

from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.extract.listing import Block, ListingPage
from newscrawl.extract.split import ExcerptSplit, split_excerpt
from newscrawl.extract.text import collapse
from newscrawl.items import TeaserItem


def utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def site_of(url: str) -> str:
    """The site a page belongs to, as knowledge is kept: its host, lower-case."""
    return (urlsplit(url).hostname or "").lower()


def split_blocks(excerpts: list[str | None], knowledge: SiteKnowledge) -> list[ExcerptSplit | None]:
    """Split one page's excerpts, learning from the page itself.

    Excerpts whose byline sits on its own line teach ``knowledge`` the site's bylines; when
    the page taught something new, the other excerpts are split again with it, so a merged
    excerpt is split with what its neighbours showed.
    """
    splits = [split_excerpt(e, knowledge) if e else None for e in excerpts]
    size = _known_count(knowledge)
    clean = [knowledge.learn(e, s) if s is not None else False for e, s in zip(excerpts, splits)]
    if _known_count(knowledge) == size:
        return splits
    return [s if s is None or was_clean else split_excerpt(e, knowledge)
            for e, s, was_clean in zip(excerpts, splits, clean)]


def _known_count(knowledge: SiteKnowledge) -> int:
    return len(knowledge.bylines) + len(knowledge.names) + len(knowledge.organisations)


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
    splits = split_blocks([b.excerpt for b in blocks], knowledge)
    return [_item(block, parts, page, stamp, run_id, site) for block, parts in zip(blocks, splits)]


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
