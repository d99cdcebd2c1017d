"""The parts of one teaser block found without a theme's selectors (pure; no Scrapy).

Given a block element and its headline link: the headline (the heading inside or around the
link), the excerpt (an element whose class says so, else the block's text less its headline,
meta line, read-more link and captions), and the byline and date shown in their own elements
(never taken from the excerpt's text). Used by the generic extractor, and by a profile for
the parts it does not pin.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from urllib.parse import urlsplit

from lxml import etree
from lxml.html import HtmlElement

from newscrawl.extract.blockscan import BlockScan
from newscrawl.extract.dates import date_in_text, is_date_only, iso_date
from newscrawl.extract.text import collapse, keep_lines
from newscrawl.extract.urls import absolute_url, article_key

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_WORDS = re.compile(r"[\s_-]+")
#: Class words of an excerpt: strong ones first; the weak ones only when no strong one is there.
_EXCERPT_STRONG = frozenset({"excerpt", "summary", "teaser", "intro", "introduction", "standfirst", "abstract", "des",
                             "desc", "description", "dek", "deck", "lede", "lead", "snippet", "preview", "blurb",
                             "subhead", "sapo", "chapo"})
#: ('prose': Tailwind Typography's class of rendered body text.)
_EXCERPT_WEAK = frozenset({"entry", "content", "body", "text", "copy", "story", "prose"})
#: Utility classes (Tailwind's 'text-sm', 'text-gray-500', 'text-center') say how text looks, not
#: what it is: their words never make an excerpt.
_UTILITY_CLASS = re.compile(r"^(?:[a-z]+:)*text-(?:xs|sm|base|lg|\d?xl|left|right|center|justify|"
                            r"[a-z]+(?:-\d{2,3})?(?:/\d+)?|\[.*\])$")
#: Class words of a block's meta line, labels, buttons and media (never part of the excerpt).
_META_WORDS = frozenset({"meta", "date", "time", "tag", "tags", "label", "share", "social", "count", "stat", "stats",
                         "views", "rating", "more", "continue", "button", "btn", "avatar", "icon", "thumb", "credit",
                         "reading", "posted", "published", "by", "dateline", "kicker", "badge", "cat", "cats",
                         "pagelinks", "topicpagelinks"})
_META_STEMS = ("info", "byline", "author", "timestamp", "categor", "readmore", "caption", "thumbnail", "comment",
               "lastpost", "postmeta", "entrymeta", "footer", "sidebar", "widget")
_META_TAGS = frozenset({"footer", "time", "address", "figure", "figcaption", "img", "picture", "svg", "button", "form",
                        "script", "style", "noscript", "iframe", "nav", "video", "audio", "select", "input",
                        "template"})
_SKIP_TEXT_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})
#: Words of elements that hold other dates than the article's (last reply, update, comments).
_NOT_PUBLISHED = frozenset({"last", "lastpost", "lastpostinfo", "reply", "replies", "updated", "update", "modified",
                            "comment", "comments"})
_AUTHOR_PATH = re.compile(r"/(?:author|authors|autor|auteur|autore|writer|writers|people|profile|profiles|user|users|"
                          r"members?|journalist|columnist|staff)(?:/|[-_]\d|\.|\?|$)", re.I)
# Words only as whole words: 'Dino Dalle Carbonare' and 'Avery Ng' keep their first letters.
_BYLINE_PREFIX = re.compile(
    r"^\s*(?:(?:posted by|written by|published by|escrito por|publicado por|écrit par|ecrit par|publié par|"
    r"geschrieben von|geschreven door|scritto da|by|von|par|por|di|door|av|af|autor(?:in)?|author|auteur)"
    r"(?![^\W\d_])|作者|記者|文(?=[\s:：/])|—|–|-|·)\s*[:：/]?\s*", re.I)
_BREAKING = frozenset({"br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "section",
                       "article", "header", "ul", "ol", "table", "tr", "dd", "dt"})
_MAX_BYLINE_CHARS = 80
_DATE_WORDS = frozenset({"date", "time", "published", "posted", "timestamp", "dateline", "meta", "byline"})
#: Class words of the label beside a value ("<span class='meta-prep meta-prep-author'>Posted on</span>").
_LABEL_WORDS = frozenset({"prep", "label", "title", "heading", "tooltip-label"})


def inside(element: HtmlElement, container: HtmlElement) -> bool:
    """Whether ``element`` is a descendant of ``container``."""
    return any(ancestor is container for ancestor in element.iterancestors())


def words(element: HtmlElement | None) -> frozenset[str]:
    """The lower-cased words of an element's class and id ('post-card-excerpt' -> post, card, excerpt)."""
    if element is None:
        return frozenset()
    return _words(element.get("class"), element.get("id"))


