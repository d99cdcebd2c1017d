"""normalize_item and its parts: text, cut marks, canonical URLs, dates, slugs."""

from __future__ import annotations

import pytest

from newscrawl.normalize import canonical_url, clean_text, normalize_item, published_from_url, slugify, strip_cut_mark
from newscrawl.sites import https_hosts


@pytest.mark.parametrize("url, expected", [
    ("http://ChinaWorker.info/en/2026/01/05/123", "https://chinaworker.info/en/2026/01/05/123/"),
    ("https://chinaworker.info/en/2026/01/05/123/#comments", "https://chinaworker.info/en/2026/01/05/123/"),
    ("https://chinaworker.info/en/2026/01/05/123/?utm_source=tw&utm_medium=x&fbclid=1&gclid=2",
     "https://chinaworker.info/en/2026/01/05/123/"),
    ("https://chinaworker.info/en/?p=5&b=2&a=1&utm_campaign=z", "https://chinaworker.info/en/?a=1&b=2&p=5"),
    ("https://chinaworker.info:443/en/x", "https://chinaworker.info/en/x/"),
    ("https://chinaworker.info/files/report.pdf", "https://chinaworker.info/files/report.pdf"),
    # http becomes https only on hosts known to serve https (chinaworker.toml's https_hosts) ...
    ("http://www.chinaworker.info:80/en/x", "https://www.chinaworker.info/en/x/"),
    ("http://chinaworker.info:8080/en/x", "http://chinaworker.info:8080/en/x/"),  # not on another port
    # ... every other URL keeps its scheme, so it still works
    ("http://127.0.0.1:8000/en/2026/01/05/123", "http://127.0.0.1:8000/en/2026/01/05/123/"),
    ("http://localhost:8000/en/?b=2&a=1", "http://localhost:8000/en/?a=1&b=2"),
    ("http://Example.org:80/a", "http://example.org/a/"),
    ("http://[::1]:8000/a", "http://[::1]:8000/a/"),
    ("https://example.org:80/a", "https://example.org:80/a/"),  # 80 is not https's default port
])
def test_canonical_url(url: str, expected: str) -> None:
    hosts = https_hosts()  # the bundled site configs' (chinaworker.info)
    assert canonical_url(url, hosts) == expected
    assert canonical_url(expected, hosts) == expected  # idempotent


def test_https_hosts_come_from_site_configs_and_settings() -> None:
    assert https_hosts() == frozenset({"chinaworker.info"})
    hosts = https_hosts(["Example.org"])
    assert hosts == frozenset({"chinaworker.info", "example.org"})
    assert canonical_url("http://example.org/a", hosts) == "https://example.org/a/"
    assert canonical_url("http://www.example.org/a", hosts) == "https://www.example.org/a/"
    assert canonical_url("http://other.example.org/a", hosts) == "http://other.example.org/a/"
    # No host known: every scheme is kept.
    assert canonical_url("http://chinaworker.info/a") == "http://chinaworker.info/a/"
    item = normalize_item({"url": "http://example.org/2026/01/05/9/"}, https_hosts=hosts)
    assert item["canonical_url"] == "https://example.org/2026/01/05/9/"


def test_clean_text_keeps_typographic_quotes_and_cjk() -> None:
    assert clean_text("  “Stability”&nbsp;–  for\n whom? 香港 &amp; ") == "“Stability” – for whom? 香港 &"
    assert clean_text("Cafe\u0301") == "Café"  # NFC


@pytest.mark.parametrize("text, expected", [
    ("the strike spread...", ("the strike spread", True)),
    ("the strike spread..", ("the strike spread", True)),
    ("the strike spread …", ("the strike spread", True)),
    ("the strike spread [...]", ("the strike spread", True)),
    ("the strike spread.", ("the strike spread.", False)),
    (None, (None, False)),
])
def test_strip_cut_mark(text: str | None, expected: tuple[str | None, bool]) -> None:
    assert strip_cut_mark(text) == expected


def test_published_from_permalink_only() -> None:
    assert published_from_url("https://chinaworker.info/en/2016/06/17/12345/") == "2016-06-17"
    assert published_from_url("https://chinaworker.info/en/category/news/china/page/2/") is None
    assert published_from_url("https://chinaworker.info/en/2016/13/17/1/") is None


def test_slugify_is_stable() -> None:
    assert slugify("Hong Kong") == "hong-kong"
    assert slugify("hong-kong") == "hong-kong"
    assert slugify("Taiwan & Macau ") == "taiwan-macau"


def test_normalize_item_fills_provenance_and_keeps_a_page_date() -> None:
    out = normalize_item({"url": "https://chinaworker.info/en/tag/x/", "headline": "A &amp; B", "excerpt": "Lede...",
                          "lede": "Lede...", "published": "2025-02-01", "region": "Hong Kong", "region_slug": None})
    assert out["headline"] == "A & B"
    assert (out["lede"], out["truncated"]) == ("Lede", True)
    assert (out["published"], out["published_source"]) == ("2025-02-01", "page")
    assert (out["region_slug"], out["regions"]) == ("hong-kong", ["hong-kong"])
    assert len(out["text_hash"]) == 64
    assert normalize_item({"url": "https://chinaworker.info/en/x/"}).get("published") is None
