"""Re-split stored articles with the current splitter and each site's current knowledge
(``newscrawl resplit``), so a database filled by an older splitter, or by a crawl that knew
little of its site yet, is brought up to date without crawling again.

What is split again, per row:

* ``excerpt_raw`` (the excerpt with the page's own line breaks), when the row has one;
* else (rows stored before raw excerpts were kept) the collapsed ``excerpt``, as merged text —
  except a row whose stored split was made at a line break (``split_method`` 'newline'): its
  line breaks are rebuilt from its stored parts when those parts put together give back the
  excerpt exactly (the rebuilt text is kept in ``excerpt_raw``, so the next run reads it), and
  the row is left as it is when they do not (``kept``): splitting it merged could only lose.

Each site's knowledge is its stored knowledge plus what the stored excerpts teach (a first
pass over them, a batch of rows at a time as a crawl learns from its pages, and only where the
site's excerpts carry bylines: ``extract/byline_presence.py``; a row is then split with at
least what the crawl that stored it knew, never less); it is not saved, and it is the same on
every run over the same rows, so a second run changes nothing. A row whose byline was an
element of its page (``byline-element``) is kept as stored, and a row kept whole as the lede
(``lede-only``: its site's excerpts carried no bylines) stays so unless the site is now known
to carry them. Rows are read in pages by id (keyset: no cursor
held open, memory bounded by the batch size), each page's changes written in one transaction
with the previous split in ``split_history``.
"""

from __future__ import annotations

import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newscrawl.extract import byline_presence as presence
from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.extract.split import SPLITTER_VERSION, prepare, split_excerpt
from newscrawl.items import utc_now
from newscrawl.normalize import normalize_item
from newscrawl.storage import StoreError, open_store
from newscrawl.storage.base import SPLIT_COLUMNS, SplitChange, StoredSplit
from newscrawl.storage.knowledge_file import load_knowledge

#: The split's parts proper (the other SPLIT_COLUMNS say how it was made: method, confidence, version).
PART_COLUMNS = tuple(c for c in SPLIT_COLUMNS if c not in ("split_method", "split_confidence", "splitter_version",
                                                           "excerpt_raw"))
#: Where the text split again came from (the report's ``sources``).
SOURCES = ("raw", "rebuilt", "collapsed", "kept", "element", "no-excerpt")

#: progress(phase 'learning' or 'splitting', rows done in it, rows in all, rows changed, seconds in the
#: phase, seconds since the start)
Progress = Callable[[str, int, int, int, float, float], None]


