"""Fan-out: a chain that declares its last page is requested at once, lower pages first, within
the host's limits; each page once whatever the declared total says; items keep their place.
Real crawls of local servers (tests/servers.py ``/chain/<kind>/`` routes), through the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from conftest import run_cli
from newscrawl.crawl import project_settings
from newscrawl.extract.paging import PageUrlForm, numbered_page_links, page_url_form
from newscrawl.ops.pagination import ChainEnds, Limits, plan_pages
from servers import MisbehavingServer


def _crawl(tmp_path: Path, url: str, *extra: str,
           env: dict[str, str]) -> tuple[Any, list[dict[str, Any]], dict[str, Any]]:
    out, report = tmp_path / "items.jsonl", tmp_path / "report.json"
    done = run_cli("crawl", url, "-O", str(out), "--report", str(report), *extra, env=env)
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    return done, items, json.loads(report.read_text(encoding="utf-8"))


def _pages_hit(server: MisbehavingServer, kind: str) -> dict[int, int]:
    hits = {}
    for path, count in server.hits.items():
        if match := re.fullmatch(rf"/chain/{kind}/(?:page/(\d+)/)?", path):
            hits[int(match.group(1) or 1)] = count
    return dict(sorted(hits.items()))


def _number_of(item: dict[str, Any]) -> int:
    """The page a /chain/ item was listed on, from its URL (``…/<kind><N>-<i>/``)."""
    return int(re.search(r"[a-z]+(\d+)-\d+/$", item["url"]).group(1))  # type: ignore[union-attr]


# --- the plan, without Scrapy --------------------------------------------------------------


def test_page_url_form_is_read_from_the_pagers_links() -> None:
    base = "https://news.example.org/en/category/news/hong-kong/"
    links = numbered_page_links(base, ["page/2/", "/en/category/news/hong-kong/page/27/", "/en/tag/x/page/3/",
                                       "https://other.example.org/en/category/news/hong-kong/page/4/", "#top"])
    assert links == {2: base + "page/2/", 27: base + "page/27/"}
    form = page_url_form(links)
    assert form == PageUrlForm(before=base + "page/", after="/")
    assert form.url(15) == base + "page/15/"
    # Links that disagree on the form (a query on one of them) give none: nothing is invented.
    assert page_url_form({2: base + "page/2/", 3: base + "page/3/?x=1"}) is None
    assert page_url_form({}) is None


_LEDE = "Dock workers walked out on Monday after the port cut night pay by a fifth, the union said."


def _harbour_page(pager: str, head: str = "") -> str:
    posts = "".join(f'<article class="post"><h2 class="entry-title"><a href="harbour/story-{i}/">Story {i} of the '
                    f'harbour strike</a></h2><p>{_LEDE}</p></article>' for i in range(1, 6))
    return f"<html><head><title>Harbour News</title>{head}</head><body><main>{posts}{pager}</main></body></html>"


_RELATIVE_PAGER = ('<nav class="pagination"><span class="current">1</span><a href="category/harbour/page/2/">2</a>'
                   '<a href="category/harbour/page/3/">3</a><a class="last" href="category/harbour/page/7/">7</a>'
                   '<a class="next" href="category/harbour/page/2/">Next</a></nav>')


def test_numbered_links_resolve_against_base_href_like_the_next_link() -> None:
    """A page with ``<base href>`` and pager links relative to it (static copies of sites carry
    one): its numbered links resolve as a browser resolves them, so the chain still fans out;
    resolved against the page's own URL they would name no page of its listing."""
    from newscrawl.extract.listing import parse_listing
    from newscrawl.extract.profiles import SiteProfile

    url, site = "https://news.example.org/category/harbour/", "https://news.example.org/"
    hrefs = ["category/harbour/page/2/", "category/harbour/page/7/"]
    assert numbered_page_links(url, hrefs) == {}
    assert numbered_page_links(url, hrefs, base=site) == {2: url + "page/2/", 7: url + "page/7/"}

    html = _harbour_page(_RELATIVE_PAGER, head=f'<base href="{site}">')
    generic = parse_listing(html, url)
    profile = SiteProfile(name="t", main="main", block="article", headline_link="h2 a", pager="nav.pagination",
                          next_link="a.next", last_page_link="a.last")
    pinned = parse_listing(html, url, profile=profile)
    for page in (generic, pinned):
        assert page.next_url == url + "page/2/" and page.total_pages == 7
        assert page.page_links == {n: f"{url}page/{n}/" for n in (2, 3, 7)}
        form = page_url_form(page.page_links)
        assert form is not None and form.url(5) == url + "page/5/"
    assert generic.extractor == "generic" and pinned.extractor == "t"


