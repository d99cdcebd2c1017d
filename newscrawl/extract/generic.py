"""Layout-independent extraction of teaser blocks from a listing page.

No selectors of any one theme. A headline link is a link in or around a heading, or in an
element whose class names a title ('entry-title', 'topicname'). Its block is the largest
element around it that holds no headline link to another article (a ``<ul>`` of one item is
its ``<li>``). Blocks of one list share a shape: the block's tag and the tags on the way down
to its headline link, whatever their parents and classes (a timeline split in one list per
month is one river). The river is the weightiest group of blocks outside page chrome (header,
nav, aside, footer, sidebars, widgets, menus, "related"/"popular" boxes), weighed by its blocks (a
block with an excerpt thrice a bare link), and by the page's JSON-LD ``ItemList`` when it has one; a featured/hero
group ahead of it, or beside it in the main column, joins it when its blocks carry an excerpt,
an image or a date. Chrome groups are kept as the page's sidebar blocks.

Real pages are not always well formed or tidy: blocks a page never closes (each nested in the one
before once parsed) are moved out first, each to end where the next begins; an article the page
shows twice (a hero grid, then a category box) counts once, at its first place, with the parts any
of its copies shows; links resolve against ``<base href>``.

``analyse`` keeps the elements and says why each group was left out (for ``newscrawl
inspect``); ``extract`` returns plain data. Used for unknown sites and as the fallback when a
site profile finds nothing (a theme change).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement
from parsel import Selector

from newscrawl.extract import blockparts as bp
from newscrawl.extract.blockscan import BlockScan
from newscrawl.extract.dates import numeric_order
from newscrawl.extract.paging import Pager, is_home, numbered_page_links, page_base, read_pager
from newscrawl.extract.structured import StructuredData, read_structured
from newscrawl.extract.text import collapse
from newscrawl.extract.titles import listing_slug, page_title
from newscrawl.extract.urls import absolute_url, article_key

_TITLE_WORDS = ("title", "Title", "headline", "topic", "subject")


def _titled(attribute: str) -> str:
    """``attribute`` names a title (the attribute read once, its value tested for each word)."""
    return f"{attribute}[" + " or ".join(f"contains(., '{word}')" for word in _TITLE_WORDS) + "]"


# Links in a heading, around a heading, or in an element whose class names a title (or naming one
# themselves): the specification of ``_CANDIDATES`` (which finds them in one pass over the page's
# links) and, made relative, the query ``headline_link_in`` runs inside a profile's block.
_CANDIDATE_PATHS = (
    "//h1//a[@href] | //h2//a[@href] | //h3//a[@href] | //h4//a[@href] | //h5//a[@href] | //h6//a[@href]",
    "//a[@href][*][.//h1 or .//h2 or .//h3 or .//h4 or .//h5 or .//h6]",
    f"//a[@href][{_titled('@class')}]",
    f"//a[@href][{_titled('../@class')}]",
)
_CANDIDATES_IN = etree.XPath(" | ".join("." + p.strip() for p in " | ".join(_CANDIDATE_PATHS).split(" | ")))


def _CANDIDATES(root: HtmlElement) -> list[HtmlElement]:  # noqa: N802 - used like the compiled queries
    """Every headline-link candidate of the page, in document order: what ``_CANDIDATE_PATHS``
    select, found in one pass over the page's links (the queries' ``contains()`` on every link's
    and parent's class cost ~5x more)."""
    by_heading: set[HtmlElement] = set()
    for heading in root.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        by_heading.update(heading.iterdescendants("a"))
        by_heading.update(heading.iterancestors("a"))
    found = []
    for link in root.iter("a"):
        if link.get("href") is None:
            continue
        if link in by_heading:
            found.append(link)
            continue
        classes = link.get("class")
        if classes is not None and _TITLE_CLASS.search(classes):
            found.append(link)
            continue
        parent = link.getparent()
        classes = parent.get("class") if parent is not None else None
        if classes is not None and _TITLE_CLASS.search(classes):
            found.append(link)
    return found


_TITLE_CLASS = re.compile("|".join(_TITLE_WORDS))
_CHROME_TAGS = frozenset({"header", "nav", "aside", "footer", "form", "menu"})
_CHROME_STEMS = ("sidebar", "widget", "footer", "header", "menu", "navbar", "navigation", "breadcrumb", "related",
                 "comment", "popular", "trending", "mostread", "most-read", "recommend", "share", "social", "promo",
                 "advert", "sponsor", "newsletter", "subscribe", "cookie", "modal", "popup", "toolbar", "topbar")
