"""The teaser item: one headline / byline / excerpt block of a listing page.

This module is the single place where the output schema is defined. Each field is
documented once, in its ``doc`` metadata; the JSON Schema shipped with the package
(``newscrawl/schema/teaser-item.schema.json``) and ``docs/schema.md`` are generated
from it (``python -m newscrawl.schema --write``) and a test keeps them in sync.

Absent parts are ``None`` (JSON ``null``), never empty strings.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

#: MAJOR.MINOR. A new optional field or a new enum value bumps MINOR (readers of an earlier
#: minor version keep working if they ignore fields they do not know); removing or renaming a
#: field, or changing a field's type or meaning, bumps MAJOR. 1.1 added ``excerpt_raw`` and
#: ``splitter_version``.
SCHEMA_VERSION = "1.1"


def utc_now() -> str:
    """Now, in the schema's timestamp format: UTC ISO 8601 to the second, e.g. '2026-01-22T10:00:00Z'."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _f(doc: str, default: Any = None, *, fmt: str | None = None, enum: list[str] | None = None, **kwargs: Any) -> Any:
    meta: dict[str, Any] = {"doc": doc}
    if fmt:
        meta["format"] = fmt
    if enum:
        meta["enum"] = enum
    if "default_factory" in kwargs:
        return field(metadata=meta, default_factory=kwargs["default_factory"])
    return field(default=default, metadata=meta)


@dataclass(kw_only=True)
class TeaserItem:
    """One teaser block of a listing page, split into its parts."""

    # --- what the block links to -------------------------------------------------------
    url: str = _f("Absolute URL of the article, as linked from the headline.", fmt="uri")
    canonical_url: str | None = _f(
        "Normalised article URL used as the dedup key: lower-case host, no default port, fragment or "
        "tracking parameters (utm_*, fbclid, gclid, ...), sorted query, trailing slash. It keeps the "
        "URL's scheme, except that http becomes https on hosts known to serve https (a site config's "
        "https_hosts, e.g. chinaworker.info), so a local mirror's http://127.0.0.1:PORT/ URLs still work.",
        fmt="uri",
    )
    headline: str | None = _f("The headline text, whitespace-normalised.")

    # --- the excerpt and its parts -----------------------------------------------------
    excerpt: str | None = _f(
        "The raw teaser excerpt, whitespace-normalised (line breaks collapsed to spaces), "
        "including any trailing cut mark."
    )
    excerpt_raw: str | None = _f(
        "The teaser excerpt as the page had it: its own line breaks kept (the splitter's strongest "
        "signal), other whitespace normalised, including any trailing cut mark. What `newscrawl resplit` "
        "splits again; null when the block has no excerpt."
    )
    standfirst: str | None = _f("The sub-headline that opens the excerpt, if any.")
    byline: str | None = _f(
        "The byline or credit exactly as it appears in the excerpt "
        "(e.g. 'Dikang, Socialist Action (CWI in Hong Kong)', 'By Laurence Coates'), or the author shown "
        "in the block's own byline element, without its 'By'."
    )
    authors: list[str] = _f(
        "Person names found in the byline, in order; empty when the byline names only an organisation.",
        default_factory=list,
    )
    organisation: str | None = _f(
        "Organisation named in the byline (e.g. 'Socialist Action', 'chinaworker.info')."
    )
    affiliation: str | None = _f(
        "The bracketed affiliation of the organisation, without brackets (e.g. 'CWI in Hong Kong')."
    )
    note: str | None = _f(
        "An editorial note found in the excerpt, e.g. '(This article was first published on 21 March 2024)'."
    )
    lede: str | None = _f("The first words of the article body, without the trailing cut mark.")
    truncated: bool = _f("True when the excerpt ended with a cut mark ('...' or '..').", default=False)
    split_method: str | None = _f(
        "Which rule split the excerpt (e.g. 'newline', 'byline-cue', 'known-byline', 'single-paragraph'); "
        "'lede-only' when the site's excerpts carry no bylines (the excerpt is the lede, untouched), "
        "'byline-element' when the block shows its byline in an element of its own, 'model' when the splitter's "
        "second reader (a model trained on the gold) read it where the rules were unsure."
    )
    split_confidence: float | None = _f("How sure the split is, from 0 (a guess) to 1 (certain).")
    splitter_version: str | None = _f(
        "Version of the excerpt splitter that made this split (newscrawl.extract.split.SPLITTER_VERSION); "
        "null when there was no excerpt to split."
    )

    # --- where the block was seen ------------------------------------------------------
    region: str | None = _f("Title of the listing page the block was on (region or tag name).")
    region_slug: str | None = _f("Stable slug of the region or tag, from the listing URL (e.g. 'hong-kong').")
    regions: list[str] = _f(
        "Slugs of every region or tag page the article was listed on. JSON lines are streamed, so "
        "there it holds the listing the article was first seen on in this run (later sightings are "
        "dropped as in-run duplicates); in a database store it is every listing of every run, sorted.",
        default_factory=list,
    )
    listing_kind: str | None = _f("Kind of listing page: 'category' (a region), 'tag', or null if unknown.",
                                  enum=["category", "tag"])
    category: str | None = _f("Category label shown above the headline on tag pages (e.g. 'China').")
    listing_url: str | None = _f("URL of the listing page the block was found on.", fmt="uri")
    page: int | None = _f("Page number of the listing page (1 for the first page).")
    position: int | None = _f("1-based position of the block within its page and placement.")
    placement: str = _f("Where on the page the block sits.", default="main", enum=["main", "sidebar"])
    site: str | None = _f("Host name of the site (e.g. 'chinaworker.info').")
    published: str | None = _f("Publication date (YYYY-MM-DD) if known.", fmt="date")
    published_source: str | None = _f(
        "Where 'published' came from: 'url' (the permalink's /YYYY/MM/DD/) or 'page' (data on the page).",
        enum=["url", "page"],
    )

    # --- provenance --------------------------------------------------------------------
    scraped_at: str | None = _f("When the block was scraped, UTC ISO 8601 (e.g. '2026-01-22T10:00:00Z').",
                                fmt="date-time")
    run_id: str | None = _f("Identifier of the crawl run that produced the item.")
    text_hash: str | None = _f("SHA-256 (hex) of the block's headline and excerpt, for change detection.")
    duplicate_of: str | None = _f(
        "canonical_url of an earlier article with the same headline and lede under another URL (a near-duplicate)."
    )
    schema_version: str = _f("Version of this schema the item follows.", default=SCHEMA_VERSION)

    def to_dict(self) -> dict[str, Any]:
        """A plain dict of the fields (lists copied), cheaper than ``dataclasses.asdict``.

        Anything but a list or tuple in ``authors`` or ``regions`` is left as it is, for
        validation to reject: ``list("Jane Doe")`` would pass as eight one-letter authors.
        """
        out = {name: getattr(self, name) for name in FIELD_NAMES}
        out["authors"], out["regions"] = _copied_list(self.authors), _copied_list(self.regions)
        return out


def _copied_list(value: Any) -> Any:
    return list(value) if isinstance(value, (list, tuple)) else value


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(TeaserItem))

