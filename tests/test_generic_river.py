"""The generic extractor on the failure kinds met on real pages of unseen sites: blocks a
malformed page never closes, articles shown twice (a hero grid and category boxes), ``<base
href>``, the site's logo linking ``/index.php``, "latest posts" widgets, a bare author name beside
the date, next links on newest-first blogs and archive titles without a colon. Invented markup
and text; each form is also in a real page under fixtures/pages (named in each test)."""

from __future__ import annotations

import pytest
from parsel import Selector

from newscrawl.extract.blockparts import clean_byline
from newscrawl.extract.listing import parse_listing
from newscrawl.extract.paging import read_pager
from newscrawl.extract.titles import clean_title, listing_slug

LEDE = "Dock workers walked out on Monday after the port cut night pay by a fifth, the union said."


def _page(body: str, head: str = "") -> str:
    return f"<html><head><title>Harbour News</title>{head}</head><body>{body}</body></html>"


def _post(i: int, *, close: bool = True) -> str:
    return (f'<article class="entry post-{i} post"><div class="wrap"><div class="top">'
            f'<header class="entry-header"><h1 class="entry-title"><a href="/2016/0{i}/story-{i}/">Story {i} of the '
            f'harbour strike</a></h1><div class="entry-meta">(2016/0{i}/1{i})</div></header>'
            f'<div class="entry-content"><p>{LEDE} Part {i}.</p></div>' + ("</div></div></article>" if close else ""))


SIDEBAR = ('<div class="widget-area"><aside class="widget widget_recent_entries"><h2>Recent posts</h2><ul>'
           '<li><a href="/2021/08/16/site-closing-down-notice/">The site is closing down soon</a></li>'
           '<li><a href="/2019/02/16/meetup-thirty-one/">Meetup number thirty one is on</a></li></ul></aside></div>')


def test_blocks_never_closed_are_read_one_by_one() -> None:
    """real-wp-custom-category-ja: each <article> left open swallows the next one and the last one
    the sidebar; every block is found, with its own parts only, and the sidebar stays out."""
    unclosed = "".join(_post(i, close=False) for i in range(1, 5))
    html = _page(f'<main><h1 class="page-title">Category: Harbour</h1>{unclosed}{SIDEBAR}'
                 + "</div></div></article>" * 4 + "</main>")
    page = parse_listing(html, "https://x.org/category/harbour/")
    assert [b.url for b in page.main] == [f"https://x.org/2016/0{i}/story-{i}/" for i in range(1, 5)]
    assert [b.excerpt for b in page.main] == [f"{LEDE} Part {i}." for i in range(1, 5)]
    assert [b.published for b in page.main] == [f"2016-0{i}-1{i}" for i in range(1, 5)]
    closed = parse_listing(_page("<main>" + "".join(_post(i) for i in range(1, 5)) + f"</main>{SIDEBAR}"),
                           "https://x.org/category/harbour/")
    assert [(b.url, b.excerpt, b.published) for b in page.main] == [
        (b.url, b.excerpt, b.published) for b in closed.main]


def test_nested_blocks_of_a_valid_page_stay_where_they_are() -> None:
    """A block holding a box of other stories after its own text is no unclosed block: nothing moves."""
    box = ('<div class="box"><article class="entry post-9 post"><h3 class="entry-title"><a href="/9/">A story in the '
           'box of the first</a></h3></article></div><p>Text after the box.</p>')
    html = _page(f'<main><article class="entry post-1 post"><h2 class="entry-title"><a href="/1/">The first '
                 f'story of the day</a></h2><p>{LEDE}</p>{box}</article></main>')
    page = parse_listing(html, "https://x.org/news/")
    assert page.main[0].url == "https://x.org/1/"


def _card(slug: str, title: str, extra: str = "") -> str:
    return (f'<article class="item"><a class="img" data-src="/img/{slug}.jpg" href="{slug}/"></a>'
            f'<h2 class="title"><a href="{slug}/">{title}</a></h2>{extra}</article>')


