"""Compiled regular expressions kept between processes, the way Python keeps compiled bytecode.

The splitter's patterns are long machine-written regular expressions (``forms.py`` writes them
over class characters, ``split.py`` spells out word lists): the ~80 a first page needs take
~0.15 s to compile, paid by every process that splits (the crawl, then its extraction worker),
a fifth of a one-page crawl. ``re.compile`` works in two steps: parsing the pattern and writing
its engine code, in Python (``re._parser``, ``re._compiler``: the slow part), then
``_sre.compile`` building the pattern object from that code (fast). The code depends only on
the pattern, its flags and the interpreter's regular expression engine, so it is kept (with the
literal pieces every match holds, ``prefilter.py``'s speed-only pre-check, read from the same
parse: ``pieces``): one
marshal file in the user's cache directory (``cache_file``), named by the interpreter's cache
tag, ``_sre.MAGIC`` (the engine's code version) and the entries' layout and checked against ``sys.version``, read on
first use and written at exit by a process that compiled a pattern the file did not have.

Where that cannot work (another Python implementation, internals that moved, a directory that
cannot be written, a damaged file), ``compile`` is ``re.compile``: the same pattern object either
way (the test compares their code on every pattern the splitter compiles).
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

try:  # CPython's engine internals (3.11+); without them every pattern is compiled by re.compile
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another implementation
    _sre = None

from newscrawl.extract import prefilter

#: The entries' layout, in the file's name (a newscrawl that keeps another layout keeps another file).
FORMAT = "v2"
#: Past this many patterns in the file, a save keeps only those this process used (old ones go).
MAX_ENTRIES = 400

_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...], tuple[str, ...] | None]
#: (pattern, flags) -> its entry, marshalled (decoded only when used: a file holds patterns of
#: other runs' pages and of earlier versions of the code). None: the file is not read yet.
_kept: dict[tuple[str, int], bytes] | None = None
_used: set[tuple[str, int]] = set()
_added = False
#: (pattern, flags) -> ``prefilter.pieces_of_parsed`` of the pattern, for the patterns compiled here.
_pieces: dict[tuple[str, int], tuple[str, ...] | None] = {}


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile's name on purpose
    """``re.compile(pattern, flags)``, from the engine code kept by an earlier process when there is."""
    if _sre is None:
        return re.compile(pattern, flags)
    global _kept, _added
    if _kept is None:
        _kept = _load()
    key = (pattern, int(flags))
    kept = _kept.get(key)
    if kept is not None:
        try:
            final_flags, code, groups, groupindex, indexgroup, pieces = marshal.loads(kept)
            compiled = _sre.compile(pattern, final_flags, code, groups, groupindex, indexgroup)
        except Exception:  # noqa: BLE001 - a damaged or older entry (_sre checks the code): compiled again below
            pass
        else:
            _used.add(key)
            _pieces[key] = pieces
            return compiled
    try:
        entry = _code_of(pattern, int(flags))
        compiled = _sre.compile(pattern, *entry[:5])
        kept = marshal.dumps(entry)
    except Exception:  # noqa: BLE001 - internals that changed: the usual way (which raises re.error)
        return re.compile(pattern, flags)
    _kept[key] = kept
    _used.add(key)
    _pieces[key] = entry[5]
    if not _added:
        _added = True
        atexit.register(_save)
    return compiled


def pieces(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """``prefilter.required_pieces`` of ``compile(pattern, flags)``: kept with its code, so a process
    that reads the pattern from the file does not parse it (most of what keeping the code saves)."""
    key = (pattern, int(flags))
    if key not in _pieces:
        compiled = compile(pattern, flags)
        if key not in _pieces:  # compiled by re.compile
            _pieces[key] = prefilter.required_pieces(compiled)
    return _pieces[key]


def _code_of(pattern: str, flags: int) -> _Entry:
    """What ``re._compiler.compile`` hands ``_sre.compile`` (CPython 3.11-3.13), and the pattern's
    ``prefilter`` pieces."""
    parsed = _parser.parse(pattern, flags)
    pieces = prefilter.pieces_of_parsed(parsed, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # (opcodes are int subclasses: plain ints, which marshal writes)
    return (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex,
            tuple(indexgroup), pieces)


def cache_dir() -> Path | None:
    """The splitter's cache folder: NEWSCRAWL_CACHE_DIR (empty: nowhere), else $XDG_CACHE_HOME/newscrawl, else
    ~/.cache/newscrawl (None: nowhere)."""
    chosen = os.environ.get("NEWSCRAWL_CACHE_DIR")
    if chosen is not None:
        return Path(chosen).expanduser() if chosen.strip() else None
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newscrawl"


def cache_file() -> Path | None:
    """Where the code is kept for this interpreter, in ``cache_dir()`` (None: nowhere)."""
    folder = cache_dir()
    if folder is None:
        return None
    return folder / f"patterns.{sys.implementation.cache_tag}.{_sre.MAGIC}.{FORMAT}.marshal"


def _load() -> dict[tuple[str, int], bytes]:
    path = cache_file()
    if path is None:
        return {}
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict) or data.get("version") != sys.version or data.get("magic") != _sre.MAGIC:
        return {}
    entries = data.get("entries")
    return entries if isinstance(entries, dict) else {}


def _save() -> None:
    """Write the file again with this process's new patterns (atomically: readers see the old file or the new)."""
    path = cache_file()
    if path is None or _kept is None:
        return
    entries = {**_load(), **_kept}
    if len(entries) > MAX_ENTRIES:
        entries = {key: entries[key] for key in _used}
    data: dict[str, Any] = {"version": sys.version, "magic": _sre.MAGIC, "entries": entries}
    try:
        payload = marshal.dumps(data)
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except (OSError, ValueError):
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(payload)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
