"""Whole-site splitting accuracy, measured like the outside check (newscrawl/evaluate_site.py).

Every gold source (corpus, fixtures, held-out sets, and any file named in
$NEWSCRAWL_EXTRA_GOLD) is served as its own site in the merged and the lines rendering and
crawled as a whole with `newscrawl crawl`: a first run (fresh state directory), a second run
(same state directory), and each page parsed alone with no knowledge. Prints all3 % and
authors % per source; writes bench/results/site_crawl_eval.json (with the missed block ids).

    python bench/site_crawl_eval.py [--keep DIR] [--form merged|lines] [--extra heldout6.json] [--only heldout6]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from newscrawl.evaluate_site import FORMS, SKIPPED, evaluate_sites, gold_sources  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, default=None, help="keep the sites, state and outputs here")
    parser.add_argument("--form", choices=FORMS, action="append", help="only this rendering (repeatable)")
    parser.add_argument("--extra", type=Path, action="append", default=[], help="another held-out gold file")
    parser.add_argument("--only", action="append", default=[], metavar="NAME",
                        help="crawl only this source (repeatable; a sealed set given with --extra, measured blind)")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "site_crawl_eval.json")
    parser.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                        help="a setting for the crawls (e.g. NEWSCRAWL_EXTRACT_WORKER=on)")
    args = parser.parse_args()
    settings = dict(s.split("=", 1) for s in args.set)
    sources = [s for s in gold_sources(extra=args.extra) if not args.only or s.name in args.only]
    if args.only and len(sources) != len(set(args.only)):
        parser.error(f"no gold source among {args.only} (a sealed set needs --extra FILE)")
    with tempfile.TemporaryDirectory() as tmp:
        workdir = args.keep or Path(tmp)
        report = evaluate_sites(workdir, sources=sources, forms=args.form or FORMS, settings=settings,
                                progress=lambda m: print(m, file=sys.stderr, flush=True))
    print(report.format_table())
    for name, ids in SKIPPED.items():
        print(f"{name}: {len(ids)} blocks this checkout's gold loader cannot read were left out")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report.to_dict(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {os.path.relpath(args.out)}", file=sys.stderr)


if __name__ == "__main__":
    main()
