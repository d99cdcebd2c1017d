"""Listing extraction on the real page text of ../shared/corpus, rendered into the site's
markup at test time (its older theme's pages into a plain WordPress archive markup): every main
block, in order, with its text; never the sidebar, the render date or an image caption;
excerpts keep their own line breaks where the corpus has them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import CORPUS, run_cli
from corpus_html import article_href, headline_of, listing_html
from newscrawl.corpus import read_corpus_page
from newscrawl.extract.listing import parse_listing

CORPUS_FILES = sorted((CORPUS / "pages").glob("*.txt")) if (CORPUS / "pages").is_dir() else []
GOLD = json.loads((Path(__file__).parent / "gold" / "corpus_gold.json").read_text(encoding="utf-8"))["pages"]
_LINES_AT = re.compile(r"lines (\d+)-(\d+)$")


def _gold_line_blocks(name: str) -> list[tuple[int, int]] | None:
    """Block boundaries of a lines-rendering page, as the gold set labels them."""
    ranges = [tuple(map(int, m.groups())) for label in GOLD.get(name, []) if (m := _LINES_AT.match(label["at"]))]
    return ranges or None


@pytest.fixture(params=CORPUS_FILES or [None], ids=lambda p: p.name if p else "absent")
def corpus_page(request, corpus_dir):
    if request.param is None:
        pytest.fail("corpus directory has no pages")
    return read_corpus_page(request.param, _gold_line_blocks(request.param.name))


_DECORATION = re.compile(r'^(?:Post Tagged with|Posts Tagged|Category Archives|Tag Archives|Archives|Category|Tag):\s*')


def _undecorated(title: str | None) -> str | None:
    """The region's name as a reader says it: an archive title without "Post Tagged with:" and quotes."""
    if title is None:
        return None
    return _DECORATION.sub("", title).strip('"“”')


def _lines_normalised(text: str | None) -> str | None:
    """Whitespace folded within each line; the excerpt's own line breaks kept."""
    if text is None:
        return None
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def test_every_main_block_in_order(corpus_page) -> None:
    page = parse_listing(listing_html(corpus_page), corpus_page.url)
    expected = [b for b in corpus_page.blocks if b.placement == "main"]
    assert [b.url for b in page.main] == [article_href(corpus_page, "main", b.position) for b in expected]
    assert [b.excerpt for b in page.main] == [_lines_normalised(b.excerpt) for b in expected]
    assert [b.headline for b in page.main] == [headline_of(b) for b in expected]
    assert page.title == _undecorated(corpus_page.title)


def test_captions_are_neither_blocks_nor_excerpts(corpus_page) -> None:
    captions = [c for b in corpus_page.blocks for c in b.captions]
    if corpus_page.theme == "older":
        assert captions, "the older theme's page shows image captions between its blocks"
    page = parse_listing(listing_html(corpus_page), corpus_page.url)
    assert len(page.main) == sum(1 for b in corpus_page.blocks if b.placement == "main")
    for caption in captions:
        assert not any(caption in (b.excerpt or "") for b in page.main + page.sidebar), caption


def test_sidebar_and_chrome_are_not_main_blocks(corpus_page) -> None:
    page = parse_listing(listing_html(corpus_page), corpus_page.url)
    sidebar = [b for b in corpus_page.blocks if b.placement == "sidebar"]
    assert len(page.sidebar) == len(sidebar)
    main_text = " ".join(f"{b.headline} {b.excerpt}" for b in page.main)
    assert "Latest News" not in main_text and "not a block" not in main_text
    if corpus_page.render_date:
        assert corpus_page.render_date not in main_text


def test_parse_cli_prints_exactly_the_main_blocks(corpus_page, tmp_path: Path) -> None:
    html_file = tmp_path / "page.html"
    html_file.write_text(listing_html(corpus_page), encoding="utf-8")
    done = run_cli("parse", str(html_file), "--url", corpus_page.url)
    main = [b for b in corpus_page.blocks if b.placement == "main"]
    if not main:
        assert done.returncode == 1
        return
    assert done.returncode == 0, done.stderr
    items = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(items) == len(main)
    assert [item["placement"] for item in items] == ["main"] * len(main)
    assert [item["excerpt"] for item in items] == [" ".join(b.excerpt.split()) if b.excerpt else None for b in main]
