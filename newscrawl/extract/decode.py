"""Bytes to text for HTML pages whose declared charset may be missing or wrong."""

from __future__ import annotations

from w3lib.encoding import html_body_declared_encoding, html_to_unicode, http_content_type_encoding, read_bom

REPLACEMENT = "\ufffd"
#: Multi-byte encodings tried by detection on an undeclared, non-UTF-8 page (the sites crawled
#: are Chinese-language or English; short CJK text is otherwise easily taken for Korean).
#: Anything else falls through to the lenient decoding below.
DETECTABLE_MULTIBYTE = ["gb18030", "big5"]


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
    if REPLACEMENT in text and not _declared(body, content_type):
        # Undeclared and not UTF-8: a GBK or Big5 page would decode as cp1252 mojibake.
        detected = _detect_multibyte(body)
        if detected:
            return body.decode(detected), detected
    if REPLACEMENT in text and REPLACEMENT.encode("utf-8") not in body:
        from bs4 import UnicodeDammit  # only for pages whose declared charset lies

        dammit = UnicodeDammit(body, ["utf-8", "windows-1252", "gb18030", "big5"], is_html=True)
        if dammit.unicode_markup and REPLACEMENT not in dammit.unicode_markup:
            return dammit.unicode_markup, dammit.original_encoding or "unknown"
    return text, encoding


def _declared(body: bytes, content_type: str | None) -> bool:
    return bool(read_bom(body)[0] or http_content_type_encoding(content_type) or html_body_declared_encoding(body))


def _detect_multibyte(body: bytes) -> str | None:
    """A CJK multi-byte encoding the bytes are valid in, when detection names one; else None."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a dependency, but detection is only a refinement
        return None
    best = from_bytes(body[:200_000], cp_isolation=DETECTABLE_MULTIBYTE).best()
    if best is None:
        return None
    try:
        body.decode(best.encoding)
    except UnicodeDecodeError:
        return None
    return best.encoding
