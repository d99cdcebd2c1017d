"""What the extractor sees on one listing page: ``newscrawl inspect`` (no Scrapy).

``inspect_page`` parses a page as a crawl would and keeps the elements behind each block, the
groups the generic extractor left out and why, and the pager's next link. ``format_report``
prints it as a terminal table; ``annotated_html`` writes a copy of the page to open in a
browser, scripts and event handlers stripped, the river's blocks outlined in magenta and
labelled, blocks left out outlined in dashed cyan, the next link in orange.
"""

from __future__ import annotations

import copy
import re
import shutil
import textwrap
import unicodedata
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from lxml import html as lxml_html
from lxml.html import HtmlElement
from parsel import Selector

from newscrawl import __version__
from newscrawl.extract import generic
from newscrawl.extract.decode import decode_html
from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.extract.listing import GENERIC, ListingPage, parse_listing, profile_block_nodes
from newscrawl.extract.profiles import PROFILES_BY_NAME, SiteProfile
from newscrawl.extract.teasers import build_items
from newscrawl.extract.text import collapse

#: A page larger than this is not fetched whole (listing pages are well under a megabyte).
MAX_FETCH_BYTES = 8 * 1024 * 1024
FETCH_TIMEOUT = 20.0
MAIN_COLOUR = "#ff00ff"  # magenta: not a colour themes use, easy to find in a screenshot
IGNORED_COLOUR = "#00e5ff"
NEXT_COLOUR = "#ff8c00"
_URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "data", "poster")


class InspectError(RuntimeError):
    """The page could not be fetched or read; the message is one line naming the cause."""


@dataclass
class BlockView:
    """One found block: its element (for annotation) and the item it gives."""

    number: int
    element: HtmlElement | None
    item: dict[str, Any]


@dataclass
class Inspection:
    url: str
    page: ListingPage
    blocks: list[BlockView]
    #: Why groups of links were left out ("aside: 3 block(s) in page chrome: ...").
    ignored: list[str] = field(default_factory=list)
    ignored_elements: list[tuple[HtmlElement, str]] = field(default_factory=list)
    next_element: HtmlElement | None = None
    root: HtmlElement | None = None
    profile: str | None = None


