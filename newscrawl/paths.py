"""Where newscrawl's files are: the state directory (what it learns between runs) and the
bundled offline fixture site, in a checkout or an installed package. No Scrapy."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

_REPO = Path(__file__).resolve().parent.parent


def state_dir(setting: str | None = None) -> Path:
    """Where state is kept (learned bylines, run history, HTTP cache): NEWSCRAWL_STATE_DIR
    (the setting, then the environment), else ~/.local/share/newscrawl."""
    chosen = setting or os.environ.get("NEWSCRAWL_STATE_DIR")
    if chosen:
        return Path(chosen).expanduser()
    return Path.home() / ".local" / "share" / "newscrawl"


class FixtureSiteNotFound(FileNotFoundError):
    pass


def _installed_site() -> list[Path]:
    """fixtures/site as installed: the data-only package ``newscrawl.demo_site`` (pyproject.toml)."""
    try:
        spec = importlib.util.find_spec("newscrawl.demo_site")
    except (ImportError, ValueError):
        return []
    return [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []


def fixture_site_dir() -> Path:
    """fixtures/site of this checkout, else the copy installed with the package."""
    for candidate in (_REPO / "fixtures" / "site", *_installed_site()):
        if (candidate / "manifest.json").is_file():
            return candidate
    raise FixtureSiteNotFound(
        "the offline fixture site (fixtures/site) was not found: reinstall newscrawl (pip install .)"
    )
