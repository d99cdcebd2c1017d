"""WordPress-style pagination in listing URLs: ``…/<listing>/page/N/``.

Reading only: which page a URL is, which numbered pages of the same listing a page links to,
and the form those links share (``PageUrlForm``), so a crawl can build page N's URL exactly as
the site writes it. A form is only ever read from links the page shows, never assumed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

_PAGE_IN_PATH = re.compile(r"/page/(\d+)/?$")


def paged_path(url: str) -> tuple[str, int]:
    """``(listing path, page)``: the path without ``/page/N`` and trailing slash, and N (1 when absent)."""
    path = urlsplit(url).path
    match = _PAGE_IN_PATH.search(path)
    return _PAGE_IN_PATH.sub("", path).rstrip("/"), int(match.group(1)) if match else 1


def page_from_url(url: str) -> int:
    """Page number from a WordPress-style ``/page/N/`` URL; 1 when absent."""
    return paged_path(url)[1]


def numbered_page_links(base_url: str, hrefs: Iterable[str]) -> dict[int, str]:
    """The pages of ``base_url``'s own listing that ``hrefs`` link to by number (``/page/N/``,
    N >= 2, same host), as absolute URLs by page number; the first link to a page wins."""
    base = urlsplit(base_url)
    listing = paged_path(base_url)[0]
    found: dict[int, str] = {}
    for href in hrefs:
        href = href.strip()
        if "page/" not in href:  # cheap test first: most links of a page are not pager links
            continue
        absolute = urljoin(base_url, href).split("#", 1)[0]
        parts = urlsplit(absolute)
        if parts.netloc != base.netloc or not _PAGE_IN_PATH.search(parts.path):
            continue
        target_listing, number = paged_path(absolute)
        if target_listing == listing and number >= 2:
            found.setdefault(number, absolute)
    return found


@dataclass(frozen=True)
class PageUrlForm:
    """How a listing writes the URL of its page N (N >= 2): a link the page shows, with its page
    number cut out. JSON-able as ``(before, after)``."""

    before: str
    after: str

    def url(self, page: int) -> str:
        if page < 2:
            raise ValueError(f"page {page}: the first page has no /page/N/ URL of its own")
        return f"{self.before}{page}{self.after}"


def page_url_form(links: Mapping[int, str]) -> PageUrlForm | None:
    """The form shared by a page's numbered links (``numbered_page_links``), or None when it shows
    none, or when its links disagree (then nothing is built: the next link is followed instead)."""
    if not links:
        return None
    number, url = max(links.items())
    parts = urlsplit(url)
    match = _PAGE_IN_PATH.search(parts.path)
    if match is None or int(match.group(1)) != number:
        return None
    prefix = f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""
    query = f"?{parts.query}" if parts.query else ""
    form = PageUrlForm(before=prefix + parts.path[:match.start(1)], after=parts.path[match.end(1):] + query)
    if any(form.url(n) != link for n, link in links.items()):
        return None
    return form
