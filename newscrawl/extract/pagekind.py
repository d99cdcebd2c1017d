"""Is a page that yielded no teaser blocks a login or error page served with HTTP 200?

Sites answer expired sessions, paywalls and outages with a 200 page that is not a listing.
Telling those apart from a layout change matters: the first is an operational problem (log
in, retry later), the second needs a profile fix. Rules as data, checked in order. No Scrapy.
"""

from __future__ import annotations

import re

from parsel import Selector

#: (kind, CSS selector whose presence marks it). Checked before the title rules.
MARKUP_RULES: tuple[tuple[str, str], ...] = (
    ("login", "input[type=password]"),
    ("login", "form#loginform, form[action*='wp-login'], form[action*='login']"),
)

#: (kind, pattern on the page title or first heading).
TITLE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("login", re.compile(r"\b(log ?in|sign ?in|anmelden|登录|登入)\b", re.I)),
    (
        "error",
        re.compile(r"\b(40[0-9]|50[0-9]|not found|error|unavailable|maintenance|access denied|forbidden)\b", re.I),
    ),
)


def non_listing_kind(selector: Selector) -> str | None:
    """'login' or 'error' when the page looks like one; None otherwise (a real zero-block listing)."""
    for kind, css in MARKUP_RULES:
        if selector.css(css):
            return kind
    heading = " ".join(t.strip() for t in (selector.css("title::text").get(), selector.css("h1 ::text").get()) if t)
    for kind, pattern in TITLE_RULES:
        if pattern.search(heading):
            return kind
    return None
