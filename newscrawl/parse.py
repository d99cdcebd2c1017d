"""Parse one saved listing page into normalised teaser items (what `newscrawl parse` prints)."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.extract.listing import parse_listing
from newscrawl.extract.teasers import build_items, site_of
from newscrawl.normalize import normalize_item
from newscrawl.sites import https_hosts
from newscrawl.storage.knowledge_file import load_knowledge_or_fresh


@dataclass
class ParseResult:
    items: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extractor: str | None = None


def read_input(path: str) -> bytes:
    """Bytes of ``path``, or of stdin for '-'."""
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def parse_page(body: bytes | str, url: str, *, include_sidebar: bool = False, profile: str | None = None,
               knowledge: SiteKnowledge | None = None) -> ParseResult:
    """Extract, split and normalise one page. ``knowledge``: the site's learned bylines."""
    page = parse_listing(body, url, profile=profile)
    items = build_items(page, include_sidebar=include_sidebar, knowledge=knowledge)
    return ParseResult(items=[normalize_item(item.to_dict(), https_hosts=https_hosts()) for item in items],
                       warnings=list(page.warnings), extractor=page.extractor)


def stored_knowledge(url: str, warnings: list[str]) -> SiteKnowledge:
    """What earlier crawls learned about the site of ``url`` (read only); fresh when its file cannot
    be used (the file is then moved aside, and the warning says where)."""
    knowledge, warning = load_knowledge_or_fresh(site_of(url))
    if warning:
        warnings.append(warning)
    return knowledge


def parse_file(path: str, url: str, *, include_sidebar: bool = False, profile: str | None = None) -> ParseResult:
    """``parse_page`` on a file (or stdin for '-'), with the site's stored knowledge."""
    body = read_input(path)
    warnings: list[str] = []
    result = parse_page(body, url, include_sidebar=include_sidebar, profile=profile,
                        knowledge=stored_knowledge(url, warnings))
    result.warnings[:0] = warnings
    return result