def words_of(classes: str | None, ident: str | None) -> frozenset[str]:
    """``words`` of the given class and id attribute values."""
    return _words(classes, ident)


@lru_cache(maxsize=4096)
def _words(classes: str | None, ident: str | None) -> frozenset[str]:
    """Pages repeat the same class attributes on every block: split each one once."""
    if not classes and not ident:
        return frozenset()
    return frozenset(w for w in _WORDS.split(f"{classes or ''} {ident or ''}".lower()) if w)


def is_meta(element: HtmlElement) -> bool:
    """Whether an element is a block's meta line, label, button or media rather than its text."""
    if not isinstance(element.tag, str) or element.tag in _META_TAGS:
        return True
    return _meta_names(element.get("class"), element.get("id"))


@lru_cache(maxsize=4096)
def _meta_names(classes: str | None, ident: str | None) -> bool:
    ws = _words(classes, ident)
    return bool(ws & _META_WORDS) or any(stem in w for w in ws for stem in _META_STEMS)


def headline_element(link: HtmlElement) -> HtmlElement:
    """The element whose text is the headline: a heading inside the link, else the heading around
    it, else the link."""
    for element in link.iter(*HEADINGS):
        return element
    for ancestor in link.iterancestors():
        if ancestor.tag in HEADINGS:
            return ancestor
        if ancestor.tag not in ("span", "strong", "b", "em", "i", "font"):
            break
    return link


def headline_text(link: HtmlElement) -> str | None:
    element = headline_element(link)
    dated = date_in_headline(element)
    text = collapse(element.text_content() if dated is None else _text_without(element, dated))
    if not text and element is not link:
        text = collapse(link.text_content())
    return text or collapse(link.get("title")) or None


def date_in_headline(element: HtmlElement) -> HtmlElement | None:
    """A child of the headline (link) that shows nothing but a date: a portal CMS's list writes
    '<a>Title<em>2018-08-01 09:00:00</em></a>'. It is the block's date, not headline text."""
    for child in element:
        if not isinstance(child.tag, str) or child.tag in _META_TAGS:
            continue
        if _bare_date(child):
            return child
    return None


def _text_without(element: HtmlElement, left_out: HtmlElement) -> str:
    parts = [element.text or ""]
    for child in element:
        if child is not left_out:
            parts.append(child.text_content() if isinstance(child.tag, str) else "")
        parts.append(child.tail or "")
    return "".join(parts)


def visible_text(root: HtmlElement, skip: Callable[[HtmlElement], bool]) -> str | None:
    """Text of ``root`` with block elements as line breaks, leaving out the elements ``skip`` names."""
    parts: list[str] = []

    def walk(element: HtmlElement) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag or tag in _SKIP_TEXT_TAGS or skip(element):
            if element.tail:
                parts.append(element.tail)
            return
        if tag in _BREAKING:
            parts.append("\n")
        if element.text:
            parts.append(element.text)
        for child in element:
            walk(child)
        if tag in _BREAKING:
            parts.append("\n")
        if element.tail:
            parts.append(element.tail)

    if root.text:
        parts.append(root.text)
    for child in root:
        walk(child)
    return keep_lines("".join(parts))


