"""Where newscrawl keeps what it learns between runs (run history, HTTP cache). No Scrapy."""

from __future__ import annotations

import os
from pathlib import Path


def state_dir(setting: str | None = None) -> Path:
    """NEWSCRAWL_STATE_DIR (setting, then environment), else ~/.local/share/newscrawl."""
    chosen = setting or os.environ.get("NEWSCRAWL_STATE_DIR")
    if chosen:
        return Path(chosen).expanduser()
    return Path.home() / ".local" / "share" / "newscrawl"
