"""The generic extractor's parts on small inputs: dates, region titles, pagers, structured data,
and the byline-presence decision (split only where a site's excerpts carry bylines)."""

from __future__ import annotations

import pytest
from parsel import Selector

from newscrawl.extract.byline_presence import (
    BYLINE_ELEMENT,
    LEDE_ONLY,
    BylinePresence,
    apply_byline_presence,
    excerpts_carry_bylines,
)
from newscrawl.extract.dates import DAY_FIRST, MONTH_FIRST, date_in_text, is_date_only, iso_date, numeric_order
from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.extract.listing import parse_listing
from newscrawl.extract.paging import is_home, page_from_url, read_pager, url_for_page
from newscrawl.extract.split import ExcerptSplit, split_excerpt
from newscrawl.extract.structured import read_structured
from newscrawl.extract.titles import clean_title


def root(html: str):
    return Selector(text=html).root


@pytest.mark.parametrize(("text", "order", "expected"), [
    ("29 Mar 2015", None, "2015-03-29"),
    ("November 22, 2013", None, "2013-11-22"),
    ("Published: Sun 18 June 2017", None, "2017-06-18"),
    ("2023.05.30", None, "2023-05-30"),
    ("投稿日時: 2012 年 1 月 3 日(火) 6:30", None, "2012-01-03"),
    ("on 13/11/2012.", None, "2012-11-13"),  # 13 cannot be a month
    ("fre, 11/11/2016 - 09:31", None, "2016-11-11"),  # same either way
    ("10/02/2016", None, None),  # ambiguous without the page's other dates
    ("10/02/2016", DAY_FIRST, "2016-02-10"),
    ("10/02/2016", MONTH_FIRST, "2016-10-02"),
    ("9 December", None, None),  # no year
    ("2 min read", None, None),
    # month names of other languages themes and forums ship in, with their connectors
    ("par Lenoir » Mar 07 Juil 2015, 11:12", None, "2015-07-07"),  # a French weekday 'Mar', then the date
    ("Sam 31 Août 2019", None, "2019-08-31"),
    ("1er février 2014", None, "2014-02-01"),
    ("18 de abril de 2025", None, "2025-04-18"),
    ("Publicado el 3 de marzo de 2016", None, "2016-03-03"),
    ("Friday, 18 de April 2025", None, "2025-04-18"),
    ("12 de dezembro de 2019", None, "2019-12-12"),
    ("3. März 2014", None, "2014-03-03"),
    ("5 ottobre 2018", None, "2018-10-05"),
    ("Дата: 20 марта 2013", None, "2013-03-20"),
    ("1 сентября 2012 г.", None, "2012-09-01"),
    ("a set of 2015 results", None, None),  # an abbreviation is a month only between day and year
])
def test_dates_in_text(text: str, order: str | None, expected: str | None) -> None:
    assert date_in_text(text, order) == expected


def test_the_page_settles_day_and_month_order() -> None:
    assert numeric_order(["10/02/2016", "13/11/2012"]) == DAY_FIRST
    assert numeric_order(["tor, 09/08/2016", "ons, 10/26/2016"]) == MONTH_FIRST
    assert numeric_order(["13/11/2012", "10/26/2016"]) is None  # the page disagrees with itself
    assert iso_date("2016-12-23T05:11:00-05:00") == "2016-12-23" and iso_date("soon") is None
    assert is_date_only("2023.05.30") and not is_date_only("Published on 2023.05.30 in Tokyo")
    # a bare date element may show a weekday and a one-word label around its date
    assert is_date_only("Friday, 18 de April 2025") and is_date_only("Lun 13 Avr 2020, 16:28")
    assert is_date_only("Дата: 20 марта 2013") and not is_date_only("Posted in Paris 20 March 2013")


@pytest.mark.parametrize(("title", "expected"), [
    ("Category: China", "China"),
    ("Category Archives: China", "China"),
    ("Tag Archives: Strikes", "Strikes"),
    ("Posts Tagged with ‘CCP’", "CCP"),
    ("Tagged \"0.4-alpha15\"", "0.4-alpha15"),
    ("News Archives", "News"),
    ("Showing posts with label Hong Kong", "Hong Kong"),
    ("Kategorie: Arbeit", "Arbeit"),
    ("分类：新闻", "新闻"),
    ("China", "China"),
    ("Archives", "Archives"),  # nothing but the decoration: kept as it is
])
def test_region_titles_lose_their_decorations(title: str, expected: str) -> None:
    assert clean_title(title) == expected


def test_page_numbers_and_forms_in_urls() -> None:
    assert page_from_url("https://x.org/news/page/3/") == 3
    assert page_from_url("https://x.org/region/asia?page=2") == 2
    assert page_from_url("https://x.org/page4/") == 4
    assert page_from_url("https://x.org/news/") == 1
    assert "https://x.org/region/asia?page=3" in url_for_page("https://x.org/region/asia?page=2", 3)
    assert "https://x.org/news/page/2/" in url_for_page("https://x.org/news/", 2)
    assert is_home("https://x.org/") and is_home("https://x.org/page/2/") and is_home("https://x.org/?page=3")
    assert not is_home("https://x.org/news/")


