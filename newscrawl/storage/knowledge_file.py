"""Persist a site's learned byline knowledge as JSON (``<state dir>/knowledge/<site>.json``),
and read and write the curated files of ``newscrawl knowledge export/import`` (TOML or JSON).

The state directory is ``$NEWSCRAWL_STATE_DIR`` if set, else ``~/.local/share/newscrawl``.
Writes are atomic (temporary file in the same directory, then ``os.replace``), so a crash
never leaves half a file. A site without a file starts from its built-in seed (if any).

A knowledge file that cannot be used — unreadable, not JSON, the wrong shape or types, or
written by a newer newscrawl — is never overwritten: a crawl or ``parse`` moves it aside to
``<name>.json.bad-<UTC time>`` (saying where, in one warning line) and starts afresh; the
``newscrawl knowledge`` commands refuse with a one-line error instead, so a researcher looks at
it first (``import --replace`` sets it aside, being a fresh start by request).
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
import tomllib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from newscrawl.extract.knowledge import FutureKnowledgeError, SiteKnowledge
from newscrawl.paths import state_dir

logger = logging.getLogger(__name__)

_SAFE_RE = re.compile(r"[^A-Za-z0-9._-]+")
#: Curated-file formats, by the file name's extension (anything else is TOML).
FORMATS = ("toml", "json")


class KnowledgeFileError(ValueError):
    """A knowledge file cannot be used; ``reason`` says why in a few words, the message in one line."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"site knowledge file {path} {reason}")
        self.path = path
        self.reason = reason


def default_directory() -> Path:
    """Where knowledge files live: the state directory's ``knowledge/``."""
    return state_dir() / "knowledge"


def knowledge_path(site: str, directory: str | Path | None = None) -> Path:
    """The JSON file holding ``site``'s knowledge."""
    name = _SAFE_RE.sub("_", site.lower().removeprefix("www.")) or "_"
    folder = Path(directory) if directory is not None else default_directory()
    return folder / f"{name}.json"


def read_knowledge(path: Path, site: str) -> SiteKnowledge:
    """The knowledge in ``path`` (which exists), or KnowledgeFileError naming what is wrong."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise KnowledgeFileError(path, "is not UTF-8 text (corrupt)") from None
    except OSError as exc:
        raise KnowledgeFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise KnowledgeFileError(path, f"is not valid JSON (corrupt: {exc})") from None
    try:
        return SiteKnowledge.from_dict(data, site=site)
    except FutureKnowledgeError as exc:
        raise KnowledgeFileError(path, f"was written by a newer newscrawl ({exc})") from None
    except ValueError as exc:
        raise KnowledgeFileError(path, f"is not valid site knowledge ({exc})") from None


def load_knowledge(site: str, directory: str | Path | None = None) -> SiteKnowledge:
    """The stored knowledge of ``site``, or a fresh (seeded) one when nothing is stored yet.
    Raises KnowledgeFileError (a ValueError) when the file cannot be used."""
    path = knowledge_path(site, directory)
    if not path.exists() and not path.is_symlink():
        return SiteKnowledge(site)
    return read_knowledge(path, site)


def set_aside(path: Path) -> Path:
    """Rename a bad knowledge file to ``<name>.bad-<UTC time>`` (never overwriting an earlier one)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.bad-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.bad-{stamp}-{n}")
    os.replace(path, target)
    return target


def load_knowledge_or_fresh(site: str, directory: str | Path | None = None) -> tuple[SiteKnowledge, str | None]:
    """``load_knowledge``, but a file that cannot be used is moved aside (kept for the user to
    look at) and the site starts afresh; returns the warning to show, one line, or None."""
    try:
        return load_knowledge(site, directory), None
    except KnowledgeFileError as exc:
        return SiteKnowledge(site), _set_aside_warning(exc)


def _set_aside_warning(exc: KnowledgeFileError) -> str:
    try:
        moved = set_aside(exc.path)
    except OSError as move_error:
        return (f"{exc}; could not move it aside ({move_error.strerror or move_error}): going on without it, "
                "and what this run learns will not be saved over it")
    return f"{exc}; moved it to {moved} and started afresh"