@dataclass
class ResplitReport:
    """What a re-split did (or, with ``dry_run``, would do)."""

    resplit_id: str
    splitter_version: str
    dry_run: bool
    site: str | None
    examined: int = 0
    changed: int = 0
    #: Of the changed rows, those whose parts changed (not only method, confidence, version).
    parts_changed: int = 0
    written: int = 0
    #: Rows a crawl changed between reading and writing: left as the crawl wrote them.
    stale: int = 0
    by_field: Counter[str] = field(default_factory=Counter)
    sources: Counter[str] = field(default_factory=Counter)
    #: Stored excerpts that taught their site's knowledge something in the first pass.
    learned_from: int = 0
    seconds: float = 0.0
    #: Set when a write failed part-way (batches before it are committed).
    error: str | None = None
    #: With a site that has no stored articles: the sites that do (a misspelt host, 'www.').
    other_sites: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "resplit_id": self.resplit_id, "splitter_version": self.splitter_version, "dry_run": self.dry_run,
            "site": self.site, "examined": self.examined, "changed": self.changed,
            "parts_changed": self.parts_changed, "written": self.written,
            "stale": self.stale, "by_field": {f: self.by_field[f] for f in SPLIT_COLUMNS if self.by_field[f]},
            "sources": {s: self.sources[s] for s in SOURCES if self.sources[s]}, "learned_from": self.learned_from,
            "seconds": round(self.seconds, 3), "error": self.error,
        }

    def format(self) -> str:
        """Plain tables: rows examined and changed, changes by field, where the text came from."""
        scope = f" of {self.site}" if self.site else ""
        mode = " (dry run: nothing written)" if self.dry_run else ""
        rate = f", {self.examined / self.seconds:,.0f} rows/s" if self.seconds > 0 and self.examined else ""
        verb = "would change" if self.dry_run else "changed"
        rows = [("rows examined", self.examined), ("excerpts the knowledge learned from", self.learned_from),
                (f"rows {verb}", self.changed),
                ("  of which the parts" + (" would change" if self.dry_run else " changed"), self.parts_changed)]
        if not self.dry_run:
            rows.append(("rows written", self.written))
        if self.stale:
            rows.append(("left alone (a crawl changed them meanwhile)", self.stale))
        labels = {"raw": "raw excerpt (its own line breaks)",
                  "rebuilt": "line breaks rebuilt from a line-break split",
                  "collapsed": "collapsed excerpt (stored before raw excerpts)",
                  "kept": "kept as stored (a line-break split that cannot be rebuilt)",
                  "element": "kept as stored (the byline an element of its page)",
                  "no-excerpt": "no excerpt"}
        sections = [
            ("", rows),
            ("changes it would make, by field" if self.dry_run else "changes by field",
             [(f, self.by_field[f]) for f in SPLIT_COLUMNS if self.by_field[f]]),
            ("text split again", [(labels[s], self.sources[s]) for s in SOURCES if self.sources[s]]),
        ]
        width = max(len(name) for _, table in sections for name, _ in table)
        lines = [f"re-split {self.examined:,} stored articles{scope} with splitter {self.splitter_version}"
                 f" in {self.seconds:.1f}s{rate}{mode}"]
        for title, table in sections:
            lines += ["", title] if title else [""]
            lines += [f"  {name:<{width}}  {value:>9,}" for name, value in table] or ["  (none)"]
        if self.error:
            lines += ["", f"stopped: {self.error}"]
        return "\n".join(lines)


#: Settings (newscrawl/settings.py) ``resplit -s NAME=VALUE`` may change -> open_store options.
STORE_SETTINGS = {
    "NEWSCRAWL_STORE_LOCK_RETRIES": "lock_retries", "NEWSCRAWL_STORE_LOCK_BACKOFF": "lock_backoff",
    "NEWSCRAWL_STORE_BUSY_TIMEOUT": "busy_timeout", "NEWSCRAWL_STORE_CONNECT_TIMEOUT": "connect_timeout",
}


def store_options(overrides: dict[str, object] | None = None) -> dict[str, Any]:
    """open_store() options from the NEWSCRAWL_STORE_* defaults and ``overrides`` (ValueError names
    a setting that does not apply, or a value that is not a number)."""
    from newscrawl import settings

    overrides = dict(overrides or {})
    unknown = sorted(set(overrides) - set(STORE_SETTINGS))
    if unknown:
        raise ValueError(f"{unknown[0]} does not apply to resplit; settings: {', '.join(STORE_SETTINGS)}")
    out: dict[str, Any] = {}
    for name, option in STORE_SETTINGS.items():
        value = overrides.get(name, getattr(settings, name))
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise ValueError(f"{name} must be a number >= 0, got {value!r}")
        out[option] = value
    return out


class KnowledgeUnreadable(StoreError):
    """A site's knowledge file cannot be used; re-splitting without it would undo good splits."""


def rebuild_lines(values: dict[str, Any]) -> str | None:
    """The excerpt with line breaks between its stored parts, when those parts, joined by
    spaces, are exactly the stored (collapsed) excerpt; else None (nothing safe to rebuild)."""
    excerpt = values.get("excerpt")
    if not excerpt or values.get("note"):
        return None
    standfirst, byline, lede = values.get("standfirst"), values.get("byline"), values.get("lede")
    body, _truncated = prepare(excerpt)
    for order in ((standfirst, byline, lede), (byline, standfirst, lede)):
        parts = [p for p in order if p]
        joined = " ".join(parts)
        if len(parts) >= 2 and body == joined and excerpt.startswith(joined):
            return "\n".join(parts) + excerpt[len(joined):]
    return None


