"""Normalisation of teaser items: pure functions, used by NormalizePipeline and `parse`."""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from w3lib.url import canonicalize_url, url_query_cleaner

from newscrawl.extract.text import collapse

#: Query parameters that identify a click, not a page.
TRACKING_PARAMS = re.compile(r"^(utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|yclid|_ga|_gl|igshid|ref_src)$", re.I)
_PLAIN_PATH = re.compile(r"[A-Za-z0-9/._~-]*")
_DATE_IN_URL = re.compile(r"/((?:19|20)\d{2})/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/")
#: Marks that end a cut excerpt: '...', '..', '…' and '[…]' / '[...]', with optional spaces.
_CUT_MARK = re.compile(r"\s*(?:\[(?:\.{3}|…)\]|\.{2,3}|…)\s*$")
#: Last characters of the marks above, and the longest mark ('[...]').
_CUT_MARK_ENDS = (".", "…", "]")
_LONGEST_CUT_MARK = 5
_TEXT_FIELDS = ("headline", "excerpt", "standfirst", "byline", "organisation", "affiliation", "note", "lede", "region", "category")
#: Every field normalize_item reads or writes: the others pass through it untouched, so a
#: caller holding a whole item may hand it just these.
FIELDS: tuple[str, ...] = (*_TEXT_FIELDS, "authors", "truncated", "url", "canonical_url", "published",
                           "published_source", "region_slug", "regions", "text_hash")


def canonical_url(url: str) -> str:
    """https, lower-case host, no fragment or tracking parameters, sorted query, trailing slash."""
    parts = urlsplit(url.strip())
    if not parts.query and _PLAIN_PATH.fullmatch(parts.path):
        # Fast path for the common permalink: nothing for w3lib to percent-normalise or sort.
        return _finish(parts.scheme, parts.netloc, parts.path, "")
    query_keys = [pair.split("=", 1)[0] for pair in parts.query.split("&") if pair]
    kept = [k for k in query_keys if not TRACKING_PARAMS.match(k)]
    cleaned = url_query_cleaner(url.strip(), kept, unique=False, keep_fragments=False) if kept else urlunsplit(parts._replace(query="", fragment=""))
    canon = urlsplit(canonicalize_url(cleaned))
    return _finish(canon.scheme, canon.netloc, canon.path, canon.query)


def _finish(scheme: str, netloc: str, path: str, query: str) -> str:
    scheme = "https" if scheme in ("http", "https") else scheme
    netloc = netloc.lower()
    if netloc.endswith((":443", ":80")):
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
    stripped = text[:start] + _CUT_MARK.sub("", text[start:])
    if stripped == text:
        return text, False
    return stripped or None, True


def normalize_item(item: dict[str, Any]) -> dict[str, Any]:
    """Return a normalised copy of a teaser item (a dict of TeaserItem fields)."""
    return normalize_in_place(dict(item))


def normalize_in_place(out: dict[str, Any]) -> dict[str, Any]:
    """:func:`normalize_item` on a dict the caller owns (changed in place and returned)."""
    for name in _TEXT_FIELDS:
        if out.get(name) is not None:  # an absent field stays absent; None stays None
            out[name] = clean_text(out[name])
    if out.get("authors"):
        out["authors"] = [a for a in (clean_text(x) for x in out["authors"]) if a]
    # The cut mark belongs to the excerpt (kept there, as shown); the lede is the article's words.
    _, cut = strip_cut_mark(out.get("excerpt"))
    out["lede"], lede_cut = strip_cut_mark(out.get("lede"))
    if not out.get("truncated"):
        out["truncated"] = cut or lede_cut
    if out.get("url"):
        out["canonical_url"] = canonical_url(out["url"])
        if out.get("published") is None and (date := published_from_url(out["url"])):
            out["published"], out["published_source"] = date, "url"
        elif out.get("published") and not out.get("published_source"):
            out["published_source"] = "page"  # set by an extractor from data on the page
    # Slugs from listing URLs are already slugs; slugify again only when that keeps them
    # non-empty (a percent-encoded CJK tag would otherwise vanish).
    out["region_slug"] = _cached_slugify(out.get("region_slug")) or out.get("region_slug") or _cached_slugify(out.get("region"))
    if out.get("region_slug") and not out.get("regions"):
        out["regions"] = [out["region_slug"]]
    out["text_hash"] = text_hash(out.get("headline"), out.get("excerpt"))
    return out
