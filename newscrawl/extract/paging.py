"""Pagination of listing pages: page numbers in URLs and the next page's link (pure; no Scrapy).

URL forms: WordPress ``…/<listing>/page/N/``, query ``?page=N`` (also ``paged``, ``pg``, ``p``),
Jekyll ``/pageN/``, and static generators' ``news2.html`` / ``forum-2-3.html``. The next link of
an unknown pager is, in order: ``rel=next``; a link whose class says next/older; the link to
page N+1 of a numbered pager (N from the pager's current item, else the URL); a link labelled
"Next"/"Older" (or the same word in other languages); an arrow-only link; a link to page N+1 of
this listing's URL form. Within one of these, a link back to an earlier page of the listing is
never the next one (newest-first WordPress themes label the way back "Next Entries" and the way on
"Older Entries"), and the link to page N+1, else to a later page, comes first. Links resolve
against the page's ``<base href>`` when it has one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from lxml import etree
from lxml.html import HtmlElement

from newscrawl.extract.text import collapse
from newscrawl.extract.urls import absolute_url, article_key

_PAGE_IN_PATH = re.compile(r"/page/(\d+)/?$")
_PAGE_QUERY_KEYS = ("page", "paged", "pg", "p", "pagina", "seite", "start_page")
_JEKYLL_PAGE = re.compile(r"/page(\d+)/?$")
_CLASS_NEXT = re.compile(r"(?:^|[\s_-])(?:next|older|nextpostslink)(?:$|[\s_-])", re.I)
_CLASS_NOT_NEXT = re.compile(r"prev|newer|previous|disabled|unavailable", re.I)
_CURRENT_CLASS = re.compile(r"current|active|selected|(?:^|\s)on(?:$|\s)", re.I)
#: "Next" in link labels: English, then the words of common CMS translations.
_NEXT_LABELS = re.compile(
    r"^(?:next|older)\b|^(?:weiter|nächste(?: seite)?|ältere(?: beiträge| einträge)?|suivant[e]?|page suivante|"
    r"articles plus anciens|siguiente|entradas anteriores|successiv[oa]|articoli meno recenti|próxim[oa]|"
    r"volgende|oudere berichten|neste|næste|nästa|следующая|далее|następna|starsze(?: wpisy| posty)?|další|starší|"
    r"sonraki|selanjutnya|berikutnya|التالي|下一页|下一頁|下頁|次へ|次のページ|次|다음)$", re.I)
_ARROWS = "›»→>≫⟩❯"
_ARROWS_ONLY = re.compile(f"[{_ARROWS}]+\\Z")
_HEAD_NEXT = etree.XPath("//link[@rel='next']/@href")
# Links of the page but not in sidebars, widgets, footers, related/popular boxes or comments: a
# pager there is never this listing's.
_AWAY_WORDS = ("sidebar", "widget", "footer", "related", "popular", "comment")
#: Links whose text (white space collapsed) is this short, or with a rel, an aria-label or a
#: next/older class, may be a pager's numbers, arrows and next links; longer labels up to
#: _WORDY_CHARS ("Older posts", "Page suivante »") are looked at only when those name no next page.
_SHORT_CHARS, _WORDY_CHARS = 6, 40
_XPATH_SPACE = re.compile(r"[ \t\r\n]+")


def _page_links(root: HtmlElement) -> tuple[list[tuple[HtmlElement, str]], list[tuple[HtmlElement, str]]]:
    """The page's links with an href and their text, in one pass: ``(short, wordy)`` as above."""
    short, wordy = [], []
    for a in root.iter("a"):
        if a.get("href") is None:
            continue
        text = a.text_content() if len(a) else a.text or ""  # text_content() is an XPath call: only when needed
        size = _collapsed_size(text)
        if size <= _SHORT_CHARS or a.get("rel") is not None or a.get("aria-label") is not None or (
                (classes := a.get("class")) is not None and ("next" in classes or "older" in classes
                                                             or "Next" in classes)):
            short.append((a, text))
        if _SHORT_CHARS < size <= _WORDY_CHARS:
            wordy.append((a, text))
    return short, wordy


