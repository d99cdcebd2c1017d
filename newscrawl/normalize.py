"""Normalisation of teaser items and their text: pure functions, used by NormalizePipeline,
`parse` and (``collapse``) the extractors.

Canonical URLs keep their scheme, except that ``http://`` becomes ``https://`` on the hosts
the caller says serve https (``newscrawl.sites.https_hosts()``: what the site configs list under
``https_hosts``, plus ``NEWSCRAWL_HTTPS_HOSTS`` in a crawl). A local mirror's
``http://127.0.0.1:PORT/...`` stays a URL that works.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from collections.abc import Collection
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from w3lib.url import canonicalize_url, url_query_cleaner

#: Query parameters that identify a click, not a page.
TRACKING_PARAMS = re.compile(r"^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|yclid|_ga|_gl|igshid|ref_src)$", re.I)
_PLAIN_PATH = re.compile(r"[A-Za-z0-9/._~-]*")
_DATE_IN_URL = re.compile(r"/((?:19|20)\d{2})/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/")
_ANY_SPACE = re.compile(r"\s+")
_NEEDS_FOLDING = re.compile(r"\s\s|[^\S ]")  # two spaces, or any whitespace but a plain space
#: Marks that end a cut excerpt: '...', '..', '…' and '[…]' / '[...]', with optional spaces; a longer
#: run of dots or ellipses is one mark (Chinese CMSs cut with '......').
_CUT_MARK = re.compile(r"\s*(?:\[(?:\.{3}|…)\]|[.…]{2,}|…)\s*$")
#: Last characters of the marks above, and the longest mark ('[...]').
_CUT_MARK_ENDS = (".", "…", "]")
_LONGEST_CUT_MARK = 5
_TEXT_FIELDS = ("headline", "excerpt", "standfirst", "byline", "organisation", "affiliation", "note", "lede", "region",
                "category")
#: Every field normalize_item reads or writes: the others pass through it untouched, so a
#: caller holding a whole item may hand it just these.
FIELDS: tuple[str, ...] = (*_TEXT_FIELDS, "authors", "truncated", "url", "canonical_url", "published",
                           "published_source", "region_slug", "regions", "text_hash")


def canonical_url(url: str, https_hosts: Collection[str] = frozenset()) -> str:
    """Lower-case host, no default port, fragment or tracking parameters, sorted query, trailing
    slash; the URL's own scheme, but https for an http URL on one of ``https_hosts`` (lower-case
    host names; ``example.org`` stands for ``www.example.org`` too)."""
    parts = urlsplit(url.strip())
    if not parts.query and _PLAIN_PATH.fullmatch(parts.path):
        # Fast path for the common permalink: nothing for w3lib to percent-normalise or sort.
        canon = parts
        query = ""
    else:
        query_keys = [pair.split("=", 1)[0] for pair in parts.query.split("&") if pair]
        kept = [k for k in query_keys if not TRACKING_PARAMS.match(k)]
        cleaned = (url_query_cleaner(url.strip(), kept, unique=False, keep_fragments=False) if kept
                   else urlunsplit(parts._replace(query="", fragment="")))
        canon = urlsplit(canonicalize_url(cleaned))
        query = canon.query
    scheme, netloc = canon.scheme, canon.netloc
    if scheme == "http" and _serves_https(netloc, https_hosts):
        scheme, netloc = "https", netloc.removesuffix(":80")
    return _finish(scheme, netloc, canon.path, query)


def _serves_https(netloc: str, hosts: Collection[str]) -> bool:
    """Whether an http URL's host is one known to serve https (on the default port)."""
    if not hosts:
        return False
    host, _, port = netloc.rpartition("@")[2].lower().partition(":")
    if port not in ("", "80"):  # https on 443 says nothing about another port
        return False
    return host in hosts or host.removeprefix("www.") in hosts


def _finish(scheme: str, netloc: str, path: str, query: str) -> str:
    netloc = netloc.lower()
    if (scheme == "https" and netloc.endswith(":443")) or (scheme == "http" and netloc.endswith(":80")):
        netloc = netloc.rsplit(":", 1)[0]
    path = path or "/"
    if "." not in path.rsplit("/", 1)[-1] and not path.endswith("/"):
        path += "/"
    if scheme and netloc and path[:1] == "/":
        # What urlunsplit returns for these parts, without its generic branches (hot path).
        return f"{scheme}://{netloc}{path}?{query}" if query else f"{scheme}://{netloc}{path}"
    return urlunsplit((scheme, netloc, path, query, ""))


