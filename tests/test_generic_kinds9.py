"""The generic extractor (and the tagDiv profile) on the kinds the blind generic9 set (ten real pages of unseen sites)
showed: a forum's topic rows ('par <span class="username">X</span> » date', reply and view counts,
status icons, a forum-link row above the topics), bylines behind a CMS's 'Escrito por:' label.
Invented markup and text; each form is also in a real page under fixtures/pages (named in each test)."""

from __future__ import annotations

from newscrawl.extract.blockparts import clean_byline
from newscrawl.extract.listing import parse_listing


def _page(body: str) -> str:
    return f"<html><head><title>Board</title></head><body>{body}</body></html>"


def _topic(i: int, author: str, day: int, last: str) -> str:
    return (f'<tr><td class="forumicon"><img src="/i/topic_read.gif" width="38" height="38" alt="read"></td>'
            f'<td class="forumdetails"><a href="viewtopic.php?f=4&amp;t={i}" class="topictitle">Harbour meeting '
            f'number {i} agenda</a><span class="forum-descriptions">par <span class="username-coloured">{author}'
            f'</span> &raquo; Mar {day:02d} Juil 2015, 11:12</span><span class="phones">Dernier message par '
            f'<span class="username-coloured">{last}</span><br><span class="fade">Lun 13 Avr 2020, 16:28</span>'
            f'</span></td><td class="forumtopics"><div class="statbubble"><span>{i}</span><br>Réponses</div></td>'
            f'<td class="forumposts"><div class="statbubble"><span>10{i}</span><br>Vues</div></td>'
            f'<td class="tablet">Dernier message par <span class="username-coloured">{last}</span><br>'
            f'<span class="fade">Lun 13 Avr 2020, 16:28</span></td></tr>')


def test_forum_topic_rows_give_their_starter_and_start_date_and_no_excerpt() -> None:
    """real-phpbb-forum-topics-fr: the starter's name and the start date are a credit line's; the
    last poster's name and date, the counts and the status icons are not the topic's; a forum-link
    row with an icon above the topics is no featured story."""
    link_row = ('<div class="forumlist"><div class="catglow"><table class="cat"><tr><td class="forumicon">'
                '<img src="/i/forum_link.gif" width="38" height="38" alt="link"></td><td class="forumdetails">'
                '<a href="/wiki/rules.html" class="forumtitle">Read first: the rules of the board</a></td></tr>'
                '</table></div></div>')
    topics = "".join(_topic(i, f"starter{i}", i, "moderator") for i in range(1, 5))
    body = f'<main>{link_row}<div class="catglow"><table class="cat">{topics}</table></div></main>'
    page = parse_listing(_page(body), "https://board.example.fr/viewforum.php?f=4")
    assert [b.url for b in page.main] == [f"https://board.example.fr/viewtopic.php?f=4&t={i}" for i in range(1, 5)]
    assert [b.byline for b in page.main] == [f"starter{i}" for i in range(1, 5)]
    assert [b.published for b in page.main] == [f"2015-07-{i:02d}" for i in range(1, 5)]
    assert [b.excerpt for b in page.main] == [None] * 4


def test_cms_labels_before_a_byline_are_no_part_of_it() -> None:
    """real-joomla4-category-table-pt: Joomla's language packs write 'Escrito por:', 'Écrit par',
    'Geschrieben von', 'Scritto da' before the author's name."""
    assert clean_byline("Escrito por: Ana Ribeiro") == "Ana Ribeiro"
    assert clean_byline("Écrit par Claire Lenoir") == "Claire Lenoir"
    assert clean_byline("Geschrieben von Jonas Weber") == "Jonas Weber"
    assert clean_byline("Scritto da Marta Rossi") == "Marta Rossi"


def test_a_date_inside_the_headline_link_is_the_date_not_headline_text() -> None:
    """real-empirecms-news-list-zh: a portal CMS's list writes '<a>Title<em>2018-08-01 09:00:00</em></a>';
    its pager shows the record count in bold inside a link (no current page) and '<b>2</b>' beside
    the number links; the <title> parts are joined by '--'."""
    items = "".join(
        f'<li><div class="news_img"><img src="/d/{i}.jpg" alt=""></div><a href="/news/2017-01-0{i}/{i}.html" '
        f'title="港口工人第{i}次集会">港口工人第{i}次集会<em>2017-01-0{i} 09:00:00</em></a>'
        f'<p>工会说，码头工人周一开始罢工，要求恢复夜班津贴，已有数百人参加......<a href="/news/2017-01-0{i}/{i}.html">'
        f'[详情]</a></p></li>' for i in range(1, 5))
    pager = ('<div class="pages"><a title="Total record">&nbsp;<b>9337</b> </a><a href="/news/index.html">首页</a>'
             '<a href="/news/index.html">1</a><b>2</b><a href="/news/index_3.html">3</a>'
             '<a href="/news/index_3.html">下一页</a></div>')
    html = (f'<html><head><title>公司新闻--南岭港务有限公司--官方网站</title></head><body>'
            f'<ul class="news">{items}</ul>{pager}</body></html>')
    page = parse_listing(html, "http://www.example.cn/news/index_2.html")
    assert [b.headline for b in page.main] == [f"港口工人第{i}次集会" for i in range(1, 5)]
    assert [b.published for b in page.main] == [f"2017-01-0{i}" for i in range(1, 5)]
    assert (page.page, page.next_url, page.title) == (2, "http://www.example.cn/news/index_3.html", "公司新闻")


