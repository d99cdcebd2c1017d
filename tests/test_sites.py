"""Site configs: bundled files parse, start URLs resolve, bad configs fail with the cause."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import REPO, run_cli
from newscrawl.sites import SiteConfigError, bundled_sites, load_site, parse_site


def test_bundled_sites_parse_and_list_start_urls() -> None:
    assert {"chinaworker", "fixture"} <= set(bundled_sites())
    cw = load_site("chinaworker")
    assert cw.profile == "tagdiv-newspaper"
    urls = [listing.url for listing in cw.listings()]
    assert "https://chinaworker.info/en/category/news/hong-kong/" in urls
    assert cw.settings()["AUTOTHROTTLE_ENABLED"] is True
    assert cw.settings()["CONCURRENT_REQUESTS_PER_DOMAIN"] == 1


def test_fixture_config_matches_the_fixture_site_manifest() -> None:
    manifest = json.loads((REPO / "fixtures" / "site" / "manifest.json").read_text(encoding="utf-8"))
    config = load_site("fixture")
    assert set(config.regions) == set(manifest["regions"])
    assert set(config.tags) == set(manifest["tags"])
    for slug, path in config.regions.items():
        assert manifest["regions"][slug][0] == path


def test_regions_filter_and_base_url() -> None:
    listings = load_site("fixture").listings(["taiwan", "ccp"], base_url="http://127.0.0.1:9/")
    assert [(x.slug, x.kind, x.url) for x in listings] == [
        ("taiwan", "category", "http://127.0.0.1:9/en/category/news/taiwan/"),
        ("ccp", "tag", "http://127.0.0.1:9/en/tag/ccp/"),
    ]


def test_unknown_region_names_the_known_ones() -> None:
    with pytest.raises(SiteConfigError, match=r"site 'fixture' has no region or tag 'macau' \(known: hong-kong, "):
        load_site("fixture").listings(["macau"])


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ({"regions": {"a": "/a/"}}, r"\[site\] name is required"),
        ({"site": {"name": "x", "base_url": "ftp://x"}, "regions": {"a": "/a/"}}, r"base_url must be an http\(s\) URL"),
        ({"site": {"name": "x", "base_url": "https://x.org/"}}, r"list at least one start page"),
        ({"site": {"name": "x", "base_url": "https://x.org/"}, "regions": {"a": "/a/"},
          "politeness": {"download_delay": "slow"}}, r"download_delay has the wrong type \(str\)"),
        ({"site": {"name": "x", "base_url": "https://x.org/"}, "regions": {"a": "/a/"}, "extra": {}},
         r"unknown section\(s\) extra"),
        ({"site": {"name": "x", "base_url": "https://x.org/", "https_hosts": "x.org"}, "regions": {"a": "/a/"}},
         r"https_hosts has the wrong type \(str\)"),
        ({"site": {"name": "x", "base_url": "https://x.org/", "https_hosts": ["https://x.org/"]},
          "regions": {"a": "/a/"}}, r"https_hosts must be a list of host names"),
    ],
)
def test_invalid_configs_name_the_cause(doc: dict, message: str) -> None:
    with pytest.raises(SiteConfigError, match=message):
        parse_site(doc, source="x.toml")


def test_a_researcher_adds_a_site_by_writing_a_config(tmp_path: Path) -> None:
    path = tmp_path / "other.toml"
    path.write_text('[site]\nname = "other"\nbase_url = "https://news.example.org/"\n'
                    '[regions]\nworld = "/category/world/"\n', encoding="utf-8")
    config = load_site(str(path))
    assert [x.url for x in config.listings()] == ["https://news.example.org/category/world/"]
    assert "NEWSCRAWL_HTTPS_HOSTS" not in config.settings()  # no host upgraded unless listed


def test_https_hosts_of_a_site_config() -> None:
    from newscrawl.sites import bundled_https_hosts

    assert load_site("chinaworker").https_hosts == ("chinaworker.info",)
    assert load_site("fixture").https_hosts == ()  # a local site on http://127.0.0.1 keeps its scheme
    assert bundled_https_hosts() == frozenset({"chinaworker.info"})
    doc = {"site": {"name": "x", "base_url": "https://x.org/", "https_hosts": ["X.org", "cdn.x.org"]},
           "regions": {"a": "/a/"}}
    assert parse_site(doc).settings()["NEWSCRAWL_HTTPS_HOSTS"] == ["x.org", "cdn.x.org"]


def test_cli_unknown_site_exits_4(tmp_path: Path) -> None:
    result = run_cli("crawl", "--site", "nosuchsite", "-o", str(tmp_path / "x.jsonl"))
    assert result.returncode == 4
    assert result.stderr.strip().splitlines()[-1] == (
        "Error: unknown site 'nosuchsite' (bundled: chinaworker, fixture; or give a path to a .toml file)")


def test_cli_bad_toml_exits_4(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[site\nname=", encoding="utf-8")
    result = run_cli("crawl", "--site", str(bad), "-o", str(tmp_path / "x.jsonl"))
    assert result.returncode == 4
    assert f"Error: {bad}: not valid TOML" in result.stderr


def test_cli_usage_errors_exit_2(tmp_path: Path) -> None:
    out = str(tmp_path / "x.jsonl")
    assert run_cli("crawl", "--site", "fixture", "http://127.0.0.1:9/", "-o", out).returncode == 2
    assert run_cli("crawl", "--region", "taiwan", "http://127.0.0.1:9/", "-o", out).returncode == 2
    result = run_cli("crawl", "--site", "fixture", "--incremental", "-O", out)
    assert result.returncode == 2
    assert "--incremental needs a store" in result.stderr
