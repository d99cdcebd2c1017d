"""The whole-site evaluation (newscrawl/evaluate_site.py) on a small site: gold blocks rendered
as listing pages in both renderings, crawled with the real `newscrawl crawl`, scored."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscrawl.evaluate_site import FORMS, RUNS, evaluate_sites, merged_excerpt, render_site, small_sources
from newscrawl.extract.listing import parse_listing


def test_sites_render_every_article_in_the_sites_markup(tmp_path: Path) -> None:
    source = small_sources(per_source=60, names=("fixture",))[0]
    site = render_site(source, tmp_path / "fixture", "merged")
    listed = [p for paths in site.pages.values() for p in paths]
    assert set(listed) == {a.path for a in source.articles}
    assert len(listed) > len(set(listed)), "articles are listed on several pages"
    first = next(start for start in site.starts if start + "page/2/" in site.pages)
    page = parse_listing((tmp_path / "fixture" / first.lstrip("/") / "index.html").read_bytes(),
                         "http://127.0.0.10:1" + first)
    assert page.extractor != "generic" and len(page.main) == min(10, len(site.pages[first]))
    assert all("\n" not in (b.excerpt or "") for b in page.main)
    assert page.next_url == "http://127.0.0.10:1" + first + "page/2/" and page.total_pages
    block = next(a.block for a in source.articles if "\n" in a.block.excerpt)
    assert merged_excerpt(block) == " ".join(block.excerpt.split("\n"))


@pytest.mark.slow
def test_small_site_crawled_and_scored(tmp_path: Path) -> None:
    sources = small_sources(per_source=12)
    assert [s.name for s in sources] == ["fixture", "heldout5"]
    report = evaluate_sites(tmp_path, sources=sources)
    for form in FORMS:
        for run in RUNS:
            score = report.score(form, run)
            assert score.n == 24
            # every article was found and most are split right (the full figures: bench/site_crawl_eval.py)
            assert score.all3 >= 18, (form, run, score.misses)
    assert report.score("lines", "first").all3 >= report.score("merged", "parse").all3
    table = report.format_table()
    assert "merged first" in table and "lines parse" in table and "heldout5" in table