def excerpt_element(block: HtmlElement, link: HtmlElement, scan: BlockScan | None = None,
                    heading: HtmlElement | None = None) -> HtmlElement | None:
    """The block's excerpt element by its class: a strong word ('excerpt', 'summary', 'desc'...)
    first, else a weak one ('entry', 'content'), never one holding the headline (``scan``, ``heading``:
    the block's and the link's ``headline_element``, when the caller has them)."""
    heading = headline_element(link) if heading is None else heading
    weak = None
    around_link: set[HtmlElement] | None = None  # the elements that contain the link, the headline or are in it
    for element in (scan or BlockScan(block)).named:
        if element.tag in _META_TAGS:
            continue
        ws = words(element)
        if not ws or not (ws & _EXCERPT_STRONG or ws & _EXCERPT_WEAK):
            continue
        if "text" in ws and not ws & _EXCERPT_STRONG and not (ws - {"text"}) & _EXCERPT_WEAK:
            ws = _semantic_words(element)  # 'text' only from 'text-sm' and the like: no excerpt word
            if not ws & _EXCERPT_WEAK:
                continue
        if around_link is None:
            around_link = {*_up_to(link, block), *_up_to(heading, block), *heading.iter()}
        if element in around_link or is_meta(element):
            continue
        if not _has_text(element):
            continue  # an image link named 'entry-featured-image-url' is no excerpt
        if _bare_date(element):
            continue  # '<span class="text-sm">Friday, 18 de April 2025</span>': the date, not the excerpt
        if ws & _EXCERPT_STRONG:
            return element
        if weak is None:
            weak = element
    return weak


def _semantic_words(element: HtmlElement) -> frozenset[str]:
    """``words`` of the element's classes without utility classes ('text-sm', 'text-gray-500')."""
    classes = " ".join(c for c in (element.get("class") or "").split() if not _UTILITY_CLASS.match(c))
    return words_of(classes, element.get("id"))


def _bare_date(element: HtmlElement) -> bool:
    """Whether an element shows nothing but a date."""
    text = collapse(element.text_content()) or ""
    return len(text) <= 40 and any(ch.isdigit() for ch in text) and is_date_only(text) and bool(date_in_text(text))


def excerpt_text(block: HtmlElement, link: HtmlElement, url: str, element: HtmlElement | None,
                 heading: HtmlElement | None = None) -> str | None:
    """The excerpt: the excerpt element's text, else the block's text without its headline, meta
    line, labels, captions and links to the article itself ("Read more")."""
    heading = headline_element(link) if heading is None else heading
    target = _absolute(link.get("href"), url)

    def skip(element: HtmlElement) -> bool:
        if element is heading or element is link or _credit_line(element) or _count(element):
            return True
        if is_meta(element):  # ... but a meta line never holds the headline: an element around it that
            # a class names like one ('cat-blog-inner': 'cat' as in a category label) is the block's body
            return element.tag in _META_TAGS or not inside(heading, element)
        if element.tag in HEADINGS and _has_link(element):
            return True
        if element.tag == "a" and _absolute(element.get("href"), url) == target:
            return True
        return element.tag in ("ul", "ol") and _all_links_to(element, target, url)

    text = visible_text(element if element is not None else block, skip)
    if text and element is None and not _has_prose(text):
        return None
    return text


def byline_of(block: HtmlElement, avoid: Iterable[HtmlElement | None], headline: str | None,
              scan: BlockScan | None = None) -> str | None:
    """The author as the block shows it in its own element (rel=author, itemprop=author, an
    'author'/'byline' element, a link to an author page); None when the block shows none."""
    ranked: list[tuple[int, int, str, HtmlElement]] = []
    roots = [a for a in avoid if a is not None]
    for order, element in enumerate((scan or BlockScan(block)).walk().authors):
        if roots and _inside_any(element, roots, block):
            continue
        rank, text = _author_candidate(element)
        if rank is None or not text:
            continue
        name = clean_byline(text)
        if name and name != headline and len(name) <= _MAX_BYLINE_CHARS and not name.isdigit():
            ranked.append((rank, order, name, element))
    # an author element holding another as sure is their container ('author-links' around the date and
    # the 'posts-author' name): the inner one is the byline
    ranked = [r for r in ranked if not any(o is not r and o[0] <= r[0] and inside(o[3], r[3]) for o in ranked)]
    return min(ranked, key=lambda r: r[:2])[2] if ranked else None


