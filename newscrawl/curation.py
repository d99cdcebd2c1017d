"""What ``newscrawl knowledge show|export|import|forget|allow`` does with a site's knowledge,
as library functions (the CLI only parses options and prints). No Scrapy.

Every command reads the site's knowledge file strictly: a file that cannot be used stops the
command with one line naming it (``import --replace`` moves it aside instead), so curation
never silently starts from nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.ops.state import state_dir
from newscrawl.storage.knowledge_file import (
    KnowledgeFileError,
    knowledge_path,
    load_knowledge,
    read_curated,
    set_aside,
    write_knowledge,
)


class CurationError(ValueError):
    """A curation command cannot go on; the message is one line naming the cause."""


def site_host(name: str) -> str:
    """The site whose knowledge is meant: a host as given ('chinaworker.info'), the host of a URL,
    or of a configured site's base URL ('chinaworker', 'path/to/site.toml')."""
    from newscrawl.sites import SiteConfigError, bundled_sites, load_site

    name = name.strip()
    if "://" in name:
        host = urlsplit(name).hostname
        if not host:
            raise CurationError(f"no host name in {name!r}")
        return host.lower()
    if name.endswith(".toml") or name in bundled_sites():
        try:
            config = load_site(name)
        except SiteConfigError as exc:
            raise CurationError(str(exc)) from None
        return (urlsplit(config.base_url).hostname or name).lower()
    if not name:
        raise CurationError("--site is empty; give the site's host name, e.g. chinaworker.info")
    return name.lower()


def knowledge_directory(state: str | Path | None) -> Path:
    return state_dir(str(state) if state else None) / "knowledge"


@dataclass
class Loaded:
    knowledge: SiteKnowledge
    path: Path
    exists: bool


def load(site: str, directory: Path) -> Loaded:
    """The site's knowledge for curation: CurationError when its file cannot be used."""
    path = knowledge_path(site, directory)
    try:
        knowledge = load_knowledge(site, directory)
    except KnowledgeFileError as exc:
        raise _unusable(exc, site) from None
    return Loaded(knowledge, path, path.exists())


def _unusable(exc: KnowledgeFileError, site: str) -> CurationError:
    return CurationError(f"{exc}; look at it, then move it away to start afresh "
                         f"(or `newscrawl knowledge import FILE --site {site} --replace`)")


# --- show ---------------------------------------------------------------------------------------


def show_data(loaded: Loaded, *, kind: str | None = None, top: int | None = None) -> dict[str, Any]:
    """What ``show --json`` prints: the tables (entry -> count, highest first) and the rejections."""
    k = loaded.knowledge
    tables = {name: dict(_ranked(table, top)) for name, table in k.tables().items() if kind in (None, name)}
    return {
        "site": k.site, "path": str(loaded.path), "stored": loaded.exists,
        "sizes": {name: len(table) for name, table in k.tables().items()},
        "tables": tables,
        "rejected": {name: sorted(values) for name, values in sorted(k.rejected.items())
                     if values and kind in (None, name)},
        "pending": len(k.pending),
        "byline_presence": k.byline_presence.to_dict(),
    }


def _ranked(table: Any, top: int | None) -> list[tuple[str, int]]:
    ranked = sorted(table.items(), key=lambda kv: (-kv[1], kv[0]))
    return ranked[:top] if top else ranked


def format_show(loaded: Loaded, *, kind: str | None = None, top: int | None = None) -> str:
    data = show_data(loaded, kind=kind, top=top)
    k = loaded.knowledge
    sizes = ", ".join(f"{n} {name}" for name, n in data["sizes"].items())
    rejected = sum(len(v) for v in k.rejected.values())
    presence = data["byline_presence"]
    lines = [f"{k.site}: {sizes}, {rejected} rejected"]
    if loaded.exists:
        lines.append(f"file: {loaded.path}")
    else:
        lines.append(f"nothing learned yet (a crawl of the site writes {loaded.path}); built-in seed only")
    lines.append(f"waiting for recurrence: {data['pending']} entries; excerpts seen: {presence['excerpts']}, "
                 f"showing a byline by themselves: {presence['bylines']}")
    for name, table in data["tables"].items():
        total = data["sizes"][name]
        shown = f", top {len(table)}" if len(table) < total else ""
        lines += ["", f"{name} ({total}{shown})"]
        if not table:
            lines.append("  (none)")
            continue
        width = max(5, len(str(max(table.values()))))
        lines.append(f"  {'count':>{width}}  entry")
        lines += [f"  {count:>{width}}  {entry}" for entry, count in table.items()]
    if data["rejected"] or kind is None:
        lines += ["", f"rejected ({rejected}): never learned again; `newscrawl knowledge allow VALUE` undoes"]
        if not data["rejected"]:
            lines.append("  (none)")
        width = max((len(name) for name in data["rejected"]), default=0)
        for name, values in data["rejected"].items():
            lines += [f"  {name:<{width}}  {value}" for value in values]
    return "\n".join(lines)


