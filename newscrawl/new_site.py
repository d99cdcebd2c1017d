"""``newscrawl new-site NAME URL``: a site config written from what the extractor finds (no Scrapy).

Like ``scrapy genspider``, it starts a site: one listing page is fetched (or read), the generic
extractor finds its river, and the config gets the listing as its first region (or tag) and a
``[profile]`` table pinning the selectors that found it (main column, block, headline link,
excerpt, next link). Pinned selectors make a later theme change loud: the profile then finds
nothing and the generic extractor stands in with a warning. Each selector is checked on the page
before it is written: when the pinned profile would not give the very blocks the generic
extractor found, the config says ``profile = "generic"`` instead. A page of a known markup gets
that profile's name.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from lxml.html import HtmlElement
from parsel import Selector

from newscrawl.extract import blockparts as bp
from newscrawl.extract import generic
from newscrawl.extract.decode import decode_html
from newscrawl.extract.listing import GENERIC, parse_listing
from newscrawl.extract.profiles import SiteProfile, profile_to_dict
from newscrawl.sites import load_site

_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
_UNSTABLE = re.compile(r"\d|^(?:post|type|status|format|category|tag|has|hentry|odd|even|first|last|active|current)-?",
                       re.I)


class NewSiteError(ValueError):
    """The site config cannot be written; the message is one line naming the cause."""


@dataclass
class NewSite:
    path: Path
    profile: str
    blocks: int
    next_url: str | None
    text: str


def new_site(name: str, url: str, body: bytes, *, out: Path, content_type: str | None = None,
             pin: bool = True, force: bool = False) -> NewSite:
    """Write ``out`` (a site config for ``name``) from the listing page ``body`` of ``url``."""
    if not _NAME.match(name):
        raise NewSiteError(f"site name {name!r}: use lower-case letters, digits, '-' and '_'")
    if out.exists() and not force:
        raise NewSiteError(f"{out}: already exists (use --force to replace it)")
    page = parse_listing(body, url, content_type=content_type)
    if not page.main:
        raise NewSiteError(f"{url}: no teaser blocks found; is it a listing page?")
    profile: str | SiteProfile = page.extractor
    if page.extractor == GENERIC and pin:
        text = decode_html(body, content_type)[0]
        pinned = pinned_profile(Selector(text=text, type="html", base_url=url).root, url, name)
        if pinned is not None:
            profile = pinned
    config = render_config(name, url, profile, listing_kind=page.listing_kind, slug=page.region_slug)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(config, encoding="utf-8")
    load_site(str(out))  # the written file must load: a bad config is this command's bug
    label = profile.name if isinstance(profile, SiteProfile) else profile
    return NewSite(path=out, profile=label, blocks=len(page.main), next_url=page.next_url, text=config)


def pinned_profile(root: HtmlElement, url: str, name: str) -> SiteProfile | None:
    """Selectors that find on this page exactly the river the generic extractor finds, or None."""
    analysis = generic.analyse(root, url)
    groups = [g for g in analysis.groups if g.main]
    river = [b for g in groups for b in g.blocks]
    if not river:
        return None
    container = _container(root, [b.element for b in river])
    main_css = _unique_css(root, container) if container is not None else None
    if container is None or not main_css:
        return None
    blocks, links, excerpts = [], [], []
    for group in groups:  # a hero and a river: one selector each, joined
        block_css = _relative_css(container, [b.element for b in group.blocks])
        link_css = _relative_css_many([(b.element, b.link) for b in group.blocks])
        if not block_css or not link_css:
            return None
        blocks.append(block_css)
        links.append(link_css)
        excerpts.append(_relative_css_many([(b.element, b.excerpt_element) for b in group.blocks]))
    excerpt_css = ", ".join(dict.fromkeys(e for e in excerpts if e)) if all(excerpts) else ""
    profile = SiteProfile(name=name, main=main_css, block=", ".join(dict.fromkeys(blocks)),
                          headline_link=", ".join(dict.fromkeys(links)), excerpt=excerpt_css,
                          next_link=_next_css(root, url))
    check = parse_listing(_html(root), url, profile=profile)
    index = {element: i for i, element in enumerate(root.iter())}
    wanted = [b.raw.url for b in sorted(river, key=lambda b: index[b.element])]
    same = [b.url for b in check.main] == wanted and check.extractor == name
    if same and excerpt_css:
        generic_excerpts = [bp.excerpt_text(b.element, b.link, url, b.excerpt_element) for b in river]
        if sorted(map(str, (b.excerpt for b in check.main))) != sorted(map(str, generic_excerpts)):
            profile = SiteProfile(**{**profile.__dict__, "excerpt": ""})
    return profile if same else None


def render_config(name: str, url: str, profile: str | SiteProfile, *, listing_kind: str | None,
                  slug: str | None) -> str:
    """The site config as TOML, in the layout of ``newscrawl/sites/*.toml``."""
    parts = urlsplit(url)
    base = urlunsplit((parts.scheme, parts.netloc, "/", "", ""))
    path = urlunsplit(("", "", parts.path or "/", parts.query, ""))
    table = "tags" if listing_kind == "tag" else "regions"
    key = re.sub(r"\.[A-Za-z0-9]+$", "", slug) if slug else "home"
    lines = [
        f"# {name}: written by `newscrawl new-site` from {url}",
        "# Check the [regions]/[tags] and the politeness settings, then `newscrawl crawl --site THIS.toml`.",
        "",
        "[site]",
        f"name = {_str(name)}",
        f"base_url = {_str(base)}",
    ]
    if isinstance(profile, str):
        lines.append(f"profile = {_str(profile)}")
    lines += [
        "# Whether the site's excerpts run standfirst, byline and lede together; unset: learned per site.",
        "# excerpt_bylines = true",
        "",
        "[politeness]",
        "# Who to contact about the crawler; appended to the User-Agent.",
        "# contact = \"https://example.org/about-this-crawl\"",
        "download_delay = 2.0",
        "concurrency_per_host = 1",
        "autothrottle = true",
        "obey_robots = true",
        "",
        "[schedule]",
        "incremental = true",
        "incremental_tolerance = 0",
        "",
        f"[{table}]",
        f"{_key(key)} = {_str(path)}",
    ]
    if isinstance(profile, SiteProfile):
        lines += ["", "# Selectors found on the page; empty parts are found the generic way.", "[profile]"]
        for field_name, value in profile_to_dict(profile).items():
            lines.append(f"{field_name} = {json.dumps(value, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def _str(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string


def _key(value: str) -> str:
    return value if re.fullmatch(r"[A-Za-z0-9_-]+", value) else _str(value)


def _container(root: HtmlElement, blocks: list[HtmlElement]) -> HtmlElement | None:
    common = blocks[0].getparent()
    while common is not None and not all(any(a is common for a in b.iterancestors()) for b in blocks):
        common = common.getparent()
    return common


def _stable_classes(element: HtmlElement) -> list[str]:
    return [c for c in (element.get("class") or "").split() if not _UNSTABLE.search(c) and re.fullmatch(r"[\w-]+", c)]


def _simple(element: HtmlElement) -> str:
    classes = _stable_classes(element)
    return str(element.tag) + "".join(f".{c}" for c in classes)


def _unique_css(root: HtmlElement, element: HtmlElement) -> str | None:
    """A selector that matches ``element`` first on the page: its id, else a chain of tags and classes."""
    ident = element.get("id")
    if ident and re.fullmatch(r"[A-Za-z][\w-]*", ident) and not re.search(r"\d", ident):
        css = f"#{ident}"
        if _first(root, css) is element:
            return css
    chain: list[str] = []
    node: HtmlElement | None = element
    while node is not None and node.tag not in ("html",):
        chain.insert(0, _simple(node))
        css = " > ".join(chain)
        if _first(root, css) is element:
            return css
        node = node.getparent()
    return None


def _relative_css(container: HtmlElement, elements: list[HtmlElement]) -> str | None:
    """One selector that, inside ``container``, matches exactly ``elements``."""
    paths = []
    for element in elements:
        path: list[HtmlElement] = []
        node: HtmlElement | None = element
        while node is not None and node is not container:
            path.insert(0, node)
            node = node.getparent()
        paths.append(path)
    if len({len(p) for p in paths}) != 1:
        return None
    steps = []
    for level in zip(*paths, strict=True):
        tags = {n.tag for n in level}
        if len(tags) != 1:
            return None
        common = set(_stable_classes(level[0]))
        for n in level[1:]:
            common &= set(_stable_classes(n))
        steps.append(str(level[0].tag) + "".join(f".{c}" for c in sorted(common)))
    css = " > ".join(steps)
    matched = container.xpath(_child_path(css))
    return css if {id(m) for m in matched} == {id(e) for e in elements} else None


def _child_path(css: str) -> str:
    """``css`` (a chain of child steps) as an XPath from the container's children down."""
    from parsel import css2xpath

    return "./" + css2xpath(css).replace("descendant-or-self::", "", 1)


def _relative_css_many(pairs: list[tuple[HtmlElement, HtmlElement | None]]) -> str | None:
    """A descendant selector that finds, first in each block, the given element."""
    candidates = None
    for block, target in pairs:
        if target is None:
            return None
        chain: list[str] = []
        node: HtmlElement | None = target
        while node is not None and node is not block:
            chain.insert(0, _simple(node))
            node = node.getparent()
        options = {" ".join(chain[i:]) for i in range(len(chain))}
        candidates = options if candidates is None else candidates & options
    # A selector through the headline's heading first ("h2.entry-title a"), then the shortest.
    for css in sorted(candidates or (), key=lambda c: (not re.search(r"\bh[1-6]\b", c), len(c))):
        if all(_first(block, css) is target for block, target in pairs):
            return css
    return None


def _next_css(root: HtmlElement, url: str) -> str:
    """A selector for the next link when the page marks it (rel=next, a stable class); else empty."""
    from newscrawl.extract.paging import next_page_url

    target = next_page_url(root, url)
    if target is None:
        return ""
    for css in ("a[rel~=next]",):
        found = _first(root, css)
        if found is not None:
            return css
    for link in root.iter("a"):
        classes = _stable_classes(link)
        if classes and any("next" in c or "older" in c for c in classes):
            return "a." + ".".join(classes)
    return ""


def _first(scope: HtmlElement, css: str) -> HtmlElement | None:
    try:
        found = scope.cssselect(css)
    except Exception:  # cssselect's errors for selectors it cannot translate
        return None
    return found[0] if found else None


def _html(root: HtmlElement) -> str:
    from lxml import html as lxml_html

    return lxml_html.tostring(root, encoding="unicode")
