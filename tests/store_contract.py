"""Tests every store must pass, run against SQLite (test_store_sqlite.py) and a real
PostgreSQL server (test_store_postgres.py). Subclasses provide the ``store_url`` fixture."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from newscrawl.storage import SchemaTooNewError, StoreError, open_reader, open_store

REPO = Path(__file__).resolve().parent.parent


def make_item(i: int, *, region: str = "hong-kong", run_id: str = "run-1", seen: str = "2026-01-10T08:00:00Z",
              headline: str | None = None, lede: str | None = None, page: int = 1,
              position: int | None = None) -> dict[str, Any]:
    url = f"https://chinaworker.info/en/2026/01/{1 + i % 28:02d}/{10000 + i}/"
    lede = lede or f"Workers at plant {i} walked out on Monday over unpaid wages"
    return {
        "url": url, "canonical_url": url, "headline": headline or f"Strike number {i} spreads",
        "excerpt": f"{lede}...", "lede": lede, "standfirst": None, "byline": f"Reporter {i % 3}",
        "authors": [f"Reporter {i % 3}"], "truncated": True, "region": region.title(), "region_slug": region,
        "regions": [region], "listing_url": f"https://chinaworker.info/en/category/news/{region}/",
        "page": page, "position": position if position is not None else i % 10 + 1, "placement": "main",
        "site": "chinaworker.info", "published": f"2026-01-{1 + i % 28:02d}", "published_source": "url",
        "scraped_at": seen, "run_id": run_id, "schema_version": "1.0",
    }


WRITER = """
import sys
from newscrawl.storage import open_store
sys.path.insert(0, {tests!r})
from store_contract import make_item
url, batches, size = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open_store(url) as store:
    for b in range(batches):
        store.upsert_many([make_item(b * size + i, run_id="killed") for i in range(size)])
        print("committed", b + 1, flush=True)