def _author_candidate(element: HtmlElement) -> tuple[int | None, str | None]:
    rel = (element.get("rel") or "").lower().split()
    if "author" in rel:
        return 0, element.text_content()
    if element.get("itemprop") == "author":
        names = _ITEMPROP_NAME(element)
        return 0, (names[0].get("content") or names[0].text_content()) if names else (
            element.get("content") or element.text_content())
    ws = words(element)
    if ws & _LABEL_WORDS:
        return None, None  # "Posted by" / "Author:" labels, not names
    if ws & {"author", "byline", "vcard", "username"} or any("author" in w or "byline" in w for w in ws):
        inner = _AUTHOR_NAME_INSIDE(element)
        if inner:
            return 1, inner[0].text_content()
        if len(element) and all(child.tag == "img" for child in element):
            return None, None
        if next(element.iterdescendants("p", "div", "li"), None) is not None:
            return None, None  # a container (an author box), not the byline itself
        return 1, element.text_content()
    if element.tag == "a" and _AUTHOR_PATH.search(urlsplit(element.get("href") or "").path or ""):
        return 2, element.text_content()
    return None, None


def clean_byline(text: str) -> str | None:
    text = collapse(text) or ""
    previous = None
    while text and text != previous:
        previous, text = text, _BYLINE_PREFIX.sub("", text, count=1).strip()
    return text or None


def date_texts(block: HtmlElement, avoid: Iterable[HtmlElement | None], *, bare_only: bool = False,
               scan: BlockScan | None = None) -> list[tuple[HtmlElement, str, bool]]:
    """``(element, value, machine)`` candidates for the block's date, in preference order:
    machine-readable values first, then the text of meta elements; with ``bare_only``, short
    elements whose whole text is a date (looked for only when the others give none)."""
    roots = [a for a in avoid if a is not None]
    machine: list[tuple[HtmlElement, str, bool]] = []
    shown: list[tuple[HtmlElement, str, bool]] = []
    bare: list[tuple[HtmlElement, str, bool]] = []
    found = (scan or BlockScan(block)).walk()
    for element in (found.bare if bare_only else found.dates):  # the ancestor walks last: the costliest test
        if roots and _inside_any(element, roots, block):
            continue
        value = _machine_date(element)
        if value:
            if not _not_published(element, block):
                machine.append((element, value, True))
            continue
        if len(element) > 3:
            continue
        text = collapse(element.text_content()) or ""
        if not text or len(text) > 120:
            continue
        if bare_only:
            if len(text) <= 40 and is_date_only(text) and not _not_published(element, block):
                bare.append((element, text, False))
            continue
        ws = words(element)
        if (element.tag in ("time", "footer") or ws & _DATE_WORDS or any("date" in w for w in ws)
                or _credits(element)) and not _not_published(element, block):
            shown.append((element, text, False))
    return machine + shown + bare


def machine_date(block: HtmlElement, avoid: Iterable[HtmlElement | None],
                 scan: BlockScan | None = None) -> tuple[HtmlElement, str] | None:
    """``(element, YYYY-MM-DD)`` of the block's first machine-readable date: what ``dated`` gives
    for ``date_texts`` whenever the block has one (those come first), found without reading the
    block's other elements."""
    roots = [a for a in avoid if a is not None]
    for element in (scan or BlockScan(block)).walk().machine:
        if roots and _inside_any(element, roots, block):
            continue
        value = _machine_date(element)
        found = iso_date(value) if value else None
        if found and not _not_published(element, block):
            return element, found
    return None


def _inside_any(element: HtmlElement, roots: list[HtmlElement], block: HtmlElement) -> bool:
    """Whether ``element`` is one of ``roots`` or inside one (looked up to ``block``)."""
    node: HtmlElement | None = element
    while node is not None:
        if any(node is r for r in roots):
            return True
        if node is block:
            return False
        node = node.getparent()
    return False


def date_of(candidates: list[tuple[HtmlElement, str, bool]], order: str | None) -> str | None:
    found = dated(candidates, order)
    return found[1] if found else None


def dated(candidates: list[tuple[HtmlElement, str, bool]], order: str | None) -> tuple[HtmlElement, str] | None:
    """``(element, YYYY-MM-DD)`` of the first candidate that holds a date."""
    for element, value, is_machine in candidates:
        found = iso_date(value) if is_machine else date_in_text(value, order)
        if found:
            return element, found
    return None


