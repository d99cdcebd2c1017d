"""Read the shared corpus of real listing-page text (``../shared/corpus/pages/*.txt``).

Pure Python, no Scrapy. A corpus file is::

    url: <listing URL>
    rendering: merged (...) | lines (...)
    ---
    <page text>

*merged* pages show the render date, maybe ``More``, the page title, then blank-line separated
pairs of lines (headline, excerpt with its line breaks collapsed), a ``Latest News`` sidebar
(still pairs) and a footer line. *lines* pages hold excerpts only, one excerpt line per line,
with no block boundaries: pass ``line_blocks`` (1-based inclusive line ranges, as the gold set
in ``tests/gold/corpus_gold.json`` has them) or get the heuristic (a block ends at a line that
ends with a cut mark).

    page = read_corpus_page(path)
    for block in page.blocks:
        block.headline, block.excerpt, block.placement, block.complete
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

CUT_MARK_RE = re.compile(r"(?:\.\.\.?|…)$")
RENDER_DATE_RE = re.compile(r"^[A-Z][a-z]+ \d{1,2}, \d{4}$")
SIDEBAR_TITLE = "Latest News"
FOOTER_PREFIX = "Join us and organize"
CHROME_LINES = frozenset({"More"})
SENTENCE_END_RE = re.compile(r"[.!?][”\"’')]*$")
TITLE_MAX_CHARS = 60  # a page title is a short line; an excerpt is much longer


@dataclass(frozen=True)
class CorpusBlock:
    """One teaser block: headline (None in the lines rendering), excerpt text, placement."""

    headline: str | None
    excerpt: str | None
    placement: str = "main"  # "main" or "sidebar"
    complete: bool = True  # False when the stored text cuts the block off
    position: int = 1  # 1-based within its placement
    lines: tuple[int, int] | None = None  # lines rendering: 1-based inclusive line range


@dataclass(frozen=True)
class CorpusPage:
    url: str
    rendering: str  # "merged" or "lines"
    title: str | None
    blocks: list[CorpusBlock] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # the page text's lines (after ``---``)
    render_date: str | None = None
    name: str = ""  # file name


def _header(text: str) -> tuple[dict[str, str], list[str]]:
    head, sep, body = text.partition("\n---\n")
    if not sep:
        raise ValueError("corpus file has no '---' line after its header")
    meta = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    return meta, body.split("\n")


def _ends_complete(text: str) -> bool:
    return bool(CUT_MARK_RE.search(text) or SENTENCE_END_RE.search(text))


def _merged_blocks(lines: list[str]) -> tuple[str | None, str | None, list[CorpusBlock]]:
    rows = [line.strip() for line in lines]
    rows = [r for r in rows if r and r not in CHROME_LINES]
    render_date = None
    if rows and RENDER_DATE_RE.match(rows[0]):
        render_date = rows.pop(0)
    title = None
    # The title is a short line followed by a headline, which is shorter than its excerpt;
    # without a title the first line is a headline, followed by a longer excerpt.
    if len(rows) >= 3 and len(rows[0]) <= TITLE_MAX_CHARS and len(rows[1]) < len(rows[2]) \
            and not CUT_MARK_RE.search(rows[1]) and rows[0] != SIDEBAR_TITLE:
        title = rows.pop(0)
    blocks: list[CorpusBlock] = []
    placement, pos, i = "main", 0, 0
    while i < len(rows):
        row = rows[i]
        if row == SIDEBAR_TITLE:
            placement, pos, i = "sidebar", 0, i + 1
            continue
        if row.startswith(FOOTER_PREFIX):
            break
        headline = row
        excerpt = rows[i + 1] if i + 1 < len(rows) and not rows[i + 1].startswith(FOOTER_PREFIX) \
            and rows[i + 1] != SIDEBAR_TITLE else None
        last = i + 2 >= len(rows)
        complete = excerpt is not None and (not last or _ends_complete(excerpt))
        pos += 1
        blocks.append(CorpusBlock(headline, excerpt, placement, complete, pos))
        i += 2
    return title, render_date, blocks


def _line_blocks(lines: list[str], ranges: Sequence[tuple[int, int]] | None, cut_at_start: bool) -> list[CorpusBlock]:
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    if ranges is None:
        ranges, start = [], 1
        for n, line in enumerate(lines, 1):
            if CUT_MARK_RE.search(line.strip()) or n == len(lines):
                ranges.append((start, n))
                start = n + 1
    blocks = []
    for pos, (a, b) in enumerate(ranges, 1):
        text = "\n".join(line.strip() for line in lines[a - 1 : b])
        complete = not (pos == 1 and cut_at_start) and (b < len(lines) or _ends_complete(text))
        blocks.append(CorpusBlock(None, text, "main", complete, pos, (a, b)))
    return blocks


def read_corpus_page(path: str | Path, line_blocks: Sequence[tuple[int, int]] | None = None) -> CorpusPage:
    """Parse one corpus file. ``line_blocks``: block line ranges for the lines rendering."""
    path = Path(path)
    meta, lines = _header(path.read_text(encoding="utf-8"))
    rendering_note = meta.get("rendering", "")
    rendering = rendering_note.split()[0] if rendering_note else "merged"
    if rendering == "lines":
        blocks = _line_blocks(lines, line_blocks, "both ends" in rendering_note)
        return CorpusPage(meta.get("url", ""), rendering, None, blocks, lines, None, path.name)
    title, render_date, blocks = _merged_blocks(lines)
    return CorpusPage(meta.get("url", ""), rendering, title, blocks, lines, render_date, path.name)


def corpus_pages(corpus_dir: str | Path) -> list[Path]:
    """The corpus files, sorted by name."""
    return sorted((Path(corpus_dir) / "pages").glob("*.txt"))