def _collapsed_size(text: str) -> int:
    """The length XPath's normalize-space() gives ``text`` (it collapses these four white space
    characters), or a length on the same side of _SHORT_CHARS and _WORDY_CHARS, found without
    collapsing when the text's length and its white space tell."""
    if len(text) <= _SHORT_CHARS:
        return len(text)
    solid = len(text) - text.count(" ") - text.count("\n") - text.count("\t") - text.count("\r")
    if solid > _WORDY_CHARS:
        return solid  # longer than any label however collapsed
    if solid > _SHORT_CHARS and len(text.strip(" \t\r\n")) <= _WORDY_CHARS:
        return _WORDY_CHARS  # a wordy label however collapsed
    return len(_XPATH_SPACE.sub(" ", text).strip(" "))


def _pager_links(candidates: list[tuple[HtmlElement, str]], seen: dict[HtmlElement, bool] | None = None
                 ) -> tuple[list[HtmlElement], dict[HtmlElement, str | None]]:
    """The pager-like links among ``candidates`` (a number, a next word or arrow, rel/class
    next) outside sidebars and footers, with their labels. Only those are checked for where they sit."""
    seen = {} if seen is None else seen  # links share their ancestors: decide each one once
    links, labels = [], {}
    for a, text in candidates:
        label = _label(a, text)
        if not (_pager_label(label) or "next" in (a.get("rel") or "").lower() or _CLASS_NEXT.search(_names(a))):
            continue
        if not _away(a, seen):
            links.append(a)
            labels[a] = label
    return links, labels


def _away(a: HtmlElement, seen: dict[HtmlElement, bool]) -> bool:
    walked = []
    away = False
    for node in a.iterancestors():
        if node in seen:
            away = seen[node]
            break
        if node.tag in ("body", "html"):
            break  # body classes describe the layout ('et_right_sidebar'), not where a link sits
        walked.append(node)
        if node.tag in ("aside", "footer") or _away_names(node.get("class"), node.get("id")):
            away = True
            break
        if node.tag == "main" or node.get("role") == "main" or _main_names(node.get("class"), node.get("id")):
            break  # the main column: what its ancestors' classes say is the layout ('sidebar-right')
    for node in walked:
        seen[node] = away
    return away


def paged_path(url: str) -> tuple[str, int]:
    """``(listing path, page)``: the path without ``/page/N`` and trailing slash, and N (1 when absent)."""
    path = urlsplit(url).path
    match = _PAGE_IN_PATH.search(path)
    return _PAGE_IN_PATH.sub("", path).rstrip("/"), int(match.group(1)) if match else 1


def page_from_url(url: str) -> int:
    """Page number from a listing URL (``/page/N/``, ``?page=N``, ``/pageN/``); 1 when absent."""
    parts = urlsplit(url)
    if match := _PAGE_IN_PATH.search(parts.path) or _JEKYLL_PAGE.search(parts.path):
        return int(match.group(1))
    query = dict(parse_qsl(parts.query))
    for key in _PAGE_QUERY_KEYS:
        if query.get(key, "").isdigit():
            return int(query[key])
    return 1


def is_home(url: str) -> bool:
    """Whether ``url`` is the site's home page (or a later page of it): a listing with no region."""
    parts = urlsplit(url)
    path = _JEKYLL_PAGE.sub("", _PAGE_IN_PATH.sub("", parts.path)).strip("/")
    query = [k for k, _ in parse_qsl(parts.query) if k not in _PAGE_QUERY_KEYS]
    return not path and not query