_MAIN_WORDS = frozenset({"main", "content", "primary", "main-content", "site-main", "maincontent", "content-area",
                         "site-content", "main-column", "posts", "blog-posts", "post-list", "river"})
#: A list of "latest/recent posts" is the column's river only when an ancestor says so: in a
#: widget it is the sidebar's ('wp-block-latest-posts', 'recent-posts').
_LATEST_WORDS = frozenset({"latest", "recent"})
_FEATURED = re.compile(r"featured|hero|lead-?story|top-?story|spotlight", re.I)
_REL_NOT_ARTICLE = frozenset({"category", "tag", "author", "nofollow", "prev", "next", "home"})
# Links to author, category and tag pages are never an article's headline link.
_NOT_ARTICLE_PATH = re.compile(r"/(?:author|authors|category|categories|tag|tags|label|labels|"
                               r"profile|users?|members?)/[^/]+/?$|/(?:author|category|tag|profile)[-_][^/]*$", re.I)
_WIDGET = re.compile(r"sidebar|widget", re.I)
# A site's front page named by its file ('/index.php', '/blog/index.html'): the same as its directory.
_INDEX_FILE = re.compile(r"/(?:index|default|home)\.(?:php|html?|aspx?|jsp)$", re.I)
#: Tags of blocks a malformed page may leave open (each then swallows the next one).
_UNCLOSED_BLOCK_TAGS = frozenset({"article", "div", "section"})
_MIN_HEADLINE_WORDS = 3
#: A group ahead of the river, outside its column, joins it as featured only up to this size.
_MAX_FEATURED = 4
#: A list of plain links stands for the river only with this many blocks.
_MIN_LIST_BLOCKS = 3
_LIST_LINKS = etree.XPath("//li/a[@href]")
_LONG_LINKS = etree.XPath("//a[@href][string-length(normalize-space(.)) >= 6]")


@dataclass(frozen=True)
class RawBlock:
    url: str
    headline: str | None
    excerpt: str | None
    byline: str | None = None
    published: str | None = None


@dataclass
class GenericResult:
    title: str | None
    main: list[RawBlock] = field(default_factory=list)
    sidebar: list[RawBlock] = field(default_factory=list)
    next_url: str | None = None
    total_pages: int | None = None
    #: Pages of this listing linked by number (``/page/N/``, N >= 2), by number.
    page_links: dict[int, str] = field(default_factory=dict)
    page: int = 1


@dataclass
class FoundBlock:
    """A block with its elements (for annotation), and what was read from it."""

    element: HtmlElement
    link: HtmlElement
    excerpt_element: HtmlElement | None
    raw: RawBlock
    #: Whether the block shows an image (None: not looked at yet).
    image: bool | None = None
    #: Its place among the page's blocks (the index of its headline link among the candidates).
    order: int = 0
    #: The candidates of its parts, found in one walk over it when first needed.
    scan: BlockScan = field(init=False, repr=False)
    _heading: HtmlElement | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.scan = BlockScan(self.element)

    @property
    def heading(self) -> HtmlElement:
        """The element whose text is its headline (``blockparts.headline_element`` of its link)."""
        if self._heading is None:  # (functools.cached_property takes a lock on every read in 3.11)
            self._heading = bp.headline_element(self.link)
        return self._heading


@dataclass
class Group:
    """Blocks of one shape; ``reason`` says why a group is not (or is) part of the river."""

    key: tuple[str, ...]
    blocks: list[FoundBlock]
    chrome: str | None = None
    main: bool = False
    reason: str = ""


@dataclass
class Analysis:
    result: GenericResult
    groups: list[Group]
    structured: StructuredData


def extract(selector: Selector, url: str, *, sidebar: bool = True) -> GenericResult:
    return analyse(selector.root, url, sidebar=sidebar).result


