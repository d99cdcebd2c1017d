"""Layout-independent extraction of teaser blocks from a listing page.

No selectors of any one theme: a teaser block is the smallest element around a heading link
that holds no other heading link; the main listing is the largest group of such blocks of one
shape outside page chrome (header, nav, aside, footer, sidebars, widgets, menus). Used for
unknown sites and as the fallback when a site profile finds nothing (a theme change).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from urllib.parse import urljoin

from lxml import html as lxml_html
from parsel import Selector

from newscrawl.extract.paging import numbered_page_links, paged_path
from newscrawl.extract.text import collapse, element_text

# Ancestors whose content is page chrome, never the main listing.
_CHROME_TAGS = frozenset({"header", "nav", "aside", "footer", "form"})
_CHROME_CLASS = re.compile(r"sidebar|widget|footer|header|menu|navbar|breadcrumb|related|comment|popular", re.I)
_HEADING_LINKS = "//h1//a[@href] | //h2//a[@href] | //h3//a[@href] | //h4//a[@href] | //*[contains(concat(' ', normalize-space(@class), ' '), ' entry-title ')]//a[@href]"
_EXCERPT_CLASS = re.compile(r"excerpt|summary|teaser|entry-content|description|intro|dek|standfirst", re.I)
_NEXT_TEXT = re.compile(r"^\s*(next|older)\b|^\s*(›|»|→|>)\s*$", re.I)
_PAGE_OF = re.compile(r"page\s+\d+\s+of\s+(\d+)", re.I)
_MIN_EXCERPT_CHARS = 40
_TITLE_SUFFIX = re.compile(r"\s+[–—|-]\s+")
_WIDGET_CLASS = re.compile(r"sidebar|widget", re.I)
_MIN_HEADLINE_WORDS = 3


@dataclass(frozen=True)
class RawBlock:
    url: str
    headline: str | None
    excerpt: str | None


@dataclass
class GenericResult:
    title: str | None
    main: list[RawBlock] = field(default_factory=list)
    sidebar: list[RawBlock] = field(default_factory=list)
    next_url: str | None = None
    total_pages: int | None = None
    #: Pages of this listing linked by number (``/page/N/``, N >= 2), by number.
    page_links: dict[int, str] = field(default_factory=dict)


def extract(selector: Selector, url: str) -> GenericResult:
    root = selector.root
    heading_links = root.xpath(_HEADING_LINKS)
    heading_set = set(heading_links)
    groups: dict[tuple[object, str], list[tuple[lxml_html.HtmlElement, lxml_html.HtmlElement]]] = defaultdict(list)
    chrome: list[tuple[lxml_html.HtmlElement, lxml_html.HtmlElement]] = []
    seen_blocks: set[lxml_html.HtmlElement] = set()
    for link in heading_links:
        block = _block_of(link, heading_set)
        if block is None or block in seen_blocks:
            continue
        seen_blocks.add(block)
        if _is_chrome(block):
            chrome.append((block, link))
        else:
            groups[_shape(block)].append((block, link))

    main_group = max(groups.values(), key=len, default=[])
    next_url = _next_url(root, url)
    page_links = numbered_page_links(url, root.xpath("//a/@href"))
    return GenericResult(
        title=_title(root),
        main=[_raw(block, link, url) for block, link in main_group],
        sidebar=[_raw(block, link, url) for block, link in chrome] + _widget_links(root, heading_set, url),
        next_url=next_url,
        total_pages=_total_pages(root, url, page_links, has_next=next_url is not None),
        page_links=page_links,
    )


def _block_of(link: lxml_html.HtmlElement, heading_links: set[lxml_html.HtmlElement]) -> lxml_html.HtmlElement | None:
    """The largest ancestor of ``link`` that contains no other heading link."""
    block = None
    for ancestor in link.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        others = [a for a in ancestor.iter("a") if a in heading_links and a is not link]
        if others:
            break
        block = ancestor
    return block


def _is_chrome(element: lxml_html.HtmlElement) -> bool:
    for node in (element, *element.iterancestors()):
        if node.tag in _CHROME_TAGS:
            return True
        if _CHROME_CLASS.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
    return False


def _shape(block: lxml_html.HtmlElement) -> tuple[object, str]:
    """Blocks of one list are siblings: each is the largest ancestor of its heading link that
    holds no other heading link, so they share a parent (classes vary per post and category)."""
    return (block.getparent(), block.tag)


def _widget_links(root: lxml_html.HtmlElement, heading_links: set, base_url: str) -> list[RawBlock]:
    """Headline-like list links in sidebars and widgets ("Recent Posts"), never main blocks."""
    found = []
    for anchor in root.xpath("//li/a[@href]"):
        if anchor in heading_links or not _is_chrome(anchor) or any(n.tag == "header" for n in anchor.iterancestors()):
            continue
        text = collapse(anchor.text_content())
        if text and len(text.split()) >= _MIN_HEADLINE_WORDS and _in_widget(anchor):
            found.append(RawBlock(url=urljoin(base_url, anchor.get("href").strip()), headline=text, excerpt=None))
    return found


def _in_widget(element: lxml_html.HtmlElement) -> bool:
    return any(n.tag == "aside" or _WIDGET_CLASS.search(f"{n.get('class', '')} {n.get('id', '')}")
               for n in element.iterancestors())


def _raw(block: lxml_html.HtmlElement, link: lxml_html.HtmlElement, base_url: str) -> RawBlock:
    headline = collapse(link.text_content())
    excerpt_el = next((el for el in block.iter() if isinstance(el.tag, str) and _EXCERPT_CLASS.search(el.get("class") or "")), None)
    if excerpt_el is None:
        paragraphs = [p for p in block.iter("p") if len(p.text_content().strip()) >= _MIN_EXCERPT_CHARS]
        excerpt_el = paragraphs[0] if paragraphs else None
    excerpt = element_text(excerpt_el, lines=True) if excerpt_el is not None else None
    return RawBlock(url=urljoin(base_url, link.get("href").strip()), headline=headline, excerpt=excerpt)


def _title(root: lxml_html.HtmlElement) -> str | None:
    """The listing's own h1 (inside <main> when there is one), else the <title> up to its first dash."""
    candidates = root.xpath("//main//h1 | //*[@role='main']//h1") or list(root.iter("h1"))
    for h1 in candidates:
        in_chrome = any(node.tag in ("nav", "aside", "footer") for node in h1.iterancestors())
        if not in_chrome and not h1.xpath(".//a"):
            return collapse(h1.text_content())
    titles = root.xpath("//title/text()")
    return collapse(_TITLE_SUFFIX.split(titles[0])[0]) if titles else None


