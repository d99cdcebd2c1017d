"""The listing page as a page object: pure functions from (html, url) to teaser blocks.

``parse_listing`` picks the extractor (a site profile pinned to the host, a profile whose
markup signature the page carries, or the layout-independent generic extractor), and when a
profile finds no block on a page it falls back to the generic extractor and says so in
``ListingPage.warnings``. Nothing here imports Scrapy: it runs on saved HTML, in the CLI and
in tests alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement
from parsel import Selector, css2xpath

from newscrawl.extract import blockparts, generic
from newscrawl.extract.dates import date_in_text, iso_date
from newscrawl.extract.decode import NotHtmlError, decode_html
from newscrawl.extract.paging import is_home, numbered_page_links, page_base, page_from_url, paged_path, read_pager
from newscrawl.extract.profiles import PROFILE_BY_HOST, PROFILES_BY_NAME, SITE_PROFILES, SiteProfile
from newscrawl.extract.text import collapse, element_text
from newscrawl.extract.titles import clean_title, page_title
from newscrawl.extract.urls import absolute_url, article_key

GENERIC = "generic"
_PAGE_OF = re.compile(r"(\d+)\D+(\d+)")
_LISTING_PATH = re.compile(r"/(category|tag)/(?:[^/]+/)*?([^/]+)/?$")


@dataclass(frozen=True, kw_only=True)
class Block:
    """One teaser block as the page shows it (not yet split into parts)."""

    url: str
    headline: str | None
    #: The excerpt with its own line breaks kept (None when the block has no excerpt).
    excerpt: str | None
    category: str | None = None
    placement: str = "main"
    position: int = 0
    #: The author as shown in the block's own element (not in the excerpt); None when not shown.
    byline: str | None = None
    #: The publication date shown by the block (YYYY-MM-DD); None when not shown or ambiguous.
    published: str | None = None


@dataclass(kw_only=True)
class ListingPage:
    url: str
    title: str | None
    page: int
    total_pages: int | None
    next_url: str | None
    main: list[Block]
    sidebar: list[Block]
    #: Name of the extractor that produced ``main`` ('generic' or a profile name).
    extractor: str
    region_slug: str | None = None
    listing_kind: str | None = None
    #: The profile that found nothing when the generic extractor stood in for it (a theme change).
    fallback_from: str | None = None
    #: Problems a caller should log loudly (layout changes, fallbacks).
    warnings: list[str] = field(default_factory=list)
    #: Pages of this listing the pager links to by number (``/page/N/``, N >= 2), by number:
    #: how the site writes its page URLs (newscrawl.extract.paging.page_url_form).
    page_links: dict[int, str] = field(default_factory=dict)


class UnknownProfileError(ValueError):
    pass


def parse_listing(html: str | bytes, url: str, *, profile: str | SiteProfile | None = None,
                  content_type: str | None = None, sidebar: bool = True) -> ListingPage:
    """Extract a listing page. ``profile`` forces a profile by name, or 'generic'; a
    ``SiteProfile`` (a site config's own) is used like a pinned host's: when it finds no block
    the generic extractor stands in, with a warning.

    ``sidebar=False`` skips the sidebar blocks (``ListingPage.sidebar`` stays empty), for
    callers that do not emit them.

    Bytes are decoded with ``content_type`` (the HTTP header), the page's own declaration,
    or detection when the declaration lies. Raises ``NotHtmlError`` for empty or binary input.
    """
    if isinstance(html, bytes):
        html, _ = decode_html(html, content_type)
    elif not html.strip():
        raise NotHtmlError("empty input")
    selector = Selector(text=html, type="html", base_url=url)
    host = (urlsplit(url).hostname or "").lower()
    region_slug, listing_kind = listing_identity(url)

    chosen, containers = _choose_profile(selector.root, host, profile)
    warnings: list[str] = []
    if chosen is not None:
        page = _parse_with_profile(selector.root, url, chosen, sidebar=sidebar, containers=containers)
        if not page.main and not isinstance(profile, str):
            fallback = generic.extract(selector, url, sidebar=sidebar)
            warnings.append(
                f"profile {chosen.name!r} found no teaser blocks on {url} (layout changed?); "
                f"generic extractor found {len(fallback.main)}"
            )
            if fallback.main:
                page = _from_generic(fallback, url)
                page.fallback_from = chosen.name
    else:
        page = _from_generic(generic.extract(selector, url, sidebar=sidebar), url)
    page.region_slug, page.listing_kind = region_slug, listing_kind
    page.warnings.extend(warnings)
    if not page.main:
        page.warnings.append(f"no teaser blocks on {url} (extractor {page.extractor!r}; layout changed?)")
    return page


def _choose_profile(root: HtmlElement, host: str,
                    forced: str | SiteProfile | None) -> tuple[SiteProfile | None, list[HtmlElement] | None]:
    """The profile to parse with, and its main containers when finding it selected them already."""
    if isinstance(forced, SiteProfile):
        return forced, None
    if forced == GENERIC:
        return None, None
    if forced is not None:
        try:
            return PROFILES_BY_NAME[forced], None
        except KeyError:
            known = ", ".join([*PROFILES_BY_NAME, GENERIC])
            raise UnknownProfileError(f"unknown profile {forced!r} (known: {known})") from None
    if host in PROFILE_BY_HOST:
        return PROFILE_BY_HOST[host], None
    for candidate in SITE_PROFILES:
        if containers := _compile(candidate).main(root):
            return candidate, containers
    return None, None


@dataclass(frozen=True)
class _Compiled:
    """A profile's CSS selectors translated to XPath and compiled once; None for a part the
    profile does not pin."""

    main: etree.XPath
    block: etree.XPath
    featured: etree.XPath | None
    headline_link: etree.XPath | None
    excerpt: etree.XPath | None
    byline: etree.XPath | None
    date: etree.XPath | None
    category: etree.XPath | None
    page_title: etree.XPath | None
    sidebar_block: etree.XPath | None
    pager: etree.XPath | None
    next_link: etree.XPath | None
    current_page: etree.XPath | None
    pages_label: etree.XPath | None
    last_page_link: etree.XPath | None


@lru_cache(maxsize=64)
def _compile(profile: SiteProfile) -> _Compiled:
    def xp(css: str) -> etree.XPath:
        return etree.XPath(_lean(css2xpath(css)))

    def opt(css: str) -> etree.XPath | None:
        return xp(css) if css else None

    return _Compiled(
        main=xp(profile.main), block=xp(profile.block), featured=opt(profile.featured),
        headline_link=opt(profile.headline_link), excerpt=opt(profile.excerpt), byline=opt(profile.byline),
        date=opt(profile.date), category=opt(profile.category),
        page_title=opt(profile.page_title), sidebar_block=opt(profile.sidebar_block), pager=opt(profile.pager),
        next_link=opt(profile.next_link),
        current_page=opt(profile.current_page), pages_label=opt(profile.pages_label),
        last_page_link=opt(profile.last_page_link),
    )


#: cssselect's class test opens with "@class and": redundant (``contains(@class, 'x')`` is false without the
#: attribute, the class name never being empty) and a sixth of a selector's time on a page (each element pays it)
_CLASS_TEST = re.compile(r"\[@class and (contains\(@class, '[^']+'\) and )")


def _lean(xpath: str) -> str:
    """A translated selector without the redundant ``@class and`` of its class tests (same elements)."""
    return _CLASS_TEST.sub(r"[\1", xpath)


def _parse_with_profile(root: HtmlElement, url: str, profile: SiteProfile, *, sidebar: bool = True,
                        containers: list[HtmlElement] | None = None) -> ListingPage:
    """``containers``: the profile's main containers on the page, when already selected."""
    c = _compile(profile)
    base = page_base(root, url)  # links resolve against <base href> when the page has one
    containers = c.main(root) if containers is None else containers
    container = containers[0] if containers else None
    main_blocks: list[Block] = []
    nodes: list[HtmlElement] = []
    if container is not None:
        nodes = [n for n in c.block(container) if not _in_discarded(n, container, profile)]
        main_blocks = _blocks(container, nodes, base, c, "main")
        if featured := _featured(root, container, c):
            main_blocks = _once([*_blocks(root, featured, base, c, "main"), *main_blocks])
    sidebar_blocks = (_blocks(root, c.sidebar_block(root), base, c, "sidebar")
                      if sidebar and c.sidebar_block is not None else [])

    # The pager of the main column (a pager in a sidebar widget is never this listing's);
    # its parts are looked up inside it only (in the page when the profile names no pager).
    pagers = (c.pager(container) if container is not None else []) if c.pager is not None else []
    pagers = pagers or (c.pager(root) if c.pager is not None else [])
    pager = pagers[0] if pagers else None
    scope = pager if pager is not None else root if c.pager is None else None
    if c.next_link is None:
        found = read_pager(root, url)
        next_url, current, highest = found.next_url, found.current, found.highest
        page = (_int(_first_text(pager, c.current_page)) if pager is not None else None) or current
        total = highest if next_url and highest and highest > page else None if next_url else page
    else:
        page = (_int(_first_text(pager, c.current_page)) if pager is not None else None) or page_from_url(url)
        next_links = c.next_link(scope) if scope is not None else []
        next_href = next_links[0].get("href") if next_links else None
        next_url = absolute_url(next_href, base) if next_href else None
        if next_url == url:
            next_url = None
        total = _total_pages(pager, c, page, has_next=bool(next_links))
    # numbered links of the pager (of the page when the profile names no pager) say where to fan out
    hrefs = [a.get("href") or "" for a in scope.iter("a")] if scope is not None else []
    title = clean_title(_first_text(root, c.page_title)) if c.page_title is not None else (
        None if is_home(url) else page_title(root, before=nodes[0] if container is not None and nodes else None))
    return ListingPage(
        url=url,
        title=title,
        page=page,
        total_pages=total,
        next_url=next_url,
        main=main_blocks,
        sidebar=sidebar_blocks,
        extractor=profile.name,
        page_links=numbered_page_links(url, hrefs, base=base),
    )


def _featured(root: HtmlElement, container: HtmlElement, c: _Compiled) -> list[HtmlElement]:
    """The profile's featured blocks that stand outside its main container (a hero grid above it)."""
    if c.featured is None:
        return []
    return [n for n in c.featured(root) if not blockparts.inside(n, container)]


def _once(blocks: list[Block]) -> list[Block]:
    """Each article once, at its first place (a hero story shown again in the river), renumbered."""
    seen: set[str] = set()
    kept: list[Block] = []
    for block in blocks:
        key = article_key(block.url)
        if key not in seen:
            seen.add(key)
            kept.append(replace(block, position=len(kept) + 1))
    return kept


def profile_block_nodes(root: HtmlElement, profile: SiteProfile) -> list[HtmlElement]:
    """The main block elements a profile selects on a page (for annotation)."""
    c = _compile(profile)
    containers = c.main(root)
    if not containers:
        return []
    main = containers[0]
    return _featured(root, main, c) + [n for n in c.block(main) if not _in_discarded(n, main, profile)]


def _in_discarded(node: HtmlElement, container: HtmlElement, profile: SiteProfile) -> bool:
    """Whether a block sits in page chrome (a sidebar, menu...) nested inside the main column."""
    classes, ids = _discard_names(profile)
    for ancestor in node.iterancestors():
        if ancestor is container:
            return False
        if ids and ancestor.get("id") in ids:
            return True
        if classes and not classes.isdisjoint((ancestor.get("class") or "").split()):
            return True
    return False


@cache
def _discard_names(profile: SiteProfile) -> tuple[frozenset[str], frozenset[str]]:
    """The discard list as class and id names (it holds simple '.class' / '#id' selectors)."""
    classes = frozenset(css[1:] for css in profile.discard if css.startswith("."))
    ids = frozenset(css[1:] for css in profile.discard if css.startswith("#"))
    return classes, ids


def _blocks(scope: HtmlElement, nodes: list[HtmlElement], base_url: str, c: _Compiled, placement: str) -> list[Block]:
    """Blocks for ``nodes``: each part's selector runs once over ``scope`` (not once per block)
    and every match goes to the block that contains it."""
    if not nodes:
        return []
    owner = {node: i for i, node in enumerate(nodes)}
    links = _first_per_block(c.headline_link(scope), owner) if c.headline_link is not None else _generic_links(nodes)
    excerpts = _first_per_block(c.excerpt(scope), owner) if c.excerpt is not None else {}
    categories = _first_per_block(c.category(scope), owner) if c.category is not None else {}
    bylines = _first_per_block(c.byline(scope), owner) if c.byline is not None else {}
    dates = _first_per_block(c.date(scope), owner) if c.date is not None else {}
    blocks: list[Block] = []
    for i in range(len(nodes)):
        link = links.get(i)
        href = (link.get("href") or "").strip() if link is not None else ""
        if not href or link is None:
            continue
        excerpt = excerpts.get(i)
        category = categories.get(i)
        if c.excerpt is None:  # not pinned: found in the block the generic way
            text = blockparts.excerpt_text(nodes[i], link, base_url, blockparts.excerpt_element(nodes[i], link))
        else:
            text = element_text(excerpt, lines=True) if excerpt is not None else None
        byline, date = bylines.get(i), dates.get(i)
        blocks.append(Block(
            url=absolute_url(href, base_url),
            headline=collapse(link.text_content()) if c.headline_link is not None else blockparts.headline_text(link),
            excerpt=text,
            category=collapse(category.text_content()) if category is not None else None,
            placement=placement,
            position=len(blocks) + 1,
            byline=blockparts.clean_byline(byline.text_content()) if byline is not None else None,
            published=_element_date(date) if date is not None else None,
        ))
    return blocks


def _generic_links(nodes: list[HtmlElement]) -> dict[int, HtmlElement]:
    """Each block's headline link found the generic way (a profile that does not pin it)."""
    found = {}
    for i, node in enumerate(nodes):
        link = generic.headline_link_in(node)
        if link is not None:
            found[i] = link
    return found


def _element_date(element: HtmlElement) -> str | None:
    for value in (element.get("datetime"), element.get("content"), element.get("title")):
        if value and (found := iso_date(value) or date_in_text(value)):
            return found
    return date_in_text(collapse(element.text_content()) or "")


def _first_per_block(matches: list[HtmlElement], owner: dict[HtmlElement, int]) -> dict[int, HtmlElement]:
    """The first match inside each block, keyed by the block's index (its nearest owning ancestor)."""
    found: dict[int, HtmlElement] = {}
    for element in matches:
        for ancestor in element.iterancestors():
            index = owner.get(ancestor)
            if index is not None:
                found.setdefault(index, element)
                break
    return found


def _from_generic(found: generic.GenericResult, url: str) -> ListingPage:
    def blocks(raw: list[generic.RawBlock], placement: str) -> list[Block]:
        return [
            Block(url=b.url, headline=b.headline, excerpt=b.excerpt, placement=placement, position=i,
                  byline=b.byline, published=b.published)
            for i, b in enumerate(raw, start=1)
        ]

    return ListingPage(
        url=url,
        title=found.title,
        page=found.page,
        total_pages=found.total_pages,
        next_url=found.next_url,
        main=blocks(found.main, "main"),
        sidebar=blocks(found.sidebar, "sidebar"),
        extractor=GENERIC,
        page_links=dict(found.page_links),
    )


def _total_pages(pager: HtmlElement | None, c: _Compiled, page: int, *, has_next: bool) -> int | None:
    if pager is None:
        return None if has_next else page
    label = _first_text(pager, c.pages_label) if c.pages_label is not None else None
    if label and (m := _PAGE_OF.search(label)):
        return int(m.group(2))
    last = c.last_page_link(pager) if c.last_page_link is not None else []
    if last:
        return _int(last[0].get("title")) or _int(collapse(last[0].text_content()))
    # No "Page N of M" and no last link: without a next link this page is the last one.
    return None if has_next else page


def _first_text(root: HtmlElement, xpath: etree.XPath | None) -> str | None:
    if xpath is None:
        return None
    found = xpath(root)
    return collapse(found[0].text_content()) if found else None


def _int(text: str | None) -> int | None:
    if not text:
        return None
    digits = re.sub(r"[^\d]", "", text)
    return int(digits) if digits else None


def listing_identity(url: str) -> tuple[str | None, str | None]:
    """``(slug, kind)`` of a listing URL: ('hong-kong', 'category'), ('ccp', 'tag'), or a guess."""
    path = paged_path(url)[0]
    match = _LISTING_PATH.search(path)
    if match:
        kind = "tag" if match.group(1) == "tag" else "category"
        return match.group(2).lower(), kind
    segments = [s for s in path.split("/") if s]
    return (segments[-1].lower() if segments else None), None
