"""Export articles from a store as JSON lines or CSV, and summarise a store (the CLI's
``export`` and ``stats``; tests call these functions directly)."""

from __future__ import annotations

import csv
import json
from typing import Any, TextIO

from newscrawl.storage import open_store
from newscrawl.storage.base import EXPORT_COLUMNS

FORMATS = ("jsonl", "csv")


def export_articles(uri: str, out: TextIO, *, fmt: str = "jsonl", since: str | None = None,
                    region: str | None = None) -> int:
    """Write the store's articles to ``out``; return how many. CSV cells of lists hold JSON arrays."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    count = 0
    with open_store(uri, create=False) as store:
        writer = None
        if fmt == "csv":
            writer = csv.DictWriter(out, fieldnames=list(EXPORT_COLUMNS), lineterminator="\n")
            writer.writeheader()
        for row in store.export_articles(since=since, region=region):
            if writer is not None:
                writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v
                                 for k, v in row.items()})
            else:
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def store_stats(uri: str) -> dict[str, Any]:
    with open_store(uri, create=False) as store:
        return store.stats()


def format_stats(stats: dict[str, Any], *, top: int = 20) -> str:
    """Plain-text tables: totals, articles by region, by author (top N), new articles per run."""
    lines = [f"schema version {stats['schema_version']}", ""]
    totals = stats["totals"]
    width = max(len(k) for k in totals)
    lines += [f"{name.replace('_', ' '):<{width}}  {value}" for name, value in totals.items()]

    def table(title: str, rows: list[tuple[str, Any]]) -> None:
        lines.extend(["", title])
        if not rows:
            lines.append("  (none)")
            return
        w = max(len(str(r[0])) for r in rows)
        lines.extend(f"  {str(name):<{w}}  {value}" for name, value in rows)

    table("articles by region", [(r["region"], r["articles"]) for r in stats["by_region"]])
    authors = stats["by_author"]
    more = f" (top {top} of {len(authors)})" if len(authors) > top else ""
    table(f"articles by author{more}", [(a["author"], a["articles"]) for a in authors[:top]])
    table("new articles per run", [
        (f"{r['run_id']}  {r['started_at'] or '-'}  {r['finish_reason'] or '-'}", r["new_articles"])
        for r in stats["runs"]
    ])
    return "\n".join(lines)
