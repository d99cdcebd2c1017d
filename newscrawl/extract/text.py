"""Small text-cleaning functions shared by the extractors (pure, composable).

``collapse`` (whitespace folding) lives with the rest of text normalisation in
``newscrawl.normalize``, which extraction may use; it is imported here for the extractors.
"""

from __future__ import annotations

import re
import unicodedata

from lxml import html as lxml_html

from newscrawl.normalize import collapse

__all__ = ["collapse", "element_text", "keep_lines"]

_SPACES = re.compile(r"[^\S\n]+")  # whitespace except newlines
_BLANK_LINES = re.compile(r"\n\s*")
# Elements whose boundaries are line breaks in the text a reader sees.
_BREAKING_TAGS = frozenset({"br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"})


def keep_lines(text: str | None) -> str | None:
    """NFC-normalise, fold spaces within lines, keep single line breaks, drop blank lines."""
    if text is None:
        return None
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # (speed only: the substitutions change nothing in text whose only whitespace is single spaces
    # and line breaks: no whitespace but " " is printable, tests/test_normalize_fast_paths.py)
    if "  " in text or not text.replace("\n", "").isprintable():
        text = _SPACES.sub(" ", text)
    if "\n" in text:
        text = _BLANK_LINES.sub("\n", text)
    text = text.strip()
    lines = [line.strip() for line in text.split("\n")]
    joined = "\n".join(line for line in lines if line)
    return joined or None


def element_text(element: lxml_html.HtmlElement, *, lines: bool = False) -> str | None:
    """Visible text of an element; with ``lines``, block tags and <br> become line breaks."""
    if not lines:
        return collapse(element.text_content())
    if len(element) == 0:  # plain text, the common case: no markup to turn into breaks
        return keep_lines(element.text)
    parts: list[str] = []

    def walk(el: lxml_html.HtmlElement) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("script", "style", "noscript"):
            if el.tail:
                parts.append(el.tail)
            return
        if tag in _BREAKING_TAGS:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if tag in _BREAKING_TAGS and tag != "br":
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    if element.text:
        parts.append(element.text)
    for child in element:
        walk(child)
    return keep_lines("".join(parts))
