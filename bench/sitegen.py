"""Generate a large synthetic listing site in the tagDiv markup, for benchmarks.

Deterministic (seeded); text is invented filler in the site's shape: standfirst, byline,
lede joined by a newline, a space or nothing, cut at ~240 characters.
"""

from __future__ import annotations

import html
import random
from pathlib import Path

_WORDS = ("workers strike factory regime protest union wages city rally democracy students police "
          "government election housing rent crisis economy repression movement solidarity campaign").split()
_NAMES = ("Lin Wei", "Tomas Brandt", "Mei Lanfang", "Ana Souza", "Kenji Mori", "Ruth Okafor")
_ORGS = ("Workers' Voice", "redbanner.info", "Socialist Current (CWI in Macau)", "Labour Tribune")


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return text[0].upper() + text[1:]


def _excerpt(rng: random.Random) -> str:
    standfirst = _sentence(rng, rng.randint(6, 14))
    byline = f"{rng.choice(_NAMES)}, {rng.choice(_ORGS)}"
    lede = _sentence(rng, 40) + "."
    joined = rng.choice(("\n", " ", "")).join((standfirst, byline, lede))
    cut = rng.randint(150, 250)
    return joined[:cut].rstrip() + "..." if len(joined) > cut else joined


def _block(href: str, headline: str, excerpt: str) -> str:
    h, e = html.escape(headline), html.escape(excerpt)
    return (f'<div class="td-block-span12"><div class="td_module_10 td_module_wrap td-animation-stack">'
            f'<div class="td-module-thumb"><a href="{href}" rel="bookmark" class="td-image-wrap" title="{h}">'
            f'<img class="entry-thumb" src="/x.jpg" alt=""></a></div><div class="item-details">'
            f'<h3 class="entry-title td-module-title"><a href="{href}" rel="bookmark" title="{h}">{h}</a></h3>'
            f'<div class="td-module-meta-info"></div><div class="td-excerpt">{e}</div></div></div></div>\n')


def _page(region: str, page: int, pages: int, blocks: list[str], sidebar: str, declare_total: bool = True) -> str:
    base = f"/en/category/news/{region}/"
    def href(n: int) -> str:
        return base if n == 1 else f"{base}page/{n}/"
    nav = []
    if page > 1:
        nav.append(f'<a href="{href(page - 1)}"><i class="td-icon-menu-left"></i></a>')
    nav.append(f'<span class="current">{page}</span>')
    if page < pages:
        if declare_total:
            nav.append(f'<a href="{href(page + 1)}" class="page">{page + 1}</a>')
            nav.append(f'<a href="{href(pages)}" class="last" title="{pages}">{pages}</a>')
        nav.append(f'<a href="{href(page + 1)}"><i class="td-icon-menu-right"></i></a>')
    if declare_total:
        nav.append(f'<span class="pages">Page {page} of {pages}</span>')
    menu = "".join(f'<li class="menu-item"><a href="/en/category/news/r{i}/">Region {i}</a></li>' for i in range(30))
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{region}</title>'
            f'<script>var td_ajax = {{"x": 1}};</script><style>.a{{color:red}}</style></head><body>'
            f'<div class="td-header-top-menu"><div class="td_data_time">January 22, 2026</div> More</div>'
            f'<ul id="menu-main" class="sf-menu">{menu}</ul>'
            f'<div class="td-category-header"><h1 class="entry-title td-page-title">{region.title()}</h1></div>'
            f'<div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">\n{"".join(blocks)}'
            f'<div class="page-nav td-pb-padding-side">{"".join(nav)}</div></div></div>'
            f'<div class="td-pb-span4 td-main-sidebar"><aside class="td_block_wrap widget">'
            f'<h4 class="block-title"><span>Latest News</span></h4>{sidebar}</aside></div>'
            f'<div class="td-footer-wrapper">Footer</div></body></html>')


def generate_site(root: Path, *, regions: int = 20, pages: int = 100, blocks: int = 10, seed: int = 7,
                  declare_total: bool = True) -> list[str]:
    """Write the site under ``root``; return the start paths (first page of each region).

    ``declare_total=False``: pagers show only the next link (no "Page N of M", no numbered or
    last-page links), so a crawl can only follow the chain one page at a time."""
    rng = random.Random(seed)
    sidebar = "".join(
        f'<div class="td_module_4 td_module_wrap"><h3 class="entry-title td-module-title">'
        f'<a href="/en/2026/01/0{i}/{i}/">Latest {i}</a></h3><div class="td-excerpt">Side text</div></div>'
        for i in range(1, 4)
    )
    starts = []
    article = 0
    for r in range(regions):
        region = f"region-{r:02d}"
        starts.append(f"/en/category/news/{region}/")
        for p in range(1, pages + 1):
            items = []
            for _ in range(blocks):
                article += 1
                href = f"/en/2025/{1 + article % 12:02d}/{1 + article % 28:02d}/{article}/"
                items.append(_block(href, _sentence(rng, 8), _excerpt(rng)))
            folder = root / "en" / "category" / "news" / region
            if p > 1:
                folder = folder / "page" / str(p)
            folder.mkdir(parents=True, exist_ok=True)
            (folder / "index.html").write_text(_page(region, p, pages, items, sidebar, declare_total),
                                               encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    return starts


def page_paths(start: str, pages: int) -> list[str]:
    """Every page of one generated region's chain, first to last."""
    return [start] + [f"{start}page/{n}/" for n in range(2, pages + 1)]
