"""`newscrawl inspect`: the terminal table, the annotated copy of the page, and a real headless
Chromium screenshot of that copy (Chromium from Debian's packages; .ci/install-system-deps.sh)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import FIXTURES, run_cli
from newscrawl.fixture_server import FixtureServer
from newscrawl.inspect import InspectError, annotated_html, fetch, format_report, inspect_page

PAGES = FIXTURES / "pages"
HERO = PAGES / "own-hero-river-home"
CHROMIUM = "/usr/bin/chromium"
MAGENTA, CYAN = (255, 0, 255), (0, 229, 255)


@pytest.fixture()
def served(tmp_path: Path):
    """The hero + river home page and a page with scripts, served on 127.0.0.1."""
    (tmp_path / "index.html").write_bytes((HERO / "input.html").read_bytes())
    hostile = (HERO / "input.html").read_text(encoding="utf-8").replace(
        "<body class=\"home\">",
        "<body class=\"home\" onload=\"document.title='x'\"><script>document.body.innerHTML=''</script>"
        "<meta http-equiv=\"refresh\" content=\"0;url=http://example.com/\">"
        "<a href=\"javascript:alert(1)\" onclick=\"alert(2)\">bad</a>")
    (tmp_path / "hostile").mkdir()
    (tmp_path / "hostile" / "index.html").write_text(hostile, encoding="utf-8")
    with FixtureServer(tmp_path) as server:
        yield server.url


def test_inspect_prints_blocks_next_link_and_what_it_left_out(served: str, tmp_path: Path) -> None:
    done = run_cli("inspect", served, "--width", "140")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "extractor  generic" in out
    assert f"next       {served}?page=2" in out
    assert "Kwai Chung crane operators vote to strike" in out and "Chan Wai-ming" in out and "2025-03-02" in out
    assert out.count("\n") > 10
    # the hero and six cards, numbered; the "most read" box and the rail are named as left out
    assert "\n7    " in out and "\n8    " not in out
    assert "popular: 3 block(s) in page chrome" in out and "aside: 2 block(s) in page chrome" in out


def test_inspect_reads_a_saved_page_with_its_url() -> None:
    done = run_cli("inspect", str(PAGES / "real-usebb-forum-ja" / "input.html"),
                   "--url", "https://bbs.php.gr.jp/forum-2-1.html")
    assert done.returncode == 0, done.stderr
    assert "PHP事はじめ" in done.stdout and "morisan-imasu" in done.stdout
    assert "https://bbs.php.gr.jp/forum-2-2.html" in done.stdout


def test_inspect_zero_blocks_exits_1_and_bad_input_is_one_line(tmp_path: Path) -> None:
    done = run_cli("inspect", str(PAGES / "zero-blocks" / "input.html"), "--url", "https://example.org/x/")
    assert done.returncode == 1
    missing = run_cli("inspect", str(tmp_path / "nope.html"))
    assert missing.returncode == 1 and missing.stderr.strip() == f"Error: {tmp_path / 'nope.html'}: no such file"
    refused = run_cli("inspect", "http://127.0.0.1:9/")
    assert refused.returncode == 1 and len(refused.stderr.strip().splitlines()) == 1
    assert "cannot fetch" in refused.stderr


def test_fetch_is_capped(served: str) -> None:
    with pytest.raises(InspectError, match="larger than"):
        fetch(served, max_bytes=1000)
    body, content_type = fetch(served)
    assert body == (HERO / "input.html").read_bytes() and content_type and "html" in content_type


def test_annotated_copy_is_inert_and_outlines_the_blocks(served: str, tmp_path: Path) -> None:
    out = tmp_path / "annotated.html"
    done = run_cli("inspect", served + "hostile/", "--html", str(out))
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    lowered = text.lower()
    assert "<script" not in lowered and "onload=" not in lowered and "onclick=" not in lowered
    assert "javascript:" not in lowered and "http-equiv=\"refresh\"" not in lowered
    assert "script-src 'none'" in text
    assert text.count("outline: 4px solid #ff00ff") == 7
    assert text.count("outline: 4px dashed #00e5ff") == 6  # most read (3), rail (2), footer (1)
    assert ">#1 main<" in text and ">next page<" in text


def test_profile_pages_map_blocks_to_their_elements() -> None:
    case = PAGES / "region-middle-page"
    found = inspect_page((case / "input.html").read_bytes(), (case / "url.txt").read_text().strip())
    assert found.profile == "tagdiv-newspaper"
    assert all(view.element is not None for view in found.blocks)
    assert format_report(found).splitlines()[1] == "extractor  tagdiv-newspaper"
    assert annotated_html(found).count("outline: 4px solid #ff00ff") == len(found.blocks)


def test_screenshot_shows_the_outlines(served: str, tmp_path: Path) -> None:
    """A real headless Chromium renders the annotated copy: magenta outlines where the hero and
    the river are (top of the page), cyan ones below them. Fails, not skips, under CI."""
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI"):
            pytest.fail("Chromium is required in CI (.ci/install-system-deps.sh installs it)")
        pytest.skip("Chromium not installed (apt-get install chromium)")
    from PIL import Image  # a test dependency (pyproject's test extras)

    annotated = tmp_path / "annotated.html"
    assert run_cli("inspect", served, "--html", str(annotated)).returncode == 0
    shot = tmp_path / "shot.png"
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}", "--window-size=1280,2000",
         annotated.resolve().as_uri()],
        capture_output=True, timeout=120, check=False)
    assert shot.exists(), done.stderr.decode(errors="replace")[-2000:]
    image = Image.open(shot).convert("RGB")
    width, height = image.size
    pixels = image.load()

    def rows_with(colour: tuple[int, int, int]) -> list[int]:
        return [y for y in range(0, height, 2) if any(pixels[x, y] == colour for x in range(0, width, 2))]

    magenta, cyan = rows_with(MAGENTA), rows_with(CYAN)
    assert len(magenta) > 50, "the seven main blocks are outlined"
    assert cyan, "left-out groups are outlined"
    assert min(magenta) < min(cyan), "the hero and river come before the 'most read' box and the rail"
    shutil.rmtree(tmp_path / "profile", ignore_errors=True)
