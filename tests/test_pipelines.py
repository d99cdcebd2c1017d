"""Pipelines built the Scrapy way (get_crawler + from_crawler), asserting items, stats and logs."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
import scrapy
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.test import get_crawler

from newscrawl.items import TeaserItem
from newscrawl.pipelines.dedup import DedupPipeline
from newscrawl.pipelines.normalize import NormalizePipeline
from newscrawl.pipelines.store import SqlStorePipeline
from newscrawl.pipelines.validate import SchemaValidationPipeline
from newscrawl.storage import open_store
from newscrawl.storage.jsonl import ReadStats, open_for_append, read_jsonl


class RunSpider(scrapy.Spider):
    name = "region"
    run_id = "run-test"
    start_urls = ["https://chinaworker.info/en/category/news/china/"]


def crawler_with(settings: dict[str, Any] | None = None) -> Any:
    crawler = get_crawler(RunSpider, {**_project_defaults(), **(settings or {})})
    crawler.spider = RunSpider.from_crawler(crawler)
    crawler.stats.open_spider()
    return crawler


def _project_defaults() -> dict[str, Any]:
    import newscrawl.settings as s

    return {k: getattr(s, k) for k in dir(s) if k.startswith("NEWSCRAWL_")}


def item(i: int = 1, **overrides: Any) -> TeaserItem:
    values: dict[str, Any] = dict(
        url=f"http://ChinaWorker.info/en/2026/01/0{i}/{100 + i}/?utm_source=x#top",
        headline=f"Headline {i}", excerpt=f"Strike {i} spreads…", lede=f"Strike {i} spreads…",
        region="Hong Kong", region_slug="hong-kong", listing_url="https://chinaworker.info/en/category/news/hong-kong/",
        page=1, position=i, scraped_at="2026-01-10T08:00:00Z",
    )
    values.update(overrides)
    return TeaserItem(**values)


def normalized(i: int = 1, **overrides: Any) -> TeaserItem:
    crawler = crawler_with()
    return NormalizePipeline.from_crawler(crawler).process_item(item(i, **overrides))


@pytest.mark.parametrize("cls, flag", [
    (NormalizePipeline, "NEWSCRAWL_NORMALIZE_ENABLED"), (SchemaValidationPipeline, "NEWSCRAWL_VALIDATE_ENABLED"),
    (DedupPipeline, "NEWSCRAWL_DEDUP_ENABLED"),
])
def test_pipelines_turn_off_with_their_flag(cls: Any, flag: str) -> None:
    with pytest.raises(NotConfigured, match=f"{flag} is off"):
        cls.from_crawler(crawler_with({flag: False}))


def test_store_pipeline_is_off_without_a_uri_and_says_nothing() -> None:
    """Off by default: a bare NotConfigured, which Scrapy does not log as a warning."""
    with pytest.raises(NotConfigured) as info:
        SqlStorePipeline.from_crawler(crawler_with())
    assert info.value.args == ()


def test_canonical_url_keeps_http_unless_the_host_is_known_to_serve_https() -> None:
    mirror = normalized(url="http://127.0.0.1:8000/en/2026/01/01/101/")
    assert mirror.canonical_url == "http://127.0.0.1:8000/en/2026/01/01/101/"  # a URL that still works
    crawler = crawler_with({"NEWSCRAWL_HTTPS_HOSTS": ["example.org"]})
    out = NormalizePipeline.from_crawler(crawler).process_item(item(url="http://www.example.org/2026/01/01/7"))
    assert out.canonical_url == "https://www.example.org/2026/01/01/7/"


def test_a_string_of_authors_is_dropped_by_validation_not_split_into_letters() -> None:
    crawler = crawler_with()
    bad = normalized(authors="Jane Doe")
    assert bad.authors == "Jane Doe"
    with pytest.raises(DropItem, match=r": authors: 'Jane Doe' is not of type 'array'$"):
        SchemaValidationPipeline.from_crawler(crawler).process_item(bad)


def test_normalize_stamps_run_id_canonical_url_date_and_cut_mark() -> None:
    crawler = crawler_with()
    out = NormalizePipeline.from_crawler(crawler).process_item(item())
    assert out.run_id == "run-test"
    assert out.canonical_url == "https://chinaworker.info/en/2026/01/01/101/"
    assert (out.published, out.published_source) == ("2026-01-01", "url")
    assert out.lede == "Strike 1 spreads" and out.truncated is True
    assert out.excerpt == "Strike 1 spreads…"  # the excerpt keeps its cut mark, as shown
    assert out.regions == ["hong-kong"]
    assert crawler.stats.get_value("newscrawl/normalize/truncated") == 1


def test_validate_drops_invalid_item_naming_its_url_and_counts_it() -> None:
    crawler = crawler_with()
    pipeline = SchemaValidationPipeline.from_crawler(crawler)
    good = normalized()
    assert pipeline.process_item(good) is good
    bad = normalized(2)
    bad.page = "two"  # type: ignore[assignment]
    with pytest.raises(DropItem) as info:
        pipeline.process_item(bad)
    assert str(info.value) == (
        "invalid item http://ChinaWorker.info/en/2026/01/02/102/?utm_source=x#top from "
        "https://chinaworker.info/en/category/news/hong-kong/: page: 'two' is not of type 'integer', 'null'"
    )
    assert info.value.log_level == "ERROR"
    assert crawler.stats.get_value("newscrawl/validation/failed") == 1


def test_dedup_drops_repeat_and_links_near_duplicate(caplog: pytest.LogCaptureFixture) -> None:
    crawler = crawler_with()
    pipeline = DedupPipeline.from_crawler(crawler)
    first = normalized(1)
    pipeline.process_item(first)
    duplicate = r"duplicate in this run: https://chinaworker.info/en/2026/01/01/101/ \(canonical_url\)"
    with pytest.raises(DropItem, match=duplicate):
        pipeline.process_item(normalized(1, region_slug="china", region="China"))
    assert crawler.stats.get_value("newscrawl/dedup/dropped/in_run") == 1
    twin = normalized(2, headline=first.headline, lede="Strike 1 spreads", excerpt="Strike 1 spreads...")
    with caplog.at_level(logging.INFO):
        out = pipeline.process_item(twin)
    assert out.duplicate_of == first.canonical_url
    assert crawler.stats.get_value("newscrawl/dedup/near_duplicate") == 1
    assert (f"Near-duplicate: {twin.canonical_url} has the same headline and lede as {first.canonical_url}"
            in caplog.text)


def test_store_pipeline_writes_in_batches_records_the_run_and_flushes_at_close(tmp_path: Path) -> None:
    db = str(tmp_path / "crawl.db")
    crawler = crawler_with({"NEWSCRAWL_STORE_URI": db, "NEWSCRAWL_STORE_BATCH_SIZE": 2})
    pipeline = SqlStorePipeline.from_crawler(crawler)
    pipeline.open_spider()
    for i in (1, 2, 3):
        pipeline.process_item(normalized(i))
    pipeline.process_item(normalized(1, region="China", region_slug="china", position=9))  # a second sighting
    assert crawler.stats.get_value("newscrawl/store/batches") == 2
    pipeline.close_spider()
    pipeline.spider_closed(reason="finished")
    assert crawler.stats.get_value("newscrawl/store/articles_new") == 3
    assert crawler.stats.get_value("newscrawl/store/sightings") == 4
    with open_store(db) as store:
        rows = {r["canonical_url"]: r for r in store.export_articles()}
        assert rows["https://chinaworker.info/en/2026/01/01/101/"]["regions"] == ["china", "hong-kong"]
        runs = store._read("SELECT run_id, finish_reason, items, new_articles FROM runs")
        assert runs == [("run-test", "finished", 4, 3)]


def test_store_pipeline_failure_is_logged_counted_and_items_pass_on(tmp_path: Path,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    import sqlite3

    db = str(tmp_path / "crawl.db")
    open_store(db).close()
    crawler = crawler_with({"NEWSCRAWL_STORE_URI": db, "NEWSCRAWL_STORE_BATCH_SIZE": 1,
                            "NEWSCRAWL_STORE_LOCK_RETRIES": 1, "NEWSCRAWL_STORE_LOCK_BACKOFF": 0.01,
                            "NEWSCRAWL_STORE_BUSY_TIMEOUT": 0.05})
    pipeline = SqlStorePipeline.from_crawler(crawler)
    pipeline.open_spider()
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with caplog.at_level(logging.ERROR):
            first = normalized(1)
            assert pipeline.process_item(first) is first
            assert pipeline.process_item(normalized(2)) is not None
    finally:
        other.execute("ROLLBACK")
        other.close()
    pipeline.close_spider()
    error = crawler.stats.get_value("newscrawl/store/error")
    assert error.startswith(f"{db}: database is locked by another writer (gave up after 2 attempts")
    assert crawler.stats.get_value("newscrawl/store/unsaved") == 2
    assert f"Store failed, stopping the crawl: {error}" in caplog.text


def test_jsonl_append_after_a_killed_writer_and_reading_while_written(tmp_path: Path) -> None:
    path = tmp_path / "items.jsonl"
    path.write_bytes(b'{"url": "a"}\n{"url": "b", "headl')  # a run killed mid-line
    with open_for_append(path) as handle:
        handle.write(b'{"url": "c"}\n')
        handle.write(b'{"url": "d", "still')  # the line being written right now
        stats = ReadStats()
        assert [o["url"] for o in read_jsonl(path, stats)] == ["a", "c"]
        assert (stats.objects, stats.skipped) == (2, 2)


def test_scrapy_remote_control_and_telnet_console_are_left_out() -> None:
    """Scrapy (2.14+) starts by default a remote control: an HTTP server on localhost running the
    Python code sent to it. The project leaves it and the telnet console out of its extensions,
    without importing them (the remote control's aiohttp import costs every crawl ~0.1 s)."""
    import json
    import subprocess
    import sys

    code = (
        "import json, sys\n"
        "from scrapy.utils.conf import build_component_list\n"
        "from newscrawl.crawl import project_settings\n"
        "settings = project_settings({})\n"
        "extensions = build_component_list(settings.getwithbase('EXTENSIONS'))\n"
        "print(json.dumps({'extensions': extensions, 'imported': sorted(m for m in sys.modules if m in "
        "('aiohttp', 'scrapy.extensions.remote_control', 'scrapy.extensions.telnet')),"
        " 'remote_control': settings.getbool('REMOTE_CONTROL_ENABLED'),"
        " 'telnet': settings.getbool('TELNETCONSOLE_ENABLED')}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    found = json.loads(done.stdout)
    assert not any("remote_control" in e or "telnet" in e for e in found["extensions"]), found["extensions"]
    assert "scrapy.extensions.feedexport.FeedExporter" in found["extensions"]  # Scrapy's others stay
    assert "newscrawl.extensions.report.RunReport" in found["extensions"]
    assert found["imported"] == []
    assert found["remote_control"] is False and found["telnet"] is False  # also off if added back


def test_components_off_by_default_are_silent() -> None:
    """Scrapy logs "WARNING: Disabled X: <message>" for a NotConfigured with a message: a
    component that is merely off by default (no --db, no --jobdir, ...) must raise it bare."""
    from scrapy.utils.misc import build_from_crawler, load_object

    import newscrawl.settings as s

    paths = [path for table in (s.ITEM_PIPELINES, s.SPIDER_MIDDLEWARES, s.DOWNLOADER_MIDDLEWARES, s.EXTENSIONS)
             for path, order in table.items() if path.startswith("newscrawl.") and order is not None]
    off = []
    for path in paths:
        crawler = crawler_with()
        try:
            build_from_crawler(load_object(path), crawler)
        except NotConfigured as exc:
            off.append(path)
            assert exc.args == (), f"{path} is off by default but says {exc.args[0]!r}"
    # The store, incremental stop, checkpoint and progress are off unless asked for.
    assert {"newscrawl.pipelines.store.SqlStorePipeline", "newscrawl.middlewares.incremental.IncrementalStopMiddleware",
            "newscrawl.middlewares.checkpoint.FrontierCheckpointMiddleware",
            "newscrawl.extensions.progress.Progress"} <= set(off)