def fetch(url: str, *, max_bytes: int = MAX_FETCH_BYTES, timeout: float = FETCH_TIMEOUT) -> tuple[bytes, str | None]:
    """The page's bytes and Content-Type, fetched once; at most ``max_bytes``."""
    if urlsplit(url).scheme not in ("http", "https"):
        raise InspectError(f"not an http(s) URL: {url}")
    request = urllib.request.Request(url, headers={"User-Agent": f"newscrawl-inspect/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - http(s) only, checked above
            body = response.read(max_bytes + 1)
            content_type = response.headers.get("Content-Type")
    except urllib.error.HTTPError as exc:
        raise InspectError(f"{url}: HTTP {exc.code}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InspectError(f"{url}: cannot fetch ({reason})") from None
    if len(body) > max_bytes:
        raise InspectError(f"{url}: larger than {max_bytes // (1024 * 1024)} MB, not a listing page")
    return body, content_type


def inspect_page(body: bytes | str, url: str, *, profile: str | SiteProfile | None = None,
                 content_type: str | None = None, knowledge: SiteKnowledge | None = None) -> Inspection:
    """Parse ``body`` as the crawl would, and keep what the annotation and the report need."""
    page = parse_listing(body, url, profile=profile, content_type=content_type)
    items = [item.to_dict() for item in build_items(page, knowledge=knowledge)]
    text = decode_html(body, content_type)[0] if isinstance(body, bytes) else body
    root = Selector(text=text, type="html", base_url=url).root
    views = [BlockView(number=i, element=None, item=item) for i, item in enumerate(items, start=1)]
    found = Inspection(url=url, page=page, blocks=views, root=root,
                       profile=None if page.extractor == GENERIC else page.extractor)
    if page.extractor == GENERIC:
        analysis = generic.analyse(root, url)
        elements = {b.raw.url: b.element for g in analysis.groups if g.main for b in g.blocks}
        for group in analysis.groups:
            if group.main:
                continue
            sample = ", ".join(repr(_short(b.raw.headline, 40)) for b in group.blocks[:3])
            found.ignored.append(f"{group.reason}: {sample}")
            found.ignored_elements += [(b.element, group.reason) for b in group.blocks]
    else:
        chosen = profile if isinstance(profile, SiteProfile) else PROFILES_BY_NAME.get(page.extractor)
        nodes = profile_block_nodes(root, chosen) if chosen is not None else []
        elements = {}
        for node in nodes:
            for link in node.iter("a"):
                href = urljoin(url, (link.get("href") or "").strip())
                if href in {b.url for b in page.main}:
                    elements.setdefault(href, node)
                    break
    for view in views:
        view.element = elements.get(view.item["url"])
    if page.next_url:
        for link in root.iter("a"):
            if urljoin(url, (link.get("href") or "").strip()) == page.next_url:
                found.next_element = link
                break
    return found


def format_report(found: Inspection, *, width: int | None = None) -> str:
    """The terminal table: the page's facts, one row per block, and what was left out."""
    width = width or max(80, min(160, shutil.get_terminal_size((120, 24)).columns))
    page = found.page
    extractor = page.extractor + (f" (fallback from profile {page.fallback_from!r})" if page.fallback_from else "")
    lines = [
        f"page       {found.url}",
        f"extractor  {extractor}",
        f"region     {page.title or '-'}   page {page.page}" + (f" of {page.total_pages}" if page.total_pages else ""),
        f"next       {page.next_url or '- (last page)'}",
        f"blocks     {len(page.main)} main, {len(page.sidebar)} sidebar",
        "",
    ]
    columns = [("#", 3), ("headline", 0), ("byline", 22), ("date", 10), ("lede", 0)]
    free = width - sum(w for _, w in columns) - 2 * (len(columns) - 1)
    columns = [(name, w or max(12, free // 2)) for name, w in columns]
    lines.append("  ".join(name.ljust(w) for name, w in columns).rstrip())
    lines.append("  ".join("-" * w for _, w in columns))
    for view in found.blocks:
        item = view.item
        cells = [str(view.number), item.get("headline") or "-", item.get("byline") or "-",
                 item.get("published") or "-", item.get("lede") or item.get("excerpt") or "-"]
        lines.append("  ".join(_fit(c, w) for c, (_, w) in zip(cells, columns, strict=True)).rstrip())
    if found.ignored:
        lines += ["", "ignored"]
        lines += [textwrap.shorten(f"  - {reason}", width=width, placeholder="…") for reason in found.ignored]
    if page.warnings:
        lines += ["", "warnings"] + [f"  ! {w}" for w in page.warnings]
    return "\n".join(lines)


def annotated_html(found: Inspection) -> str:
    """A copy of the page to open in a browser: inert (no scripts, handlers or javascript: URLs),
    with the blocks outlined and labelled and a legend on top."""
    if found.root is None:
        raise InspectError("nothing to annotate")
    root = _copy(found.root)
    mapping = {old: new for old, new in zip(found.root.iter(), root.iter(), strict=True)}
    _make_inert(root)
    for view in found.blocks:
        if view.element is not None and view.element in mapping:
            _outline(mapping[view.element], MAIN_COLOUR, "solid", f"#{view.number} {view.item.get('placement')}")
    for element, reason in found.ignored_elements:
        if element in mapping:
            _outline(mapping[element], IGNORED_COLOUR, "dashed", f"ignored: {reason.split(':')[0]}")
    if found.next_element is not None and found.next_element in mapping:
        _outline(mapping[found.next_element], NEXT_COLOUR, "solid", "next page")
    _add_head(root, found.url)
    _add_legend(root, found)
    return "<!DOCTYPE html>\n" + lxml_html.tostring(root, encoding="unicode", method="html")


def _copy(root: HtmlElement) -> HtmlElement:
    return copy.deepcopy(root)  # same structure, so elements map one to one in document order


def _make_inert(root: HtmlElement) -> None:
    for element in list(root.iter("script", "noscript", "iframe", "object", "embed", "frame", "frameset", "applet",
                                  "base")):
        parent = element.getparent()
        if parent is not None:
            element.drop_tree()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name in list(element.attrib):
            value = element.get(name) or ""
            if name.lower().startswith("on") or name.lower() in ("srcdoc", "formaction"):
                del element.attrib[name]
            elif name.lower() in _URL_ATTRIBUTES and re.match(r"\s*(javascript|vbscript|data:text/html)", value, re.I):
                del element.attrib[name]
        if element.tag == "meta" and (element.get("http-equiv") or "").lower() == "refresh":
            element.drop_tree()


def _outline(element: HtmlElement, colour: str, style: str, label: str) -> None:
    old = element.get("style") or ""
    element.set("style", f"{old}; outline: 4px {style} {colour} !important; outline-offset: 1px !important;"
                         " position: relative;")
    tag = etree.Element("span")
    tag.set("class", "newscrawl-label")
    tag.set("style", f"display:inline-block; background:{colour}; color:#000; font:bold 12px/16px monospace;"
                     " padding:1px 4px; position:relative; z-index:2147483647;")
    tag.text = label
    element.insert(0, tag)
    tag.tail = element.text
    element.text = None


def _add_head(root: HtmlElement, url: str) -> None:
    head = root.find("head")
    if head is None:
        head = etree.Element("head")
        root.insert(0, head)
    policy = etree.Element("meta")
    policy.set("http-equiv", "Content-Security-Policy")
    policy.set("content", "script-src 'none'; object-src 'none'; frame-src 'none'")
    base = etree.Element("base")
    base.set("href", url)
    head.insert(0, base)
    head.insert(0, policy)


def _add_legend(root: HtmlElement, found: Inspection) -> None:
    body = root.find("body")
    if body is None:
        return
    legend = etree.Element("div")
    legend.set("style", "position:static; background:#fff; color:#000; border:2px solid #000; padding:6px;"
                        " font:13px/18px monospace; margin:4px;")
    page = found.page
    legend.text = (f"newscrawl inspect — extractor {page.extractor}: {len(page.main)} main block(s) outlined in "
                   f"magenta; left out in dashed cyan; next page in orange "
                   f"({page.next_url or 'none: last page'}).")
    body.insert(0, legend)


def _fit(text: str | None, width: int) -> str:
    """``text`` cut and padded to ``width`` terminal columns (wide CJK characters count two)."""
    out, used = [], 0
    for ch in collapse(text) or "-":
        w = 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        if used + w > width - 1 and used + w > width:
            break
        out.append(ch)
        used += w
    result = "".join(out)
    if len(result) < len(collapse(text) or "-"):
        while used > width - 1 and out:
            used -= 2 if unicodedata.east_asian_width(out.pop()) in ("W", "F") else 1
        result = "".join(out) + "…"
        used += 1
    return result + " " * max(0, width - used)


def _short(text: str | None, width: int) -> str:
    text = collapse(text) or "-"
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"