def byline_beside(date: HtmlElement, block: HtmlElement, target: str, url: str, order: str | None = None) -> str | None:
    """The author shown as a bare name beside the block's date: the date's line (its nearest
    ancestor with other elements) holds, besides the date, exactly one element with text and that
    text is a short name ('<time>…</time><span class="meta-dot"></span><span>Blake Jones</span>',
    'Skrevet av <span>admin</span> <span>fre, 11/11/2016</span>'). Anything else there (a
    category, a count, a link to the article or a taxonomy page) and no name is taken. A date
    read from a whole meta line ('<footer>') is looked for in its innermost element first."""
    node = _innermost_date(date, order)
    while True:
        if node is block:
            return None
        parent = node.getparent()
        if parent is None:
            return None
        others = [child for child in parent if child is not node and isinstance(child.tag, str)]
        if others:
            break
        node = parent
    names = []
    for other in others:
        text = collapse(other.text_content())
        if not text:
            continue  # a separator ('<span class="meta-dot"></span>') or an icon
        if not _name_like(other, text, target, url):
            return None
        names.append(text)
    return clean_byline(names[0]) if len(names) == 1 else None


def _innermost_date(element: HtmlElement, order: str | None) -> HtmlElement:
    """The deepest element under ``element`` whose own text is a date (``element`` if none)."""
    if not len(element):
        return element
    for inner in element.iterdescendants():
        if isinstance(inner.tag, str) and not len(inner) and date_in_text(collapse(inner.text) or "", order):
            return inner
    return element


_INLINE_NAME_TAGS = frozenset({"span", "cite", "a", "strong", "b", "em", "i", "small", "address"})
_NAME_PUNCTUATION = re.compile(r"[\d,;:!?|/()\[\]{}«»\"“”@#]")
#: A user name with digits is one word with letters ('Rider88', 'keith_w2').
_USER_NAME = re.compile(r"^(?=\S*[^\W\d_])[\w.-]{2,30}$")
_TAXONOMY_REL = frozenset({"category", "tag"})
_TAXONOMY_PATH = re.compile(r"/(?:category|categories|tag|tags|label|labels|topics?|section)/", re.I)


def _name_like(element: HtmlElement, text: str, target: str, url: str) -> bool:
    if element.tag not in _INLINE_NAME_TAGS or words(element) & _NOT_A_NAME or _LABEL_TEXT.match(text):
        return False
    if len(text) > 40 or len(text.split()) > 4 or _NAME_PUNCTUATION.search(text):
        if not _USER_NAME.match(text):
            return False
    for link in element.iter("a"):
        href = (link.get("href") or "").strip()
        if href.startswith("#") or _absolute(href, url) == target or _TAXONOMY_PATH.search(href):
            return False
        if _TAXONOMY_REL & set((link.get("rel") or "").lower().split()):
            return False  # 'rel="category tag"': a taxonomy link whatever its URL ('index.html' in a static copy)
    return True


#: Class words of what sits beside a date but is no name: taxonomy, counts, labels ('meta-prep').
_NOT_A_NAME = frozenset({"cat", "cats", "category", "categories", "tag", "tags", "count", "comments", "comment",
                         "views", "reading", "time", "date", "badge", "kicker"}) | _LABEL_WORDS
_LABEL_TEXT = re.compile(r"^(?:posted|published|updated|written|submitted)(?:\s+(?:on|at|in|by))?\s*:?$", re.I)


def _machine_date(element: HtmlElement) -> str | None:
    """A machine-readable date: ``<time datetime>``, ``itemprop=datePublished``, ``abbr.published[title]``."""
    if element.tag == "time" and element.get("datetime"):
        return element.get("datetime")
    if element.get("itemprop") == "datePublished":
        return element.get("content") or element.get("datetime") or element.text_content()
    if element.tag == "abbr" and words(element) & {"published", "date", "updated"}:
        return element.get("title")
    return None


#: A count shown as a block's meta: '16 Réponses', '3,401 views', 'Acessos: 9', '12 comments'.
_COUNT_TEXT = re.compile(r"(?:\d[\d\s.,]*\s*[^\W\d_]{0,12}|[^\W\d_]{1,12}\s*[:：]?\s*\d[\d\s.,]*)")