"""


class StoreContract:
    """Logical behaviour shared by every backend."""

    def test_first_upsert_creates_one_row_per_article_and_its_sightings(self, store_url: str) -> None:
        with open_store(store_url) as store:
            result = store.upsert_many([make_item(i) for i in range(5)], run_id="run-1")
            assert (result.new, result.updated, result.sightings) == (5, 0, 5)
            assert store.count("articles") == 5
            assert store.count("sightings") == 5
            assert store.count("teaser_history") == 5
            assert store.schema_version() == store.code_version

    def test_rerun_adds_no_rows_and_updates_last_seen_and_seen_count(self, store_url: str) -> None:
        with open_store(store_url) as store:
            store.upsert_many([make_item(i) for i in range(3)])
            again = store.upsert_many([make_item(i, run_id="run-2", seen="2026-01-11T08:00:00Z") for i in range(3)])
            assert (again.new, again.updated) == (0, 3)
            assert store.count("articles") == 3
            assert store.count("sightings") == 6  # the second run's listings are recorded
            rows = list(store.export_articles())
            assert {r["last_seen"] for r in rows} == {"2026-01-11T08:00:00Z"}
            assert {r["first_seen"] for r in rows} == {"2026-01-10T08:00:00Z"}
            assert {r["seen_count"] for r in rows} == {2}
            assert {(r["first_run_id"], r["last_run_id"]) for r in rows} == {("run-1", "run-2")}

    def test_replaying_the_same_batch_changes_nothing(self, store_url: str) -> None:
        with open_store(store_url) as store:
            batch = [make_item(i) for i in range(4)]
            store.upsert_many(batch)
            before = list(store.export_articles())
            store.upsert_many(batch)
            assert list(store.export_articles()) == before
            assert store.count("sightings") == 4

    def test_article_in_several_regions_is_one_record_listing_all(self, store_url: str) -> None:
        with open_store(store_url) as store:
            store.upsert_many([make_item(1, region="hong-kong"), make_item(1, region="china", position=7)])
            store.upsert_many([make_item(1, region="ccp", run_id="run-2", seen="2026-01-12T00:00:00Z")])
            [row] = list(store.export_articles())
            assert row["regions"] == ["ccp", "china", "hong-kong"]
            assert row["seen_count"] == 2
            assert store.count("sightings") == 3
            assert [r["canonical_url"] for r in store.export_articles(region="china")] == [row["canonical_url"]]
            assert list(store.export_articles(region="taiwan")) == []

    def test_edited_teaser_keeps_the_earlier_text(self, store_url: str) -> None:
        with open_store(store_url) as store:
            store.upsert_many([make_item(1, headline="Strike spreads")])
            store.upsert_many([make_item(1, headline="Strike spreads to three cities", run_id="run-2",
                                         seen="2026-01-11T00:00:00Z")])
            [row] = list(store.export_articles())
            assert row["headline"] == "Strike spreads to three cities"
            assert store.count("teaser_history") == 2
            stats = store.stats()
            assert stats["totals"]["edited_articles"] == 1
            history = store._read("SELECT headline FROM teaser_history ORDER BY first_seen")
            assert [h[0] for h in history] == ["Strike spreads", "Strike spreads to three cities"]

    def test_older_sighting_does_not_overwrite_newer_text(self, store_url: str) -> None:
        with open_store(store_url) as store:
            store.upsert_many([make_item(1, headline="New title", seen="2026-01-11T00:00:00Z", run_id="run-2")])
            store.upsert_many([make_item(1, headline="Old title", seen="2026-01-10T00:00:00Z", run_id="run-1")])
            [row] = list(store.export_articles())
            assert row["headline"] == "New title"
            assert (row["first_seen"], row["first_run_id"]) == ("2026-01-10T00:00:00Z", "run-1")
            assert row["last_seen"] == "2026-01-11T00:00:00Z"

    def test_near_duplicate_is_linked_not_dropped(self, store_url: str) -> None:
        with open_store(store_url) as store:
            original = make_item(1, headline="Same headline", lede="Same first words")
            store.upsert_many([original])
            copy = make_item(2, headline="Same  headline", lede="same first words", seen="2026-01-11T00:00:00Z")
            result = store.upsert_many([copy])
            assert result.near_duplicates == {copy["canonical_url"]: original["canonical_url"]}
            rows = {r["canonical_url"]: r for r in store.export_articles()}
            assert rows[copy["canonical_url"]]["duplicate_of"] == original["canonical_url"]
            assert rows[original["canonical_url"]]["duplicate_of"] is None
            # Seeing the original again never turns it into a duplicate of the copy.
            store.upsert_many([original, copy])
            rows = {r["canonical_url"]: r for r in store.export_articles()}
            assert rows[original["canonical_url"]]["duplicate_of"] is None

    def test_item_without_url_is_rejected_and_the_rest_written(self, store_url: str) -> None:
        with open_store(store_url) as store:
            bad = make_item(9)
            bad["url"] = None
            result = store.upsert_many([make_item(1), bad])
            assert result.new == 1
            assert result.rejected == [(bad["listing_url"], "item has no url")]
            assert store.count("articles") == 1

    def test_authors_given_as_a_string_are_rejected_not_stored_letter_by_letter(self, store_url: str) -> None:
        with open_store(store_url) as store:
            bad = make_item(9)
            bad["authors"] = "Jane Doe"
            result = store.upsert_many([make_item(1), bad])
            assert result.rejected == [(bad["url"], "authors must be a list, not str")]
            assert [r["authors"] for r in store.export_articles()] == [["Reporter 1"]]

    def test_newer_schema_is_refused_with_a_clear_message(self, store_url: str) -> None:
        with open_store(store_url) as store:
            store._write(lambda cur: cur.execute(store.q(
                "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"),
                (99, "from the future", "2030-01-01T00:00:00Z")))
            code = store.code_version
        with pytest.raises(SchemaTooNewError) as info:
            open_store(store_url)
        assert str(info.value).endswith(f"has schema version 99, newer than this newscrawl supports ({code}); "
                                        "upgrade newscrawl (pip install -U newscrawl)")

    def test_known_urls_answers_in_chunks_and_leaves_out_a_runs_own_articles(self, store_url: str) -> None:
        with open_store(store_url) as store:
            store.upsert_many([make_item(i, run_id="earlier") for i in range(600)])
            store.upsert_many([make_item(i, run_id="now") for i in range(590, 1200)])
            asked = [make_item(i)["canonical_url"] for i in range(1195)] + ["https://elsewhere.example/1/"] * 2
            # More URLs than one query takes (chunks of 500), a repeated one, one never stored.
            assert store.known_urls(asked) == set(asked[:1195])
            # Articles run "now" stored first are not known to a resumed "now"; 590-599 were "earlier"'s.
            assert store.known_urls(asked, exclude_run_id="now") == set(asked[:600])
            assert store.known_urls([]) == set()

    def test_read_only_store_reads_live_and_refuses_to_write(self, store_url: str) -> None:
        with open_store(store_url) as store:
            store.upsert_many([make_item(1)], run_id="r1")
            reader = open_reader(store_url)
            try:
                assert reader.known_urls([make_item(1)["canonical_url"]]) == {make_item(1)["canonical_url"]}
                store.upsert_many([make_item(2)], run_id="r2")  # written while the reader is open
                assert reader.known_urls([make_item(2)["canonical_url"]]) == {make_item(2)["canonical_url"]}
                with pytest.raises(StoreError, match="opened read-only; nothing was written$"):
                    reader.upsert_many([make_item(3)])  # type: ignore[attr-defined]
                with pytest.raises(Exception, match="(?i)read-only|readonly"):
                    reader._transaction(lambda cur: cur.execute("DELETE FROM articles"))  # type: ignore[attr-defined]
            finally:
                reader.close()
            assert store.count("articles") == 2

    def test_read_only_store_refuses_a_newer_schema(self, store_url: str) -> None:
        with open_store(store_url) as store:
            store._write(lambda cur: cur.execute(store.q(
                "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"),
                (99, "from the future", "2030-01-01T00:00:00Z")))
        with pytest.raises(SchemaTooNewError):
            open_reader(store_url)

    def test_export_since_filters_on_first_seen(self, store_url: str) -> None:
        with open_store(store_url) as store:
            store.upsert_many([make_item(1, seen="2026-01-05T10:00:00Z"), make_item(2, seen="2026-01-20T10:00:00Z")])
            assert [r["url"] for r in store.export_articles(since="2026-01-10")] == [make_item(2)["url"]]

    def test_stats_count_by_region_author_and_run(self, store_url: str) -> None:
        with open_store(store_url) as store:
            store.start_run("run-1", spider="region", start_urls=["https://chinaworker.info/en/"])
            store.upsert_many([make_item(i, region="china" if i % 2 else "taiwan") for i in range(6)], run_id="run-1")
            store.finish_run("run-1", finish_reason="finished", counts={"items": 6, "new": 6})
            stats = store.stats()
        assert stats["totals"]["articles"] == 6
        assert stats["by_region"] == [{"region": "china", "articles": 3}, {"region": "taiwan", "articles": 3}]
        assert stats["by_author"][0] == {"author": "Reporter 0", "articles": 2}
        runs = [(r["run_id"], r["finish_reason"], r["new_articles"]) for r in stats["runs"]]
        assert runs == [("run-1", "finished", 6)]

    def test_writer_killed_mid_way_leaves_whole_batches_and_a_rerun_completes(self, store_url: str) -> None:
        batches, size = 400, 50
        open_store(store_url).close()  # migrate first, so the child only writes batches
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER.format(tests=str(REPO / "tests")), store_url, str(batches), str(size)],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert proc.stdout is not None and proc.stderr is not None  # both piped
        try:
            committed = 0
            deadline = time.monotonic() + 60
            while committed < 3 and time.monotonic() < deadline:
                ready, _, _ = select.select([proc.stdout], [], [], 1.0)
                if ready:
                    line = proc.stdout.readline()
                    assert line, f"writer exited early: {proc.stderr.read()}"
                    committed = int(line.split()[1])
            assert committed >= 3, "the writer committed nothing within 60 s"
        finally:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            proc.stdout.close()
            proc.stderr.close()
        assert proc.returncode == -signal.SIGKILL
        with open_store(store_url) as store:
            articles = store.count("articles")
            assert articles % size == 0 and articles >= 3 * size  # whole batches only
            assert store.count("sightings") == articles
            assert store.count("teaser_history") == articles
            self.check_integrity(store)
            for b in range(batches):
                store.upsert_many([make_item(b * size + i, run_id="rerun") for i in range(size)])
            assert store.count("articles") == batches * size
            assert len({r["canonical_url"] for r in store.export_articles()}) == batches * size

    def check_integrity(self, store: Any) -> None:
        """Backend-specific consistency check (SQLite: PRAGMA integrity_check)."""
