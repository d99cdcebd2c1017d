"""The command line as users and outside checks call it: `newscrawl parse`, `demo`, help."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import FIXTURES, run_cli

PAGES = FIXTURES / "pages"
MIDDLE = PAGES / "region-middle-page"


def _expected(case: Path) -> dict:
    return json.loads((case / "expected.json").read_text(encoding="utf-8"))


def _url(case: Path) -> str:
    return (case / "url.txt").read_text(encoding="utf-8").strip()


def test_parse_prints_one_json_object_per_main_block_in_page_order() -> None:
    done = run_cli("parse", str(MIDDLE / "input.html"), "--url", _url(MIDDLE))
    assert done.returncode == 0, done.stderr
    items = [json.loads(line) for line in done.stdout.splitlines()]
    assert [i["url"] for i in items] == [b["url"] for b in _expected(MIDDLE)["main"]]
    assert [i["position"] for i in items] == list(range(1, len(items) + 1))
    assert {i["placement"] for i in items} == {"main"}
    assert all(i["listing_url"] == _url(MIDDLE) for i in items)


def test_parse_reads_stdin_with_dash() -> None:
    done = run_cli("parse", "-", "--url", _url(MIDDLE), stdin=(MIDDLE / "input.html").read_bytes())
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == len(_expected(MIDDLE)["main"])


def test_parse_include_sidebar_appends_sidebar_blocks() -> None:
    done = run_cli("parse", str(MIDDLE / "input.html"), "--url", _url(MIDDLE), "--include-sidebar")
    items = [json.loads(line) for line in done.stdout.splitlines()]
    expected = _expected(MIDDLE)
    assert [i["placement"] for i in items] == ["main"] * len(expected["main"]) + ["sidebar"] * expected["sidebar_count"]


def test_parse_decodes_a_page_whose_charset_lies() -> None:
    case = PAGES / "charset-lies"
    done = run_cli("parse", str(case / "input.html"), "--url", _url(case))
    assert done.returncode == 0, done.stderr
    headlines = [json.loads(line)["headline"] for line in done.stdout.splitlines()]
    assert headlines == [b["headline"] for b in _expected(case)["main"]]
    assert "\ufffd" not in done.stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty input"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data, not HTML"),
        (b"<html><body><p>Nothing to see</p></body></html>", "No teaser blocks in"),
    ],
    ids=["empty", "binary", "no-blocks"],
)
def test_parse_bad_input_is_one_line_on_stderr(tmp_path: Path, content: bytes, message: str) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(content)
    done = run_cli("parse", str(page), "--url", "https://chinaworker.info/en/category/news/hong-kong/")
    assert done.returncode == 1
    assert done.stdout == ""
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and message in errors[0]
    assert "Traceback" not in done.stderr


def test_parse_zero_blocks_names_the_likely_cause() -> None:
    case = PAGES / "zero-blocks"
    done = run_cli("parse", str(case / "input.html"), "--url", _url(case))
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1] == (
        f"Error: No teaser blocks in {case / 'input.html'} (layout changed, or not a listing page?). "
        "Try --profile generic"
    )


def test_parse_missing_path() -> None:
    done = run_cli("parse", "/nonexistent/page.html", "--url", "https://chinaworker.info/")
    assert done.returncode == 1
    assert done.stderr.strip() == "Error: /nonexistent/page.html: no such file"


def test_parse_needs_an_http_url() -> None:
    done = run_cli("parse", str(MIDDLE / "input.html"), "--url", "not a url")
    assert done.returncode == 2
    assert "not an http(s) URL: not a url" in done.stderr


def test_demo_crawls_the_offline_site(tmp_path: Path) -> None:
    done = run_cli("demo", "--out", str(tmp_path / "demo"))
    assert done.returncode == 0, done.stderr
    out = tmp_path / "demo" / "items.jsonl"
    assert done.stdout.strip() == f"Items written to {out.resolve()}"
    manifest = json.loads((FIXTURES / "site" / "manifest.json").read_text(encoding="utf-8"))
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(items) == len({u for page in manifest["pages"].values() for u in page["main"]})
    assert "items" in done.stderr and "http://127.0.0.1:" in done.stderr


@pytest.mark.parametrize("command", ["parse", "crawl", "demo", "inspect", "new-site"])
def test_every_command_has_help_with_an_example(command: str) -> None:
    done = run_cli(command, "-h")
    assert done.returncode == 0
    assert "Example:" in done.stdout
    assert "newscrawl " + command in done.stdout


def test_version() -> None:
    from newscrawl import __version__

    done = run_cli("--version")
    assert done.stdout.strip() == f"newscrawl, version {__version__}"
