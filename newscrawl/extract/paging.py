"""Pagination of listing pages: page numbers in URLs and the next page's link (pure; no Scrapy).

URL forms: WordPress ``…/<listing>/page/N/``, query ``?page=N`` (also ``paged``, ``pg``, ``p``),
Jekyll ``/pageN/``, and static generators' ``news2.html`` / ``forum-2-3.html``. The next link of
an unknown pager is, in order: ``rel=next``; a link whose class says next/older; the link to
page N+1 of a numbered pager (N from the pager's current item, else the URL); a link labelled
"Next"/"Older" (or the same word in other languages); an arrow-only link; a link to page N+1 of
this listing's URL form.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml.html import HtmlElement

from newscrawl.extract.text import collapse

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
    r"volgende|oudere berichten|neste|næste|nästa|следующая|далее|下一页|下一頁|下頁|次へ|次のページ|次|다음)$", re.I)
_ARROWS = frozenset("›»→>≫⟩❯")
_AWAY = re.compile(r"sidebar|widget|footer|related|popular|comment", re.I)


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


def next_page_url(root: HtmlElement, url: str) -> str | None:
    """The next page's absolute URL, or None on the last page (see the module doc for the order)."""
    links = [a for a in root.iter("a") if a.get("href") and not _away(a)]
    ordered: list[str | None] = []
    ordered += root.xpath("//link[@rel='next']/@href")
    ordered += [a.get("href") for a in links if "next" in (a.get("rel") or "").lower().split()]
    ordered += [a.get("href") for a in links if _CLASS_NEXT.search(_names(a)) and not _CLASS_NOT_NEXT.search(_names(a))]
    ordered.append(_numbered_next(links, url))
    labels = [(a, _label(a)) for a in links]
    ordered += [a.get("href") for a, label in labels if label and _NEXT_LABELS.match(label)]
    ordered += [a.get("href") for a, label in labels if label and set(label) <= _ARROWS]
    for href in ordered:
        target = _other_page(href, url)
        if target:
            return target
    wanted = set(url_for_page(url, page_from_url(url) + 1))
    for a in links:
        target = _other_page(a.get("href"), url)
        if target and target.split("#")[0] in wanted:
            return target
    return None


def numbered_pager(root: HtmlElement, url: str) -> tuple[int, int | None]:
    """``(current page, highest page linked)`` from the page's numbered pager (URL when none)."""
    links = [a for a in root.iter("a") if a.get("href") and not _away(a)]
    numbers = [int(t) for t in (_label(a) for a in links) if t and t.isdigit() and len(t) < 6]
    current = _current_number(links) or page_from_url(url)
    return current, (max(numbers) if numbers else None)


def _numbered_next(links: list[HtmlElement], url: str) -> str | None:
    current = _current_number(links) or page_from_url(url)
    wanted = str(current + 1)
    for a in links:
        if _label(a) == wanted and _other_page(a.get("href"), url):
            return a.get("href")
    return None


def _current_number(links: list[HtmlElement]) -> int | None:
    """The number a pager marks as the current page: a non-link number beside the number links
    (``<span class="current">2</span>``, ``<strong>1</strong>``), or a number link marked current."""
    parents = {a.getparent() for a in links if (_label(a) or "").isdigit()}
    parents |= {p.getparent() for p in parents if p is not None and p.tag == "li"}
    for parent in parents:
        if parent is None:
            continue
        for element in parent.iter():
            if not isinstance(element.tag, str) or element.tag == "a":
                continue
            text = collapse(element.text_content()) or ""
            if text.isdigit() and not element.xpath(".//a") and (
                    element.tag in ("strong", "b", "em", "span") or _CURRENT_CLASS.search(_names(element))
                    or element.get("aria-current")):
                return int(text)
    for a in links:
        if (_label(a) or "").isdigit() and (a.get("aria-current") or _CURRENT_CLASS.search(_names(a))
                                            or _CURRENT_CLASS.search(_names(a.getparent()))):
            return int(_label(a) or 0)
    return None


def _label(a: HtmlElement) -> str | None:
    text = collapse(a.text_content()) or collapse(a.get("aria-label")) or collapse(a.get("title"))
    if not text:
        return None
    return text.strip(" «‹←<").strip().lower() if not set(text) <= _ARROWS else text.replace(" ", "")


def _names(element: HtmlElement | None) -> str:
    if element is None:
        return ""
    return f"{element.get('class', '')} {element.get('id', '')}"


def _away(a: HtmlElement) -> bool:
    """Links in sidebars, widgets and footers are never this listing's pager."""
    return any(_AWAY.search(_names(node)) or node.tag in ("aside", "footer") for node in a.iterancestors())


def _other_page(href: str | None, url: str) -> str | None:
    """The absolute URL of ``href``, or None for fragments, scripts and links back to this page."""
    href = (href or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:")):
        return None
    target = urljoin(url, href)
    if urlsplit(target).scheme not in ("http", "https"):
        return None
    return None if target.split("#")[0].rstrip("/") == url.split("#")[0].rstrip("/") else target

