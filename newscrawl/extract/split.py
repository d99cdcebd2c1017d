"""Split a teaser excerpt into standfirst / byline / lede (placeholder, replaced by issue 4)."""

from __future__ import annotations

from dataclasses import dataclass, field

CUT_MARKS = ("...", "..", "…")


@dataclass(frozen=True, kw_only=True)
class ExcerptSplit:
    standfirst: str | None = None
    byline: str | None = None
    authors: list[str] = field(default_factory=list)
    organisation: str | None = None
    affiliation: str | None = None
    note: str | None = None
    lede: str | None = None
    truncated: bool = False
    method: str = "none"
    confidence: float = 0.0


def split_excerpt(excerpt: str, knowledge: object | None = None) -> ExcerptSplit:
    """First, naive splitter: newline-separated parts, short middle line is the byline."""
    text = excerpt.strip()
    truncated = False
    for mark in CUT_MARKS:
        if text.endswith(mark):
            text, truncated = text[: -len(mark)].rstrip(), True
            break
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) >= 3:
        return ExcerptSplit(standfirst=lines[0], byline=lines[1], lede=" ".join(lines[2:]),
                            truncated=truncated, method="newline", confidence=0.6)
    return ExcerptSplit(lede=" ".join(lines) or None, truncated=truncated, method="single-paragraph", confidence=0.2)
