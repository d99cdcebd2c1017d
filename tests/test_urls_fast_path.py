"""``absolute_url`` joins a plain path from the host's root ("/2024/05/a-story/") without urljoin's
parsing: wherever it does, the result is urljoin's, for every link of every fixture page and of the
bench site, against bases of every shape a page gives (with and without a path, a port, user info,
a query, upper-case scheme or host), and for hand-made edge links."""

from __future__ import annotations

import tempfile
from pathlib import Path
from urllib.parse import urljoin

from lxml import html

from bench.sitegen import generate_site
from conftest import FIXTURES
from newscrawl.extract.urls import _PLAIN_ROOT_PATH, absolute_url

BASES = [
    "http://127.0.0.1:8000/en/category/news/hong-kong/page/15/", "https://chinaworker.info/en/", "https://a.example",
    "HTTPS://Example.ORG/x/y?q=1#f", "http://user:pw@example.org:8080/a/b", "https://example.org/a/b/index.html",
    "http://[::1]:8000/x/", "https://example.org", "file:///tmp/page.html", "", "ftp://example.org/a/",
    "https:///no-host/",
]
EDGES = ["/", "/a", "/a/", "/a//b", "/a/b-c_d/", "/A/B/9/", "//host/x", "/a/./b", "/a/../b", "/a?x=1", "/a#top",
         "/a;p", "/%7Euser/", "/a b", "/a.html", "a/b", "", "/-/_/"]


def _hrefs() -> list[str]:
    pages = sorted(FIXTURES.rglob("*.html"))
    with tempfile.TemporaryDirectory() as tmp:
        generate_site(Path(tmp), regions=1, pages=3)
        pages += sorted(Path(tmp).rglob("*.html"))
        found = {a.get("href") or "" for p in pages for a in html.fromstring(p.read_bytes()).iter("a")}
    return sorted(found) + EDGES


def test_a_plain_root_path_is_joined_as_urljoin_joins_it():
    fast = 0
    for href in _hrefs():
        for base in BASES:
            if _PLAIN_ROOT_PATH.fullmatch(href.strip()):
                fast += 1
                assert absolute_url(href, base) == urljoin(base, href.strip()), (base, href)
    assert fast > 500
