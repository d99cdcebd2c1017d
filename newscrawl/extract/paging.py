"""WordPress-style pagination in listing URLs: ``…/<listing>/page/N/``."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_PAGE_IN_PATH = re.compile(r"/page/(\d+)/?$")


def paged_path(url: str) -> tuple[str, int]:
    """``(listing path, page)``: the path without ``/page/N`` and trailing slash, and N (1 when absent)."""
    path = urlsplit(url).path
    match = _PAGE_IN_PATH.search(path)
    return _PAGE_IN_PATH.sub("", path).rstrip("/"), int(match.group(1)) if match else 1


def page_from_url(url: str) -> int:
    """Page number from a WordPress-style ``/page/N/`` URL; 1 when absent."""
    return paged_path(url)[1]