def url_for_page(url: str, page: int) -> list[str]:
    """The URL of page ``page`` of the listing ``url`` in each form the URL may take."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    keys = [k for k, v in query if k in _PAGE_QUERY_KEYS and v.isdigit()]
    if keys:
        new_query = urlencode([(k, str(page) if k == keys[0] else v) for k, v in query])
        return [urlunsplit(parts._replace(query=new_query))]
    listing = paged_path(url)[0]
    forms = [urlunsplit(parts._replace(path=f"{listing}/page/{page}/", query=""))]
    jekyll = _JEKYLL_PAGE.sub("", parts.path).rstrip("/")
    forms.append(urlunsplit(parts._replace(path=f"{jekyll}/page{page}/", query="")))
    forms.append(urlunsplit(parts._replace(query=urlencode([*query, ("page", str(page))]))))
    return forms


@dataclass(frozen=True)
class Pager:
    """What a page's pager says: the next page's URL (None on the last page), this page's number,
    and the highest page number it links."""

    next_url: str | None
    current: int
    highest: int | None
    #: The containers of the pager's links (where "Page 2 of 7" would be written).
    around: list[HtmlElement] = field(default_factory=list)
    #: Pages of this listing its links name by number (``numbered_page_links``; for fanning out).
    page_links: dict[int, str] = field(default_factory=dict)


def read_pager(root: HtmlElement, url: str) -> Pager:
    """The pager of a page of unknown markup (see the module doc for the order of next links)."""
    base = page_base(root, url)
    seen: dict[HtmlElement, bool] = {}
    short, wordy_links = _page_links(root)
    links, labels = _pager_links(short, seen)
    current = _current_number(links, labels) or page_from_url(url)
    pagers = _pager_parents(links, labels)
    numbers = [int(t) for a, t in labels.items() if t and t.isdigit() and len(t) < 6 and _in_pager(a, pagers)]
    wanted_number = str(current + 1)

    def stages() -> Iterator[list[str | None]]:  # each looked at only when the ones before found nothing
        yield _HEAD_NEXT(root)
        yield [a.get("href") for a in links if "next" in (a.get("rel") or "").lower().split()]
        yield [a.get("href") for a in links
               if _CLASS_NEXT.search(_names(a)) and not _CLASS_NOT_NEXT.search(_names(a))]
        yield [a.get("href") for a in links if labels[a] == wanted_number]
        yield [a.get("href") for a, label in labels.items() if label and _NEXT_LABELS.match(label)]
        wordy, wordy_labels = _pager_links(wordy_links, seen)
        yield [a.get("href") for a in wordy if (wordy_labels[a] or "") and _NEXT_LABELS.match(wordy_labels[a] or "")]
        yield [a.get("href") for a, label in labels.items() if label and _ARROWS_ONLY.match(label)]

    next_url = None
    for hrefs in stages():
        next_url = _onward([t for t in (_other_page(h, url, base) for h in hrefs) if t], url, current)
        if next_url:
            break
    if next_url is None:
        wanted = set(url_for_page(url, page_from_url(url) + 1))
        next_url = next((t for t in (_other_page(a.get("href"), url, base) for a in links)
                         if t and t.split("#")[0] in wanted), None)
    around = list(dict.fromkeys(a.getparent() for a in links if a.getparent() is not None))[:4]
    around = [p.getparent() if p.tag == "li" and p.getparent() is not None else p for p in around]
    return Pager(next_url=next_url, current=current, highest=max(numbers) if numbers else None, around=around,
                 page_links=numbered_page_links(url, [a.get("href") or "" for a in links], base=base))


def next_page_url(root: HtmlElement, url: str) -> str | None:
    """The next page's absolute URL, or None on the last page."""
    return read_pager(root, url).next_url


def numbered_pager(root: HtmlElement, url: str) -> tuple[int, int | None]:
    """``(current page, highest page linked)`` from the page's numbered pager (URL when none)."""
    pager = read_pager(root, url)
    return pager.current, pager.highest


_MAIN_NAME = re.compile(r"(?:^|[\s_-])(?:main|content|primary)(?:$|[\s_-])", re.I)


