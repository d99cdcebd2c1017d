"""Progress of a crawl as one line of text: pages, items, rate, ETA. No Scrapy.

The page total is known once every start URL's first page has said how many pages it has
("Page 1 of N"), capped by max_pages; the ETA appears only then.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ProgressState:
    started: float
    pages: int = 0
    items: int = 0
    errors: int = 0
    #: Expected pages per start URL (None = not known yet).
    totals: dict[str, int | None] = field(default_factory=dict)
    #: Chains that ended early (incremental stop, failure, last page): their done count is final.
    finished: dict[str, int] = field(default_factory=dict)
    done_pages: dict[str, int] = field(default_factory=dict)

    def page(self, start: str, total: int | None, max_pages: int = 0, *, ended: bool = False) -> None:
        self.pages += 1
        self.done_pages[start] = self.done_pages.get(start, 0) + 1
        if start not in self.totals or self.totals[start] is None:
            self.totals[start] = min(total, max_pages) if total and max_pages else total
        if ended:
            self.finished[start] = self.done_pages[start]

    def expected_total(self, starts: int) -> int | None:
        """Pages this crawl will fetch, when known for every start URL."""
        if len(self.totals) < starts:
            return None
        total = 0
        for start, pages in self.totals.items():
            if start in self.finished:
                total += self.finished[start]
            elif pages is None:
                return None
            else:
                total += max(pages, self.done_pages.get(start, 0))
        return total

    def line(self, now: float, starts: int, *, final: bool = False) -> str:
        elapsed = max(now - self.started, 1e-6)
        rate = self.pages / elapsed
        # The final line states what was done; an early stop (incremental) leaves totals unreached.
        total = None if final else self.expected_total(starts)
        parts = [f"{self.pages}/{total} pages" if total else f"{self.pages} pages", f"{self.items} items"]
        if self.errors:
            parts.append(f"{self.errors} errors")
        parts.append(f"{rate * 60:.1f} pages/min")
        if total and rate > 0 and total > self.pages:
            parts.append(f"ETA {format_duration((total - self.pages) / rate)}")
        parts.append(f"elapsed {format_duration(elapsed)}")
        return ", ".join(parts)


def format_duration(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
