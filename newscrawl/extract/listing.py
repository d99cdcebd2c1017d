"""The listing page as a page object: pure functions from (html, url) to teaser blocks.

``parse_listing`` picks the extractor (a site profile pinned to the host, a profile whose
markup signature the page carries, or the layout-independent generic extractor), and when a
profile finds no block on a page it falls back to the generic extractor and says so in
``ListingPage.warnings``. Nothing here imports Scrapy: it runs on saved HTML, in the CLI and
in tests alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html
from parsel import Selector

from newscrawl.extract import generic
from newscrawl.extract.decode import NotHtmlError, decode_html
from newscrawl.extract.profiles import PROFILE_BY_HOST, PROFILES_BY_NAME, SITE_PROFILES, SiteProfile
from newscrawl.extract.text import collapse, element_text

GENERIC = "generic"
_PAGE_IN_URL = re.compile(r"/page/(\d+)/?(?:[?#].*)?$")
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
    #: Problems a caller should log loudly (layout changes, fallbacks).
    warnings: list[str] = field(default_factory=list)


class UnknownProfileError(ValueError):
    pass


def parse_listing(html: str | bytes, url: str, *, profile: str | None = None,
                  content_type: str | None = None) -> ListingPage:
    """Extract a listing page. ``profile`` forces a profile by name, or 'generic'.

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

    chosen = _choose_profile(selector, host, profile)
    warnings: list[str] = []
    if chosen is not None:
        page = _parse_with_profile(selector, url, chosen)
        if not page.main and profile is None:
            fallback = generic.extract(selector, url)
            warnings.append(
                f"profile {chosen.name!r} found no teaser blocks on {url} (layout changed?); "
                f"generic extractor found {len(fallback.main)}"
            )
            if fallback.main:
                page = _from_generic(fallback, url)
    else:
        page = _from_generic(generic.extract(selector, url), url)
    page.region_slug, page.listing_kind = region_slug, listing_kind
    page.warnings.extend(warnings)
    if not page.main:
        page.warnings.append(f"no teaser blocks on {url} (extractor {page.extractor!r}; layout changed?)")
    return page


def _choose_profile(selector: Selector, host: str, forced: str | None) -> SiteProfile | None:
    if forced == GENERIC:
        return None
    if forced is not None:
        try:
            return PROFILES_BY_NAME[forced]
        except KeyError:
            known = ", ".join([*PROFILES_BY_NAME, GENERIC])
            raise UnknownProfileError(f"unknown profile {forced!r} (known: {known})") from None
    if host in PROFILE_BY_HOST:
        return PROFILE_BY_HOST[host]
    for candidate in SITE_PROFILES:
        if selector.css(candidate.signature):
            return candidate
    return None


def _parse_with_profile(selector: Selector, url: str, profile: SiteProfile) -> ListingPage:
    main_blocks: list[Block] = []
    for container in selector.css(profile.main)[:1]:
        for node in container.css(profile.block):
            if _inside(node, profile.discard):
                continue
            block = _block(node, url, profile, "main", len(main_blocks) + 1)
            if block is not None:
                main_blocks.append(block)
    sidebar: list[Block] = []
    for node in selector.css(profile.sidebar_block):
        block = _block(node, url, profile, "sidebar", len(sidebar) + 1)
        if block is not None:
            sidebar.append(block)

    page = _int(selector.css(profile.current_page + "::text").get()) or page_from_url(url)
    total = _total_pages(selector, profile, page)
    next_href = selector.css(profile.next_link + "::attr(href)").get()
    next_url = urljoin(url, next_href.strip()) if next_href else None
    if next_url == url:
        next_url = None
    return ListingPage(
        url=url,
        title=_first_text(selector, profile.page_title),
        page=page,
        total_pages=total,
        next_url=next_url,
        main=main_blocks,
        sidebar=sidebar,
        extractor=profile.name,
    )


def _block(node: Selector, base_url: str, profile: SiteProfile, placement: str, position: int) -> Block | None:
    link = node.css(profile.headline_link)
    href = link.css("::attr(href)").get()
    if not href:
        return None
    excerpt_node = node.css(profile.excerpt)
    excerpt = element_text(excerpt_node[0].root, lines=True) if excerpt_node else None
    return Block(
        url=urljoin(base_url, href.strip()),
        headline=collapse(link[0].root.text_content()),
        excerpt=excerpt,
        category=_first_text(node, profile.category),
        placement=placement,
        position=position,
    )


def _from_generic(found: generic.GenericResult, url: str) -> ListingPage:
    def blocks(raw: list[generic.RawBlock], placement: str) -> list[Block]:
        return [
            Block(url=b.url, headline=b.headline, excerpt=b.excerpt, placement=placement, position=i)
            for i, b in enumerate(raw, start=1)
        ]

    page = page_from_url(url)
    return ListingPage(
        url=url,
        title=found.title,
        page=page,
        total_pages=found.total_pages,
        next_url=found.next_url,
        main=blocks(found.main, "main"),
        sidebar=blocks(found.sidebar, "sidebar"),
        extractor=GENERIC,
    )


def _inside(node: Selector, containers: tuple[str, ...]) -> bool:
    if not containers:
        return False
    root = node.root
    for ancestor in root.iterancestors():
        for css in containers:
            if _matches(ancestor, css):
                return True
    return False


def _matches(element: lxml_html.HtmlElement, css: str) -> bool:
    classes = set((element.get("class") or "").split())
    for part in css.split(","):
        part = part.strip()
        if part.startswith(".") and part[1:] in classes:
            return True
        if part.startswith("#") and element.get("id") == part[1:]:
            return True
    return False


def _total_pages(selector: Selector, profile: SiteProfile, page: int) -> int | None:
    label = selector.css(profile.pages_label + "::text").get()
    if label and (m := _PAGE_OF.search(label)):
        return int(m.group(2))
    last = selector.css(profile.last_page_link)
    if last:
        return _int(last.css("::attr(title)").get()) or _int(collapse(last[0].root.text_content()))
    if selector.css(profile.current_page) and not selector.css(profile.next_link):
        return page
    return None


def _first_text(selector: Selector, css: str) -> str | None:
    found = selector.css(css)
    return collapse(found[0].root.text_content()) if found else None


def _int(text: str | None) -> int | None:
    if not text:
        return None
    digits = re.sub(r"[^\d]", "", text)
    return int(digits) if digits else None


def page_from_url(url: str) -> int:
    """Page number from a WordPress-style ``/page/N/`` URL; 1 when absent."""
    match = _PAGE_IN_URL.search(urlsplit(url).path)
    return int(match.group(1)) if match else 1


def listing_identity(url: str) -> tuple[str | None, str | None]:
    """``(slug, kind)`` of a listing URL: ('hong-kong', 'category'), ('ccp', 'tag'), or a guess."""
    path = _PAGE_IN_URL.sub("", urlsplit(url).path)
    match = _LISTING_PATH.search(path)
    if match:
        kind = "tag" if match.group(1) == "tag" else "category"
        return match.group(2).lower(), kind
    segments = [s for s in path.split("/") if s]
    return (segments[-1].lower() if segments else None), None
