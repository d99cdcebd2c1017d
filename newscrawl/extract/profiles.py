"""Site profiles: the selectors of a known listing-page markup, kept as data.

A profile names a theme's structure (where the main teaser blocks, the sidebar and the
pager are), not one site: any host whose pages carry the profile's ``main`` container is read
with it. ``SITE_PROFILES`` is ordered specific to generic; ``PROFILE_BY_HOST`` pins known
hosts to a profile so a theme change on those hosts is reported, not silently absorbed.
Selectors are CSS (parsel), so they can be corrected without touching code.

Only ``main`` and ``block`` are required. A profile pins any of the other parts (headline link,
excerpt, byline, date, page title, next link...); a part it leaves empty is found the generic
way inside each block (headline, excerpt), on the page (title, next link), or not at all
(byline, date, category, sidebar). A site config can carry a profile as a ``[profile]`` table
(``profile_from_dict``), so a new site needs no code.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from parsel import css2xpath


class ProfileError(ValueError):
    """A profile given as data is invalid; the message names the key."""


@dataclass(frozen=True, kw_only=True)
class SiteProfile:
    name: str
    #: Container of the main listing; blocks outside it are never main blocks. A page on
    #: which it matches is a page of this markup (it doubles as the profile's signature).
    main: str
    #: One teaser block, relative to ``main``.
    block: str
    #: Blocks shown ahead of ``main`` (a category's hero grid), in the whole page: the first
    #: main blocks, an article shown again in ``main`` counted once.
    featured: str = ""
    headline_link: str = ""
    excerpt: str = ""
    #: The author shown in its own element of the block (used as is, the excerpt not split).
    byline: str = ""
    #: The block's date element: its ``datetime``/``content``/``title`` attribute or its text.
    date: str = ""
    #: Category label shown above the headline on tag pages.
    category: str = ""
    page_title: str = ""
    sidebar_block: str = ""
    #: The pager; the four selectors below are searched inside it (a small subtree), or in
    #: the whole page when there is no pager selector.
    pager: str = ""
    #: Next-page link; the pager's "current" and "Page N of M" text give page numbers.
    next_link: str = ""
    current_page: str = ""
    pages_label: str = ""
    last_page_link: str = ""
    #: Containers whose blocks are never main blocks (sidebars, menus, footers).
    discard: tuple[str, ...] = ()


TAGDIV_NEWSPAPER = SiteProfile(
    name="tagdiv-newspaper",
    main=".td-ss-main-content",
    block=".td_module_wrap",
    headline_link=".entry-title a",
    excerpt=".td-excerpt",
    # a category's "big grid" of top posts above the river (td_category_top_posts_style)
    featured="div.td-category-grid div.td-big-grid-post",
    # shown by themes that do not hide the meta line (chinaworker.info's is hidden: empty)
    byline="span.td-post-author-name > a",
    date="time.entry-date",
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

_SELECTOR_KEYS = tuple(f.name for f in fields(SiteProfile) if f.name not in ("name", "discard"))
_REQUIRED = ("main", "block")


def profile_from_dict(data: dict[str, Any], *, default_name: str) -> SiteProfile:
    """A profile from a site config's ``[profile]`` table; every selector is checked to compile."""
    unknown = set(data) - {*_SELECTOR_KEYS, "name", "discard"}
    if unknown:
        raise ProfileError(f"[profile] unknown key(s) {', '.join(sorted(unknown))} "
                           f"(known: name, discard, {', '.join(_SELECTOR_KEYS)})")
    values: dict[str, Any] = {"name": data.get("name", default_name)}
    if not isinstance(values["name"], str) or not values["name"]:
        raise ProfileError("[profile] name must be a non-empty string")
    for key in _SELECTOR_KEYS:
        value = data.get(key, "")
        if not isinstance(value, str):
            raise ProfileError(f"[profile] {key} must be a CSS selector string")
        if key in _REQUIRED and not value.strip():
            raise ProfileError(f"[profile] {key} is required")
        if value:
            _check_css(key, value)
        values[key] = value
    discard = data.get("discard", [])
    if not isinstance(discard, list) or not all(isinstance(d, str) and d[:1] in (".", "#") for d in discard):
        raise ProfileError("[profile] discard must be a list of '.class' or '#id' selectors")
    values["discard"] = tuple(discard)
    return SiteProfile(**values)


def profile_to_dict(profile: SiteProfile) -> dict[str, Any]:
    """The profile as a ``[profile]`` table: only the parts it pins."""
    out: dict[str, Any] = {"name": profile.name}
    for key in _SELECTOR_KEYS:
        if getattr(profile, key):
            out[key] = getattr(profile, key)
    if profile.discard:
        out["discard"] = list(profile.discard)
    return out


def _check_css(key: str, css: str) -> None:
    try:
        css2xpath(css)
    except Exception as exc:  # cssselect raises several kinds of errors for bad selectors
        raise ProfileError(f"[profile] {key}: not a valid CSS selector {css!r} ({exc})") from None
