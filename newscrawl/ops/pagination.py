"""Which pages of a listing chain to request next, and which missing pages were never there. No Scrapy.

A chain is one start URL's pagination (a region or a tag). A page's *depth* is its place in the
chain (1 = the start URL); its *number* is the site's own (they differ when a chain starts past
page 1). When a page declares the chain's last page ("Page 1 of 27", a last-page link, numbered
links) and its pager shows how the site writes page URLs (``newscrawl.extract.paging``), the
pages up to that last one are requested at once (**fan-out**) instead of one by one; otherwise
the page's next link is followed, as before. Everything a plan needs travels with the request
(depth, number, and the *horizon*: the furthest depth already requested when it was made), so
a page fetched by another process, or after a resume, plans the same; the spider's memory only
removes repeats.

A declared last page can be wrong. When it grows mid-crawl, a later page declares more and the
pages past the old end are requested then (each page once: a horizon never goes back). When it
shrinks, fanned-out pages past the real end answer 404: ``ChainEnds`` tells such a page from a
broken one, because another page of the same chain declared an end before it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from newscrawl.extract.paging import page_url_form

#: How a listing request was found: the start URL, a page's next link, or fan-out (a request
#: resumed from a checkpoint keeps how it was first found, and says newscrawl_resumed).
VIA_START, VIA_NEXT, VIA_FANOUT = "start", "next", "fanout"
#: Requests the incremental stop may drop: pages found through pagination.
PAGINATION_VIAS = frozenset({VIA_NEXT, VIA_FANOUT})


@dataclass(frozen=True)
class Limits:
    """Bounds on a chain's plan, from settings."""

    #: Pages per start URL, exactly (``--max-pages``; 0 = no cap).
    max_pages: int = 0
    #: Hard bound on pages per start URL (NEWSCRAWL_CRAWL_PAGE_LIMIT; 0 = none).
    page_limit: int = 0
    #: Pages requested ahead of the page being parsed (0 = every declared page at once).
    window: int = 0
    #: Fan out at all (off: next links only, one page at a time).
    fanout: bool = True


@dataclass(frozen=True)
class PageTarget:
    url: str
    depth: int
    #: The site's number for the page (None when only its next link is known).
    number: int | None
    via: str


@dataclass(frozen=True)
class Plan:
    targets: list[PageTarget]
    #: Furthest depth requested in the chain once ``targets`` are.
    horizon: int
    #: The chain's last depth as this page declares it (None: unknown).
    last_depth: int | None
    #: 'max_pages' or 'page_limit' when that bound kept a page this page knows of out.
    capped: str | None = None


def plan_pages(*, depth: int, number: int, total: int | None, next_url: str | None,
               page_links: Mapping[int, str], horizon: int, limits: Limits) -> Plan:
    """The requests a parsed listing page adds to its chain.

    ``number``/``total``: the page's own number and the last page it declares; ``page_links``:
    the numbered links its pager shows (``newscrawl.extract.paging.numbered_page_links``);
    ``horizon``: the furthest depth already requested in the chain.
    """
    last_depth = depth + (total - number) if total is not None and total >= number else None
    form = page_url_form(page_links) if limits.fanout and last_depth is not None and last_depth > depth else None
    if form is not None and next_url is not None and form.url(number + 1) != next_url:
        form = None  # the pager's numbered links are not how it links the next page: trust neither
    end = last_depth if form is not None and last_depth is not None else depth
    if next_url is not None:
        end = max(end, depth + 1)
    if limits.window:
        end = min(end, depth + limits.window)
    capped = None
    for name, bound in (("max_pages", limits.max_pages), ("page_limit", limits.page_limit)):
        if bound and end > bound:
            end, capped = bound, name
    targets = []
    for target in range(max(horizon, depth) + 1, end + 1):
        if target == depth + 1 and next_url is not None:
            targets.append(PageTarget(next_url, target, number + 1, VIA_NEXT))
        elif form is not None:
            targets.append(PageTarget(form.url(number + target - depth), target, number + target - depth, VIA_FANOUT))
    return Plan(targets=targets, horizon=max(horizon, end), last_depth=last_depth, capped=capped)


class ChainEnds:
    """Each chain's end as its pages declare it, to judge fanned-out pages that answer 404.

    A fanned-out page that is not found is *past the end* (not a crawl error) when some page of
    the same chain fetched in this run declared a last page before it; the judgement waits for
    such a page while the chain is still being crawled (``undecided`` gives what never got one).
    """

    def __init__(self) -> None:
        self._last: dict[str, int] = {}
        self._waiting: dict[str, dict[str, int]] = {}

    def declared(self, start: str, last_depth: int | None) -> list[str]:
        """A page of ``start``'s chain declared its last depth; returns the URLs that this shows past the end."""
        if last_depth is None:
            return []
        self._last[start] = min(last_depth, self._last.get(start, last_depth))
        waiting = self._waiting.get(start, {})
        gone = [url for url, depth in waiting.items() if depth > self._last[start]]
        for url in gone:
            del waiting[url]
        return gone

    def not_found(self, start: str, url: str, depth: int) -> bool:
        """A fanned-out page answered 404/410: True when it is past the chain's declared end
        already; else it waits for a page that says so."""
        if start in self._last and depth > self._last[start]:
            return True
        self._waiting.setdefault(start, {})[url] = depth
        return False

    def undecided(self) -> list[tuple[str, str]]:
        """``(start, url)`` of missing pages no page of their chain declared past the end (errors);
        forgets them."""
        found = [(start, url) for start, waiting in self._waiting.items() for url in waiting]
        self._waiting.clear()
        return found
