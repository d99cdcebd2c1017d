"""Structured data a listing page may carry (JSON-LD, OpenGraph), read with json + lxml.

Used as signals by the generic extractor, never as the only source: an ``ItemList`` names the
page's articles (the group of blocks that holds them is the river), an ``Article`` /
``BlogPosting`` entry gives a block's date and author when its markup shows none, and
``og:type = article`` says the page is one article rather than a listing.

Why not extruct: it parses microdata and RDFa too, through rdflib and friends; on listing pages
that costs ~10x this module's time (bench/generic_cost.py) for signals the generic extractor
reads from the markup directly (``itemprop`` attributes).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement

from newscrawl.extract.dates import iso_date
from newscrawl.extract.urls import absolute_url

_ARTICLE_TYPES = frozenset({"Article", "NewsArticle", "BlogPosting", "Report", "ScholarlyArticle",
                            "AnalysisNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle", "TechArticle",
                            "SocialMediaPosting"})
#: Scripts larger than this are not parsed (a page's ld+json is a few KB; this bounds the work).
_MAX_SCRIPT_CHARS = 500_000


@dataclass(frozen=True)
class ArticleData:
    url: str
    headline: str | None = None
    published: str | None = None
    author: str | None = None


@dataclass
class StructuredData:
    #: URLs an ``ItemList`` names, in its order.
    item_list: list[str] = field(default_factory=list)
    #: Article entries by absolute URL.
    articles: dict[str, ArticleData] = field(default_factory=dict)
    #: ``og:type`` of the page ('article' on an article page, 'website' / 'object' on listings).
    og_type: str | None = None


def read_structured(root: HtmlElement, base_url: str) -> StructuredData:
    """The JSON-LD and OpenGraph facts of a page; malformed JSON is skipped, never an error."""
    found = StructuredData()
    og, scripts = _og_type_and_json_ld(root)
    found.og_type = og.strip().lower() if og is not None else None
    for script in scripts:
        text = script.text or ""
        if not text.strip() or len(text) > _MAX_SCRIPT_CHARS:
            continue
        try:
            data = json.loads(text, strict=False)
        except ValueError:
            continue
        for node in _nodes(data):
            kinds = node.get("@type")
            kinds = set(kinds) if isinstance(kinds, list) else {kinds}
            if "ItemList" in kinds:
                urls = (_list_url(e, base_url) for e in _as_list(node.get("itemListElement")))
                found.item_list.extend(u for u in urls if u)
            if kinds & _ARTICLE_TYPES:
                article = _article(node, base_url)
                if article is not None:
                    found.articles.setdefault(article.url, article)
    return found


def _og_type_and_json_ld(root: HtmlElement) -> tuple[str | None, list[HtmlElement]]:
    """The first ``og:type`` content and the JSON-LD scripts, anywhere in the page, in one pass
    over its meta and script elements (``//meta[@property='og:type']/@content`` and
    ``//script[@type='application/ld+json']``: two scans of the whole page)."""
    og = None
    scripts = []
    for element in root.iter("meta", "script"):
        if element.tag == "script":
            if element.get("type") == "application/ld+json":
                scripts.append(element)
        elif og is None and element.get("property") == "og:type":
            og = element.get("content")
    return og, scripts


def _nodes(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JSON object of a JSON-LD document (``@graph`` members and nested ones), bounded in depth."""
    if depth > 8:
        return
    if isinstance(data, list):
        for item in data:
            yield from _nodes(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "itemListElement", "mainEntity", "hasPart"):
            if key in data:
                yield from _nodes(data[key], depth + 1)


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value is not None else []


def _list_url(element: Any, base_url: str) -> str | None:
    if isinstance(element, str):
        return absolute_url(element, base_url)
    if not isinstance(element, dict):
        return None
    item = element.get("item")
    for candidate in (element.get("url"), item.get("url") if isinstance(item, dict) else item,
                      item.get("@id") if isinstance(item, dict) else None):
        if isinstance(candidate, str) and candidate:
            return absolute_url(candidate, base_url)
    return None


def _article(node: dict[str, Any], base_url: str) -> ArticleData | None:
    url = node.get("url") or node.get("@id")
    main = node.get("mainEntityOfPage")
    if not isinstance(url, str) and isinstance(main, dict):
        url = main.get("@id")
    if not isinstance(url, str) or not url:
        return None
    authors = [a.get("name") if isinstance(a, dict) else a for a in _as_list(node.get("author"))]
    names = [a.strip() for a in authors if isinstance(a, str) and a.strip()]
    headline = node.get("headline") or node.get("name")
    return ArticleData(
        url=absolute_url(url, base_url),
        headline=headline.strip() if isinstance(headline, str) else None,
        published=iso_date(node.get("datePublished") if isinstance(node.get("datePublished"), str) else None),
        author=", ".join(names) or None,
    )