def test_an_article_shown_twice_counts_once_with_the_parts_of_every_copy() -> None:
    """real-wp-publisher-home-hero-en: a hero grid of lazy-loaded images, then category boxes that
    show some of its stories again with an excerpt, an author and a date; links relative to <base>."""
    hero = "".join(_card(s, t) for s, t in (("port-strike", "Port strike enters its third day"),
                                             ("rail-fares", "Rail fares go up again in spring"),
                                             ("bus-drivers", "Bus drivers vote on the new offer")))
    meta = ('<div class="post-meta"><a class="post-author-a" href="author/ines/"><i class="post-author">Ines Moreau</i>'
            '</a><time datetime="2018-04-23T15:49:11+00:00">Apr 23, 2018</time></div>'
            f'<div class="post-summary">{LEDE}</div>')
    box = _card("port-strike", "Port strike enters its third day", meta) + _card(
        "ferry-crews", "Ferry crews join the walkout on Friday", '<time datetime="2018-04-16">Apr 16</time>')
    html = _page(f'<div class="content-column"><div class="grid">{hero}</div>'
                 f'<div class="box"><h3>Politics</h3>{box}</div></div>',
                 head='<base href="https://news.example.org/">')
    page = parse_listing(html, "https://mirror.example.net/saved/home.html")
    assert [b.url for b in page.main] == ["https://news.example.org/port-strike/", "https://news.example.org/rail-fares/",
                                          "https://news.example.org/bus-drivers/", "https://news.example.org/ferry-crews/"]
    first = page.main[0]
    assert (first.excerpt, first.byline, first.published) == (LEDE, "Ines Moreau", "2018-04-23")
    assert page.main[3].published == "2018-04-16"


def test_the_logo_linking_index_php_is_not_an_article() -> None:
    """real-wp-cnblogs-category-zh: the site's name in an <h1> links '/index.php'."""
    river = "".join(f'<div class="post_item"><h3><a href="/2017/0{i}/story-{i}.html">Story {i} of the harbour'
                    f'</a></h3><p class="post_item_summary">{LEDE}</p></div>' for i in range(1, 4))
    logo = '<div id="logo"><h1><a href="/index.php" title="Harbour Blog"><img src="/logo.gif" alt=""></a></h1></div>'
    html = _page(f'{logo}<div id="post-list">{river}</div>')
    page = parse_listing(html, "https://blog.example.org/category/news/page/2")
    assert [b.url for b in page.main] == [f"https://blog.example.org/2017/0{i}/story-{i}.html" for i in range(1, 4)]


def test_a_latest_posts_widget_is_the_sidebar_not_the_river() -> None:
    """real-wp-divi-category-hi: the block editor's 'wp-block-latest-posts' list in a widget."""
    river = "".join(f'<article class="post"><h2 class="entry-title"><a href="/story-{i}/">Story {i} of the '
                    f'harbour strike</a></h2>{LEDE}</article>' for i in range(1, 3))
    widget = ('<div id="sidebar"><div class="et_pb_widget widget_block"><ul class="wp-block-latest-posts__list '
              'wp-block-latest-posts">' + "".join(
                  f'<li><a class="wp-block-latest-posts__post-title" href="/recent-{i}/">A recent post number {i} '
                  f'of the site</a></li>' for i in range(1, 6)) + "</ul></div></div>")
    page = parse_listing(_page(f'<div id="left-area">{river}</div>{widget}'), "https://x.org/category/news/")
    assert [b.url for b in page.main] == ["https://x.org/story-1/", "https://x.org/story-2/"]
    assert [b.excerpt for b in page.main] == [LEDE, LEDE]
    assert len(page.sidebar) == 5


@pytest.mark.parametrize(("meta", "expected"), [
    ('<time datetime="2025-04-08">April 8, 2025</time><span class="meta-dot"></span><span>Blake Jones</span>',
     "Blake Jones"),  # real-static-archive-home-hero-en
    ("Skrevet av <span><span>admin</span></span> <span>fre, 11/11/2016 - 09:31</span>", "admin"),  # Drupal 8
    ('<cite><a href="space-uid-88.html">Rider88</a></cite><em><span>2019-8-14</span></em>', "Rider88"),  # Discuz
    ('<time datetime="2025-04-08">April 8</time> <span>News</span> <span>Blake Jones</span>', None),  # which one?
    ('<time datetime="2025-04-08">April 8</time> <a href="/category/news/">Harbour</a>', None),  # a category
    ('<span class="meta-prep">Posted on</span> <span class="entry-date">May 12, 2014</span>', None),  # a label
    ('<time datetime="2025-04-08">April 8</time> <span>5 min read</span>', None),
])
def test_a_bare_name_beside_the_date_is_the_byline(meta: str, expected: str | None) -> None:
    river = "".join(f'<div class="card"><h2><a href="/story-{i}/">Story {i} of the harbour strike</a></h2>'
                    f'<p>{LEDE}</p><div class="card-meta">{meta}</div></div>' for i in range(1, 3))
    page = parse_listing(_page(f"<main>{river}</main>"), "https://x.org/")
    assert [b.byline for b in page.main] == [expected, expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Dino Dalle Carbonare", "Dino Dalle Carbonare"),
    ("Avery Ng", "Avery Ng"),
    ("Byron Lee", "Byron Lee"),
    ("By Byron Lee", "Byron Lee"),
    ("di Marco Rossi", "Marco Rossi"),
    ("Posted by: Ola Berg", "Ola Berg"),
    ("文/王小明", "王小明"),
    ("文小明", "文小明"),
    ("記者王小明", "王小明"),
])
def test_byline_prefixes_are_whole_words(text: str, expected: str) -> None:
    assert clean_byline(text) == expected