def save_knowledge(knowledge: SiteKnowledge, directory: str | Path | None = None) -> Path:
    """Write what a crawl learned, atomically; returns the file's path.

    Values rejected in the file since the crawl loaded it (``newscrawl knowledge forget`` while
    the crawl ran) stay rejected: they are dropped from ``knowledge`` before writing. A file that
    is not valid knowledge (written meanwhile) is moved aside first, with a logged warning; one
    that cannot be moved aside raises OSError and is left untouched."""
    path = knowledge_path(knowledge.site, directory)
    if path.exists() or path.is_symlink():
        try:
            on_disk = read_knowledge(path, knowledge.site)
        except KnowledgeFileError as exc:
            try:
                moved = set_aside(path)
            except OSError as move_error:
                raise OSError(f"{exc}; not overwriting it (cannot move it aside: "
                              f"{move_error.strerror or move_error})") from None
            logger.warning("%s; moved it to %s before saving", exc, moved)
        else:
            for kind, values in on_disk.rejected.items():
                for value in values:
                    if not knowledge.is_rejected(kind, value):
                        knowledge.forget(value, kind)
    return write_knowledge(knowledge, directory)


def write_knowledge(knowledge: SiteKnowledge, directory: str | Path | None = None) -> Path:
    """Write ``knowledge`` as it is (the curation commands' save), atomically; returns the path."""
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


# --- curated files (`newscrawl knowledge export / import`) -----------------------------------

CURATED_HEADER = """\
# Site knowledge of {site}: what newscrawl learned of the site's bylines.
# Exported {when} by `newscrawl knowledge export`; import it again with
#   newscrawl knowledge import FILE --site {site}             (merge into what is stored)
#   newscrawl knowledge import FILE --site {site} --replace   (make it exactly this file)
#
# Each table lists entries with how many times they were learned; the count is informative
# (every entry listed is used). Delete a wrong line, or add one ("Jane Doe" = 1). Values listed
# under [rejected] are never learned again; move a wrong entry there (and delete its line) to
# keep it out for good.
"""


def format_of(path: str | Path, fmt: str | None = None) -> str:
    """``fmt`` if given, else 'json' for a .json file name and 'toml' for any other."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
        return fmt
    return "json" if str(path).lower().endswith(".json") else "toml"


def export_text(knowledge: SiteKnowledge, fmt: str = "toml") -> str:
    """The curated file of ``knowledge``: tables sorted by count (highest first), then rejections."""
    data: dict[str, Any] = {"version": knowledge.to_dict()["version"], "site": knowledge.site}
    for kind, table in knowledge.tables().items():
        data[kind] = dict(sorted(table.items(), key=lambda kv: (-kv[1], kv[0])))
    data["rejected"] = {k: sorted(v) for k, v in sorted(knowledge.rejected.items()) if v}
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    import tomli_w

    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return CURATED_HEADER.format(site=knowledge.site, when=when) + "\n" + tomli_w.dumps(data)


def read_curated(path: str | Path, site: str, fmt: str | None = None) -> SiteKnowledge:
    """A curated file (TOML, or JSON by its extension), checked; ValueError with one line naming
    the file and what is wrong (a syntax error's line, a wrong type, another site's file)."""
    path = Path(path)
    kind = format_of(path, fmt)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise ValueError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise ValueError(f"{path}: {exc.strerror or exc}") from None
    try:
        data = json.loads(text) if kind == "json" else tomllib.loads(text)
    except ValueError as exc:  # json.JSONDecodeError and tomllib.TOMLDecodeError
        raise ValueError(f"{path}: not valid {kind.upper()} ({exc})") from None
    if isinstance(data, dict):
        named = data.get("site")
        if named is not None and isinstance(named, str) and _site_key(named) != _site_key(site):
            raise ValueError(f"{path}: this is the knowledge of {named}, not {site}; "
                             f"use --site {named}, or change 'site' in the file")
    try:
        return SiteKnowledge.from_dict(data, site=site)
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from None


def _site_key(site: str) -> str:
    return site.lower().removeprefix("www.")