# --- forget / allow -------------------------------------------------------------------------------


def forget(site: str, directory: Path, value: str, kind: str | None = None) -> str:
    """Drop ``value`` and reject it (``kind``, or every kind); save; say what was done."""
    loaded = load(site, directory)
    k = loaded.knowledge
    kinds = _check_kind(k, kind)
    before = {name: k.tables()[name].get(value) for name in kinds}
    k.forget(value, kind)
    _save(k, directory)
    dropped = [f"{name} (learned {n} time{'s' if n != 1 else ''})" for name, n in before.items() if n is not None]
    where = "every kind" if kind is None else kind
    if dropped:
        lines = [f"forgot {value!r} from {k.site}'s {', '.join(dropped)}; it will not be learned again ({where})"]
    else:
        lines = [f"{value!r} was not in {k.site}'s knowledge ({', '.join(kinds)}); rejected anyway: "
                 f"it will not be learned ({where})"]
    containing = [(name, entry, n) for name, table in k.tables().items() for entry, n in table.items()
                  if value in entry and entry != value]
    if containing:
        shown = "; ".join(f"{name} {entry!r} ({n})" for name, entry, n in containing[:5])
        more = f" and {len(containing) - 5} more" if len(containing) > 5 else ""
        lines.append(f"entries that contain it are still there: {shown}{more} (forget them one by one)")
    lines.append(f"undo: newscrawl knowledge allow {_quote(value)} --site {k.site}"
                 + (f" --kind {kind}" if kind else ""))
    lines.append(f"stored articles keep their split until: newscrawl resplit --db URL --site {k.site}")
    return "\n".join(lines)


def allow(site: str, directory: Path, value: str, kind: str | None = None) -> str:
    """Take ``value`` off the rejected list (``kind``, or every kind); save; say what was done."""
    loaded = load(site, directory)
    k = loaded.knowledge
    _check_kind(k, kind)
    undone = k.allow(value, kind)
    if not undone:
        return f"{value!r} was not rejected in {k.site}'s knowledge; nothing to do"
    _save(k, directory)
    return f"{value!r} may be learned again for {k.site} (it was rejected in {undone} kind{'s' if undone != 1 else ''})"


def _save(knowledge: SiteKnowledge, directory: Path) -> Path:
    try:
        return write_knowledge(knowledge, directory)
    except OSError as exc:
        raise CurationError(f"cannot save {knowledge_path(knowledge.site, directory)}: {exc.strerror or exc}") from None


def _check_kind(k: SiteKnowledge, kind: str | None) -> list[str]:
    if kind is None:
        return k.kinds()
    if kind not in k.tables():
        raise CurationError(f"unknown kind {kind!r}; kinds: {', '.join(k.kinds())}")
    return [kind]


def _quote(value: str) -> str:
    import shlex

    return shlex.quote(value)


# --- export / import ----------------------------------------------------------------------------


def import_file(site: str, directory: Path, source: str | Path, *, replace: bool = False,
                fmt: str | None = None) -> tuple[str, list[str]]:
    """Merge (or replace with) a curated file; save. Returns (summary, warnings)."""
    try:
        curated = read_curated(source, site, fmt)
    except ValueError as exc:
        raise CurationError(str(exc)) from None
    warnings: list[str] = []
    path = knowledge_path(site, directory)
    try:
        loaded = Loaded(load_knowledge(site, directory), path, path.exists())
    except KnowledgeFileError as exc:
        if not replace:
            raise _unusable(exc, site) from None
        # A fresh start is what --replace asks for: keep the unusable file aside, never overwrite it.
        warnings.append(f"{exc}; moved it to {set_aside(path)}")
        loaded = Loaded(SiteKnowledge(site, seed=False), path, False)
    summary = loaded.knowledge.merge(curated, replace=replace)
    path = _save(loaded.knowledge, directory)
    parts = []
    for kind, counts in summary.items():
        said = [f"{counts[key]} {key}" for key in ("added", "recounted", "dropped", "skipped") if counts[key]]
        now = len(loaded.knowledge.tables()[kind])
        parts.append(f"{kind}: {', '.join(said) if said else 'unchanged'}, now {now}")
    rejected = sum(len(v) for v in loaded.knowledge.rejected.values())
    skipped = sum(c["skipped"] for c in summary.values())
    text = (f"{'replaced' if replace else 'merged'} {site}'s knowledge with {source}: {'; '.join(parts)}; "
            f"{rejected} rejected. Saved to {path}")
    if skipped:
        text += (f"\n{skipped} entr{'ies' if skipped != 1 else 'y'} of the file "
                 f"{'are' if skipped != 1 else 'is'} rejected here and were left out "
                 "(`newscrawl knowledge allow VALUE` first, to take them)")
    return text, warnings

