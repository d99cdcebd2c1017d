"""How the excerpt splitter holds on material it has never seen: the gold blocks with new names.

Every gold block (``newscrawl.evaluate_site.gold_sources``: corpus, fixtures, held-out sets) is cut
into its labelled parts and rewritten (``bench/perturb.py``): ``names`` swaps the byline's authors,
organisation, affiliation, places, Chinese forms and role word for generated ones (the same in the
standfirst and lede; recurring across a source as the old ones did); ``forms`` replaces the whole
byline with one of a set of byline kinds filled the same way. Original and rewritten blocks are
rendered alike, with their parts on lines of their own (``lines``), joined by a space (``space``)
or run together (``none``), and scored all3 (standfirst, byline and lede exact):

* cold: ``split_excerpt`` with no knowledge;
* learned: each source served as a site and crawled as a whole with ``newscrawl crawl`` (first run,
  fresh state), the ``bench/site_crawl_eval.py`` way (``--crawl``; about a minute and a half).

    python bench/split_perturb.py [--seed 1] [--crawl] [--misses names:space] [--no-faker]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.perturb import JOINS, PartsBlock, parts_blocks, perturb_forms, perturb_names  # noqa: E402
from newscrawl.evaluate import compare  # noqa: E402
from newscrawl.evaluate_site import SiteArticle, SiteSource, evaluate_sites, gold_sources  # noqa: E402
from newscrawl.extract.split import SPLITTER_VERSION, split_excerpt  # noqa: E402

RESULTS = REPO / "bench" / "results"


def cold_scores(pairs: list[tuple[PartsBlock, PartsBlock]]) -> dict[tuple[str, str, str], list[int]]:
    """(which, join, kind) -> [right, n]; which = original / rewritten; kind "all" sums the kinds."""
    out: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    for orig, new in pairs:
        for which, block in (("original", orig), ("rewritten", new)):
            for join in JOINS:
                ok = compare(block.expected(), split_excerpt(block.excerpt(join)))["all3"]
                for kind in (new.kind, "all", "@" + new.position):
                    cell = out[(which, join, kind)]
                    cell[0] += ok
                    cell[1] += 1
    return out


def cold_misses(pairs: list[tuple[PartsBlock, PartsBlock]], join: str) -> Iterable[str]:
    for orig, new in pairs:
        text = new.excerpt(join)
        got = split_excerpt(text)
        exp = new.expected()
        if not compare(exp, got)["all3"]:
            orig_ok = compare(orig.expected(), split_excerpt(orig.excerpt(join)))["all3"]
            yield (f"{new.id} [{new.kind}] orig {'ok' if orig_ok else 'MISS'}\n  text: {text!r}\n"
                   f"  want: {exp['standfirst']!r} | {exp['byline']!r} | {exp['lede']!r}\n"
                   f"  got:  {got.standfirst!r} | {got.byline!r} | {got.lede!r}")


def _sources(blocks: list[PartsBlock], join: str, tag: str) -> list[SiteSource]:
    """One site per gold source (named ``<source>~<tag>``), its excerpts joined by ``join``."""
    by_source: dict[str, list[PartsBlock]] = defaultdict(list)
    for b in blocks:
        by_source[b.source].append(b)
    out = []
    for name, items in by_source.items():
        articles = []
        for n, b in enumerate(items):
            path = f"/en/2024/{1 + (n // 28) % 12:02d}/{1 + n % 28:02d}/{100000 + n}/"
            regions = ("category/china", "category/hong-kong", "category/taiwan", "category/asia")
            listings = (regions[n % 4],) + (("tag/strikes",) if n % 3 == 0 else ())
            articles.append(SiteArticle(b.gold(join), path, f"{name} report {n + 1}", listings))
        out.append(SiteSource(f"{name}~{tag}", articles))
    return out


def crawl_scores(pairs: list[tuple[PartsBlock, PartsBlock]], progress: Any = None) -> dict[tuple[str, str], list[int]]:
    """(which, join) -> [right, n] of a first whole-site crawl (fresh state), per rendering."""
    out: dict[tuple[str, str], list[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for which, idx in (("original", 0), ("rewritten", 1)):
            blocks = [p[idx] for p in pairs]
            # parts on lines: the crawl's "lines" form keeps them, its "merged" form joins them by a space
            report = evaluate_sites(Path(tmp) / which / "nl", sources=_sources(blocks, "lines", which),
                                    forms=("merged", "lines"), progress=progress)
            for form, join in (("lines", "lines"), ("merged", "space")):
                s = report.score(form, "first")
                out[(which, join)] = [s.all3, s.n]
            report = evaluate_sites(Path(tmp) / which / "none", sources=_sources(blocks, "none", which),
                                    forms=("merged",), progress=progress)
            s = report.score("merged", "first")
            out[(which, "none")] = [s.all3, s.n]
    return out


def _pct(cell: list[int]) -> str:
    return f"{100 * cell[0] / cell[1]:.1f}" if cell[1] else "-"


def format_cold(title: str, scores: dict[tuple[str, str, str], list[int]]) -> list[str]:
    kinds = sorted({k for _, _, k in scores if k != "all" and not k.startswith("@")},
                   key=lambda k: -scores[("rewritten", "lines", k)][1])
    kinds += sorted({k for _, _, k in scores if k.startswith("@")}, key=lambda k: -scores[("rewritten", "lines", k)][1])
    lines = [f"## {title}: cold (no knowledge), all3 % original -> rewritten (@: by where the byline stands)", "",
             "| byline kind | n | lines | space | none |", "|---|---:|---:|---:|---:|"]
    for kind in ["all", *kinds]:
        n = scores[("rewritten", "lines", kind)][1]
        cells = [f"{_pct(scores[('original', j, kind)])} -> {_pct(scores[('rewritten', j, kind)])}" for j in JOINS]
        lines.append(f"| {kind} | {n} | " + " | ".join(cells) + " |")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--crawl", action="store_true", help="also crawl the sites (learned figures)")
    parser.add_argument("--no-faker", action="store_true", help="only this module's own name generators")
    parser.add_argument("--pool", choices=("main", "alt"), default="main",
                        help="organisations, places, publications: the main pool or the held-back one")
    parser.add_argument("--misses", default=None, metavar="SET:JOIN", help="print the misses, e.g. names:space")
    parser.add_argument("--out", type=Path, default=None,
                        help="write OUT.md (the tables) and OUT.json (the figures)")
    args = parser.parse_args()
    gold = [a.block for s in gold_sources() for a in s.articles]
    blocks, skipped = parts_blocks(gold)
    # byline-less blocks have nothing to rewrite: scored as they are (a standfirst run into the lede)
    plain = [(b, b) for b in blocks if b.position == "no byline"]
    sets = {"names": perturb_names(blocks, args.seed, use_faker=not args.no_faker, pool=args.pool),
            "forms": perturb_forms(blocks, args.seed, use_faker=not args.no_faker, pool=args.pool)}
    if args.misses:
        name, join = args.misses.split(":")
        for line in cold_misses(sets[name], join):
            print(line)
        return 0
    report = [f"# Splitter {SPLITTER_VERSION} on rewritten gold (seed {args.seed}, {args.pool} pool)", "",
              f"{len(gold)} gold blocks, {len(blocks)} cut into parts ({skipped} not: their labels leave text "
              f"out); names: {len(sets['names'])} rewritten; forms: {len(sets['forms'])} given a templated byline; "
              f"{len(plain)} without a byline.",
              ""]
    figures: dict[str, Any] = {"version": SPLITTER_VERSION, "seed": args.seed, "pool": args.pool}
    for name, pairs in [*sets.items(), ("no byline (unchanged)", plain)]:
        scores = cold_scores(pairs)
        report += format_cold(name, scores) + [""]
        figures[f"{name} cold"] = {"|".join(k): v for k, v in scores.items()}
    if args.crawl:
        for name, pairs in sets.items():
            scores2 = crawl_scores(pairs, progress=lambda m: print(m, file=sys.stderr, flush=True))
            report += [f"## {name}: whole-site crawl, first run, all3 % original -> rewritten", "",
                       "| n | lines | space | none |", "|---:|---:|---:|---:|",
                       f"| {scores2[('original', 'lines')][1]} | " + " | ".join(
                           f"{_pct(scores2[('original', j)])} -> {_pct(scores2[('rewritten', j)])}" for j in JOINS)
                       + " |", ""]
            figures[f"{name} crawl"] = {"|".join(k): v for k, v in scores2.items()}
    print("\n".join(report))
    if args.out:
        Path(f"{args.out}.md").write_text("\n".join(report) + "\n", encoding="utf-8")
        Path(f"{args.out}.json").write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