def analyse(root: HtmlElement, url: str, *, sidebar: bool = True) -> Analysis:
    """Find the page's river, its sidebar blocks (unless ``sidebar`` is False), title and pager;
    keep the groups and the reasons they were or were not chosen. Blocks a malformed page never
    closes are moved out of one another in ``root`` itself (document order unchanged)."""
    structured = read_structured(root, url)
    base = page_base(root, url)
    headlines: dict[HtmlElement, str] = {}
    candidates = _headline_links(root, url, base, headlines)
    chains = [list(link.iterancestors()) for link, _ in candidates]
    if _unnest(candidates, chains):
        chains = [list(link.iterancestors()) for link, _ in candidates]
    ordered = _groups(candidates, chains, base, sidebar=sidebar, headlines=headlines)
    # blocks never overlap and the candidates are in document order: a block's first link places it
    index = {b.element: b.order for g in ordered for b in g.blocks}
    pager = read_pager(root, url)
    _choose_river(ordered, structured, index, later_page=pager.current > 1)
    for group in ordered:
        if group.main:
            _read_bylines(group)
    if _poor([g for g in ordered if g.main]):
        # No river of headings: portal and forum lists ('<li><span>2013-05-06</span><a>…</a></li>',
        # a thread table) give their headlines as plain links. Taken when they make a longer river.
        used = {link for link, _ in candidates}
        listed = [c for c in _listed_links(root, url, base) if c[0] not in used]
        lists = _groups(listed, [list(link.iterancestors()) for link, _ in listed], base, sidebar=False)
        lists = [g for g in lists if g.chrome is None and len(g.blocks) >= _MIN_LIST_BLOCKS]
        # two lists of links: placed by counting in the document
        index = {b.element: _position(b.element) for g in [*ordered, *lists] for b in g.blocks}
        best = max(lists, key=lambda g: len(g.blocks), default=None)
        river = sum(len(g.blocks) for g in ordered if g.main)
        if best is not None and len(best.blocks) > river:
            for group in ordered:
                if group.main:
                    group.main, group.reason = False, f"fewer than the {len(best.blocks)} headline links of a list"
            best.main, best.reason = True, f"river: a list of {len(best.blocks)} headline links (no headings)"
            _read_bylines(best)
            ordered.append(best)
    main_blocks = sorted((b for g in ordered if g.main for b in g.blocks), key=lambda b: index[b.element])
    _fill_dates(main_blocks, structured, base)
    main_blocks = _once(main_blocks)
    chrome = ([b.raw for g in ordered if g.chrome for b in g.blocks] + _widget_links(root, base, candidates)
              if sidebar else [])
    next_url, current, highest = pager.next_url, pager.current, pager.highest
    total = _total_pages(pager.around, current, highest, has_next=next_url is not None)
    result = GenericResult(
        title=None if is_home(url) else page_title(root, before=main_blocks[0].element if main_blocks else None,
                                                   slug=listing_slug(url)),
        main=[b.raw for b in main_blocks],
        sidebar=chrome,
        next_url=next_url,
        total_pages=total,
        page=current,
        page_links=_numbered_links(root, url, base, pager, total),
    )
    return Analysis(result=result, groups=ordered, structured=structured)


def _groups(candidates: list[tuple[HtmlElement, str]], chains: list[list[HtmlElement]], url: str, *,
            sidebar: bool, headlines: dict[HtmlElement, str] | None = None) -> list[Group]:
    """The candidates' blocks grouped by shape (and by chrome), with their parts read; ``chains``:
    each candidate's ancestors, nearest first; ``headlines``: their headline texts, when read."""
    under: dict[HtmlElement, set[str]] = defaultdict(set)
    for (_, target), chain in zip(candidates, chains, strict=True):
        for ancestor in chain:
            under[ancestor].add(target)
    groups: dict[tuple[str, ...], Group] = {}
    seen: set[HtmlElement] = set()
    verdicts: dict[HtmlElement, str | None] = {}
    for order, ((link, target), chain) in enumerate(zip(candidates, chains, strict=True)):
        block, height = _block_of(link, chain, under)
        if block in seen:
            continue
        seen.add(block)
        up = chain[height:] if height >= 0 else [link, *chain]  # the block and its ancestors
        chrome = _chrome(up, verdicts)
        key = (chrome or "", *_shape(block, chain[:height] if height >= 0 else chain))
        group = groups.get(key)  # one shape in the chrome and in the column: two groups
        if group is None:
            group = groups[key] = Group(key=key, blocks=[], chrome=chrome)
        headline = headlines.get(link) if headlines is not None else None
        group.blocks.append(FoundBlock(element=block, link=link, excerpt_element=None,
                                       raw=RawBlock(url=target, headline=headline, excerpt=None), order=order))
    ordered = list(groups.values())
    for group in ordered:
        if sidebar or group.chrome is None:  # chrome groups are read only to be output as sidebar blocks
            _read_parts(group, url)
    return ordered