@pytest.mark.parametrize(("pager", "url", "expected"), [
    ('<link rel="next" href="/n/page/2/"><a href="/n/page/9/">9</a>', "https://x.org/n/", "https://x.org/n/page/2/"),
    ('<a class="next page-numbers" href="/n/page/3/">Next »</a>', "https://x.org/n/page/2/", "https://x.org/n/page/3/"),
    ('<div><a href="/n/">1</a><span class="current">2</span><a href="/n/page/3/">3</a></div>',
     "https://x.org/n/page/2/", "https://x.org/n/page/3/"),
    ('<p>ページ: <strong>1</strong> <a href="f-2.html">2</a> <a href="f-6.html">&raquo;</a></p>',
     "https://x.org/f-1.html", "https://x.org/f-2.html"),
    ('<a href="/n/page/3/"><span class="meta-nav">&larr;</span> Older posts</a>', "https://x.org/n/page/2/",
     "https://x.org/n/page/3/"),
    ('<a href="?page=3" aria-label="Next page">›</a>', "https://x.org/r?page=2", "https://x.org/r?page=3"),
    ('<a href="/n/page/2/">Página siguiente</a>', "https://x.org/n/", None),  # not an exact label
    ('<a href="/n/page/2/">Siguiente</a>', "https://x.org/n/", "https://x.org/n/page/2/"),
    ('<a href="/n/">1</a><span class="current">2</span>', "https://x.org/n/page/2/", None),  # the last page
    ('<aside class="widget"><a class="next" href="/other/page/2/">Next</a></aside>', "https://x.org/n/", None),
])
def test_next_links_of_unknown_pagers(pager: str, url: str, expected: str | None) -> None:
    assert read_pager(root(f"<html><head></head><body>{pager}</body></html>"), url).next_url == expected


def test_structured_data_is_a_signal_never_an_error() -> None:
    html = """<html><head><meta property="og:type" content="website">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"ItemList","itemListElement":[
      {"@type":"ListItem","position":1,"url":"/a/"},{"@type":"ListItem","position":2,"item":{"@id":"/b/"}}]}</script>
    <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","url":"/a/","headline":"A",
      "datePublished":"2024-05-02T08:00:00Z","author":[{"@type":"Person","name":"Ines Moreau"}]}]}</script>
    <script type="application/ld+json">{not json</script></head><body></body></html>"""
    found = read_structured(root(html), "https://x.org/news/")
    assert found.og_type == "website"
    assert found.item_list == ["https://x.org/a/", "https://x.org/b/"]
    article = found.articles["https://x.org/a/"]
    assert (article.published, article.author, article.headline) == ("2024-05-02", "Ines Moreau", "A")


def test_json_ld_fills_what_the_markup_does_not_show() -> None:
    blocks = "".join(f'<article><h2><a href="/n/{i}/">Story number {i} of the day</a></h2>'
                     f'<p>An excerpt of story {i} that says what happened and where it happened.</p></article>'
                     for i in range(3))
    ld = ('<script type="application/ld+json">[{"@type":"BlogPosting","url":"/n/1/","datePublished":"2024-01-05",'
          '"author":{"name":"Ada Okafor"}}]</script>')
    page = parse_listing(f"<html><head>{ld}</head><body><main>{blocks}</main></body></html>", "https://x.org/n/")
    assert [(b.byline, b.published) for b in page.main] == [(None, None), ("Ada Okafor", "2024-01-05"), (None, None)]


def _splits(excerpts: list[str]) -> list[ExcerptSplit | None]:
    return [split_excerpt(e) for e in excerpts]


CLEAN = ["A standfirst that says what is at stake\nMina Sato, Red Banner (CWI in Japan)\nThe lede begins here",
         "Another standfirst of the same kind\nOla Berg, Red Banner\nAnd the second lede starts like this one"]
PLAIN = ["TOKYO — Dock workers walked out on Monday after the port cut night pay by a fifth.",
         "The union says the cut breaks a deal signed last spring, and it wants it back in full."]


def test_bylines_are_split_only_where_the_site_shows_them() -> None:
    assert excerpts_carry_bylines(CLEAN)  # two clean bylines on the page
    assert not excerpts_carry_bylines(PLAIN)
    assert excerpts_carry_bylines(PLAIN, setting=True)
    assert not excerpts_carry_bylines(CLEAN, setting=False)
    assert excerpts_carry_bylines(PLAIN, site="www.chinaworker.info")  # seeded
    assert excerpts_carry_bylines(PLAIN, BylinePresence(excerpts=20, bylines=9))
    assert not excerpts_carry_bylines(PLAIN, BylinePresence(excerpts=400, bylines=3))  # stray, not a habit


def test_plain_excerpts_stay_whole_and_byline_elements_are_used_as_shown() -> None:
    knowledge = SiteKnowledge("example.org")
    excerpts = [*PLAIN, "Short teaser of a story with an author line beside it"]
    bylines = [None, None, "Ines Moreau"]
    splits = apply_byline_presence(excerpts, bylines, _splits(excerpts), knowledge, site="example.org")
    assert [s.method for s in splits] == [LEDE_ONLY, LEDE_ONLY, BYLINE_ELEMENT]
    assert [s.lede for s in splits] == excerpts and splits[2].byline == "Ines Moreau"
    assert splits[2].authors == ["Ines Moreau"] and splits[0].byline is None
    assert knowledge.byline_presence.excerpts == 3  # counted on the site's knowledge


def test_learned_bylines_from_earlier_crawls_count_as_evidence() -> None:
    knowledge = SiteKnowledge("example.org")
    knowledge.add("Mina Sato, Red Banner", ["Mina Sato"], "Red Banner")
    merged = ["A standfirst that says what is at stake Mina Sato, Red Banner The lede begins here and runs on"]
    splits = apply_byline_presence(merged, [None], [split_excerpt(merged[0], knowledge)], knowledge)
    assert splits[0].byline == "Mina Sato, Red Banner"
