"""The generic extractor on the kinds the blind generic10 set (five real pages of unseen sites) showed:
links written 'http:///host/...', a page title that is a label with the name beside it or after a
wording no table knows, a teaser card whose class reads like a meta line's. Invented markup and text;
each form is also in a real page under fixtures/pages (named in each test)."""

from __future__ import annotations

import pytest

from newscrawl.extract.listing import parse_listing
from newscrawl.extract.titles import clean_title
from newscrawl.extract.urls import absolute_url


@pytest.mark.parametrize("href,base,expected", [
    ("http:///www.example.org/a/", "http://www.example.org/list/", "http://www.example.org/a/"),
    ("https:////news.example.net/b", "https://news.example.net/", "https://news.example.net/b"),
    ("http:\\\\www.example.org/c", "http://www.example.org/", "http://www.example.org/c"),
    ("http://www.example.org/d", "http://other.example/", "http://www.example.org/d"),
    ("../e/", "http://www.example.org/x/y/", "http://www.example.org/x/e/"),
    ("//cdn.example.org/f", "https://www.example.org/", "https://cdn.example.org/f"),
    ("  /g?page=2 ", "https://www.example.org/x/", "https://www.example.org/g?page=2"),
])
def test_links_are_made_absolute_as_a_browser_does(href: str, base: str, expected: str) -> None:
    """real-wp-colormag-category-en writes every link 'http:///host/...'."""
    assert absolute_url(href, base) == expected


def _card(i: int, host: str) -> str:
    return (f'<li class="cat-blog-container"><div class="widget-img"><a href="http:///{host}/post-{i}/">'
            f'<img src="/i/{i}.jpg" alt=""></a></div><div class="cat-blog-inner"><h3><a href="http:///{host}/post-{i}/">'
            f'Harbour tenants meeting number {i} agrees a rent strike</a></h3>'
            f'<p>The tenants of block {i} voted on Sunday evening to withhold the increase until the landlord '
            f'repairs the lifts...</p></div></li>')


def test_cards_named_like_a_meta_line_keep_their_excerpt_and_links_with_three_slashes_their_host() -> None:
    """real-wp-gameday-category-it ('cat-blog-container': 'cat' as in a category label) and
    real-wp-colormag-category-en (links 'http:///host/...')."""
    host = "www.harbour.example"
    cards = "".join(_card(i, host) for i in range(1, 5))
    html = (f'<html><head><title>News</title></head><body><div id="main"><h1>News</h1><ul>{cards}</ul>'
            f'<a class="next page-numbers" href="http:///{host}/category/news/page/2/">Older</a></div></body></html>')
    page = parse_listing(html, f"http://{host}/category/news/")
    assert [b.url for b in page.main] == [f"http://{host}/post-{i}/" for i in range(1, 5)]
    assert all(b.excerpt and b.excerpt.startswith(f"The tenants of block {b.position}") for b in page.main)
    assert page.next_url == f"http://{host}/category/news/page/2/"


@pytest.mark.parametrize("label,name", [("Category", "Aktuelles"), ("Archives", "Harbour news")])
def test_a_title_that_is_a_label_takes_the_name_from_the_caption_after_it(label: str, name: str) -> None:
    """real-wp-kleanity-category-de: '<h3>Category</h3><div class="caption">Aktuelles</div>'."""
    posts = "".join(f'<article><h2><a href="/p/{i}/">Tenants of block {i} win their repairs at last</a></h2>'
                    f'<p>After a year of meetings the tenants of block {i} have their lifts back.</p></article>'
                    for i in range(1, 4))
    html = (f'<html><head><title>Site</title></head><body><div class="page-title-wrap"><h3 class="page-title">'
            f'{label}</h3><div class="page-caption">{name}</div></div><main>{posts}</main></body></html>')
    assert parse_listing(html, "https://site.example/category/x/").title == name


@pytest.mark.parametrize("title,slug,expected", [
    ("Articoli nella categoria: Notizie", "notizie", "Notizie"),
    ("Beiträge aus der Rubrik: Stadt & Land", "stadt-land", "Stadt & Land"),
    ("Read this: a headline with a colon", "news", "Read this: a headline with a colon"),
])
def test_a_wording_no_table_knows_then_the_listings_name_after_a_colon(title: str, slug: str, expected: str) -> None:
    """real-static-cards-category-it: the name after the colon is the one in the listing's URL."""
    assert clean_title(title, slug=slug) == expected
