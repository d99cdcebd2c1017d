"""Site profiles: the selectors of a known listing-page markup, kept as data.

A profile names a theme's structure (where the main teaser blocks, the sidebar and the
pager are), not one site: any host whose pages carry the profile's ``main`` container is read
with it. ``SITE_PROFILES`` is ordered specific to generic; ``PROFILE_BY_HOST`` pins known
hosts to a profile so a theme change on those hosts is reported, not silently absorbed.
Selectors are CSS (parsel), so they can be corrected without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class SiteProfile:
    name: str
    #: Container of the main listing; blocks outside it are never main blocks. A page on
    #: which it matches is a page of this markup (it doubles as the profile's signature).
    main: str
    #: One teaser block, relative to ``main``.
    block: str
    headline_link: str
    excerpt: str
    #: Category label shown above the headline on tag pages.
    category: str
    page_title: str
    sidebar_block: str
    #: The pager; the four selectors below are searched inside it (a small subtree).
    pager: str
    #: Next-page link; the pager's "current" and "Page N of M" text give page numbers.
    next_link: str
    current_page: str
    pages_label: str
    last_page_link: str
    #: Containers whose blocks are never main blocks (sidebars, menus, footers).
    discard: tuple[str, ...] = ()


TAGDIV_NEWSPAPER = SiteProfile(
    name="tagdiv-newspaper",
    main=".td-ss-main-content",
    block=".td_module_wrap",
    headline_link=".entry-title a",
    excerpt=".td-excerpt",
    category="a.td-post-category",
    page_title="h1.td-page-title, h1.entry-title",
    sidebar_block=".td-main-sidebar .td_module_wrap",
    pager=".page-nav",
    next_link="a:has(i.td-icon-menu-right)",
    current_page="span.current",
    pages_label="span.pages",
    last_page_link="a.last",
    discard=(".td-main-sidebar", ".td-header-wrap", ".td-footer-wrapper", ".sf-menu", "#menu-main"),
)

#: Ordered specific to generic; the generic extractor in ``generic.py`` comes after all.
SITE_PROFILES: tuple[SiteProfile, ...] = (TAGDIV_NEWSPAPER,)

#: Hosts known to use a profile. A known host whose page matches no block is a layout change.
PROFILE_BY_HOST: dict[str, SiteProfile] = {
    "chinaworker.info": TAGDIV_NEWSPAPER,
    "www.chinaworker.info": TAGDIV_NEWSPAPER,
}

PROFILES_BY_NAME: dict[str, SiteProfile] = {p.name: p for p in SITE_PROFILES}