def test_generic_numbered_links_come_from_the_pager() -> None:
    """The generic extractor reads the numbered links among the pager's links (no pass over every
    link of the page); a link to a page of the listing outside the pager (a sidebar widget) is
    not one of them."""
    from newscrawl.extract.listing import parse_listing

    url = "https://news.example.org/category/harbour/"
    widget = ('<aside class="widget"><a href="/category/harbour/page/40/">Browse the archive of the '
              'harbour</a></aside>')
    page = parse_listing(_harbour_page(_RELATIVE_PAGER.replace('href="category', 'href="/category') + widget), url)
    assert page.extractor == "generic" and page.total_pages == 7
    assert sorted(page.page_links) == [2, 3, 7]


def test_plan_fans_out_within_window_and_bounds() -> None:
    base = "https://x.org/list/"
    links = {2: base + "page/2/", 9: base + "page/9/"}
    full = plan_pages(depth=1, number=1, total=9, next_url=base + "page/2/", page_links=links, horizon=1,
                      limits=Limits())
    assert [(t.depth, t.via) for t in full.targets] == [(2, "next")] + [(d, "fanout") for d in range(3, 10)]
    assert full.horizon == 9 and full.last_depth == 9
    # Pages already requested are not requested again; a grown total adds only the new pages.
    grown = plan_pages(depth=5, number=5, total=11, next_url=base + "page/6/", page_links={6: base + "page/6/"},
                       horizon=9, limits=Limits())
    assert [t.url for t in grown.targets] == [base + "page/10/", base + "page/11/"]
    windowed = plan_pages(depth=1, number=1, total=9, next_url=base + "page/2/", page_links=links, horizon=1,
                          limits=Limits(window=3))
    assert [t.depth for t in windowed.targets] == [2, 3, 4]
    capped = plan_pages(depth=1, number=1, total=9, next_url=base + "page/2/", page_links=links, horizon=1,
                        limits=Limits(max_pages=3))
    assert [t.depth for t in capped.targets] == [2, 3] and capped.capped == "max_pages"
    # No declared total, or a next link the numbered links disagree with: the next link only.
    for total, next_url in ((None, base + "page/2/"), (9, base + "page/2/?older")):
        plan = plan_pages(depth=1, number=1, total=total, next_url=next_url, page_links=links, horizon=1,
                          limits=Limits())
        assert [(t.url, t.via) for t in plan.targets] == [(next_url, "next")]
    off = plan_pages(depth=1, number=1, total=9, next_url=base + "page/2/", page_links=links, horizon=1,
                     limits=Limits(fanout=False))
    assert [t.via for t in off.targets] == ["next"]


def test_chain_ends_tells_pages_past_the_end_from_broken_ones() -> None:
    ends = ChainEnds()
    ends.declared("s", 6)
    assert ends.not_found("s", "s/page/7/", 7) is True  # past what page 1 said
    assert ends.not_found("s", "s/page/5/", 5) is False  # waits: nothing said the chain is shorter
    assert ends.declared("s", 4) == ["s/page/5/"]  # a later page said 4: page 5 was past the end
    assert ends.not_found("s", "s/page/3/", 3) is False
    assert ends.undecided() == [("s", "s/page/3/")]


# --- real crawls ---------------------------------------------------------------------------


