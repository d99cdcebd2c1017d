"""UnbufferedFileFeedStorage: local feed files written with one write() per item.

Scrapy's FileFeedStorage opens a buffered file, so a killed crawl loses the items still in
the buffer (and may leave half a line). Unbuffered, each exported JSON line reaches the OS
in one call: a SIGKILL loses nothing already exported, which the frontier checkpoint needs.
Appending first ends a partial last line left by a killed run (newscrawl.storage.jsonl), so
the next object is not glued to the broken one.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from scrapy import Spider
from scrapy.extensions.feedexport import FileFeedStorage

from newscrawl.storage.jsonl import open_for_append


class UnbufferedFileFeedStorage(FileFeedStorage):
    def open(self, spider: Spider) -> IO[bytes]:
        if self.write_mode == "ab":
            return open_for_append(self.path)
        path = Path(self.path)
        path.parent.mkdir(parents=True, exist_ok=True)
        return path.open(self.write_mode, buffering=0)
