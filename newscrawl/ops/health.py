"""Layout-drift and health checks of one run against thresholds and earlier runs. No Scrapy.

Each check returns a ``CheckResult``; a failed one names the pages concerned. ``severity``
says what a failure means for the exit status: 'error' (the crawl had failures, exit 1) or
'health' (the site's layout or the data drifted, exit 3). Baselines are medians over the
site's earlier runs (``newscrawl.ops.report.read_history``), so one odd run does not move them.
"""

from __future__ import annotations

import statistics
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, kw_only=True)
class Thresholds:
    #: A drop larger than this fraction against the baseline fails (0.5 = half).
    max_drop: float = 0.5
    #: Earlier runs used for the baseline (the most recent ones).
    baseline_runs: int = 10
    #: Fewest blocks in this run before the byline-rate check judges it.
    min_items: int = 10
    #: Schema validation failures tolerated.
    max_invalid: int = 0


@dataclass(frozen=True, kw_only=True)
class PageStat:
    url: str
    blocks: int
    bylines: int
    #: The page has a next link (so it should be a full page).
    full: bool
    not_listing: str | None = None


@dataclass(kw_only=True)
class CheckResult:
    name: str
    ok: bool
    severity: str
    message: str
    value: float | int | None = None
    baseline: float | None = None
    pages: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def baseline(history: list[dict[str, Any]], key: str, thresholds: Thresholds) -> float | None:
    """Median of ``key`` over the latest earlier runs that fetched pages and finished."""
    values = [
        float(run[key])
        for run in history
        if isinstance(run.get(key), (int, float)) and run.get("pages") and run.get("finish_reason") == "finished"
    ][-thresholds.baseline_runs :]
    return statistics.median(values) if values else None


def check_zero_blocks(pages: list[PageStat]) -> CheckResult:
    empty = [p.url for p in pages if p.blocks == 0 and p.not_listing is None]
    if empty:
        return CheckResult(
            name="zero_blocks",
            ok=False,
            severity="error",
            value=len(empty),
            pages=empty,
            message=f"{len(empty)} listing page(s) with no teaser blocks (layout changed?): {', '.join(empty[:5])}",
        )
    return CheckResult(
        name="zero_blocks", ok=True, severity="error", value=0, message="every listing page had teaser blocks"
    )


def check_blocks_drop(pages: list[PageStat], history: list[dict[str, Any]], thresholds: Thresholds) -> CheckResult:
    base = baseline(history, "blocks_per_full_page", thresholds)
    full = [p for p in pages if p.full]
    value = round(sum(p.blocks for p in full) / len(full), 3) if full else None
    if base is None or value is None:
        return CheckResult(
            name="blocks_per_page",
            ok=True,
            severity="health",
            value=value,
            baseline=base,
            message="no baseline yet" if base is None else "no full listing page in this run",
        )
    floor = base * (1 - thresholds.max_drop)
    low = [p.url for p in full if p.blocks < floor]
    if low:
        return CheckResult(
            name="blocks_per_page",
            ok=False,
            severity="health",
            value=value,
            baseline=base,
            pages=low,
            message=(
                f"blocks per page dropped below {floor:.1f} (earlier runs: {base:g}) on "
                f"{len(low)} page(s), e.g. {low[0]} (layout changed?)"
            ),
        )
    return CheckResult(
        name="blocks_per_page",
        ok=True,
        severity="health",
        value=value,
        baseline=base,
        message=f"{value:g} blocks per full page (earlier runs: {base:g})",
    )


def check_byline_drop(pages: list[PageStat], history: list[dict[str, Any]], thresholds: Thresholds) -> CheckResult:
    base = baseline(history, "byline_rate", thresholds)
    blocks = sum(p.blocks for p in pages)
    value = round(sum(p.bylines for p in pages) / blocks, 3) if blocks else None
    if base is None or value is None or blocks < thresholds.min_items:
        why = "no baseline yet" if base is None else f"too few blocks to judge ({blocks} < {thresholds.min_items})"
        return CheckResult(name="byline_rate", ok=True, severity="health", value=value, baseline=base, message=why)
    floor = base * (1 - thresholds.max_drop)
    if value < floor:
        bare = [p.url for p in pages if p.blocks and p.bylines == 0]
        return CheckResult(
            name="byline_rate",
            ok=False,
            severity="health",
            value=value,
            baseline=base,
            pages=bare,
            message=(
                f"bylines found in {value:.0%} of blocks, below {floor:.0%} (earlier runs: {base:.0%}); "
                f"no byline at all on {len(bare)} page(s), e.g. {bare[0] if bare else '-'}"
            ),
        )
    return CheckResult(
        name="byline_rate",
        ok=True,
        severity="health",
        value=value,
        baseline=base,
        message=f"bylines in {value:.0%} of blocks (earlier runs: {base:.0%})",
    )


def check_validation(failures: int, failed_pages: list[str], thresholds: Thresholds) -> CheckResult:
    if failures > thresholds.max_invalid:
        return CheckResult(
            name="validation",
            ok=False,
            severity="health",
            value=failures,
            pages=failed_pages,
            message=(
                f"{failures} item(s) failed schema validation (allowed {thresholds.max_invalid})"
                + (f", e.g. from {failed_pages[0]}" if failed_pages else "")
            ),
        )
    return CheckResult(name="validation", ok=True, severity="health", value=failures, message="items valid")


def run_checks(
    pages: list[PageStat],
    history: list[dict[str, Any]],
    *,
    validation_failures: int = 0,
    failed_pages: list[str] | None = None,
    thresholds: Thresholds | None = None,
) -> list[CheckResult]:
    t = thresholds or Thresholds()
    return [
        check_zero_blocks(pages),
        check_blocks_drop(pages, history, t),
        check_byline_drop(pages, history, t),
        check_validation(validation_failures, failed_pages or [], t),
    ]