def test_fanned_out_pages_arriving_in_any_order_keep_page_and_position(tmp_path: Path,
                                                                       state_dir: dict[str, str]) -> None:
    with MisbehavingServer() as server:
        done, items, report = _crawl(tmp_path, server.url + "chain/reversed/", env=state_dir)
        hits = _pages_hit(server, "reversed")
    assert done.returncode == 0, done.stderr
    assert hits == {n: 1 for n in range(1, 9)}
    assert report["pages"] == 8 and report["pages_fanned_out"] == 6  # page 2 came by page 1's next link
    assert "pages fanned out" in done.stderr
    arrival = [item["page"] for item in items]
    assert arrival != sorted(arrival), "pages should arrive out of order here (the server answers page 8 first)"
    assert len(items) == 24
    for item in items:
        assert item["page"] == _number_of(item)
        assert item["url"].endswith(f"-{item['position'] - 1}/")
        assert item["listing_url"].endswith("/chain/reversed/" if item["page"] == 1 else f"/page/{item['page']}/")


def test_a_total_that_grows_mid_crawl_still_gets_every_page_once(tmp_path: Path, state_dir: dict[str, str]) -> None:
    with MisbehavingServer() as server:
        done, items, report = _crawl(tmp_path, server.url + "chain/grows/", env=state_dir)
        hits = _pages_hit(server, "grows")
    assert done.returncode == 0, done.stderr
    assert hits == {n: 1 for n in range(1, 7)}
    assert sorted({item["page"] for item in items}) == [1, 2, 3, 4, 5, 6] and len(items) == 18


def test_pages_past_a_shrunken_end_are_not_errors(tmp_path: Path, state_dir: dict[str, str]) -> None:
    """Page 1 says 6 pages, the site has 4: pages 5 and 6 answer 404. Another page of the chain
    declared the end at 4, so they are past the end: counted, not failed."""
    with MisbehavingServer() as server:
        done, items, report = _crawl(tmp_path, server.url + "chain/shrinks/", env=state_dir)
        hits = _pages_hit(server, "shrinks")
    assert done.returncode == 0, done.stderr
    assert hits == {n: 1 for n in range(1, 7)}
    assert report["errors"] == {} and report["pages_failed"] == 0 and report["pages_past_end"] == 2
    assert len(items) == 12


def test_a_missing_page_inside_the_declared_chain_is_an_error(tmp_path: Path, state_dir: dict[str, str]) -> None:
    with MisbehavingServer() as server:
        done, items, report = _crawl(tmp_path, server.url + "chain/broken/", env=state_dir)
        hits = _pages_hit(server, "broken")
    assert done.returncode == 1
    assert hits == {n: 1 for n in range(1, 6)}
    assert report["errors"] == {"http_404": 1} and report["pages_past_end"] == 0
    assert f"Failed to fetch listing page {server.url}chain/broken/page/4/: HTTP 404" in done.stderr
    assert len(items) == 12


def test_max_pages_caps_a_fanned_out_chain_exactly(tmp_path: Path, state_dir: dict[str, str]) -> None:
    with MisbehavingServer() as server:
        done, items, report = _crawl(tmp_path, server.url + "chain/long/", "--max-pages", "4", env=state_dir)
        hits = _pages_hit(server, "long")
    assert done.returncode == 0, done.stderr
    assert hits == {1: 1, 2: 1, 3: 1, 4: 1}
    assert sorted({item["page"] for item in items}) == [1, 2, 3, 4]


def test_fanout_off_follows_next_links_one_at_a_time(tmp_path: Path, state_dir: dict[str, str]) -> None:
    with MisbehavingServer() as server:
        done, items, report = _crawl(tmp_path, server.url + "chain/reversed/",
                                     "-s", "NEWSCRAWL_CRAWL_FANOUT_ENABLED=false", env=state_dir)
        assert server.max_active == 1
    assert done.returncode == 0, done.stderr
    arrival = [item["page"] for item in items]
    assert report["pages_fanned_out"] == 0 and arrival == sorted(arrival)


def _remote_like(concurrency: int, delay: float) -> list[str]:
    """Settings that treat 127.0.0.1 as any remote host: no full-speed loopback slot or middleware."""
    middlewares = dict(project_settings().getdict("DOWNLOADER_MIDDLEWARES"))
    middlewares["newscrawl.middlewares.loopback.LoopbackFullSpeedMiddleware"] = None
    return ["-s", "DOWNLOAD_SLOTS={}", "-s", f"DOWNLOADER_MIDDLEWARES={json.dumps(middlewares)}",
            "-s", f"CONCURRENT_REQUESTS_PER_DOMAIN={concurrency}", "-s", f"DOWNLOAD_DELAY={delay}",
            "-s", "RANDOMIZE_DOWNLOAD_DELAY=false", "-s", "AUTOTHROTTLE_ENABLED=true",
            "-s", f"AUTOTHROTTLE_START_DELAY={delay}", "-s", "AUTOTHROTTLE_TARGET_CONCURRENCY=2"]


