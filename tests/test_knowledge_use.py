"""Site knowledge in use: a crawl learns the site's bylines and keeps them; `parse` uses them;
a page teaches its own merged excerpts."""

from __future__ import annotations

import json
import os
from pathlib import Path

from conftest import FIXTURES, run_cli
from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.extract.listing import parse_listing
from newscrawl.extract.teasers import build_items
from newscrawl.storage.knowledge_file import knowledge_path, save_knowledge

SITE = FIXTURES / "site"
ARTICLES = json.loads((SITE / "manifest.json").read_text(encoding="utf-8"))["articles"]
# An excerpt whose byline is a website name run into the standfirst with no space: only
# knowledge of the site's organisations can find where it starts.
RUN_IN = "/en/2025/10/30/48102/"


def _single_block_page(tmp_path: Path) -> Path:
    """The china listing page cut down to the run-in block alone (no neighbours to learn from)."""
    html = (SITE / "en/category/news/china/index.html").read_text(encoding="utf-8")
    page = parse_listing(html, "http://127.0.0.1:8000/en/category/news/china/")
    block = next(b for b in page.main if b.url.endswith(RUN_IN))
    from corpus_html import teaser_module_html

    body = teaser_module_html("td_module_10", block.url, block.headline, block.excerpt)
    out = tmp_path / "one.html"
    out.write_text(f'<html><body><div class="td-ss-main-content">{body}</div></body></html>', encoding="utf-8")
    return out


def _parse(path: Path, state: Path) -> dict:
    env_before = os.environ["NEWSCRAWL_STATE_DIR"]
    os.environ["NEWSCRAWL_STATE_DIR"] = str(state)
    try:
        done = run_cli("parse", str(path), "--url", "http://127.0.0.1:8000/en/category/news/china/")
    finally:
        os.environ["NEWSCRAWL_STATE_DIR"] = env_before
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[0])


def test_parse_uses_the_sites_stored_knowledge(tmp_path: Path) -> None:
    page = _single_block_page(tmp_path)
    gold = ARTICLES[RUN_IN]
    without = _parse(page, tmp_path / "empty-state")
    assert without["byline"] != gold["byline"]

    knowledge = SiteKnowledge("127.0.0.1", seed=False)
    knowledge.add("Li Wen, redbanner.info", ["Li Wen"], "redbanner.info")
    save_knowledge(knowledge, tmp_path / "state" / "knowledge")
    with_knowledge = _parse(page, tmp_path / "state")
    assert (with_knowledge["standfirst"], with_knowledge["byline"]) == (gold["standfirst"], gold["byline"])
    assert with_knowledge["split_method"] == "known-byline"


def test_a_page_teaches_its_own_merged_excerpts() -> None:
    html = (SITE / "en/category/news/china/index.html").read_text(encoding="utf-8")
    page = parse_listing(html, "http://127.0.0.1:8000/en/category/news/china/")
    items = {i.url.split(":8000")[1]: i for i in build_items(page, knowledge=SiteKnowledge("127.0.0.1", seed=False))}
    assert items[RUN_IN].byline == ARTICLES[RUN_IN]["byline"]


def test_crawl_saves_what_it_learned(site_server: str, tmp_path: Path) -> None:
    state = tmp_path / "state"
    env_before = os.environ["NEWSCRAWL_STATE_DIR"]
    os.environ["NEWSCRAWL_STATE_DIR"] = str(state)
    try:
        done = run_cli("crawl", f"{site_server}en/category/news/china/", "-o", str(tmp_path / "c.jsonl"))
    finally:
        os.environ["NEWSCRAWL_STATE_DIR"] = env_before
    assert done.returncode == 0, done.stderr
    saved = json.loads(knowledge_path("127.0.0.1", state / "knowledge").read_text(encoding="utf-8"))
    assert "redbanner.info" in saved["organisations"]
    assert saved["site"] == "127.0.0.1"


def test_unreadable_knowledge_file_warns_and_parse_goes_on(tmp_path: Path) -> None:
    state = tmp_path / "state"
    path = knowledge_path("127.0.0.1", state / "knowledge")
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    env_before = os.environ["NEWSCRAWL_STATE_DIR"]
    os.environ["NEWSCRAWL_STATE_DIR"] = str(state)
    try:
        done = run_cli("parse", str(SITE / "en/category/news/china/index.html"),
                       "--url", "http://127.0.0.1:8000/en/category/news/china/")
    finally:
        os.environ["NEWSCRAWL_STATE_DIR"] = env_before
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 4
    [warning] = [line for line in done.stderr.splitlines() if "knowledge" in line]
    assert warning.startswith(f"warning: site knowledge file {path} is not valid JSON (corrupt: ")
    [aside] = path.parent.glob(f"{path.name}.bad-*")
    assert warning.endswith(f"; moved it to {aside} and started afresh")
    assert aside.read_text(encoding="utf-8") == "{not json", "the unreadable file is kept for the user"
    assert not path.exists()