def _poor(river: list[Group]) -> bool:
    """A river of headings too thin to trust: none of its blocks shows an excerpt, an image or a
    byline (section headings of a portal, a forum's own name)."""
    return not any(b.raw.excerpt or b.raw.byline or _has_image(b) for g in river for b in g.blocks)


def _listed_links(root: HtmlElement, url: str, base: str) -> list[tuple[HtmlElement, str]]:
    """Links whose text reads as a headline, for pages that list their articles without headings."""
    return [(link, target) for link, target in _article_links(_LONG_LINKS(root), url, base)
            if _reads_as_headline(collapse(link.text_content()) or "")]


def _reads_as_headline(text: str) -> bool:
    """Three words or more, or six CJK characters (written without spaces)."""
    return len(text.split()) >= _MIN_HEADLINE_WORDS or sum(_is_cjk(ch) for ch in text) >= 6


def _is_cjk(ch: str) -> bool:
    return "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uff00" <= ch <= "\uffef"


def _headline_links(root: HtmlElement, url: str, base: str,
                    headlines: dict[HtmlElement, str] | None = None) -> list[tuple[HtmlElement, str]]:
    """Headline links in document order, with their absolute URLs (against ``base``, the page's
    ``<base href>`` or URL); links to this page, the site's home, fragments and taxonomy/author
    pages (rel=category/tag/author) left out."""
    return _article_links(_CANDIDATES(root), url, base, headlines)


