"""Read the shared corpus of real listing-page text (``../shared/corpus/pages/*.txt``).

Pure Python, no Scrapy. A corpus file is::

    url: <listing URL>
    rendering: merged (...) | lines (...)
    ---
    <page text>
    === <what follows> ===        (optional, any number: copies of some of the page's
    <copy text>                    excerpts found elsewhere, with their own line breaks)

The formats (recognised from the text, never from a file's name):

* *merged* pages show the render date, maybe ``More``, the page title, then blank-line separated
  pairs of lines (headline, excerpt with its line breaks collapsed), a ``Latest News`` sidebar
  (still pairs) and a footer line (``Join us ...``).
* the site's *older theme* (title ``Post Tagged with: ...``, no render date) puts image captions
  between a headline and its excerpt and cuts excerpts with `` […]``: there a block runs from
  its headline to the first line that ends with a cut mark (its excerpt); the lines between are
  captions (``CorpusBlock.captions``), never blocks or excerpts. A stored copy that ends inside
  the last block leaves it without a cut mark: its last line is its (incomplete) excerpt.
* *lines* pages hold excerpts with their own line breaks kept, one excerpt line per line, with
  no block boundaries: pass ``line_blocks`` (1-based inclusive line ranges, as the gold set in
  ``tests/gold/corpus_gold.json`` has them) or get the heuristic (a block ends at a line that
  ends with a cut mark). When the ``rendering:`` note says headlines are kept on their own
  lines, the line right before a block is its headline, the page's first line is its title,
  and blocks after a ``Latest News`` line are the sidebar; category labels and the footer
  belong to no block.
* trailing ``=== ... ===`` sections are not part of the page: they are kept as
  ``CorpusPage.copies`` (title and lines; blocks as ``copy_blocks`` ranges give them).

    page = read_corpus_page(path)
    for block in page.blocks:
        block.headline, block.excerpt, block.placement, block.complete
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newscrawl.extract.bylines import CUT_MARKS

CUT_MARK_RE = re.compile("(?:" + "|".join(map(re.escape, CUT_MARKS)) + ")$")
RENDER_DATE_RE = re.compile(r"^[A-Z][a-z]+ \d{1,2}, \d{4}$")
SIDEBAR_TITLE = "Latest News"
FOOTER_PREFIX = "Join us"  # "Join us and organize to back fight...", stored copies often cut it short
CHROME_LINES = frozenset({"More"})
SENTENCE_END_RE = re.compile(r"[.!?][”\"’')]*$")
TITLE_MAX_CHARS = 60  # a page title is a short line; an excerpt is much longer
#: The older theme's page title ("Post Tagged with: "June 4""): captions sit between its blocks.
OLDER_THEME_TITLE_RE = re.compile(r"^Post Tagged with:")
COPY_HEADER_RE = re.compile(r"^=== (?P<title>.+) ===\s*$")
#: A lines page whose rendering note says it keeps headlines ("headlines and category labels on
#: their own lines", not "no headlines").
HEADLINES_NOTE_RE = re.compile(r"(?<!no )headlines")


@dataclass(frozen=True)
class CorpusBlock:
    """One teaser block: headline (None in the lines rendering), excerpt text, placement."""

    headline: str | None
    excerpt: str | None
    placement: str = "main"  # "main" or "sidebar"
    complete: bool = True  # False when the stored text cuts the block off
    position: int = 1  # 1-based within its placement
    lines: tuple[int, int] | None = None  # lines rendering: 1-based inclusive line range
    captions: tuple[str, ...] = ()  # older theme: image captions between headline and excerpt


@dataclass(frozen=True)
class CorpusCopy:
    """A trailing ``=== title ===`` section: text found elsewhere, with its own line breaks."""

    title: str
    lines: list[str]
    blocks: list[CorpusBlock] = field(default_factory=list)


@dataclass(frozen=True)
class CorpusPage:
    url: str
    rendering: str  # "merged" or "lines"
    title: str | None
    blocks: list[CorpusBlock] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # the page text's lines (after ``---``, before any copy)
    render_date: str | None = None
    name: str = ""  # file name
    theme: str = "current"  # "current" or "older"
    copies: list[CorpusCopy] = field(default_factory=list)


def _header(text: str) -> tuple[dict[str, str], list[str]]:
    head, sep, body = text.partition("\n---\n")
    if not sep:
        raise ValueError("corpus file has no '---' line after its header")
    meta = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    return meta, body.split("\n")


def _split_copies(lines: list[str]) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """The page's own lines, and the trailing ``=== title ===`` sections."""
    page: list[str] = []
    copies: list[tuple[str, list[str]]] = []
    for line in lines:
        m = COPY_HEADER_RE.match(line.strip())
        if m:
            copies.append((m.group("title"), []))
        elif copies:
            copies[-1][1].append(line)
        else:
            page.append(line)
    return page, copies


def _ends_complete(text: str) -> bool:
    return bool(CUT_MARK_RE.search(text) or SENTENCE_END_RE.search(text))