def _count(element: HtmlElement) -> bool:
    """Whether an element shows nothing but a count (a table cell of replies, a views badge)."""
    if element.tag not in ("td", "span", "div", "li", "p", "small"):
        return False
    text = collapse(element.text_content()) or ""
    return 0 < len(text) <= 24 and _COUNT_TEXT.fullmatch(text) is not None


def _credit_line(element: HtmlElement) -> bool:
    """Whether an element is a forum's credit line: it holds a poster's name element ('par <span
    class="username">X</span> » 07 Juil 2015', 'Last post by <span class="username">Y</span>')."""
    return any("username" in (child.get("class") or "") for child in element)


def _credits(element: HtmlElement) -> bool:
    """Whether an element is a credit line: it links to the author ("Written by <a>X</a> on 1/2/2016"),
    or holds a forum's poster name ('par <span class="username">X</span> » 07 Juil 2015')."""
    return any("author" in (a.get("rel") or "").lower() or _AUTHOR_PATH.search(urlsplit(a.get("href") or "").path or "")
               for a in element.iter("a")) or _credit_line(element)


def has_image(block: HtmlElement, scan: BlockScan | None = None) -> bool:
    """Whether the block shows an image (also a lazy one: lazysizes' and themes' ``data-src``/``data-bg``);
    icons (a forum row's 38x38 status icon, a 16x16 format sign) are no teaser's image."""
    return (scan or BlockScan(block)).walk().image and not _only_icons(block)


#: An image declared at most this wide and high is an icon.
_ICON_PIXELS = 48
_LAZY_OR_BACKGROUND = ("data-src", "data-bg", "data-lazy-src", "data-background", "data-background-image")


def _only_icons(block: HtmlElement) -> bool:
    """Whether every image the block shows is an ``<img>`` declared icon-sized."""
    for element in block.iter():
        tag = element.tag
        if tag == "picture":
            return False
        if tag == "img":
            if not _icon(element):
                return False
        elif tag != "script" and (any(element.get(a) is not None for a in _LAZY_OR_BACKGROUND)
                                  or "background-image" in (element.get("style") or "")):
            return False
    return True


def _icon(image: HtmlElement) -> bool:
    sizes = [image.get("width"), image.get("height")]
    return all(size is not None and size.strip().isdigit() and int(size) <= _ICON_PIXELS for size in sizes)


def _not_published(element: HtmlElement, block: HtmlElement) -> bool:
    """Whether the element or an ancestor up to the block holds another date than the article's."""
    node: HtmlElement | None = element
    while node is not None:
        if words(node) & _NOT_PUBLISHED:
            return True
        if node is block:
            return False
        node = node.getparent()
    return False


def _has_text(element: HtmlElement) -> bool:
    """Whether any text node under ``element`` holds more than white space (checked in C)."""
    return bool(_SOME_TEXT(element))


_SOME_TEXT = etree.XPath("boolean(.//text()[normalize-space()])")


def _up_to(element: HtmlElement, block: HtmlElement) -> list[HtmlElement]:
    """``element`` and its ancestors up to ``block`` (to the root when it is not inside the block)."""
    found = []
    node: HtmlElement | None = element
    while node is not None:
        found.append(node)
        if node is block:
            break
        node = node.getparent()
    return found


def _absolute(href: str | None, url: str) -> str:
    return article_key(absolute_url(href, url))


def _all_links_to(element: HtmlElement, target: str, url: str) -> bool:
    links = [a for a in element.iterdescendants("a") if a.get("href") is not None]
    return bool(links) and all(_absolute(a.get("href"), url) == target for a in links)


def _has_link(element: HtmlElement) -> bool:
    return next(element.iterdescendants("a"), None) is not None


_ITEMPROP_NAME = etree.XPath(".//*[@itemprop='name']")
_AUTHOR_NAME_INSIDE = etree.XPath(".//*[contains(concat(' ', normalize-space(@class), ' '), ' fn ')]"
                                  " | .//a[@rel='author']")


def _has_prose(text: str) -> bool:
    """Whether block text left over after its parts is prose, not a stray label or number."""
    letters = 0
    for ch in text:  # counted until there are enough
        if ch.isalpha():
            letters += 1
            if letters >= 12:
                return True
    return letters >= 4 and any("\u3000" <= ch <= "\u9fff" for ch in text)