def _article_links(links: list[HtmlElement], url: str, base: str,
                   headlines: dict[HtmlElement, str] | None = None) -> list[tuple[HtmlElement, str]]:
    """The links to articles among ``links``, with their absolute URLs; ``headlines`` gets each
    one's headline text (read to tell a link without one)."""
    page = article_key(url)
    page_parts = urlsplit(url)
    found = []
    for link in links:
        href = (link.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        rel = link.get("rel")
        if rel and not _REL_NOT_ARTICLE.isdisjoint(rel.lower().split()):
            continue
        target = absolute_url(href, base)
        parts = urlsplit(target)
        if parts.scheme not in ("http", "https") or article_key(target) == page:
            continue
        path = _INDEX_FILE.sub("/", parts.path)
        if path in ("", "/") and not parts.query:
            continue  # the site's home (a logo or site title in a heading)
        if _NOT_ARTICLE_PATH.search(path):
            continue
        if parts.netloc == page_parts.netloc and page_parts.path.startswith(path.rstrip("/") + "/"):
            continue  # a link up this page's path (a section front, the site's home): navigation
        headline = bp.headline_text(link)
        if not headline:
            continue
        if headlines is not None:
            headlines[link] = headline
        found.append((link, target))
    return found


def _unnest(candidates: list[tuple[HtmlElement, str]], chains: list[list[HtmlElement]]) -> bool:
    """Blocks a malformed page never closes ('<article>' after '<article>' without an end tag)
    nest, once parsed, each inside the one before it, the sidebar inside the last. Each such block
    is moved out to follow the block that swallowed it: the same elements in the same document
    order, each block ending where the next one starts. Whether anything moved.

    Found from consecutive headline links: the second link sits ``deeper`` levels below the first,
    and its ancestors that the first link lacks are the first link's own (the block, and the
    elements down to the second block); the highest pair of one kind (same tag, a class in common)
    at one height above each link, the inner one being the outer one's last content, is a block
    and the block it swallowed."""
    moves = []
    for i in range(len(candidates) - 1):
        first, second = chains[i], chains[i + 1]
        deeper = len(second) - len(first)
        if deeper <= 0:
            continue
        # their lowest common ancestor, `common` levels above the first link
        common = next((h for h, a in enumerate(first) if h + deeper < len(second) and second[h + deeper] is a), None)
        if common is None:
            continue
        # the second link's extra ancestors are the first link's from `common` up: the highest
        # pair of one kind at one height is the block and the block it is nested in
        for height in range(min(common + deeper, len(first)) - 1, common - 1, -1):
            outer, inner = first[height], second[height]
            if _same_kind(outer, inner) and _trailing(inner, outer):
                moves.append((outer, inner))
                break
    for outer, inner in moves:  # outermost first: each move leaves the next one's blocks as they were
        outer.addnext(inner)
    return bool(moves)


def _same_kind(outer: HtmlElement, inner: HtmlElement) -> bool:
    if outer.tag != inner.tag or outer.tag not in _UNCLOSED_BLOCK_TAGS:
        return False
    return bool(set((outer.get("class") or "").split()) & set((inner.get("class") or "").split()))


def _trailing(inner: HtmlElement, outer: HtmlElement) -> bool:
    """Whether nothing but white space and comments follows ``inner`` inside ``outer``, and nothing
    between them is page chrome (a 'related posts' box closing a post is no unclosed block)."""
    node = inner
    while node is not outer:
        if node is not inner and _chrome_names(str(node.tag), node.get("class"), node.get("id"),
                                               node.get("role")) not in (_UNDECIDED, None):
            return False
        if (node.tail or "").strip():
            return False
        following = node.getnext()
        while following is not None:
            if isinstance(following.tag, str) or (following.tail or "").strip():
                return False
            following = following.getnext()
        parent = node.getparent()
        if parent is None:
            return False
        node = parent
    return True


def _once(blocks: list[FoundBlock]) -> list[FoundBlock]:
    """An article the page shows more than once (a hero story again in a category box) counts
    once, at its first place, with the parts any of its copies shows."""
    first: dict[str, FoundBlock] = {}
    kept = []
    for found in blocks:
        key = article_key(found.raw.url)
        earlier = first.get(key)
        if earlier is None:
            first[key] = found
            kept.append(found)
            continue
        a, b = earlier.raw, found.raw
        earlier.raw = RawBlock(url=a.url, headline=a.headline or b.headline, excerpt=a.excerpt or b.excerpt,
                               byline=a.byline or b.byline, published=a.published or b.published)
    return kept


def headline_link_in(block: HtmlElement) -> HtmlElement | None:
    """The first headline link inside a block (for profiles that pin blocks, not their links)."""
    for link in _CANDIDATES_IN(block):
        if (link.get("href") or "").strip()[:1] not in ("", "#"):
            return link
    return None


def _block_of(link: HtmlElement, chain: list[HtmlElement],
              under: dict[HtmlElement, set[str]]) -> tuple[HtmlElement, int]:
    """The largest ancestor of ``link`` with no headline link to another article (a list of one
    item stands for its item), and its place in ``chain`` (-1: the link itself)."""
    height = -1
    for i, ancestor in enumerate(chain):
        if ancestor.tag in ("body", "html") or len(under[ancestor]) > 1:
            break
        height = i
    block = chain[height] if height >= 0 else link
    while block.tag in ("ul", "ol", "table", "tbody"):
        children = [c for c in block if isinstance(c.tag, str)]
        if len(children) != 1:
            break
        height -= 1  # the one child holds the link: the next element down the chain
        block = chain[height] if height >= 0 else link
    return block, height


def _shape(block: HtmlElement, below: list[HtmlElement]) -> tuple[str, ...]:
    """The block's tag and the tags down to its headline link (``below``: the link's ancestors
    under the block, nearest first): one list's blocks share it."""
    return (str(block.tag), *(str(a.tag) for a in reversed(below)), "a")


def _chrome(up: list[HtmlElement], known: dict[HtmlElement, str | None]) -> str | None:
    """What makes a block page chrome ('aside', 'sidebar', 'menu'...), or None. Walks up from the
    block (``up``: it and its ancestors): the first chrome or main-column marker met decides (a
    featured aside is not chrome). ``known``: the verdicts of elements walked from before (blocks
    share their ancestors), filled in."""
    walked = []
    verdict: str | None = None
    for node in up:
        if node in known:
            verdict = known[node]
            break
        tag = node.tag
        if tag in ("body", "html"):
            break
        walked.append(node)
        say = _chrome_names(str(tag), node.get("class"), node.get("id"), node.get("role"))
        if say is not _UNDECIDED:
            verdict = say
            break
    for node in walked:
        known[node] = verdict
    return verdict


_UNDECIDED = "?"


@lru_cache(maxsize=4096)
def _chrome_names(tag: str, classes: str | None, ident: str | None, role: str | None) -> str | None:
    """One element's say: a chrome marker, None for the main column, or _UNDECIDED (look higher)."""
    names = bp.words_of(classes, ident)
    if tag in _CHROME_TAGS and not _FEATURED.search(" ".join(names)):
        return tag
    for name in names:
        stem = next((s for s in _CHROME_STEMS if s in name), None)
        if stem:
            return stem
    if tag == "main" or role == "main" or (names & _MAIN_WORDS and not names & _LATEST_WORDS):
        return None
    return _UNDECIDED


def _read_parts(group: Group, url: str) -> None:
    """Headline and excerpt of each block (what choosing the river needs)."""
    for found in group.blocks:
        block, link, heading = found.element, found.link, found.heading
        excerpt_el = bp.excerpt_element(block, link, found.scan, heading)
        found.excerpt_element = excerpt_el
        found.raw = RawBlock(url=found.raw.url, headline=found.raw.headline or bp.headline_text(link),
                             excerpt=bp.excerpt_text(block, link, url, excerpt_el, heading))


def _read_bylines(group: Group) -> None:
    """The byline element of each block of a chosen group (read once the river is known)."""
    for found in group.blocks:
        avoid = [found.excerpt_element, found.heading]
        raw = found.raw
        byline = bp.byline_of(found.element, avoid, raw.headline, found.scan)
        found.raw = RawBlock(url=raw.url, headline=raw.headline, excerpt=raw.excerpt, byline=byline,
                             published=raw.published)


def _has_image(found: FoundBlock) -> bool:
    if found.image is None:
        found.image = bp.has_image(found.element, found.scan)
    return found.image


def _choose_river(groups: list[Group], structured: StructuredData, index: dict[HtmlElement, int], *,
                  later_page: bool = False) -> None:
    """Mark the river and what joins it; ``later_page``: the page is page 2 or later of its listing,
    where a hero ahead of the river repeats the first page's newest stories."""
    listed = set(structured.item_list)
    content = [g for g in groups if g.chrome is None]
    for group in groups:
        if group.chrome:
            group.reason = f"{group.chrome}: {len(group.blocks)} block(s) in page chrome"
    if not content:
        return

    def weight(group: Group) -> tuple[int, int]:
        overlap = sum(b.raw.url in listed for b in group.blocks)
        with_excerpt = sum(b.raw.excerpt is not None for b in group.blocks)
        return overlap, len(group.blocks) + 2 * with_excerpt  # a teaser weighs more than a bare link

    river = max(content, key=weight)
    river.main = True
    river.reason = f"river: {len(river.blocks)} block(s) of one shape"
    first = min(index[b.element] for b in river.blocks)
    column = _main_column(river)
    for group in content:
        if group is river:
            continue
        rich = all(b.raw.excerpt or _has_image(b) for b in group.blocks)
        # ahead of the river but outside its column: a hero or a featured row is a few blocks
        ahead = all(index[b.element] < first for b in group.blocks) and len(group.blocks) <= _MAX_FEATURED
        inside = column is not None and all(bp.inside(b.element, column) for b in group.blocks)
        if rich and ahead and not inside and later_page:
            group.reason = "featured ahead of the river on a later page: the first page's, repeated"
        elif rich and (ahead or inside):
            group.main = True
            group.reason = "featured: ahead of the river" if ahead else "beside the river in the main column"
        elif not rich:
            group.reason = f"{len(group.blocks)} link(s) without excerpt or image (headings, navigation)"
        else:
            group.reason = f"{len(group.blocks)} block(s) outside the main column"


def _main_column(river: Group) -> HtmlElement | None:
    """The main column around the river: its nearest 'main'/'content' ancestor, else the river's
    common ancestor (its parent may hold a sidebar too)."""
    elements = [b.element for b in river.blocks]
    common = elements[0].getparent()
    while common is not None and not all(bp.inside(e, common) for e in elements):
        common = common.getparent()
    node = common
    while node is not None and node.tag not in ("body", "html"):
        if node.tag == "main" or node.get("role") == "main" or bp.words(node) & _MAIN_WORDS:
            return node
        node = node.getparent()
    return common if common is not None and common.tag not in ("body", "html") else None


def _fill_dates(blocks: list[FoundBlock], structured: StructuredData, base: str) -> None:
    """Dates for the river's blocks, with the page's day/month order learned from all of them;
    JSON-LD Article entries fill what the markup does not show; a bare name beside a block's date
    is its byline when nothing else names the author."""
    avoid = [[b.excerpt_element, b.heading] for b in blocks]
    order = None
    dates = [bp.machine_date(b.element, a, b.scan) for b, a in zip(blocks, avoid, strict=True)]
    if not all(dates):  # shown dates are read, and the page's day/month order, only when needed
        candidates = [bp.date_texts(b.element, a, scan=b.scan) for b, a in zip(blocks, avoid, strict=True)]
        order = numeric_order(text for found in candidates for _, text, machine in found if not machine)
        dates = [bp.dated(found, order) for found in candidates]
    if blocks and not any(dates):  # no marked date on the page: look for bare ones ("2023.05.30")
        candidates = [bp.date_texts(b.element, a, bare_only=True, scan=b.scan)
                      for b, a in zip(blocks, avoid, strict=True)]
        order = numeric_order(text for found in candidates for _, text, _ in found)
        dates = [bp.dated(found, order) for found in candidates]
    for i, block in enumerate(blocks):  # a date shown inside the headline link ('<a>Title<em>date</em></a>')
        if dates[i] is None and (inside := bp.date_in_headline(block.heading)) is not None:
            found = bp.date_of([(inside, collapse(inside.text_content()) or "", False)], order)
            dates[i] = (inside, found) if found else None
    for block, date in zip(blocks, dates, strict=True):
        published = date[1] if date else None
        byline = block.raw.byline
        article = structured.articles.get(block.raw.url)
        if article is not None:
            published = published or article.published
            byline = byline or article.author
        if byline is None and date is not None:
            byline = bp.byline_beside(date[0], block.element, article_key(block.raw.url), base, order)
        block.raw = RawBlock(url=block.raw.url, headline=block.raw.headline, excerpt=block.raw.excerpt,
                             byline=byline, published=published)


def _widget_links(root: HtmlElement, url: str, candidates: list[tuple[HtmlElement, str]]) -> list[RawBlock]:
    """Headline-like list links in sidebars and widgets ("Recent Posts"), never main blocks."""
    headline_links = {link for link, _ in candidates}
    found = []
    for anchor in _LIST_LINKS(root):
        if anchor in headline_links or any(n.tag == "header" for n in anchor.iterancestors()):
            continue
        if not any(n.tag == "aside" or _WIDGET.search(f"{n.get('class', '')} {n.get('id', '')}")
                   for n in anchor.iterancestors()):
            continue
        text = collapse(anchor.text_content())
        if text and len(text.split()) >= _MIN_HEADLINE_WORDS:
            found.append(RawBlock(url=absolute_url(anchor.get("href"), url), headline=text, excerpt=None))
    return found


_PAGE_OF = re.compile(r"page\s+\d+\s+of\s+(\d+)", re.I)
_PAGES_IN_ALL = re.compile(r"共\s*(\d+)\s*[页頁]")


def _total_pages(around: list[HtmlElement], current: int, highest: int | None, *, has_next: bool) -> int | None:
    """'Page N of M' when the pager shows it (``around``: the pager links' containers); else the
    highest page the pager links when above this one; a page without a next link is the last one."""
    for container in around:
        for text in container.itertext():  # text by text: "Page 1 of 156" then "1", "2"...
            match = _PAGE_OF.search(str(text))
            if match:
                return int(match.group(1))
        match = _PAGES_IN_ALL.search(container.text_content())  # "共 <strong>9</strong> 页"
        if match:
            return int(match.group(1))
    if not has_next:
        return current
    return highest if highest is not None and highest > current else None


_HREFS = etree.XPath("//a/@href")


def _numbered_links(root: HtmlElement, url: str, base: str, pager: Pager, total: int | None) -> dict[int, str]:
    """The pages of this listing linked by number, for fanning out: from the pager's links; from
    every link of the page only when those name none and the page declares pages after it (a
    pass over all links costs ~4% of a page's analysis: not paid on every page)."""
    if pager.page_links or total is None or total <= pager.current:
        return pager.page_links
    return numbered_page_links(url, (str(h) for h in _HREFS(root)), base=base)


_POSITION = etree.XPath("count(preceding::*) + count(ancestor::*)")


def _position(element: HtmlElement) -> int:
    """The element's index in document order (counted in C, for the few blocks that need it)."""
    return int(_POSITION(element))