@pytest.mark.parametrize(("pager", "url", "expected"), [
    # newest-first WordPress themes: "Older Entries" is the next page, "Next Entries" goes back
    ('<div class="alignleft"><a href="/n/page/3/">&laquo; Older Entries</a></div>'
     '<div class="alignright"><a href="/n/">Next Entries &raquo;</a></div>', "https://x.org/n/page/2/",
     "https://x.org/n/page/3/"),
    ('<a href="/n/">Next Entries &raquo;</a> <a href="/n/page/3/">&laquo; Older Entries</a>',
     "https://x.org/n/page/2/", "https://x.org/n/page/3/"),
    ('<a href="/n/">Newer posts</a>', "https://x.org/n/page/2/", None),
    ('<a class="next" href="/n/">Next</a>', "https://x.org/n/page/2/", None),  # back to page 1: not onward
    ('<a href="/n/page/5/">5</a> <a href="/n/page/3/">3</a>', "https://x.org/n/page/2/", "https://x.org/n/page/3/"),
])
def test_next_is_onward_never_back(pager: str, url: str, expected: str | None) -> None:
    html = f'<html><head></head><body><div id="left-area">{pager}</div></body></html>'
    assert read_pager(Selector(text=html).root, url).next_url == expected


def test_body_classes_do_not_hide_the_pager() -> None:
    """real-wp-divi-category-hi: Divi writes the layout on <body> ('et_right_sidebar')."""
    html = ('<html><head></head><body class="et_right_sidebar"><div id="left-area">'
            '<a href="/n/page/3/">&laquo; Older Entries</a></div></body></html>')
    assert read_pager(Selector(text=html).root, "https://x.org/n/page/2/").next_url == "https://x.org/n/page/3/"


def test_next_links_resolve_against_base_href() -> None:
    html = ('<html><head><base href="https://news.example.org/blog/"></head><body>'
            '<a class="next" href="page/2/">Older posts</a></body></html>')
    assert read_pager(Selector(text=html).root, "https://mirror.example.net/saved.html").next_url == (
        "https://news.example.org/blog/page/2/")


@pytest.mark.parametrize(("title", "url", "expected"), [
    ("Categoría Noticias", "https://x.es/category/noticias/", "Noticias"),  # real-wp-custom-category-es
    ("Category Harbour News", "https://x.org/category/harbour-news/page/3/", "Harbour News"),
    ("Tag Heuer watches", "https://x.org/category/watches/", "Tag Heuer watches"),  # not the URL's name
    ("Categoría Noticias", "https://x.es/", "Categoría Noticias"),
])
def test_a_prefix_without_colon_goes_only_when_the_rest_is_the_urls_name(title: str, url: str, expected: str) -> None:
    assert clean_title(title, slug=listing_slug(url)) == expected


def test_a_profile_resolves_links_against_base_href_too() -> None:
    from newscrawl.extract.profiles import SiteProfile

    profile = SiteProfile(name="t", main="main", block="article", headline_link="h2 a", next_link="a.next")
    html = _page('<main><article><h2><a href="port-strike/">Port strike enters its third day</a></h2></article>'
                 '<a class="next" href="page/2/">Older posts</a></main>', head='<base href="https://news.example.org/">')
    page = parse_listing(html, "https://mirror.example.net/saved/home.html", profile=profile)
    assert [b.url for b in page.main] == ["https://news.example.org/port-strike/"]
    assert page.next_url == "https://news.example.org/page/2/"


def test_a_related_box_closing_a_post_is_no_unclosed_block() -> None:
    """A post ending with a 'related posts' box of the same markup: the box stays where it is."""
    related = ('<div class="related-posts"><article class="entry post-9 post"><h3 class="entry-title">'
               '<a href="/9/">A related story from last year</a></h3><img src="/9.jpg" alt="">'
               f'<p>{LEDE}</p></article></div>')
    posts = "".join(f'<article class="entry post-{i} post"><h2 class="entry-title"><a href="/{i}/">Story {i} of the '
                    f'harbour strike</a></h2><p>{LEDE}</p></article>' for i in range(2, 4))
    html = _page(f'<main><article class="entry post-1 post"><h2 class="entry-title"><a href="/1/">Story 1 of the '
                 f'harbour strike</a></h2><p>{LEDE}</p>{related}</article>{posts}</main>')
    urls = [b.url for b in parse_listing(html, "https://x.org/news/").main]
    assert "https://x.org/9/" not in urls and urls[-2:] == ["https://x.org/2/", "https://x.org/3/"]