def _is_footer(row: str) -> bool:
    return row.startswith(FOOTER_PREFIX)


def _merged_blocks(lines: list[str]) -> tuple[str | None, str | None, str, list[CorpusBlock]]:
    rows = [line.strip() for line in lines]
    rows = [r for r in rows if r and r not in CHROME_LINES]
    render_date = None
    if rows and RENDER_DATE_RE.match(rows[0]):
        render_date = rows.pop(0)
    title = None
    theme = "older" if rows and OLDER_THEME_TITLE_RE.match(rows[0]) else "current"
    # The title is a short line followed by a headline, which is shorter than its excerpt;
    # without a title the first line is a headline, followed by a longer excerpt.
    if theme == "older" or (len(rows) >= 3 and len(rows[0]) <= TITLE_MAX_CHARS and len(rows[1]) < len(rows[2])
                            and not CUT_MARK_RE.search(rows[1]) and rows[0] != SIDEBAR_TITLE):
        title = rows.pop(0)
    blocks: list[CorpusBlock] = []
    placement, pos, i = "main", 0, 0
    while i < len(rows):
        row = rows[i]
        if row == SIDEBAR_TITLE:
            placement, pos, i = "sidebar", 0, i + 1
            continue
        if _is_footer(row):
            break
        end = i + 1  # the row after the block's last (headline, captions..., excerpt)
        while end < len(rows) and rows[end] != SIDEBAR_TITLE and not _is_footer(rows[end]):
            end += 1
            if theme == "current" or CUT_MARK_RE.search(rows[end - 1]):
                break
        body = rows[i + 1 : end]
        excerpt = body[-1] if body else None
        last = end >= len(rows)
        complete = excerpt is not None and (not last or _ends_complete(excerpt))
        pos += 1
        blocks.append(CorpusBlock(row, excerpt, placement, complete, pos, captions=tuple(body[:-1])))
        i = end
    return title, render_date, theme, blocks


def _line_blocks(lines: list[str], ranges: Sequence[tuple[int, int]] | None, cut_at_start: bool,
                 headlines: bool = False) -> list[CorpusBlock]:
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    if ranges is None:
        ranges, start = [], 1
        for n, line in enumerate(lines, 1):
            row = line.strip()
            if row == SIDEBAR_TITLE or _is_footer(row) or (headlines and n == 1):
                start = n + 1  # chrome: never inside a block
            elif CUT_MARK_RE.search(row) or n == len(lines):
                if headlines:  # (an optional category label, then) the headline open the block
                    start += 2 if n - start >= 3 and len(lines[start - 1].split()) <= 3 else 1
                if start <= n:
                    ranges.append((start, n))
                start = n + 1
    blocks = []
    placement, pos, seen = "main", 0, 0
    for a, b in ranges:
        if any(line.strip() == SIDEBAR_TITLE for line in lines[seen : a - 1]):
            placement, pos = "sidebar", 0
        seen = b
        pos += 1
        text = "\n".join(line.strip() for line in lines[a - 1 : b])
        complete = not (a == ranges[0][0] and cut_at_start) and (b < len(lines) or _ends_complete(text))
        headline = lines[a - 2].strip() if headlines and a >= 2 else None
        blocks.append(CorpusBlock(headline, text, placement, complete, pos, (a, b)))
    return blocks


def read_corpus_page(path: str | Path, line_blocks: Sequence[tuple[int, int]] | None = None,
                     copy_blocks: Mapping[int, Sequence[tuple[int, int]]] | None = None) -> CorpusPage:
    """Parse one corpus file. ``line_blocks``: block line ranges for the lines rendering;
    ``copy_blocks``: {1-based copy section: its block line ranges} (default: one block per copy)."""
    path = Path(path)
    meta, all_lines = _header(path.read_text(encoding="utf-8"))
    lines, raw_copies = _split_copies(all_lines)
    copies = []
    for n, (copy_title, copy_lines) in enumerate(raw_copies, 1):
        ranges = (copy_blocks or {}).get(n)  # None: the heuristic (a block ends at a cut mark)
        copies.append(CorpusCopy(copy_title, copy_lines, _line_blocks(copy_lines, ranges, False)))
    rendering_note = meta.get("rendering", "")
    rendering = rendering_note.split()[0] if rendering_note else "merged"
    if rendering == "lines":
        headlines = HEADLINES_NOTE_RE.search(rendering_note) is not None
        blocks = _line_blocks(lines, line_blocks, "both ends" in rendering_note, headlines)
        title = lines[0].strip() if headlines and lines and lines[0].strip() else None
        return CorpusPage(meta.get("url", ""), rendering, title, blocks, lines, None, path.name, copies=copies)
    title, render_date, theme, blocks = _merged_blocks(lines)
    return CorpusPage(meta.get("url", ""), rendering, title, blocks, lines, render_date, path.name, theme, copies)


def corpus_pages(corpus_dir: str | Path) -> list[Path]:
    """The corpus files, sorted by name."""
    return sorted((Path(corpus_dir) / "pages").glob("*.txt"))
