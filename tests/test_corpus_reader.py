"""newscrawl.corpus reads each format of the shared corpus right: invented pages (no corpus text)
in the merged rendering, the older theme, the lines rendering with and without headlines, and
trailing copies."""

from __future__ import annotations

from pathlib import Path

import pytest

from newscrawl.corpus import read_corpus_page


def _write(tmp_path: Path, rendering: str, body: str) -> Path:
    path = tmp_path / "page.txt"
    path.write_text(f"url: https://example.org/en/tag/x/\nrendering: {rendering}\n---\n{body}", encoding="utf-8")
    return path


MERGED = """March 3, 2024
More

    Dock strikes

    Dockers walk out in three ports

    Pay offer rejected Olga Petrenko, Red Flag The dockers voted on Monday to...

    Latest News

    Rents soar again

    Tenants marched on the council.

    Join us

=== line-separated copy (another day) ===
Pay offer rejected
Olga Petrenko, Red Flag
The dockers voted on Monday to...
"""


def test_merged_page_with_a_short_footer_and_a_trailing_copy(tmp_path: Path) -> None:
    page = read_corpus_page(_write(tmp_path, "merged", MERGED))
    assert (page.render_date, page.title, page.theme) == ("March 3, 2024", "Dock strikes", "current")
    assert [(b.placement, b.position, b.headline) for b in page.blocks] == [
        ("main", 1, "Dockers walk out in three ports"), ("sidebar", 1, "Rents soar again")]
    assert page.blocks[1].excerpt == "Tenants marched on the council."
    assert not any("Join us" in (b.excerpt or "") or "Pay offer" == b.headline for b in page.blocks)
    [copy] = page.copies
    assert copy.title == "line-separated copy (another day)"
    assert [b.excerpt for b in copy.blocks] == [
        "Pay offer rejected\nOlga Petrenko, Red Flag\nThe dockers voted on Monday to..."]


def test_copy_blocks_follow_the_given_ranges(tmp_path: Path) -> None:
    page = read_corpus_page(_write(tmp_path, "merged", MERGED), copy_blocks={1: [(2, 3)]})
    assert [(b.lines, b.excerpt) for b in page.copies[0].blocks] == [
        ((2, 3), "Olga Petrenko, Red Flag\nThe dockers voted on Monday to...")]


OLDER = """Post Tagged with: "strikes"

Dockers walk out in three ports

Dockers at the gate on Monday.

Pay offer rejected Olga Petrenko, Red Flag The dockers voted on Monday to stop work in all three ports. […]

Rents soar again

Rents soar again

Tenants marched on the council Igor Sokol, The tenants say they will not pay the new rents until the council […]

Nurses vote to strike

A ward at the city hospital.

Nurses at the city hospital voted by nine to one for strike action after the health board refused to
"""


def test_older_theme_captions_are_not_blocks(tmp_path: Path) -> None:
    page = read_corpus_page(_write(tmp_path, "merged (an older theme)", OLDER))
    assert (page.theme, page.title, page.render_date) == ("older", 'Post Tagged with: "strikes"', None)
    assert [b.headline for b in page.blocks] == ["Dockers walk out in three ports", "Rents soar again",
                                                 "Nurses vote to strike"]
    assert [b.captions for b in page.blocks] == [("Dockers at the gate on Monday.",), ("Rents soar again",),
                                                 ("A ward at the city hospital.",)]
    assert [b.excerpt.endswith("[…]") for b in page.blocks] == [True, True, False]
    assert [b.complete for b in page.blocks] == [True, True, False]  # the stored copy ends inside the last one


LINES_WITH_HEADLINES = """dock strikes
Ports
Ports: Dockers walk out in three ports
Pay offer rejected
Olga Petrenko, Red Flag
The dockers voted on Monday to...
Ports
Ports: Second week of the strike
Igor Sokol, Red Flag
Pickets held the gates again on...
Latest News
Rents soar again
Tenants marched on the council and...
Join us and organize
"""


@pytest.mark.parametrize("ranges", [None, [(4, 6), (9, 10), (13, 13)]], ids=["heuristic", "gold-ranges"])
def test_lines_page_with_headlines_and_category_labels(tmp_path: Path, ranges) -> None:
    path = _write(tmp_path, "lines (headlines and category labels on their own lines)", LINES_WITH_HEADLINES)
    page = read_corpus_page(path, ranges)
    assert page.title == "dock strikes"
    assert [(b.placement, b.position, b.headline, b.lines) for b in page.blocks] == [
        ("main", 1, "Ports: Dockers walk out in three ports", (4, 6)),
        ("main", 2, "Ports: Second week of the strike", (9, 10)),
        ("sidebar", 1, "Rents soar again", (13, 13))]
    assert page.blocks[1].excerpt == "Igor Sokol, Red Flag\nPickets held the gates again on..."


def test_lines_page_without_headlines(tmp_path: Path) -> None:
    body = ("Olga Petrenko, Red Flag\nThe dockers voted on Monday to...\nPay offer rejected\nIgor Sokol\n"
            "Pickets held the gates")
    page = read_corpus_page(_write(tmp_path, "lines (excerpts only, no headlines; cut off at both ends)", body))
    assert page.title is None
    assert [(b.headline, b.lines, b.complete) for b in page.blocks] == [(None, (1, 2), False), (None, (3, 5), False)]
