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


# generic11 (six more real pages, blind): fixtures/pages/real-wp-the7-category-page3-en,
# real-wp-jnews-category-page2-ar, real-wp-newsphere-category-fr, real-wp-owntheme-category-pl

def _posts(n: int, meta: str = "") -> str:
    return "".join(f'<article class="post"><h3><a href="/{y}/harbour-story-{y}/">Harbour tenants story number {y} '
                   f'ends in a vote</a></h3>{meta}<p>The tenants of block {y} met on Sunday and voted to keep up '
                   f'the rent strike until repairs.</p></article>' for y in range(1, n + 1))


def test_a_pager_in_a_main_column_whose_layout_class_names_a_sidebar_is_the_listings() -> None:
    """real-wp-the7-category-page3-en: '<div id="main" class="sidebar-right">' around the content."""
    html = (f'<html><body><div id="main" class="sidebar-right sidebar-divider-off"><div id="content" '
            f'class="content">{_posts(4)}<div class="paginator"><a class="page-numbers" href="../2/">2</a>'
            f'<a class="page-numbers nav-next" href="../4/"><i class="icon"></i></a></div></div>'
            f'<aside class="sidebar"><a href="/x/">Older</a></aside></div></body></html>')
    assert parse_listing(html, "https://site.example/category/news/page/3/").next_url == \
        "https://site.example/category/news/page/4/"


def test_a_hero_ahead_of_the_river_on_a_later_page_repeats_the_first_pages() -> None:
    """real-wp-jnews-category-page2-ar: the category's hero of its two newest posts on every page."""
    hero = ('<div class="hero-block">' + "".join(
        f'<div class="hero-item"><a href="/top-{i}/"><img src="/t{i}.jpg" alt=""></a><h2><a href="/top-{i}/">'
        f'Top story number {i} of the whole category</a></h2></div>' for i in (1, 2)) + '</div>')
    html = f'<html><body>{hero}<main>{_posts(5)}</main></body></html>'
    first = parse_listing(html, "https://site.example/category/news/")
    later = parse_listing(html, "https://site.example/category/news/page/2/")
    assert [b.url for b in first.main][:2] == ["https://site.example/top-1/", "https://site.example/top-2/"]
    assert [b.url for b in later.main] == [f"https://site.example/{y}/harbour-story-{y}/" for y in range(1, 6)]


@pytest.mark.parametrize("meta,byline", [
    ('<p class="postinfo"><strong>7.05.2014</strong>; in: <a href="index.html" rel="category tag">News</a></p>',
     None),
    ('<div class="entry-meta"><span class="author-links"><span class="posts-date">3 May 2022</span>'
     '<span class="posts-author byline"><a href="/author/ana/">Ana Lima</a></span></span></div>', "Ana Lima"),
])
def test_author_elements_and_taxonomy_links_beside_the_date(meta: str, byline: str | None) -> None:
    """real-wp-owntheme-category-pl (a 'rel=category tag' link beside the date is no author) and
    real-wp-newsphere-category-fr (the author element around the date and the name loses to the name)."""
    page = parse_listing(f"<html><body><main>{_posts(4, meta)}</main></body></html>",
                         "https://site.example/category/news/")
    assert [b.byline for b in page.main] == [byline] * 4