def _next_url(root: lxml_html.HtmlElement, base_url: str) -> str | None:
    """rel=next, a.next, a link labelled Next/Older/›/», then a link to page N+1."""
    candidates = root.xpath(
        "//link[@rel='next']/@href | //a[@rel='next']/@href"
        " | //a[contains(concat(' ', normalize-space(@class), ' '), ' next ')]/@href"
    )
    candidates += [a.get("href") for a in root.iter("a")
                   if a.get("href") and _NEXT_TEXT.search(collapse(a.text_content()) or a.get("aria-label") or "")]
    for href in candidates:
        target = _same_page_or_url(href, base_url)
        if target:
            return target
    return _next_by_page_number(root, base_url)


def _same_page_or_url(href: str, base_url: str) -> str | None:
    """The absolute URL of ``href``, or None for fragments, scripts and links back to this page."""
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return None
    target = urljoin(base_url, href)
    return None if target.split("#")[0].rstrip("/") == base_url.split("#")[0].rstrip("/") else target


def _next_by_page_number(root: lxml_html.HtmlElement, base_url: str) -> str | None:
    """A link to ``…/page/N+1/`` under the same listing path, for pagers with icon-only arrows."""
    listing, page = paged_path(base_url)
    for href in root.xpath("//a/@href"):
        absolute = urljoin(base_url, href.strip())
        if paged_path(absolute) == (listing, page + 1):
            return absolute
    return None


def _total_pages(root: lxml_html.HtmlElement, base_url: str, page_links: dict[int, str], *,
                 has_next: bool) -> int | None:
    """'Page N of M' when shown; else the highest page linked under this listing's path; a page
    without a next link is the last one."""
    match = _PAGE_OF.search(collapse(" ".join(root.xpath("//body//text()[not(ancestor::script)]"))) or "")
    if match:
        return int(match.group(1))
    page = paged_path(base_url)[1]
    if not has_next:
        return page
    highest = max(page_links, default=page)
    return highest if highest > page else None
