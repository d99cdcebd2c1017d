"""`newscrawl new-site`: a site config (with a [profile] of selectors) from one listing page,
that crawls the site as it is; profiles given as data in a site config."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from conftest import FIXTURES, run_cli
from newscrawl.extract.listing import parse_listing
from newscrawl.extract.profiles import ProfileError, SiteProfile, profile_from_dict
from newscrawl.fixture_server import FixtureServer
from newscrawl.sites import SiteConfigError, load_site, parse_site

PAGES = FIXTURES / "pages"

ARTICLES = [
    ("/notes/2024/05/02/ferry-crews/", "Ferry crews vote for a shorter week", "2 May 2024",
     "Crews on the island routes say twelve-hour days leave no time to sleep between sailings."),
    ("/notes/2024/04/28/bakers-union/", "Bakers in the old town form a union", "28 April 2024",
     "Night-shift bakers at three chains met in a church hall and signed up forty members."),
    ("/notes/2024/04/21/tram-drivers/", "Tram drivers win a second toilet break", "21 April 2024",
     "After a month of complaints the operator agreed to relief drivers at the terminus."),
    ("/notes/2024/04/15/call-centre/", "Call-centre staff walk out over scripts", "15 April 2024",
     "Agents refused to read a new sales script they say misleads pensioners about fees."),
    ("/notes/2024/04/09/harbour-pilots/", "Harbour pilots warn of fatigue", "9 April 2024",
     "The pilots’ association says night calls have doubled since the port cut its roster."),
]


def _page(articles: list[tuple[str, str, str, str]], next_href: str | None) -> str:
    posts = "\n".join(
        f'<article class="entry"><h2 class="entry-title"><a href="{href}">{title}</a></h2>'
        f'<p class="byline">by Ines Moreau · <span class="posted">{day}</span></p>'
        f'<div class="entry-summary"><p>{text}</p></div></article>'
        for href, title, day, text in articles)
    pager = (f'<nav class="posts-nav"><a class="older-posts" href="{next_href}">Older posts</a></nav>'
             if next_href else "")
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Harbour | Field Log</title></head><body>"
            f"<header><a href='/'>Field Log</a><nav><a href='/harbour/'>Harbour</a></nav></header>"
            f"<main><h1>Harbour</h1><div class='stream'>{posts}</div>{pager}</main>"
            f"<aside class='sidebar'><h3>Elsewhere</h3><ul><li><h4><a href='/x/1/'>A story in the sidebar</a></h4></li>"
            f"<li><h4><a href='/x/2/'>Another story in the sidebar</a></h4></li></ul></aside></body></html>")


@pytest.fixture()
def site(tmp_path: Path):
    root = tmp_path / "www"
    (root / "harbour" / "page" / "2").mkdir(parents=True)
    (root / "harbour" / "index.html").write_text(_page(ARTICLES[:3], "/harbour/page/2/"), encoding="utf-8")
    (root / "harbour" / "page" / "2" / "index.html").write_text(_page(ARTICLES[3:], None), encoding="utf-8")
    with FixtureServer(root) as server:
        yield server.url


def test_new_site_writes_a_config_that_crawls_the_site(site: str, tmp_path: Path, state_dir: dict[str, str]) -> None:
    config = tmp_path / "fieldlog.toml"
    done = run_cli("new-site", "fieldlog", site + "harbour/", "-o", str(config))
    assert done.returncode == 0, done.stderr
    assert "3 blocks found, profile 'fieldlog'" in done.stderr
    data = tomllib.loads(config.read_text(encoding="utf-8"))
    assert data["site"]["base_url"] == site and data["regions"] == {"harbour": "/harbour/"}
    assert {"main", "block", "headline_link"} <= set(data["profile"])
    assert isinstance(load_site(str(config)).profile, SiteProfile)

    out = tmp_path / "items.jsonl"
    # its own state dir: other tests' local sites share the host 127.0.0.1, and what was learned there
    crawl = run_cli("crawl", "--site", str(config), "-o", str(out), "--silent", env=state_dir)
    assert crawl.returncode == 0, crawl.stderr
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [i["url"] for i in items] == [site.rstrip("/") + href for href, *_ in ARTICLES]
    assert {i["region"] for i in items} == {"Harbour"}
    assert [i["published"] for i in items] == ["2024-05-02", "2024-04-28", "2024-04-21", "2024-04-15", "2024-04-09"]
    # the excerpts are ledes, whole: this site shows no byline inside them
    assert all(i["lede"] == i["excerpt"] and i["split_method"] == "lede-only" for i in items)


def test_new_site_refuses_to_overwrite_and_checks_its_name(site: str, tmp_path: Path) -> None:
    config = tmp_path / "fieldlog.toml"
    config.write_text("keep me", encoding="utf-8")
    done = run_cli("new-site", "fieldlog", site + "harbour/", "-o", str(config))
    assert done.returncode == 1 and "already exists" in done.stderr and config.read_text() == "keep me"
    bad = run_cli("new-site", "Field Log!", site + "harbour/", "-o", str(tmp_path / "x.toml"))
    assert bad.returncode == 1 and "site name" in bad.stderr


def test_new_site_from_a_saved_page_pins_selectors_that_give_the_same_blocks(tmp_path: Path) -> None:
    case = PAGES / "real-wp-emmet-category-paged"
    url = (case / "url.txt").read_text().strip()
    config = tmp_path / "whizzy.toml"
    done = run_cli("new-site", "whizzy", url, "--page", str(case / "input.html"), "-o", str(config))
    assert done.returncode == 0, done.stderr
    profile = load_site(str(config)).profile
    assert isinstance(profile, SiteProfile)
    pinned = parse_listing((case / "input.html").read_bytes(), url, profile=profile)
    generic = parse_listing((case / "input.html").read_bytes(), url)
    assert [b.url for b in pinned.main] == [b.url for b in generic.main] and pinned.extractor == "whizzy"
    assert pinned.next_url == generic.next_url


def test_generic_flag_writes_no_profile(tmp_path: Path) -> None:
    case = PAGES / "own-image-link-query-page"
    config = tmp_path / "notes.toml"
    done = run_cli("new-site", "notes", (case / "url.txt").read_text().strip(), "--page", str(case / "input.html"),
                   "-o", str(config), "--generic")
    assert done.returncode == 0, done.stderr
    data = tomllib.loads(config.read_text(encoding="utf-8"))
    assert data["site"]["profile"] == "generic" and "profile" not in data


def test_a_profile_pins_byline_and_date_and_leaves_the_rest_generic() -> None:
    case = PAGES / "own-cards-numbered-pager"
    html = (case / "input.html").read_bytes()
    profile = profile_from_dict({"main": ".grid", "block": ".grid-item", "date": ".nope", "byline": "h3"},
                                default_name="cards")
    page = parse_listing(html, (case / "url.txt").read_text().strip(), profile=profile)
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    assert [b.url for b in page.main] == [b["url"] for b in expected["main"]]
    assert [b.headline for b in page.main] == [b["headline"] for b in expected["main"]]  # generic headline link
    assert [b.byline for b in page.main] == [b["headline"] for b in expected["main"]]  # pinned (h3, on purpose)
    assert page.next_url == expected["next_url"]  # generic pager


def test_a_config_profile_that_finds_nothing_falls_back_loudly() -> None:
    case = PAGES / "own-date-author-spans"
    url = (case / "url.txt").read_text().strip()
    profile = profile_from_dict({"main": "#no-such-column", "block": "div.post"}, default_name="workbench")
    page = parse_listing((case / "input.html").read_bytes(), url, profile=profile)
    assert page.extractor == "generic" and page.fallback_from == "workbench" and len(page.main) == 4
    assert any("'workbench' found no teaser blocks" in w for w in page.warnings)


@pytest.mark.parametrize(("table", "message"), [
    ({"block": "div"}, "main is required"),
    ({"main": "div", "block": "div[["}, "not a valid CSS selector"),
    ({"main": "div", "block": "div", "colour": "red"}, "unknown key"),
    ({"main": "div", "block": "div", "discard": ["aside"]}, "discard"),
])
def test_bad_profile_tables_are_one_clear_error(table: dict, message: str) -> None:
    with pytest.raises(ProfileError, match=message):
        profile_from_dict(table, default_name="x")
    data = {"site": {"name": "x", "base_url": "https://x.org/"}, "regions": {"a": "/a/"}, "profile": table}
    with pytest.raises(SiteConfigError, match="<config>: \\[profile\\]"):
        parse_site(data)