@lru_cache(maxsize=4096)
def _main_names(classes: str | None, ident: str | None) -> bool:
    return bool((classes or ident) and _MAIN_NAME.search(f"{classes or ''} {ident or ''}"))


@lru_cache(maxsize=4096)
def _away_names(classes: str | None, ident: str | None) -> bool:
    if not classes and not ident:
        return False
    names = f"{classes or ''} {ident or ''}".lower()
    return any(w in names for w in _AWAY_WORDS)


def _pager_parents(links: list[HtmlElement], labels: dict[HtmlElement, str | None]) -> set[HtmlElement]:
    """Elements holding two number links or more: pagers (a lone number is a count of replies)."""
    digits = [a.getparent() for a in links if (labels[a] or "").isdigit()]
    digits += [p.getparent() for p in digits if p is not None and p.tag == "li"]
    return {p for p in digits if p is not None and digits.count(p) >= 2}


def _in_pager(link: HtmlElement, pagers: set[HtmlElement]) -> bool:
    parent = link.getparent()
    return parent in pagers or (parent is not None and parent.getparent() in pagers)


def _current_number(links: list[HtmlElement], labels: dict[HtmlElement, str | None]) -> int | None:
    """The number a pager marks as the current page: a non-link number beside the number links
    (``<span class="current">2</span>``, ``<strong>1</strong>``), or a number link marked current."""
    parents = _pager_parents(links, labels)
    for parent in parents:
        for element in parent.iter():
            if not isinstance(element.tag, str) or element.tag == "a":
                continue
            text = collapse(element.text_content()) or ""
            if text.isdigit() and next(element.iterdescendants("a"), None) is None and (
                    element.tag in ("strong", "b", "em", "span") or _CURRENT_CLASS.search(_names(element))
                    or element.get("aria-current")) and not _in_link(element, parent):
                return int(text)
    for a in links:
        if (labels[a] or "").isdigit() and (a.get("aria-current") or _CURRENT_CLASS.search(_names(a))
                                            or _CURRENT_CLASS.search(_names(a.getparent()))):
            return int(labels[a] or 0)
    return None


def _in_link(element: HtmlElement, up_to: HtmlElement) -> bool:
    """Whether ``element`` sits in an ``<a>`` below ``up_to``: a number there is a link's label or a
    count ('<a title="Total record"><b>9337</b></a>'), not the current page."""
    for ancestor in element.iterancestors():
        if ancestor is up_to:
            return False
        if ancestor.tag == "a":
            return True
    return False


def _label(a: HtmlElement, text: str) -> str | None:
    """The link's label as pagers are matched: its text, else its aria-label or title, lower-cased,
    without '«' marks; an arrow-only label as it is."""
    if text and (label := _clean_label(text)) is not None:
        return label
    label = _clean_label(a.get("aria-label"))
    return label if label is not None else _clean_label(a.get("title"))


@lru_cache(maxsize=4096)
def _clean_label(text: str | None) -> str | None:
    """The label a text gives, None when it is empty (menus and pagers repeat their labels on every
    page of a site: each one cleaned once)."""
    text = collapse(text.strip()) if text else None
    if not text:
        return None
    return text.strip(" «‹←<").strip().lower() if not _ARROWS_ONLY.match(text) else text.replace(" ", "")


@lru_cache(maxsize=4096)
def _pager_label(label: str | None) -> bool:
    """A number, a next/older word or arrows only."""
    return bool(label and (label.isdigit() or _NEXT_LABELS.match(label) or _ARROWS_ONLY.match(label)))


def _names(element: HtmlElement | None) -> str:
    if element is None:
        return ""
    return f"{element.get('class', '')} {element.get('id', '')}"


