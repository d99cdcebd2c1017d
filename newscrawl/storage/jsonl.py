"""JSON lines: append-safe opening and a reader that tolerates a line still being written.

Scrapy's feed exports write the lines (see ``extensions.feedstorage``); these helpers make the
file safe to append to after a crash and safe to read while a crawl is writing it:

* :func:`open_for_append` opens the file unbuffered, so each line reaches the file in one
  ``write`` (a reader never sees half a line that is later completed by a second write), and
  ends a partial last line left by a killed crawl with a newline, so the next run's first
  object starts on a line of its own instead of being glued to the broken one;
* :func:`read_jsonl` yields the objects and skips (counting) lines that are not JSON or not
  finished, instead of failing on the line being written right now;
* :class:`JsonlArticles` answers "which of these articles do you hold?" from an earlier run's
  items file, as the database stores do (``known_urls``), for incremental crawls with ``-o``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from newscrawl.dedup import article_key
from newscrawl.storage.base import StoreUnreachableError


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


class JsonlArticles:
    """The articles of a JSON-lines items file (an earlier run's ``-o`` output), read once.

    Kept in memory as one entry per article: its key (``canonical_url``, else ``url``) and the
    run that wrote it first, so that ``known_urls(..., exclude_run_id=R)`` leaves out what run R
    wrote itself before a crash, as the SQL stores do with ``first_run_id``. A missing file is
    an empty store (a first run); damaged lines are skipped and counted in ``skipped``.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.first_run: dict[str, str | None] = {}
        self.skipped = 0
        if not self.path.exists():
            return
        stats = ReadStats()
        run_ids: dict[str, str] = {}  # one string per run id, however many lines carry it
        try:
            for record in read_jsonl(self.path, stats):
                key = article_key(record.get("canonical_url"), record.get("url"))
                if isinstance(key, str) and key not in self.first_run:
                    run_id = record.get("run_id")
                    self.first_run[key] = run_ids.setdefault(run_id, run_id) if isinstance(run_id, str) else None
        except OSError as exc:
            raise StoreUnreachableError(f"cannot read {self.path}: {exc.strerror or exc}") from None
        self.skipped = stats.skipped

    def known_urls(self, canonical_urls: Iterable[str], *, exclude_run_id: str | None = None) -> set[str]:
        first_run = self.first_run
        return {url for url in canonical_urls
                if url in first_run and (exclude_run_id is None or first_run[url] != exclude_run_id)}

    def close(self) -> None:
        """Nothing to release: the file was read and closed when opened."""