def slugify(text: str | None) -> str | None:
    if not text:
        return None
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug or None


#: A crawl sees a handful of regions, each on every item: slugify each once.
_cached_slugify = lru_cache(maxsize=1024)(slugify)


def published_from_url(url: str) -> str | None:
    """YYYY-MM-DD from a permalink such as /en/2016/06/17/12345/."""
    match = _DATE_IN_URL.search(urlsplit(url).path + "/")
    return "-".join(match.groups()) if match else None


def text_hash(headline: str | None, excerpt: str | None) -> str:
    return hashlib.sha256(f"{headline or ''}\n{excerpt or ''}".encode()).hexdigest()


def collapse(text: str | None) -> str | None:
    """NFC-normalise and fold every run of whitespace (line breaks included) to one space."""
    if text is None:
        return None
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    # isprintable() is False for every whitespace character but ' ' (a test checks each code
    # point), and far cheaper than the regex: printable text needs folding only if it has "  ".
    if text.isprintable():
        if "  " in text:
            text = _ANY_SPACE.sub(" ", text)
    elif _NEEDS_FOLDING.search(text):
        text = _ANY_SPACE.sub(" ", text)
    return text.strip() or None


def clean_text(value: str | None) -> str | None:
    """Entities decoded, NFC, whitespace collapsed; typographic quotes and CJK kept as they are."""
    if value is None:
        return None
    return collapse(html.unescape(value) if "&" in value else value)


def strip_cut_mark(text: str | None) -> tuple[str | None, bool]:
    """(text without a trailing cut mark, whether there was one); None stays None."""
    if not text:
        return text, False
    end = text.rstrip()
    # A mark is followed by nothing but whitespace, so the text cannot hold one unless it
    # ends (spaces aside) as a mark ends; most ledes and excerpts are rejected here.
    if not end.endswith(_CUT_MARK_ENDS):
        return text, False
    # A match (spaces, a mark of at most 5 characters, spaces, end) cannot start before the
    # last non-space ahead of the final 5 characters: search from there, not from every
    # position of a long excerpt. The pattern looks at nothing before its start.
    start = len(end[:-_LONGEST_CUT_MARK].rstrip())
    if end[-1] in ".…":  # a run of dots or ellipses may be longer than any bracketed mark
        start = min(start, len(end.rstrip(".…").rstrip()))
    stripped = text[:start] + _CUT_MARK.sub("", text[start:])
    if stripped == text:
        return text, False
    return stripped or None, True


def normalize_item(item: dict[str, Any], *, https_hosts: Collection[str] = frozenset()) -> dict[str, Any]:
    """Return a normalised copy of a teaser item (a dict of TeaserItem fields); ``https_hosts`` as
    for :func:`canonical_url`."""
    return normalize_in_place(dict(item), https_hosts=https_hosts)


def normalize_in_place(out: dict[str, Any], *, https_hosts: Collection[str] = frozenset()) -> dict[str, Any]:
    """:func:`normalize_item` on a dict the caller owns (changed in place and returned)."""
    for name in _TEXT_FIELDS:
        if out.get(name) is not None:  # an absent field stays absent; None stays None
            out[name] = clean_text(out[name])
    if out.get("authors") and isinstance(out["authors"], (list, tuple)):
        # Anything else (a string: its letters are not names) is left for validation to reject.
        out["authors"] = [a for a in (clean_text(x) if isinstance(x, str) else x for x in out["authors"]) if a]
    # The cut mark belongs to the excerpt (kept there, as shown); the lede is the article's words.
    _, cut = strip_cut_mark(out.get("excerpt"))
    out["lede"], lede_cut = strip_cut_mark(out.get("lede"))
    if not out.get("truncated"):
        out["truncated"] = cut or lede_cut
    if out.get("url"):
        out["canonical_url"] = canonical_url(out["url"], https_hosts)
        if out.get("published") is None and (date := published_from_url(out["url"])):
            out["published"], out["published_source"] = date, "url"
        elif out.get("published") and not out.get("published_source"):
            out["published_source"] = "page"  # set by an extractor from data on the page
    # Slugs from listing URLs are already slugs; slugify again only when that keeps them
    # non-empty (a percent-encoded CJK tag would otherwise vanish).
    out["region_slug"] = (_cached_slugify(out.get("region_slug")) or out.get("region_slug")
                          or _cached_slugify(out.get("region")))
    if out.get("region_slug") and not out.get("regions"):
        out["regions"] = [out["region_slug"]]
    out["text_hash"] = text_hash(out.get("headline"), out.get("excerpt"))
    return out
