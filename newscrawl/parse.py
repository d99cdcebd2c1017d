"""Parse one saved listing page into normalised teaser items (what `newscrawl parse` prints)."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newscrawl.extract.listing import parse_listing
from newscrawl.extract.teasers import build_items
from newscrawl.normalize import normalize_item


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


def parse_page(body: bytes | str, url: str, *, include_sidebar: bool = False, profile: str | None = None) -> ParseResult:
    page = parse_listing(body, url, profile=profile)
    items = [normalize_item(item.to_dict()) for item in build_items(page, include_sidebar=include_sidebar)]
    return ParseResult(items=items, warnings=list(page.warnings), extractor=page.extractor)


def parse_file(path: str, url: str, *, include_sidebar: bool = False, profile: str | None = None) -> ParseResult:
    return parse_page(read_input(path), url, include_sidebar=include_sidebar, profile=profile)
