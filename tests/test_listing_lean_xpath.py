"""A profile's selectors are compiled without cssselect's redundant ``@class and`` (``listing._lean``):
on every HTML page of the fixtures (the offline site, the real pages of other sites, the edge cases) and
of the bench site, each selector of every profile (the built-in
ones and the site configs') selects the same elements, in the same order, as cssselect's own XPath."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

from lxml import etree
from parsel import Selector, css2xpath

from bench.sitegen import generate_site
from conftest import FIXTURES, REPO
from newscrawl.extract.decode import decode_html
from newscrawl.extract.listing import _lean
from newscrawl.extract.profiles import SITE_PROFILES, SiteProfile
from newscrawl.sites import load_site


def _selectors() -> list[str]:
    profiles = list(SITE_PROFILES)
    for path in sorted((REPO / "newscrawl" / "sites").glob("*.toml")):
        if isinstance(profile := load_site(str(path)).profile, SiteProfile):
            profiles.append(profile)
    return sorted({getattr(p, f.name) for p in profiles for f in dataclasses.fields(p)
                   if f.name != "name" and isinstance(getattr(p, f.name), str) and getattr(p, f.name)})


def test_lean_selectors_select_what_cssselect_selects():
    pages = sorted(FIXTURES.rglob("*.html"))
    with tempfile.TemporaryDirectory() as tmp:
        generate_site(Path(tmp), regions=1, pages=6)
        pages += sorted(Path(tmp).rglob("*.html"))
        roots = [Selector(text=decode_html(p.read_bytes(), None)[0], type="html").root for p in pages]
    checked = changed = 0
    for css in _selectors():
        try:
            plain = css2xpath(css)
        except Exception:  # noqa: BLE001 - not a selector (a profile's name or another setting)
            continue
        lean = _lean(plain)
        changed += lean != plain
        a, b = etree.XPath(plain), etree.XPath(lean)
        for root in roots:
            found = a(root)
            assert b(root) == found, (css, lean)
            checked += len(found)
    assert changed >= 8 and checked > 1000
