"""One listing page's bytes to teaser items: the unit of work a crawl runs per page.

``extract_page`` is what the region spider runs for each response, in its own process or in
a worker process (newscrawl.ops.offload), so everything it returns is plain, picklable data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.extract.listing import parse_listing
from newscrawl.extract.teasers import build_items
from newscrawl.items import TeaserItem


@dataclass
class ExtractedPage:
    """A parsed and split listing page, as the crawl needs it."""

    url: str
    #: Main blocks, then sidebar blocks when asked for.
    items: list[TeaserItem]
    #: How many main blocks the page held (0 on a layout change or a non-listing page).
    blocks: int
    next_url: str | None
    total_pages: int | None
    #: Name of the extractor that produced the blocks ('generic' or a profile name).
    extractor: str
    fallback_from: str | None = None
    warnings: list[str] = field(default_factory=list)
    #: The page's own number (its pager's "current", else its URL's /page/N/; 1 when neither).
    page: int = 1
    #: Pages of the same listing its pager links to by number, by number (for fanning out).
    page_links: dict[int, str] = field(default_factory=dict)


def extract_page(body: bytes | str, url: str, *, knowledge: SiteKnowledge, profile: str | None = None,
                 content_type: str | None = None, include_sidebar: bool = False,
                 run_id: str | None = None) -> ExtractedPage:
    """Parse and split one listing page; ``knowledge`` learns from it in place.

    Raises ``NotHtmlError`` for empty or binary input (see ``parse_listing``).
    """
    page = parse_listing(body, url, profile=profile, content_type=content_type, sidebar=include_sidebar)
    items = build_items(page, include_sidebar=include_sidebar, run_id=run_id, knowledge=knowledge)
    return ExtractedPage(url=url, items=items, blocks=len(page.main), next_url=page.next_url,
                         total_pages=page.total_pages, extractor=page.extractor,
                         fallback_from=page.fallback_from, warnings=list(page.warnings), page=page.page,
                         page_links=page.page_links)