def test_tagdiv_pages_that_show_their_meta_give_hero_posts_authors_and_dates() -> None:
    """real-wp-tagdiv-category-grid: a tagDiv 'Newspaper' category page with the theme's big grid
    of top posts above the river and the meta line shown (author link, <time>); chinaworker.info's
    own pages hide the meta line and have no grid (tests/test_listing_corpus.py stays exact)."""
    def module(i: int, cls: str) -> str:
        return (f'<div class="{cls}"><div class="td-module-thumb"><a href="/story-{i}/"><img src="/{i}.jpg"></a></div>'
                f'<h3 class="entry-title td-module-title"><a href="/story-{i}/">Dock strike day {i} in the port</a>'
                f'</h3><div class="td-module-meta-info"><span class="td-post-author-name"><a href="/author/ines/">'
                f'Ines Varga</a> <span>-</span> </span><span class="td-post-date"><time class="entry-date" '
                f'datetime="2018-06-0{i}T10:00:00+00:00">June {i}, 2018</time></span></div>'
                + (f'<div class="td-excerpt">Workers at the port walked out for the {i}th day...</div>'
                   if "td_module_10" in cls else "") + '</div>')
    grid = ('<div class="td-category-grid"><div class="td-big-grid-wrapper">'
            + "".join(module(i, "td_module_mx5 td-big-grid-post") for i in (1, 2)) + '</div></div>')
    river = ('<div class="td-main-content"><div class="td-ss-main-content">'
             + "".join(module(i, "td_module_10 td_module_wrap") for i in (3, 4, 5)) + '</div></div>')
    page = parse_listing(f'<html><body><h1 class="td-page-title">Labour</h1>{grid}{river}</body></html>',
                         "https://news.example.org/category/labour/")
    assert page.extractor == "tagdiv-newspaper"
    assert [b.url for b in page.main] == [f"https://news.example.org/story-{i}/" for i in range(1, 6)]
    assert [b.position for b in page.main] == [1, 2, 3, 4, 5]
    assert {b.byline for b in page.main} == {"Ines Varga"}
    assert [b.published for b in page.main] == [f"2018-06-0{i}" for i in range(1, 6)]


def test_utility_classes_name_no_excerpt_and_a_bare_date_is_no_excerpt() -> None:
    """real-drupal11-tag-es: a Tailwind theme's teaser: the date in a 'text-sm' span (weekday,
    English month and Spanish 'de'), the body in Tailwind Typography's 'prose', tags in a
    'text-sm' footer line."""
    def article(i: int) -> str:
        return (f'<article><header><h2 class="blog__title"><a href="/blog/paro-{i}">Paro en el puerto, día {i}</a>'
                f'</h2><div class="flex items-center"><span class="text-sm p-1">Friday, 1{i} de April 2025</span>'
                f'</div></header><div class="max-w-prose mx-auto prose prose-slate"><div><p>Los estibadores '
                f'pararon el turno de noche por {i}ª vez.</p></div></div><footer><div class="flex text-sm me-3">'
                f'<span>Tags:</span></div><a href="/taxonomy/term/{i}">puerto</a></footer></article>')
    page = parse_listing(f'<html><body><main><h1>webdev</h1>{article(1)}{article(2)}</main></body></html>',
                         "https://blog.example.es/taxonomy/term/1")
    assert [b.published for b in page.main] == ["2025-04-11", "2025-04-12"]
    assert [b.excerpt for b in page.main] == [f"Los estibadores pararon el turno de noche por {i}ª vez."
                                              for i in (1, 2)]


def test_the_only_article_of_a_page_gets_no_sidebar_text_as_excerpt() -> None:
    """real-joomla4-category-table-pt: a category list of one row; the block of its only article
    grows up to the element that also holds the sidebar, whose text is no excerpt."""
    html = ('<html><body><main><div class="row"><div class="col-md"><form id="adminForm"><table class="category">'
            '<tr><td class="list-title"><a href="/blog/harbour/port-strike-ends.html">Port strike ends after a week'
            '</a></td><td class="list-author">Escrito por: Ana Ribeiro</td><td class="list-hits">Acessos: 9</td>'
            '</tr></table></form></div><div class="col sidebar-r"><div class="module"><h3>Pensamento do dia</h3>'
            '<div>Quem espera sempre alcança, diz o provérbio antigo.</div></div></div></div></main></body></html>')
    page = parse_listing(html, "https://example.pt/index.php/blog/harbour.html")
    assert [(b.url, b.excerpt, b.byline) for b in page.main] == [
        ("https://example.pt/blog/harbour/port-strike-ends.html", None, "Ana Ribeiro")]


def test_sign_offs_with_smileys_do_not_make_a_site_carry_bylines() -> None:
    """real-wp-product-category-ru: a blogger signs off his cartoon posts 'Ваш ДАМИРЬ)Ч' on a line of
    its own; like 'Cheers, Marko :-)', it shows no byline, and the excerpts stay whole."""
    from newscrawl.extract.byline_presence import excerpts_carry_bylines, shows_byline

    signed = ["Сегодня выложу ещё две серии мультфильма.\nВаш ИГОРЬ)Ч\nПопулярность: 3%",
              "Today we post three new episodes of the cartoon.\nCheers, Marko :-)\nPopularity: 2%"]
    assert not any(shows_byline(e) for e in signed)
    assert not excerpts_carry_bylines([*signed, "Plain first words of a post."])
    assert shows_byline("Workers struck today.\nDikang, Socialist Action (CWI in Hong Kong)\nThe strike began")
