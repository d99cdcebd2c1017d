"""Where the bundled offline fixture site is, in a checkout or an installed package."""

from __future__ import annotations

from pathlib import Path

_REPO = Path(__file__).resolve().parent.parent


class FixtureSiteNotFound(FileNotFoundError):
    pass


def fixture_site_dir() -> Path:
    """fixtures/site of this checkout, else ./fixtures/site (a non-editable install run from the repo)."""
    for candidate in (_REPO / "fixtures" / "site", Path.cwd() / "fixtures" / "site"):
        if (candidate / "manifest.json").is_file():
            return candidate
    raise FixtureSiteNotFound(
        "the offline fixture site (fixtures/site) was not found; run from the newscrawl checkout"
    )