def text_to_split(values: dict[str, Any]) -> tuple[str | None, str]:
    """(text to split, where it came from: one of SOURCES)."""
    if values.get("split_method") == presence.BYLINE_ELEMENT:
        return None, "element"
    if values.get("excerpt_raw"):
        return values["excerpt_raw"], "raw"
    if not values.get("excerpt"):
        return None, "no-excerpt"
    if values.get("split_method") == "newline":
        rebuilt = rebuild_lines(values)
        return (rebuilt, "rebuilt") if rebuilt else (None, "kept")
    return values["excerpt"], "collapsed"


def new_split(values: dict[str, Any], text: str, knowledge: SiteKnowledge | None, source: str,
              carry: bool = True) -> dict[str, Any]:
    """Every SPLIT_COLUMNS value for ``text`` split now (or, where the site's excerpts carry no
    bylines, kept whole as the lede), normalised as a crawled item is."""
    parts = split_excerpt(text, knowledge) if carry else presence.lede_only(text)
    item = normalize_item({
        "excerpt": values.get("excerpt"), "standfirst": parts.standfirst, "byline": parts.byline,
        "authors": list(parts.authors), "organisation": parts.organisation, "affiliation": parts.affiliation,
        "note": parts.note, "lede": parts.lede, "truncated": parts.truncated,
    })
    item.update(split_method=parts.method, split_confidence=parts.confidence, splitter_version=SPLITTER_VERSION,
                excerpt_raw=text if source in ("raw", "rebuilt") else values.get("excerpt_raw"))
    item["authors"] = list(item.get("authors") or [])
    return {c: item.get(c) for c in SPLIT_COLUMNS}


def change_for(row: StoredSplit, knowledge: SiteKnowledge | None) -> tuple[SplitChange | None, str]:
    """The change re-splitting ``row`` makes (None when it makes none), and the text's source."""
    text, source = text_to_split(row.values)
    if text is None:
        return None, source
    # a row the crawl kept whole stays whole unless its site is now known to carry bylines
    carry = row.values.get("split_method") != presence.LEDE_ONLY or (
        knowledge is not None and presence.site_carries_bylines(knowledge, site=row.site or ""))
    after = new_split(row.values, text, knowledge, source, carry)
    fields = [c for c in SPLIT_COLUMNS if after[c] != row.values[c]]
    return (SplitChange(row=row, after=after, fields=fields) if fields else None), source


def load_site_knowledge(sites: list[str | None],
                        directory: str | Path | None) -> dict[str | None, SiteKnowledge | None]:
    """Each site's stored knowledge (fresh, seeded, when none is stored), loaded before any write:
    an unreadable file stops the re-split before it changes anything."""
    out: dict[str | None, SiteKnowledge | None] = {}
    for site in sites:
        if not site:
            out[site] = None
            continue
        try:
            out[site] = load_knowledge(site, directory)
        except ValueError as exc:
            raise KnowledgeUnreadable(
                f"{exc}; not re-splitting {site} without it (fix the file, or let a crawl or "
                f"`newscrawl parse` set it aside)") from None
    return out


