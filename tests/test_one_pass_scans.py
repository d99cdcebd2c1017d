"""One-pass Python scans find exactly what the XPath expressions they replaced select (the
expressions are kept here as their specification): ``BlockScan`` on every element of the fixture
pages that could be a block (every element holding a link) and on small cases with comments, tails
and lazy images; the generic extractor's headline-link candidates and the pager's short and wordy
links on every fixture page."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from parsel import Selector

from conftest import FIXTURES
from newscrawl.extract import generic, paging
from newscrawl.extract.blockscan import AUTHOR_HREF_WORDS, scan
from newscrawl.extract.decode import decode_html

#: The expressions as they were (the specification of each list).
REFERENCE = {
    "named": etree.XPath(".//*[@class or @id]"),
    "authors": etree.XPath(
        ".//*[@rel or @itemprop='author' or @class[contains(., 'author') or contains(., 'Author')"
        " or contains(., 'byline') or contains(., 'vcard') or contains(., 'username')] or contains(@id, 'author')]"
        " | .//a[@href][" + " or ".join(f"contains(@href, '{w}')" for w in AUTHOR_HREF_WORDS) + "]"),
    "dates": etree.XPath(
        ".//*[self::time or self::abbr or self::footer or @datetime or @itemprop='datePublished'"
        " or @class[contains(., 'date') or contains(., 'time') or contains(., 'meta') or contains(., 'posted')"
        " or contains(., 'publish') or contains(., 'byline') or contains(., 'Date')]"
        " or a[@rel='author' or contains(@href, 'author') or contains(@href, 'profile')]"
        " or *[not(self::a[@rel='author' or contains(@href, 'author') or contains(@href, 'profile')])]"
        "[contains(@class, 'username')]]"),
    "machine": etree.XPath(".//time[@datetime] | .//*[@itemprop='datePublished'] | .//abbr[@title]"),
    "bare": etree.XPath(
        ".//text()[string-length(normalize-space(.)) <= 40][translate(., '0123456789', '') != string(.)]/parent::*"),
}
IMAGE = etree.XPath(".//img | .//picture | .//*[contains(@style, 'background-image')] | .//*[@data-src or @data-bg"
                    " or @data-lazy-src or @data-background or @data-background-image][not(self::script)]")
PAGES = sorted(p for p in (FIXTURES / "pages").iterdir() if (p / "input.html").is_file())


def _check(element) -> None:
    found = scan(element)
    for name, query in REFERENCE.items():
        assert getattr(found, name) == query(element), (name, element.tag, element.get("class"))
    assert found.image == bool(IMAGE(element))


@pytest.mark.parametrize("case", PAGES, ids=lambda p: p.name)
def test_the_scan_finds_what_the_xpath_expressions_select(case: Path) -> None:
    root = Selector(text=decode_html((case / "input.html").read_bytes(), None)[0], type="html").root
    blocks = {a.getparent() for a in root.iter("a") if a.getparent() is not None}
    blocks |= {b.getparent() for b in list(blocks) if b.getparent() is not None}
    assert blocks
    for block in blocks:
        _check(block)


def test_comments_tails_and_lazy_images() -> None:
    html = ("<div id='b'>2023<!-- c -->.05.30<span>x</span> 12 May<script data-src='x'>1</script>"
            "<a class='img' data-bg='/i.jpg' href='/authors/ines'></a><p>\u00a0 1 \u00a0</p>"
            "<abbr title='2020-01-02'>Jan</abbr><em rel='author'>Ines</em>"
            f"<b>1{chr(10) * 50}2</b><i>3{' ' * 60}{'x' * 39}</i><u>{'4' * 41}</u></div>")
    _check(Selector(text=html).root.xpath("//div[@id='b']")[0])


def _root(case: Path):
    return Selector(text=decode_html((case / "input.html").read_bytes(), None)[0], type="html").root


@pytest.mark.parametrize("case", PAGES, ids=lambda p: p.name)
def test_headline_link_candidates_are_what_the_queries_select(case: Path) -> None:
    root = _root(case)
    found: set = set()
    for path in generic._CANDIDATE_PATHS:
        found.update(etree.XPath(path)(root))
    assert generic._CANDIDATES(root) == [a for a in root.iter("a") if a in found]


SHORT_LINKS = etree.XPath(
    "//a[@href][string-length(normalize-space(.)) <= 6 or @rel or @aria-label or contains(@class, 'next')"
    " or contains(@class, 'older') or contains(@class, 'Next')]")
WORDY_LINKS = etree.XPath("//a[@href][string-length(normalize-space(.)) > 6][string-length(normalize-space(.)) <= 40]")


@pytest.mark.parametrize("case", PAGES, ids=lambda p: p.name)
def test_pager_links_are_what_the_queries_select(case: Path) -> None:
    root = _root(case)
    short, wordy = paging._page_links(root)
    assert [a for a, _ in short] == SHORT_LINKS(root)
    assert [a for a, _ in wordy] == WORDY_LINKS(root)
    assert all(text == a.text_content() for a, text in short + wordy)


def test_pager_links_with_white_space_runs() -> None:
    nl = chr(10)
    texts = ["1", f"  2{nl}{nl}  ", f"Next{nl * 30}page", f"Older {' ' * 50} posts", "x" * 41, f"{'y ' * 20}z",
             f"{nl * 10}{'w' * 7}{nl * 10}", f"a{' ' * 3}b", "« Older Entries", f"{'v' * 6}{nl}{'v' * 34}"]
    links = "".join(f'<a href="/{i}/">{t}</a><a href="/s{i}/"><span>{t}</span></a>' for i, t in enumerate(texts))
    root = Selector(text=f"<html><body>{links}</body></html>").root
    short, wordy = paging._page_links(root)
    assert [a for a, _ in short] == SHORT_LINKS(root)
    assert [a for a, _ in wordy] == WORDY_LINKS(root)


NAMED_OUTSIDE_MAIN = etree.XPath(
    "//*[contains(@class, 'site') or contains(@id, 'site') or contains(@class, 'logo') or contains(@id, 'logo')"
    " or contains(@class, 'brand') or contains(@id, 'brand') or contains(@class, 'name') or contains(@id, 'name')]"
    "[not(ancestor-or-self::main)][not(ancestor-or-self::*[@role='main'])]")


@pytest.mark.parametrize("case", PAGES, ids=lambda p: p.name)
def test_site_name_elements_are_what_the_query_selected(case: Path) -> None:
    from newscrawl.extract.titles import _NAMED_OUTSIDE_MAIN

    root = _root(case)
    assert _NAMED_OUTSIDE_MAIN(root) == NAMED_OUTSIDE_MAIN(root)
