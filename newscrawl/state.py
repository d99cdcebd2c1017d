"""Where newscrawl keeps what it learns between runs (run history, HTTP cache). No Scrapy."""

from __future__ import annotations

import os
from pathlib import Path


def state_dir(setting: str | None = None) -> Path:
    """NEWSCRAWL_STATE_DIR (setting, then environment), else ~/.local/share/newscrawl
    ($XDG_DATA_HOME/newscrawl when that is set)."""
    chosen = setting or os.environ.get("NEWSCRAWL_STATE_DIR")
    if chosen:
        return Path(chosen).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home) / "newscrawl"
