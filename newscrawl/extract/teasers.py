"""From a parsed listing page to teaser items: the split parts plus where each block was seen."""

from __future__ import annotations

from datetime import datetime, timezone
from urllib.parse import urlsplit

from newscrawl.extract.listing import Block, ListingPage
from newscrawl.extract.split import split_excerpt
from newscrawl.extract.text import collapse
from newscrawl.items import TeaserItem


def utc_now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def build_items(
    page: ListingPage,
    *,
    include_sidebar: bool = False,
    knowledge: object | None = None,
    scraped_at: str | None = None,
    run_id: str | None = None,
) -> list[TeaserItem]:
    """One TeaserItem per main block (then sidebar blocks, if asked), in page order."""
    blocks = list(page.main) + (list(page.sidebar) if include_sidebar else [])
    stamp = scraped_at or utc_now()
    site = (urlsplit(page.url).hostname or "").lower() or None
    return [_item(block, page, knowledge, stamp, run_id, site) for block in blocks]


def _item(block: Block, page: ListingPage, knowledge: object | None, stamp: str, run_id: str | None, site: str | None) -> TeaserItem:
    parts = split_excerpt(block.excerpt, knowledge=knowledge) if block.excerpt else None
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