def _onward(targets: list[str], url: str, current: int) -> str | None:
    """The next page among a stage's links: never one back to an earlier page of this listing;
    page ``current + 1`` first, then a later page, then the first link."""
    if not targets:
        return None
    listing = _listing_key(url)
    ahead: list[tuple[int, int, str]] = []
    for order, target in enumerate(targets):
        if _listing_key(target) != listing:
            ahead.append((2, order, target))  # another URL form: nothing to compare
            continue
        number = page_from_url(target)
        if number > current:
            ahead.append((0 if number == current + 1 else 1, order, target))
    return min(ahead)[2] if ahead else None


@lru_cache(maxsize=4096)
def _listing_key(url: str) -> tuple[str, str, str]:
    """A listing URL without its page number: host, path without ``/page/N`` or ``/pageN``,
    query without page keys."""
    parts = urlsplit(url)
    path = _JEKYLL_PAGE.sub("", _PAGE_IN_PATH.sub("", parts.path)).rstrip("/")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query) if k not in _PAGE_QUERY_KEYS))
    return parts.netloc.lower(), path, query


def page_base(root: HtmlElement, url: str) -> str:
    """The URL the page's relative links resolve against: its ``<base href>`` (resolved against
    ``url``) when it has one, else ``url``."""
    hrefs = _BASE_HREF(root)
    href = str(hrefs[0]).strip() if hrefs else ""
    return absolute_url(href, url) if href else url


_BASE_HREF = etree.XPath("/html/head/base/@href")


def _other_page(href: str | None, url: str, base: str | None = None) -> str | None:
    """The absolute URL of ``href`` (against ``base``, else ``url``), or None for fragments,
    scripts and links back to this page."""
    href = (href or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return None
    target = absolute_url(href, base or url)
    if not target.startswith(("https://", "http://")):
        return None
    return None if article_key(target) == article_key(url) else target


def numbered_page_links(base_url: str, hrefs: Iterable[str], *, base: str | None = None) -> dict[int, str]:
    """The pages of ``base_url``'s own listing that ``hrefs`` link to by number (``/page/N/``,
    N >= 2, same host), as absolute URLs by page number; the first link to a page wins. Links
    resolve against ``base`` when given (the page's ``<base href>``: ``page_base``), as a
    browser resolves them, else against ``base_url``."""
    site = urlsplit(base_url)
    listing = paged_path(base_url)[0]
    found: dict[int, str] = {}
    for href in hrefs:
        href = href.strip()
        if "page/" not in href:  # cheap test first: most links of a page are not pager links
            continue
        absolute = absolute_url(href, base or base_url).split("#", 1)[0]
        parts = urlsplit(absolute)
        if parts.netloc != site.netloc or not _PAGE_IN_PATH.search(parts.path):
            continue
        target_listing, number = paged_path(absolute)
        if target_listing == listing and number >= 2:
            found.setdefault(number, absolute)
    return found


@dataclass(frozen=True)
class PageUrlForm:
    """How a listing writes the URL of its page N (N >= 2): a link the page shows, with its page
    number cut out. JSON-able as ``(before, after)``."""

    before: str
    after: str

    def url(self, page: int) -> str:
        if page < 2:
            raise ValueError(f"page {page}: the first page has no /page/N/ URL of its own")
        return f"{self.before}{page}{self.after}"


def page_url_form(links: Mapping[int, str]) -> PageUrlForm | None:
    """The form shared by a page's numbered links (``numbered_page_links``), or None when it shows
    none, or when its links disagree (then nothing is built: the next link is followed instead)."""
    if not links:
        return None
    number, url = max(links.items())
    parts = urlsplit(url)
    match = _PAGE_IN_PATH.search(parts.path)
    if match is None or int(match.group(1)) != number:
        return None
    prefix = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
    query = f"?{parts.query}" if parts.query else ""
    form = PageUrlForm(before=prefix + parts.path[:match.start(1)], after=parts.path[match.end(1):] + query)
    if any(form.url(n) != link for n, link in links.items()):
        return None
    return form
