"""Bytes to text for HTML pages whose declared charset may be missing or wrong."""

from __future__ import annotations

from w3lib.encoding import html_to_unicode

REPLACEMENT = "\ufffd"


class NotHtmlError(ValueError):
    """The input is empty or binary, not an HTML page."""


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode a page as a browser would: BOM, HTTP header, <meta>, then a guess.

    Returns ``(text, encoding)``. When the declared charset lies (the bytes do not decode
    with it), UnicodeDammit's detection is used instead; it is only reached on such
    pages, so the common path stays on w3lib.
    """
    if not body.strip():
        raise NotHtmlError("empty input")
    if b"\x00" in body[:4096] and not body.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NotHtmlError("binary data, not HTML")
    encoding, text = html_to_unicode(content_type, body)
    if REPLACEMENT in text and REPLACEMENT.encode("utf-8") not in body:
        from bs4 import UnicodeDammit  # only for pages whose declared charset lies

        dammit = UnicodeDammit(body, ["utf-8", "windows-1252", "gb18030", "big5"], is_html=True)
        if dammit.unicode_markup and REPLACEMENT not in dammit.unicode_markup:
            return dammit.unicode_markup, dammit.original_encoding or "unknown"
    return text, encoding
