"""JSON lines as a store of known articles (an earlier run's -o output), read with the tolerant
reader that also serves the dedup seed: a damaged or unfinished line is skipped and counted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newscrawl.storage import StoreError, open_reader
from newscrawl.storage.jsonl import JsonlArticles, ReadStats, read_jsonl


def _write(path: Path, *records: object, tail: str = "") -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records) + tail, encoding="utf-8")


def test_reader_skips_and_counts_damaged_and_unfinished_lines(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    _write(path, {"canonical_url": "https://x.org/1/"}, ["not", "an", "object"], tail='{"broken": \n{"canonical_u')
    stats = ReadStats()
    assert list(read_jsonl(path, stats)) == [{"canonical_url": "https://x.org/1/"}]
    assert (stats.objects, stats.skipped) == (1, 3)


def test_known_urls_by_canonical_url_else_url(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    _write(path, {"canonical_url": "https://x.org/1/", "url": "http://x.org/1"}, {"url": "https://x.org/2/"},
           {"headline": "no url at all"}, tail='{"canonical_u')
    store = JsonlArticles(path)
    asked = ["https://x.org/1/", "http://x.org/1", "https://x.org/2/", "https://x.org/3/"]
    assert store.known_urls(asked) == {"https://x.org/1/", "https://x.org/2/"}
    assert store.skipped == 1


def test_a_runs_own_lines_are_not_known_to_it(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    _write(path, {"canonical_url": "https://x.org/1/", "run_id": "r1"},
           {"canonical_url": "https://x.org/2/", "run_id": "r2"},
           {"canonical_url": "https://x.org/1/", "run_id": "r2"}, {"canonical_url": "https://x.org/3/"})
    reader = open_reader(str(path))
    urls = [f"https://x.org/{n}/" for n in (1, 2, 3)]
    # Article 1 was first written by r1: known to r2, whose own article 2 is not.
    assert reader.known_urls(urls, exclude_run_id="r2") == {"https://x.org/1/", "https://x.org/3/"}
    assert reader.known_urls(urls, exclude_run_id="r1") == {"https://x.org/2/", "https://x.org/3/"}
    assert reader.known_urls(urls) == set(urls)


def test_missing_file_is_an_empty_store_and_a_directory_an_error(tmp_path: Path) -> None:
    assert open_reader(str(tmp_path / "first-run.jsonl")).known_urls(["https://x.org/1/"]) == set()
    folder = tmp_path / "folder.jsonl"
    folder.mkdir()
    with pytest.raises(StoreError, match=r"^cannot read .*folder.jsonl: Is a directory$"):
        open_reader(str(folder))
