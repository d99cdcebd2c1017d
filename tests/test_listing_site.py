"""Both extractors (the tagDiv profile and the layout-independent generic one) read every page
of the offline fixture site as its manifest says."""

from __future__ import annotations

import json

import pytest

from conftest import FIXTURES
from newscrawl.extract.listing import parse_listing

SITE = FIXTURES / "site"
MANIFEST = json.loads((SITE / "manifest.json").read_text(encoding="utf-8"))
BASE = "http://127.0.0.1:8000"


def _relative(url: str | None) -> str | None:
    return url.removeprefix(BASE) if url else None


@pytest.mark.parametrize("profile", [None, "generic"], ids=["auto", "generic"])
@pytest.mark.parametrize("path", sorted(MANIFEST["pages"]))
def test_page_matches_manifest(path: str, profile: str | None) -> None:
    expected = MANIFEST["pages"][path]
    html = (SITE / path.lstrip("/") / "index.html").read_bytes()
    page = parse_listing(html, BASE + path, profile=profile)
    assert [_relative(b.url) for b in page.main] == expected["main"]
    assert _relative(page.next_url) == expected["next"]
    assert (page.title, page.page, page.total_pages) == (expected["title"], expected["page"], expected["total_pages"])
    assert (page.region_slug, page.listing_kind) == (expected["slug"], expected["kind"])
    sidebar_urls = {_relative(b.url) for b in page.sidebar}
    assert sidebar_urls, "the fixture site shows a Latest News sidebar on every page"
    if profile is None:
        assert page.extractor == "tagdiv-newspaper"
        assert [b.category for b in page.main] == (expected["categories"] or [None] * len(page.main))
