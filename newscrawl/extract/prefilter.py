"""A speed-only pre-check for regular expressions: the literal pieces any match must hold.

``required_pieces(pattern)`` reads a compiled pattern's syntax tree (``re._parser``, the parser
``re.compile`` itself uses) and returns strings of which every match holds at least one, as a
whole: the longest run of plain characters (spaces aside) the pattern cannot match without, or, where that run
sits in alternatives, one run per alternative. A text holding none of them cannot match, so a
pattern need not be run there (``may_match``): a substring search costs a fraction of a regular
expression's attempt at every position. Derived from the pattern's own text, it follows any
change to the pattern; a pattern with no such piece (or one matched case-insensitively) is
always run.
"""

from __future__ import annotations

import re
from typing import Any

try:  # CPython's parser (3.11+); without it no piece is required and every pattern is run
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]

    _REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
except (ImportError, AttributeError):  # pragma: no cover - another implementation
    P = None
#: A character set of at most this many characters counts as alternatives of one character each.
_MAX_SET = 8
#: More alternative pieces than this are not worth looking for.
_MAX_PIECES = 12
#: Characters nearly every text holds: a piece is worth what it holds besides them.
_COMMON = " \n"


def required_pieces(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings of which every match of ``pattern`` holds one (within the text from the match's start
    on); None when there is nothing to require. (Parses the pattern again: ``pattern_cache.pieces``
    keeps the answer with the pattern's code.)"""
    if P is None:  # pragma: no cover - another implementation
        return None
    try:
        parsed = P.parse(pattern.pattern, pattern.flags)
    except Exception:  # noqa: BLE001 - internals that changed: the pattern is simply always run
        return None
    return pieces_of_parsed(parsed, pattern.flags)


def pieces_of_parsed(parsed: Any, flags: int) -> tuple[str, ...] | None:
    """``required_pieces`` of a pattern as ``re._parser.parse`` returns it."""
    if (flags | parsed.state.flags) & re.IGNORECASE:
        return None
    found = _pieces(parsed)
    if not found or len(found) > _MAX_PIECES or not _worth(found):
        return None  # (a piece of spaces only is in nearly every text: not worth looking for)
    return tuple(sorted(found))


def may_match(pieces: tuple[str, ...] | None, text: str, pos: int = 0) -> bool:
    """False only when ``text[pos:]`` holds none of ``pieces`` (the pattern cannot match from ``pos``)."""
    if pieces is None:
        return True
    for piece in pieces:
        if text.find(piece, pos) >= 0:
            return True
    return False


def _pieces(items: Any) -> frozenset[str] | None:
    """The best requirement of a sequence: of each item's (a run of literals is one item), the set
    whose shortest string is longest; None when no item requires anything."""
    best: frozenset[str] | None = None
    run = ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av)
            continue
        best = _better(best, frozenset({run}) if run else None)
        run = ""
        best = _better(best, _item(op, av))
    return _better(best, frozenset({run}) if run else None)


def _item(op: Any, av: Any) -> frozenset[str] | None:
    if op is C.IN:
        if av and all(o is C.LITERAL for o, _ in av) and len(av) <= _MAX_SET:
            return frozenset(chr(a) for _, a in av)
        return None
    if op is C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        return None if add_flags & re.IGNORECASE else _pieces(sub)
    if op is C.ATOMIC_GROUP:
        return _pieces(av)
    if op in _REPEATS:
        low, _high, sub = av
        return _pieces(sub) if low >= 1 else None
    if op is C.BRANCH:
        alternatives = [_pieces(sub) for sub in av[1]]
        if any(a is None for a in alternatives):
            return None
        return frozenset().union(*alternatives)  # type: ignore[arg-type]
    if op is C.ASSERT:
        direction, sub = av
        return _pieces(sub) if direction == 1 else None  # a lookahead's text follows the match's start
    return None  # anything else may match without a fixed character


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The requirement that rules out more texts: fewer texts hold its weakest piece."""
    if a is None:
        return b
    if b is None:
        return a
    return b if (_worth(b), -len(b)) > (_worth(a), -len(a)) else a


def _worth(pieces: frozenset[str]) -> int:
    return min(len(p.strip(_COMMON)) for p in pieces)
