"""Hold a site's first pages' items back until its knowledge has settled, then split them again.

A one-off crawl of one region must benefit from what the site's own bylines teach
(newscrawl.extract.knowledge): the first pages of a site are split while its knowledge is still
empty. ``ItemHold`` keeps the items of a site's first ``pages`` listing pages (at most ``items``
items held at once) instead of writing them; the page that completes the hold releases them all:
the held pages are split again with the knowledge as it is after that page (in the same step as
that page, beside the knowledge: newscrawl.extract.page.HeldExcerpts), and their items go out
together. A crawl that ends first (fewer pages) releases at the end (the spider does it when the
crawl goes idle, or before it closes when it is stopped early). Later pages are split as they
come, with the knowledge as it grows.

Memory: the held items and their raw excerpts, at most ``items`` + one page's per site at a time
(~2 KB an item: the default 2,000 items ~ 4 MB), released once per site and run.

The order of decisions is the order pages arrive (``plan`` is called before a page is split), so
pages are held and released the same whether they are split in the crawl's process or in the
extraction worker, where a page planned "hold" may come back after the release that includes it
(its splits then wait in ``early``). No Scrapy here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newscrawl.extract.split import ExcerptSplit
from newscrawl.extract.teasers import with_split
from newscrawl.items import TeaserItem

_SPLIT_FIELDS = ("standfirst", "byline", "lede", "authors", "organisation", "affiliation", "note")


@dataclass
class _SiteHold:
    planned: int = 0
    #: The release is planned (no page is held after it) / has been done.
    released: bool = False
    done: bool = False
    held_items: int = 0
    #: Held items by listing URL, in page order.
    items: dict[str, list[TeaserItem]] = field(default_factory=dict)
    #: Released splits of pages whose items were not back yet (worker mode).
    early: dict[str, list[ExcerptSplit | None]] = field(default_factory=dict)


@dataclass
class Released:
    """Items going out now, with how many of them the late split changed."""

    items: list[TeaserItem] = field(default_factory=list)
    changed: int = 0
    pages: int = 0


class ItemHold:
    """Which pages' items are held back, per site (see the module doc). ``pages`` 0 turns it off."""

    def __init__(self, pages: int, items: int) -> None:
        self.pages = max(0, pages)
        self.max_items = max(1, items)
        self.sites: dict[str, _SiteHold] = {}

    def plan(self, site: str) -> str:
        """What to do with the next page of ``site``: "no" (split and write as usual), "hold"
        (keep its items), "release" (keep them, then release every held page of the site)."""
        if self.pages <= 0:
            return "no"
        state = self.sites.setdefault(site, _SiteHold())
        if state.released:
            return "no"
        state.planned += 1
        if state.planned >= self.pages or state.held_items >= self.max_items:
            state.released = True
            return "release"
        return "hold"

    def hold(self, site: str, url: str, items: list[TeaserItem]) -> Released:
        """A page planned "hold" (or "release") is back: keep its items, or, when its site was
        released meanwhile, give them out split again."""
        state = self.sites.setdefault(site, _SiteHold())
        if url in state.early:
            return _apply(items, state.early.pop(url))
        if state.done:
            return Released(list(items))  # released without it (a worker that died): as split
        if items:
            state.items[url] = list(items)
            state.held_items += len(items)
        return Released()

    def release(self, site: str, released: dict[str, list[ExcerptSplit | None]]) -> Released:
        """Every held page of ``site`` goes out, split as ``released`` says (listing URL ->
        splits); pages ``released`` lacks go out as they were split."""
        state = self.sites.setdefault(site, _SiteHold())
        state.released = state.done = True
        out = Released()
        for url, splits in released.items():
            items = state.items.pop(url, None)
            if items is None:
                state.early[url] = splits  # not back yet: applied when it is
                continue
            part = _apply(items, splits)
            out.items += part.items
            out.changed += part.changed
            out.pages += 1
        for items in state.items.values():
            out.items += items
            out.pages += 1
        state.items.clear()
        state.held_items = 0
        return out

    def holding(self) -> list[str]:
        """Sites with items held back."""
        return [site for site, state in self.sites.items() if state.items]

    def held_urls(self, site: str) -> list[str]:
        state = self.sites.get(site)
        return list(state.items) if state else []


def _apply(items: list[TeaserItem], splits: list[ExcerptSplit | None]) -> Released:
    out = Released(pages=1)
    for k, item in enumerate(items):
        parts = splits[k] if k < len(splits) else None
        new = with_split(item, parts)
        out.changed += any(getattr(new, f) != getattr(item, f) for f in _SPLIT_FIELDS)
        out.items.append(new)
    return out
