"""JSON lines: append-safe opening and a reader that tolerates a line still being written.

Scrapy's feed exports write the lines (see ``extensions.feedstorage``); these helpers make the
file safe to append to after a crash and safe to read while a crawl is writing it:

* :func:`open_for_append` opens the file unbuffered, so each line reaches the file in one
  ``write`` (a reader never sees half a line that is later completed by a second write), and
  ends a partial last line left by a killed crawl with a newline, so the next run's first
  object starts on a line of its own instead of being glued to the broken one;
* :func:`read_jsonl` yields the objects and skips (counting) lines that are not JSON or not
  finished, instead of failing on the line being written right now.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any


def open_for_append(path: str | os.PathLike[str]) -> IO[bytes]:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = path.open("ab", buffering=0)
    if handle.tell() > 0:
        with path.open("rb") as reader:
            reader.seek(-1, os.SEEK_END)
            if reader.read(1) != b"\n":
                handle.write(b"\n")
    return handle


@dataclass
class ReadStats:
    objects: int = 0
    skipped: int = 0


def read_jsonl(path: str | os.PathLike[str], stats: ReadStats | None = None) -> Iterator[dict[str, Any]]:
    """The objects of a JSON-lines file; a broken or unfinished line is skipped and counted."""
    stats = stats if stats is not None else ReadStats()
    with Path(path).open("rb") as handle:
        for raw in handle:
            if not raw.endswith(b"\n"):
                stats.skipped += 1  # the line a writer is still writing (or a crash left)
                continue
            try:
                value = json.loads(raw)
            except ValueError:
                stats.skipped += 1
                continue
            if isinstance(value, dict):
                stats.objects += 1
                yield value
            else:
                stats.skipped += 1
