"""One listing page's bytes to teaser items: the unit of work a crawl runs per page.

``extract_page`` is what the region spider runs for each response, in its own process or in
a worker process (newscrawl.ops.offload), so everything it returns is plain, picklable data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.extract.listing import parse_listing
from newscrawl.extract.split import ExcerptSplit
from newscrawl.extract.teasers import page_items, split_again
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
    #: What a crawl holding the items back splits again later (``HeldExcerpts``), in item order:
    #: the blocks' excerpts as the page has them (line breaks kept), their byline elements, and
    #: whether the page's excerpts were judged to carry bylines.
    excerpts: list[str | None] = field(default_factory=list)
    byline_elements: list[str | None] = field(default_factory=list)
    carries_bylines: bool = False
    #: Held pages released with this one (``HeldExcerpts.release``): listing URL -> the
    #: splits of its excerpts with the knowledge as it is after this page, in item order.
    released: dict[str, list[ExcerptSplit | None]] = field(default_factory=dict)


def extract_page(body: bytes | str, url: str, *, knowledge: SiteKnowledge, profile: str | None = None,
                 content_type: str | None = None, include_sidebar: bool = False,
                 run_id: str | None = None, excerpt_bylines: bool | None = None) -> ExtractedPage:
    """Parse and split one listing page; ``knowledge`` learns from it in place.

    Raises ``NotHtmlError`` for empty or binary input (see ``parse_listing``).
    """
    return _extract_page(body, url, knowledge=knowledge, profile=profile, content_type=content_type,
                         include_sidebar=include_sidebar, run_id=run_id, excerpt_bylines=excerpt_bylines)[0]


def _extract_page(body: bytes | str, url: str, *, knowledge: SiteKnowledge, profile: str | None = None,
                  content_type: str | None = None, include_sidebar: bool = False, run_id: str | None = None,
                  excerpt_bylines: bool | None = None) -> tuple[ExtractedPage, list[dict[str, Any]]]:
    """``extract_page``, and each excerpt's knowledge-free work (kept where the page is held: splitting
    it again reuses it; never sent with the page)."""
    page = parse_listing(body, url, profile=profile, content_type=content_type, sidebar=include_sidebar)
    items, done = page_items(page, include_sidebar=include_sidebar, run_id=run_id, knowledge=knowledge,
                             excerpt_bylines=excerpt_bylines)
    blocks = list(page.main) + (list(page.sidebar) if include_sidebar else [])
    return ExtractedPage(url=url, items=items, blocks=len(page.main), next_url=page.next_url,
                         total_pages=page.total_pages, extractor=page.extractor,
                         fallback_from=page.fallback_from, warnings=list(page.warnings), page=page.page,
                         page_links=page.page_links,
                         excerpts=[b.excerpt for b in blocks], byline_elements=[b.byline for b in blocks],
                         carries_bylines=done.carry), done.memos


#: What a crawl asks for a page whose items it holds back (see ``HeldExcerpts``).
HOLD_MODES = ("no", "hold", "release")


@dataclass
class HeldPage:
    """What a held page's items are split again from."""

    excerpts: list[str | None]
    byline_elements: list[str | None]
    carries_bylines: bool
    excerpt_bylines: bool | None = None
    #: The first split's knowledge-free work on each excerpt (``PageSplits.memos``), reused.
    memos: list[dict[str, Any]] | None = None


class HeldExcerpts:
    """Excerpts of the pages whose items a crawl holds back until the site's knowledge has
    settled, kept beside that knowledge (in the crawl's process or in the extraction worker),
    so that the held pages are split again in the same step as the page that releases them,
    wherever pages are split: the same items either way."""

    def __init__(self) -> None:
        self.sites: dict[str, dict[str, HeldPage]] = {}

    def extract(self, body: bytes | str, url: str, site: str, *, knowledge: SiteKnowledge, hold: str = "no",
                **options: Any) -> ExtractedPage:
        """``extract_page``; with ``hold`` "hold" the page's excerpts are kept, with "release" they
        are kept and then every held page of the site is split again (``ExtractedPage.released``)."""
        page, memos = _extract_page(body, url, knowledge=knowledge, **options)
        if hold in ("hold", "release"):
            self.sites.setdefault(site, {})[url] = HeldPage(page.excerpts, page.byline_elements, page.carries_bylines,
                                                            options.get("excerpt_bylines"), memos)
        if hold == "release":
            page.released = self.release(site, knowledge)
        return page

    def release(self, site: str, knowledge: SiteKnowledge) -> dict[str, list[ExcerptSplit | None]]:
        """Every held page of ``site`` split again now (and no longer held)."""
        return {url: split_again(held.excerpts, held.byline_elements, knowledge, carried=held.carries_bylines,
                                 site=site, excerpt_bylines=held.excerpt_bylines, memos=held.memos)
                for url, held in self.sites.pop(site, {}).items()}
