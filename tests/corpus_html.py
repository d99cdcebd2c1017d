"""Build listing-page HTML from a corpus page, at test time, so extraction is tested on the real
text without copying it: the site's documented markup (../shared/site-markup.md) for pages of
its current theme, and a plain WordPress archive markup for pages of its older theme (image
captions between a headline and its excerpt, which must never be read as blocks or excerpts)."""

from __future__ import annotations

import html
from urllib.parse import urljoin

from newscrawl.corpus import CorpusBlock, CorpusPage


def teaser_module_html(kind: str, href: str, headline: str, excerpt: str | None, category: str | None = None) -> str:
    h = html.escape(headline)
    body = f'<div class="td-excerpt">{html.escape(excerpt)}</div>' if excerpt is not None else ""
    thumb = (f'<div class="td-module-thumb"><a href="{href}" rel="bookmark" class="td-image-wrap" title="{h}">'
             f'<img class="entry-thumb" src="/t.jpg" alt=""></a></div>') if kind == "td_module_10" else ""
    label = (f'<a href="/en/category/news/{html.escape(category.lower())}/" class="td-post-category">'
             f'{html.escape(category)}</a>') if category else ""
    return (f'<div class="{kind} td_module_wrap td-animation-stack">{thumb}<div class="item-details">'
            f'<h3 class="entry-title td-module-title"><a href="{href}" rel="bookmark" title="{h}">{h}</a></h3>'
            f'<div class="td-module-meta-info">{label}</div>{body}</div></div>')


def article_href(page: CorpusPage, placement: str, position: int) -> str:
    """A made-up permalink per block (the corpus keeps no links)."""
    return urljoin(page.url, f"/en/2020/01/{position:02d}/{9000 + position + (500 if placement == 'sidebar' else 0)}/")


def headline_of(block: CorpusBlock) -> str:
    """The block's headline, or a made-up one where the corpus has none (lines rendering)."""
    return block.headline or f"Headline {block.placement} {block.position}"


def listing_html(page: CorpusPage) -> str:
    if page.theme == "older":
        return older_theme_html(page)
    main, sidebar = [], []
    for block in page.blocks:
        href = article_href(page, block.placement, block.position)
        if block.placement == "main":
            module = teaser_module_html("td_module_10", href, headline_of(block), block.excerpt)
            main.append(f'<div class="td-block-span12">{module}</div>')
        else:
            sidebar.append(teaser_module_html("td_module_4", href, headline_of(block), block.excerpt))
    title = html.escape(page.title or "")
    date = html.escape(page.render_date or "January 1, 2026")
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>listing</title>'
        '<script>var tds = "<div class=\\"td-excerpt\\">not a block</div>";</script></head><body>'
        f'<div class="td-header-top-menu"><div class="td_data_time">{date}</div> More</div>'
        '<ul id="menu-main" class="sf-menu"><li class="menu-item"><a href="/en/category/news/china/">China</a></li>'
        '<li class="menu-item"><a href="/en/category/news/taiwan/">Taiwan</a></li></ul>'
        f'<div class="td-category-header"><h1 class="entry-title td-page-title">{title}</h1></div>'
        '<div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">'
        + "\n".join(main)
        + '</div></div><div class="td-pb-span4 td-main-sidebar"><aside class="td_block_wrap widget">'
        '<h4 class="block-title"><span>Latest News</span></h4>' + "".join(sidebar) + "</aside></div>"
        '<div class="td-footer-wrapper">Join us and organize to back fight. For a socialist world</div>'
        "</body></html>"
    )


def older_theme_html(page: CorpusPage) -> str:
    """A WordPress archive page as an older theme writes it: per post a headline, an image with
    its caption, then the excerpt paragraph (no tagDiv classes: read by the generic extractor)."""
    posts = []
    for block in page.blocks:
        href = article_href(page, block.placement, block.position)
        h = html.escape(headline_of(block))
        figures = "".join(
            f'<div class="wp-caption alignleft"><a href="{href}"><img src="/i{block.position}.jpg" alt="{h}"></a>'
            f'<p class="wp-caption-text">{html.escape(caption)}</p></div>' for caption in block.captions)
        body = f'<div class="entry-summary"><p>{html.escape(block.excerpt)}</p></div>' if block.excerpt else ""
        posts.append(f'<div class="post type-post hentry"><h2 class="entry-title"><a href="{href}" rel="bookmark">'
                     f'{h}</a></h2>{figures}{body}</div>')
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>listing</title></head><body>'
        '<div id="header"><ul class="menu"><li><a href="/en/category/news/china/">China</a></li></ul></div>'
        f'<div id="content"><h1 class="page-title">{html.escape(page.title or "")}</h1>'
        + "\n".join(posts)
        + '</div><div id="sidebar" class="widget-area"></div>'
        '<div id="footer">Join us and organize to back fight. For a socialist world</div></body></html>'
    )
