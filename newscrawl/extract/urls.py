"""Links made absolute the way a browser makes them (pure; no Scrapy).

``urllib.parse.urljoin`` follows RFC 3986; browsers follow the WHATWG URL standard, which is
kinder to what pages really hold: for http(s), any run of slashes or backslashes after the
scheme leads to the host ("http:///www.example.org/a" is www.example.org's /a, where urljoin
makes it a path under the base). Pages are written for browsers, so their links are read as
browsers read them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

#: "http:" then slashes or backslashes other than exactly "//" before the host
_ODD_SLASHES = re.compile(r"^(https?:)(?!//[^/\\])[/\\]{2,}", re.IGNORECASE)
#: a path from the host's root in plain characters (no dot segment, query, fragment, parameter or escape):
#: urljoin puts it, as it is, after the base's scheme and host
_PLAIN_ROOT_PATH = re.compile(r"/(?!/)[A-Za-z0-9_/-]*")


def absolute_url(href: str | None, base: str) -> str:
    """``href`` made absolute against ``base`` as a browser would."""
    href = _ODD_SLASHES.sub(r"\1//", (href or "").strip(), count=1)
    if href.startswith(("https://", "http://")):
        return href  # the common case, without urljoin's parsing
    if _PLAIN_ROOT_PATH.fullmatch(href) and (origin := _origin(base)) is not None:
        return origin + href  # the next most common ("/2024/05/a-story/"): what urljoin gives, without its parsing
    return _join(base, href)


def article_key(url: str) -> str:
    """What tells two links to the same article (or page) apart from others: the URL without its
    fragment and trailing slash ('/a/#comments' and '/a' are one article)."""
    return url.split("#")[0].rstrip("/")


@lru_cache(maxsize=8192)
def _join(base: str, href: str) -> str:
    """urljoin, remembered: a crawl meets the same menu and pager links on every page."""
    return urljoin(base, href)


@lru_cache(maxsize=256)
def _origin(base: str) -> str | None:
    """"scheme://host" of an http(s) base that has a host, as urljoin reads them (None for any other base)."""
    parts = urlsplit(base)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") and parts.netloc else None
