"""The run report: one JSON document per crawl, built from Scrapy's stats, plus the per-site
run history (JSON lines of reports) that health checks compare against. No Scrapy.

Exit status (also in docs/exit-codes.md and ``newscrawl crawl --help``):
  0 success; 1 finished with errors (failed pages, zero-block or login/error pages,
  interrupted); 2 usage error; 3 health check failed (layout drift, validation failures);
  4 could not start (bad config, store unreachable). When several apply the highest wins,
  except that 2 and 4 are decided before a crawl starts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPORT_VERSION = 1

EXIT_OK = 0
EXIT_ERRORS = 1
EXIT_USAGE = 2
EXIT_HEALTH = 3
EXIT_CANNOT_START = 4

_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


def _iso(value: Any) -> str | None:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return None


def errors_by_kind(stats: dict[str, Any]) -> dict[str, int]:
    """Failures that make a run "finished with errors", by kind (``newscrawl/errors/<kind>``,
    zero-block pages, spider exceptions)."""
    kinds: dict[str, int] = {}
    for key, value in stats.items():
        if key.startswith("newscrawl/errors/"):
            kinds[key.removeprefix("newscrawl/errors/")] = int(value)
        elif key.startswith("spider_exceptions/") and key.count("/") == 1:
            kinds[f"spider_exception_{key.split('/', 1)[1]}"] = int(value)
    if stats.get("newscrawl/listing/zero_blocks"):
        kinds["zero_blocks"] = int(stats["newscrawl/listing/zero_blocks"])
    return dict(sorted(kinds.items()))


def anomalies(stats: dict[str, Any]) -> dict[str, int]:
    """Handled oddities that are not failures: retries, pager loops, offsite redirects, fallbacks."""
    names = {
        "retry/count": "retries",
        "newscrawl/backoff/waits": "backoff_waits",
        "newscrawl/listing/pager_loop": "pager_loops",
        "newscrawl/listing/offsite_next_ignored": "offsite_next_links",
        "offsite/filtered": "offsite_requests_filtered",
        "newscrawl/listing/fallback": "extractor_fallbacks",
        "newscrawl/listing/page_limit_reached": "page_limit_reached",
        "newscrawl/validation/failed": "validation_failures",
        "downloader/response_status_count/301": "redirects_301",
        "downloader/response_status_count/302": "redirects_302",
    }
    out = {label: int(stats[key]) for key, label in names.items() if stats.get(key)}
    for key, value in stats.items():
        if key.startswith("downloader/exception_type_count/"):
            out["exception_" + key.rsplit(".", 1)[-1].rsplit("/", 1)[-1]] = int(value)
    return dict(sorted(out.items()))


def build_report(
    stats: dict[str, Any],
    *,
    site: str | None,
    run_id: str | None,
    start_urls: Iterable[str] = (),
    checks: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The run report from a finished crawl's stats (and the health checks' results)."""
    pages = int(stats.get("newscrawl/listing/pages", 0))
    blocks = int(stats.get("newscrawl/listing/blocks", 0))
    items = int(stats.get("item_scraped_count", 0))
    bylines = int(stats.get("newscrawl/listing/bylines", 0))
    has_store = "newscrawl/incremental/new" in stats or "newscrawl/incremental/known" in stats
    report: dict[str, Any] = {
        "report_version": REPORT_VERSION,
        "site": site,
        "run_id": run_id,
        "start_urls": list(start_urls),
        "started_at": _iso(stats.get("start_time")),
        "finished_at": _iso(stats.get("finish_time")),
        "duration_s": round(float(stats.get("elapsed_time_seconds", 0.0)), 3),
        "finish_reason": stats.get("finish_reason"),
        "pages": pages,
        "pages_failed": int(stats.get("newscrawl/listing/failed", 0)),
        # Listing pages parsed that were requested ahead of their chain, because a page declared
        # the chain's end (fan-out); fanned-out pages past a shorter end (404, not an error).
        "pages_fanned_out": int(stats.get("newscrawl/listing/fanned_out", 0)),
        "pages_past_end": int(stats.get("newscrawl/listing/past_end", 0)),
        "items": items,
        "new_articles": int(stats.get("newscrawl/incremental/new", 0)) if has_store else None,
        "known_articles": int(stats.get("newscrawl/incremental/known", 0)) if has_store else None,
        "incremental_stops": int(stats.get("newscrawl/incremental/stopped", 0)),
        "duplicates": int(stats.get("newscrawl/dedup/dropped/in_run", 0)),
        "uncertain_splits": int(stats.get("newscrawl/split/uncertain", 0)),
        "zero_block_pages": int(stats.get("newscrawl/listing/zero_blocks", 0)),
        "blocks": blocks,
        "blocks_per_page": round(blocks / pages, 3) if pages else None,
        "blocks_per_full_page": (
            round(stats["newscrawl/listing/full_page_blocks"] / stats["newscrawl/listing/full_pages"], 3)
            if stats.get("newscrawl/listing/full_pages")
            else None
        ),
        "byline_rate": round(bylines / blocks, 3) if blocks else None,
        "validation_failures": int(stats.get("newscrawl/validation/failed", 0)),
        "errors": errors_by_kind(stats),
        "anomalies": anomalies(stats),
        "checks": checks or [],
    }
    report["error_count"] = sum(report["errors"].values())
    report["exit_status"] = exit_status(report)
    return report


def exit_status(report: dict[str, Any]) -> int:
    if any(not c.get("ok", True) and c.get("severity") == "health" for c in report.get("checks", [])):
        return EXIT_HEALTH
    if report.get("error_count") or report.get("finish_reason") not in ("finished", None):
        return EXIT_ERRORS
    if any(not c.get("ok", True) for c in report.get("checks", [])):
        return EXIT_ERRORS
    return EXIT_OK


def history_path(state: Path, site: str) -> Path:
    return state / "history" / f"{_SAFE_NAME.sub('_', site) or 'site'}.jsonl"


def append_history(state: Path, report: dict[str, Any]) -> Path:
    path = history_path(state, report.get("site") or "site")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("ab") as probe:
        # A line cut by a crash must not swallow this one.
        cut = probe.tell() > 0 and _last_byte(path) != b"\n"
    with path.open("a", encoding="utf-8") as handle:
        if cut:
            handle.write("\n")
        handle.write(json.dumps(report, ensure_ascii=False, sort_keys=True) + "\n")
    return path


def _last_byte(path: Path) -> bytes:
    with path.open("rb") as handle:
        handle.seek(-1, 2)
        return handle.read(1)


def read_history(state: Path, site: str, *, limit: int = 50) -> list[dict[str, Any]]:
    """The last ``limit`` reports of ``site``, oldest first; damaged lines are skipped."""
    path = history_path(state, site)
    if not path.is_file():
        return []
    runs: list[dict[str, Any]] = []
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(record, dict):
                runs.append(record)
    return runs[-limit:]


def write_report(path: str | Path, report: dict[str, Any]) -> None:
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(target)
