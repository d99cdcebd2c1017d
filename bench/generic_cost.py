"""Cost per page of the generic extractor against the site profile's, on the same pages, same run.

Usage: python bench/generic_cost.py [--repeat N]

Pages: the tagDiv "Newspaper" pages of the offline fixture site (fixtures/site) and the edge
cases in that markup (fixtures/pages), which the profile reads; each is parsed with the profile
(as a crawl of chinaworker.info does) and with the generic extractor forced (``profile='generic'``).
Also the generic extractor alone on the real pages of other sites (fixtures/pages/real-*), and
the cost of reading the pages' structured data with our JSON-LD reader against extruct (when it is
importable). Prints CPU microseconds per page (process time: other processes on a busy machine
inflate it least), best of N passes; the profile's and the generic extractor's passes alternate, and the median of
the passes' ratios is printed too.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # this checkout's newscrawl, not an installed one

from parsel import Selector  # noqa: E402

from newscrawl.extract.listing import parse_listing  # noqa: E402
from newscrawl.extract.structured import read_structured  # noqa: E402
from newscrawl.new_site import pinned_profile  # noqa: E402

FIXTURES = REPO / "fixtures"
TAGDIV_CASES = ("region-first-page", "region-middle-page", "region-last-page", "tag-page",
                "single-block-tag-no-pagination", "entities", "windows-1252")


def tagdiv_pages() -> list[tuple[bytes, str]]:
    pages = []
    for path in sorted((FIXTURES / "site").rglob("index.html")):
        relative = path.parent.relative_to(FIXTURES / "site").as_posix()
        pages.append((path.read_bytes(), f"https://chinaworker.info/{relative}/"))
    for case in TAGDIV_CASES:
        folder = FIXTURES / "pages" / case
        pages.append(((folder / "input.html").read_bytes(), (folder / "url.txt").read_text().strip()))
    return pages


def real_pages() -> list[tuple[bytes, str]]:
    return [((c / "input.html").read_bytes(), (c / "url.txt").read_text().strip())
            for c in sorted((FIXTURES / "pages").glob("real-*"))]


def per_page(pages: list[tuple[bytes, str]], parse: Callable[[bytes, str], object], repeat: int) -> float:
    for body, url in pages:  # warm up (compiled XPath, caches)
        parse(body, url)
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for body, url in pages:
            parse(body, url)
        best = min(best, (time.process_time() - start) / len(pages))
    return best * 1e6


def interleaved(pages: list[tuple[bytes, str]], parsers: list[Callable[[bytes, str], object]],
                repeat: int) -> tuple[list[float], list[float]]:
    """CPU microseconds per page of each parser, their passes alternated: the best pass of each,
    and the median over passes of each one's time over the first one's in the same pass (a load
    that comes and goes on a shared machine weighs on both sides of each ratio alike)."""
    for parse in parsers:
        for body, url in pages:  # warm up
            parse(body, url)
    times: list[list[float]] = [[] for _ in parsers]
    for _ in range(repeat):
        for i, parse in enumerate(parsers):
            start = time.process_time()
            for body, url in pages:
                parse(body, url)
            times[i].append((time.process_time() - start) / len(pages) * 1e6)
    ratios = [statistics.median(t / f for t, f in zip(ts, times[0], strict=True)) for ts in times]
    return [min(ts) for ts in times], ratios


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    tagdiv = tagdiv_pages()
    real = real_pages()
    (profile_us, generic_us), (_, ratio) = interleaved(
        tagdiv, [lambda b, u: parse_listing(b, u, sidebar=False),
                 lambda b, u: parse_listing(b, u, profile="generic", sidebar=False)], args.repeat)
    check = [(len(parse_listing(b, u).main), len(parse_listing(b, u, profile="generic").main)) for b, u in tagdiv]
    print(f"{len(tagdiv)} tagDiv pages (offline site + edge cases), same run, passes alternated, "
          f"best of {args.repeat}:")
    print(f"  profile 'tagdiv-newspaper'  {profile_us:8.0f} us/page")
    print(f"  generic extractor           {generic_us:8.0f} us/page   ({generic_us / profile_us:.2f}x the profile;"
          f" median of the passes' ratios {ratio:.2f}x)")
    print(f"  same main blocks on {sum(a == b for a, b in check)} of {len(check)} pages")
    real_us = per_page(real, lambda b, u: parse_listing(b, u, sidebar=False), args.repeat)
    print(f"{len(real)} real pages of other sites: generic extractor {real_us:8.0f} us/page")
    pinned = {u: pinned_profile(Selector(text=b.decode("utf-8", "replace")).root, u, "bench") for b, u in real}
    with_profile = [(b, u) for b, u in real if pinned[u] is not None]
    pinned_us = per_page(with_profile, lambda b, u: parse_listing(b, u, profile=pinned[u], sidebar=False), args.repeat)
    same_us = per_page(with_profile, lambda b, u: parse_listing(b, u, sidebar=False), args.repeat)
    print(f"  the {len(with_profile)} of them `new-site` pins a profile for: generic {same_us:8.0f} us/page, "
          f"pinned profile {pinned_us:8.0f} us/page ({same_us / pinned_us:.2f}x)")

    roots = [(Selector(text=b.decode("utf-8", "replace")).root, u) for b, u in real + tagdiv]
    ours = per_page([(r, u) for r, u in roots], lambda r, u: read_structured(r, u), args.repeat)  # type: ignore[arg-type]
    print(f"structured data (JSON-LD, og:type) over {len(roots)} pages: ours {ours:6.0f} us/page", end="")
    try:
        import extruct  # noqa: PLC0415 - optional, for the comparison only
    except ImportError:
        print("; extruct not installed (pip install extruct to compare)")
        return
    texts = [(b.decode("utf-8", "replace"), u) for b, u in real + tagdiv]
    theirs = per_page(texts, lambda t, u: extruct.extract(t, base_url=u), max(3, args.repeat // 4))  # type: ignore[arg-type]
    print(f"; extruct (all syntaxes) {theirs:8.0f} us/page ({theirs / ours:.0f}x)")


if __name__ == "__main__":
    main()