def resplit(uri: str, *, site: str | None = None, dry_run: bool = False, batch_size: int = 500,
            knowledge_dir: str | Path | None = None, learn: bool = True, progress: Progress | None = None,
            store_options: dict[str, Any] | None = None) -> ResplitReport:
    """Re-split the stored articles of ``uri`` (those of ``site``, a host, when given).

    ``learn``: first let each site's knowledge learn from the stored excerpts (in memory only);
    without it, only the stored knowledge is used. Raises StoreError when the store cannot be
    opened (missing, unreachable, newer schema) and KnowledgeUnreadable, both before any write;
    a write that fails part-way (locked past the bounded retries, disk full) is reported in
    ``ResplitReport.error``, the batches before it committed.
    """
    stamp = utc_now().replace(":", "").replace("-", "")
    report = ResplitReport(resplit_id=f"resplit-{stamp}-{uuid.uuid4().hex[:6]}",
                           splitter_version=SPLITTER_VERSION, dry_run=dry_run, site=site)
    started = time.monotonic()
    limit = max(1, batch_size)
    with open_store(uri, create=False, **(store_options or {})) as store:
        sites: list[str | None] = [site] if site is not None else store.article_sites()
        knowledge = load_site_knowledge(sites, knowledge_dir)
        total = store.count_articles(site=site)
        if site is not None and total == 0:
            report.other_sites = sorted(s for s in store.article_sites() if s)
        if learn:
            done = 0
            for rows in _pages(store, site, limit):
                report.learned_from += _learn(rows, knowledge)
                done += len(rows)
                if progress is not None:
                    now = time.monotonic() - started
                    progress("learning", done, total, 0, now, now)
        splitting_from = time.monotonic() - started
        for rows in _pages(store, site, limit):
            changes = []
            for row in rows:
                change, source = change_for(row, knowledge.get(row.site))
                report.sources[source] += 1
                if change is not None:
                    changes.append(change)
            if not dry_run and changes:
                try:
                    done_write = store.apply_resplit(changes, resplit_id=report.resplit_id,
                                                     splitter_version=SPLITTER_VERSION)
                except StoreError as exc:
                    for row in rows:  # this batch was not written: not examined either
                        report.sources[text_to_split(row.values)[1]] -= 1
                    report.error = str(exc)
                    break
                report.written += done_write.written
                report.stale += len(done_write.stale)
                stale = set(done_write.stale)
                changes_made = [c for c in changes if c.row.id not in stale]
            else:
                changes_made = changes
            for change in changes_made:
                report.by_field.update(change.fields)
            report.examined += len(rows)
            report.changed += len(changes)
            report.parts_changed += sum(1 for c in changes if any(f in PART_COLUMNS for f in c.fields))
            if progress is not None:
                now = time.monotonic() - started
                progress("splitting", report.examined, total, report.changed, now - splitting_from, now)
    report.seconds = time.monotonic() - started
    return report


def _pages(store: Any, site: str | None, limit: int) -> Iterator[list[StoredSplit]]:
    """The store's articles, a page of ``limit`` at a time, in id order."""
    after_id = 0
    while rows := store.stored_splits(after_id=after_id, limit=limit, site=site):
        yield rows
        after_id = rows[-1].id


def _learn(rows: list[StoredSplit], knowledge: dict[str | None, SiteKnowledge | None]) -> int:
    """Teach each site's knowledge what its rows' excerpts show, as a crawl learns from a page:
    only where the site's excerpts carry bylines (by what the site and these rows show), and
    counting them on the site's byline presence (in memory, as the rest)."""
    pages: dict[str | None, tuple[list[str | None], list[str | None]]] = {}
    for row in rows:
        if knowledge.get(row.site) is None:
            continue
        text, source = text_to_split(row.values)
        excerpts, elements = pages.setdefault(row.site, ([], []))
        if source == "element":
            excerpts.append(row.values.get("excerpt_raw") or row.values.get("excerpt"))
            elements.append(row.values.get("byline"))
        elif text:
            excerpts.append(text)
            elements.append(None)
    taught = 0
    for name, (excerpts, elements) in pages.items():
        site_knowledge = knowledge[name]
        if site_knowledge is None:
            continue
        page = presence.decide(excerpts, elements, site_knowledge, site=name or "")
        if page.carry:
            taught += site_knowledge.learn_from_page([e for e, b in zip(excerpts, elements, strict=True)
                                                      if e and b is None])
        presence.count(site_knowledge, page)
    return taught