def test_fanout_never_exceeds_the_hosts_limits(tmp_path: Path, state_dir: dict[str, str]) -> None:
    """Under the politeness a remote host gets (per-host concurrency, a download delay,
    AutoThrottle, robots.txt), a fanned-out chain is requested no faster and no more at once
    than the settings allow; on loopback the same chain goes at full speed."""
    with MisbehavingServer(delay=0.0) as server:
        done, items, report = _crawl(tmp_path, server.url + "chain/long/", "--max-pages", "12",
                                     *_remote_like(concurrency=2, delay=0.15), env=state_dir)
        starts = [t for t, path, _ in server.log if path.startswith("/chain/")]
        polite_active, robots_first = server.max_active, server.log[0][1] == "/robots.txt"
    assert done.returncode == 0, done.stderr
    assert report["pages"] == 12 and report["pages_fanned_out"] == 10 and robots_first
    assert polite_active <= 2
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    assert min(gaps) >= 0.15 * 0.9, f"requests {min(gaps):.3f}s apart; DOWNLOAD_DELAY is 0.15"

    with MisbehavingServer() as server:
        done, _, report = _crawl(tmp_path, server.url + "chain/reversed/", env=state_dir)
        assert done.returncode == 0 and server.max_active >= 4, "loopback: fanned-out pages in parallel"


@pytest.mark.skipif(__import__("newscrawl.ops.offload", fromlist=["available_cpus"]).available_cpus() < 2,
                    reason="the extraction worker needs a second CPU")
def test_worker_only_when_several_pages_are_in_flight(tmp_path: Path, state_dir: dict[str, str]) -> None:
    """A chain followed one next link at a time is parsed in-process; a fanned-out one in the worker."""
    with MisbehavingServer() as server:
        for kind, worker in (("open", False), ("long", True)):
            done, items, report = _crawl(tmp_path, server.url + f"chain/{kind}/", "-v",
                                         "-s", "NEWSCRAWL_EXTRACT_WORKER=auto",
                                         "-s", "NEWSCRAWL_EXTRACT_WORKER_AFTER_PAGES=4", env=state_dir)
            assert done.returncode == 0, done.stderr
            assert ("Parsing listing pages in a worker process" in done.stderr) is worker, kind
            assert report["pages_fanned_out"] == (0 if kind == "open" else 28)


def test_incremental_fans_out_in_windows_and_stops_at_the_first_known_page(tmp_path: Path,
                                                                          state_dir: dict[str, str]) -> None:
    """Pages 6-30 of a 30-page chain are stored already. With a window of 4, pages 1-6 are
    fetched (the new ones and the first known one), at most 3 more that were requested before
    page 6 was seen, and no new window opens after it."""
    from newscrawl.normalize import canonical_url

    window = 4
    with MisbehavingServer() as server:
        store = tmp_path / "store.jsonl"
        old = [f"{server.url}en/2025/01/{i + 1:02d}/long{n}-{i}/" for n in range(6, 31) for i in range(3)]
        store.write_text("".join(json.dumps({"canonical_url": canonical_url(u)}) + "\n" for u in old), encoding="utf-8")
        done, items, report = _crawl(tmp_path, server.url + "chain/long/", "--known", str(store), "--incremental",
                                     "-s", f"NEWSCRAWL_CRAWL_FANOUT_INCREMENTAL_WINDOW={window}", env=state_dir)
        hits = _pages_hit(server, "long")
    assert done.returncode == 0, done.stderr
    assert set(range(1, 7)) <= set(hits) <= set(range(1, 6 + window)), hits
    assert all(count == 1 for count in hits.values())
    assert report["new_articles"] == 15 and report["incremental_stops"] == 1
