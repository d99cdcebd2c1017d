"""Per-page results of `newscrawl parse` on the real pages of other sites and the team's own
markups (fixtures/pages/real-*, own-*): blocks found / expected / extra, next link right, and
items that got a byline cut out of an excerpt that holds none.

Usage: python bench/real_pages.py [--split-everything]

``--split-everything`` splits every excerpt and ignores byline elements, as newscrawl did before,
to show what these two changes save. The pages' bylines, where shown, are
elements of their own (none is inside an excerpt), so any byline cut from an excerpt is false.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # this checkout's newscrawl, not an installed one

from newscrawl.extract.knowledge import SiteKnowledge  # noqa: E402
from newscrawl.extract.listing import parse_listing  # noqa: E402
from newscrawl.extract.teasers import build_items  # noqa: E402

PAGES = REPO / "fixtures" / "pages"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split-everything", action="store_true", help="split every excerpt (the old behaviour)")
    args = parser.parse_args()
    totals = {"expected": 0, "found": 0, "extra": 0, "items": 0, "false": 0, "next_right": 0, "pages": 0}
    print(f"{'page':36} {'found/expected':>14} {'extra':>5} {'next':>5} {'false bylines':>13}")
    for case in sorted([*PAGES.glob("real-*"), *PAGES.glob("own-*")]):
        url = (case / "url.txt").read_text(encoding="utf-8").strip()
        expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        page = parse_listing((case / "input.html").read_bytes(), url)
        if args.split_everything:  # as before: no byline elements, every excerpt split
            page.main = [replace(b, byline=None) for b in page.main]
        items = build_items(page, knowledge=SiteKnowledge(""), excerpt_bylines=True if args.split_everything else None)
        wanted = {b["url"] for b in expected["main"]}
        found = [i for i in items if i.url in wanted]
        extra = [i for i in items if i.url not in wanted]
        false = [i for i in found if i.byline and i.split_method != "byline-element"]
        # own-old-wp-category-archives is chinaworker.info: its excerpts do carry bylines
        if case.name == "own-old-wp-category-archives":
            false = []
        next_right = page.next_url == expected["next_url"]
        print(f"{case.name:36} {len(found):>6}/{len(wanted):<7} {len(extra):>5} {'yes' if next_right else 'NO':>5}"
              f" {len(false):>13}")
        for key, value in (("expected", len(wanted)), ("found", len(found)), ("extra", len(extra)),
                           ("items", len(found)), ("false", len(false)), ("next_right", int(next_right)),
                           ("pages", 1)):
            totals[key] += value
    print(f"blocks found {totals['found']}/{totals['expected']}, extra {totals['extra']}, next link right on "
          f"{totals['next_right']}/{totals['pages']} pages; items with a byline cut from an excerpt without one: "
          f"{totals['false']}/{totals['items']} ({totals['false'] / max(totals['items'], 1):.1%})")


if __name__ == "__main__":
    main()
