"""Persist a site's learned byline knowledge as JSON (``<state dir>/knowledge/<site>.json``).

The state directory is ``$NEWSCRAWL_STATE_DIR`` if set, else ``~/.local/share/newscrawl``.
Writes are atomic (temporary file in the same directory, then ``os.replace``), so a crash
never leaves half a file. A site without a file starts from its built-in seed (if any).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.paths import state_dir

_SAFE_RE = re.compile(r"[^A-Za-z0-9._-]+")


def default_directory() -> Path:
    """Where knowledge files live: the state directory's ``knowledge/``."""
    return state_dir() / "knowledge"


def knowledge_path(site: str, directory: str | Path | None = None) -> Path:
    """The JSON file holding ``site``'s knowledge."""
    name = _SAFE_RE.sub("_", site.lower().removeprefix("www.")) or "_"
    folder = Path(directory) if directory is not None else default_directory()
    return folder / f"{name}.json"


def load_knowledge(site: str, directory: str | Path | None = None) -> SiteKnowledge:
    """The stored knowledge of ``site``, or a fresh (seeded) one when nothing is stored yet."""
    path = knowledge_path(site, directory)
    if not path.exists():
        return SiteKnowledge(site)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"cannot read site knowledge {path}: {exc}. Delete the file to start afresh.") from exc
    return SiteKnowledge.from_dict(data)


def load_knowledge_or_fresh(site: str, directory: str | Path | None = None) -> tuple[SiteKnowledge, str | None]:
    """``load_knowledge``, but an unreadable file gives fresh knowledge and a warning to show
    (the crawl or parse goes on; the file is left for the user to look at)."""
    try:
        return load_knowledge(site, directory), None
    except ValueError as exc:
        return SiteKnowledge(site), f"{exc}; going on without it"


def save_knowledge(knowledge: SiteKnowledge, directory: str | Path | None = None) -> Path:
    """Write ``knowledge`` atomically; returns the file's path."""
    path = knowledge_path(knowledge.site, directory)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(knowledge.to_dict(), fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
