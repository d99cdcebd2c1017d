"""`newscrawl resplit`: stored articles split again with the current splitter and knowledge, on
real SQLite files and a real PostgreSQL server; databases of the previous schema migrate and
stay re-splittable; errors are one line with the documented exit codes."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from conftest import run_cli
from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.extract.split import SPLITTER_VERSION
from newscrawl.resplit import resplit
from newscrawl.storage import open_store, store_class
from newscrawl.storage.base import SplitChange
from newscrawl.storage.knowledge_file import knowledge_path, write_knowledge

SITE = "x.example"
SEEN = "2026-01-10T08:00:00Z"

# Excerpts of an invented site (with their own line breaks, or merged), and the split the
# current splitter gives them (with the site's knowledge where it says so).
LINES = "Dockers reject the new rota\nMarek Zielny\nThe vote was held on Friday after a week of meetings..."
MERGED = "Teachers walk out over pay cut in Gdynia Marek Zielny Kasia Nowak taught for thirty years..."
RENTS = "Rents rise again\nlefthand.net reporters\nTenants in the old town say their landlords..."


def flat(text: str) -> str:
    return " ".join(text.split())


def item(n: int, excerpt: str | None, *, raw: bool = True, site: str = SITE, seen: str = SEEN, **split: Any) -> dict:
    """A stored item as an older splitter left it: ``split`` gives its parts (default: none found)."""
    url = f"https://{site}/en/2026/01/10/{1000 + n}/"
    values = {"standfirst": None, "byline": None, "authors": [], "organisation": None, "affiliation": None,
              "note": None, "lede": flat(excerpt).removesuffix("...") if excerpt else None,
              "split_method": "single-paragraph" if excerpt else None, "split_confidence": 0.6 if excerpt else None,
              "splitter_version": "2.0" if raw else None, "truncated": bool(excerpt)}
    values.update(split)
    return {"url": url, "canonical_url": url, "site": site, "headline": f"Headline {n}",
            "excerpt": flat(excerpt) if excerpt else None, "excerpt_raw": excerpt if raw else None,
            "region_slug": "news", "regions": ["news"], "listing_url": f"https://{site}/en/category/news/",
            "page": 1, "position": n, "placement": "main", "scraped_at": seen, "run_id": "run-1", **values}


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "crawl.db")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def kdir(tmp_path: Path) -> Path:
    """A knowledge directory where x.example knows its author Marek Zielny."""
    k = SiteKnowledge(SITE, seed=False)
    k.add("Marek Zielny", ["Marek Zielny"])
    write_knowledge(k, tmp_path / "state" / "knowledge")
    return tmp_path / "state" / "knowledge"


def article(store: Any, n: int, site: str = SITE) -> dict:
    url = f"https://{site}/en/2026/01/10/{1000 + n}/"
    [row] = [r for r in store.export_articles() if r["canonical_url"] == url]
    return row


def test_resplit_brings_old_splits_up_to_date_and_a_second_run_changes_nothing(db_url: str, kdir: Path) -> None:
    with open_store(db_url) as store:
        store.upsert_many([item(1, LINES), item(2, MERGED), item(3, None)])
    report = resplit(db_url, knowledge_dir=kdir, learn=False)
    assert (report.examined, report.changed, report.written, report.parts_changed) == (3, 2, 2, 2)
    assert report.sources == {"raw": 2, "no-excerpt": 1}
    assert report.by_field == {"standfirst": 2, "byline": 2, "authors": 2, "lede": 2, "split_method": 2,
                               "split_confidence": 2, "splitter_version": 2}
    with open_store(db_url) as store:
        one, two = article(store, 1), article(store, 2)
        assert (one["standfirst"], one["byline"], one["authors"], one["lede"]) == (
            "Dockers reject the new rota", "Marek Zielny", ["Marek Zielny"],
            "The vote was held on Friday after a week of meetings")
        assert (one["split_method"], one["splitter_version"]) == ("known-byline", SPLITTER_VERSION)
        assert (two["standfirst"], two["byline"], two["lede"], two["split_method"]) == (
            "Teachers walk out over pay cut in Gdynia", "Marek Zielny", "Kasia Nowak taught for thirty years",
            "known-byline")
        assert one["excerpt_raw"] == LINES  # the raw excerpt itself is kept as it was
        # what the split was before: one split_history row per changed article
        history = store._read(
            "SELECT a.canonical_url, h.byline, h.lede, h.split_method, h.splitter_version, h.changed_fields, "
            "h.replaced_by_version, h.reason FROM split_history h JOIN articles a ON a.id = h.article_id "
            "ORDER BY a.canonical_url")
        assert [h[1:] for h in history] == [
            (None, flat(LINES).removesuffix("..."), "single-paragraph", "2.0",
             "standfirst,byline,authors,lede,split_method,split_confidence,splitter_version", SPLITTER_VERSION,
             "resplit"),
            (None, flat(MERGED).removesuffix("..."), "single-paragraph", "2.0",
             "standfirst,byline,authors,lede,split_method,split_confidence,splitter_version", SPLITTER_VERSION,
             "resplit"),
        ]
        assert store.count("teaser_history") == 3  # the crawled teaser versions are left as they were
    again = resplit(db_url, knowledge_dir=kdir, learn=False)
    assert (again.examined, again.changed, again.written) == (3, 0, 0)
    with open_store(db_url) as store:
        assert store.count("split_history") == 2


def test_dry_run_counts_and_writes_nothing(db_url: str, kdir: Path) -> None:
    with open_store(db_url) as store:
        store.upsert_many([item(1, LINES), item(2, MERGED)])
        before = list(store.export_articles())
    report = resplit(db_url, knowledge_dir=kdir, dry_run=True, learn=False)
    assert (report.changed, report.written, report.dry_run) == (2, 0, True)
    assert report.by_field["byline"] == 2
    with open_store(db_url) as store:
        assert list(store.export_articles()) == before
        assert store.count("split_history") == 0


def test_site_filter_and_knowledge_per_site(db_url: str, kdir: Path) -> None:
    with open_store(db_url) as store:
        store.upsert_many([item(1, MERGED), item(2, MERGED, site="y.example")])
    report = resplit(db_url, site="y.example", knowledge_dir=kdir, learn=False)
    assert (report.examined, report.changed) == (1, 1)  # y.example knows nobody: a cold split
    with open_store(db_url) as store:
        assert article(store, 1)["splitter_version"] == "2.0"  # x.example untouched
        assert article(store, 2, "y.example")["split_method"] != "known-byline"
    report = resplit(db_url, knowledge_dir=kdir, learn=False)
    with open_store(db_url) as store:
        assert article(store, 1)["split_method"] == "known-byline"


def test_learning_from_the_stored_excerpts_first(db_url: str, tmp_path: Path) -> None:
    """No stored knowledge, but a stored excerpt shows Marek Zielny on a line of his own: the
    first pass learns it, so the merged excerpt is split with it (as a crawl of both would)."""
    with open_store(db_url) as store:
        store.upsert_many([item(1, LINES), item(2, MERGED)])
    empty = tmp_path / "empty"
    cold = resplit(db_url, knowledge_dir=empty, learn=False, dry_run=True)
    warm = resplit(db_url, knowledge_dir=empty)
    assert warm.learned_from == 1
    with open_store(db_url) as store:
        assert article(store, 2)["byline"] == "Marek Zielny"
    assert cold.by_field["byline"] == 1  # without learning only the line-break excerpt gets its byline
    assert not empty.exists(), "learning in memory writes no knowledge file"
    assert resplit(db_url, knowledge_dir=empty).changed == 0


def test_forgetting_a_learned_byline_then_resplitting_removes_it(db_url: str, kdir: Path) -> None:
    with open_store(db_url) as store:
        store.upsert_many([item(2, MERGED)])
    resplit(db_url, knowledge_dir=kdir, learn=False)
    done = run_cli("knowledge", "forget", "Marek Zielny", "--site", SITE, "--state-dir", str(kdir.parent))
    assert done.returncode == 0, done.stderr
    report = resplit(db_url, knowledge_dir=kdir)
    assert report.changed == 1
    with open_store(db_url) as store:
        row = article(store, 2)
        assert row["byline"] is None and row["split_method"] == "single-paragraph"
        assert store._read("SELECT byline, split_method FROM split_history ORDER BY id")[-1] == (
            "Marek Zielny", "known-byline")


def test_a_row_a_crawl_changed_meanwhile_is_left_to_the_crawl(db_url: str, kdir: Path) -> None:
    with open_store(db_url) as store:
        store.upsert_many([item(1, LINES), item(2, MERGED)])
        rows = store.stored_splits(limit=10)
        changes = [SplitChange(row=r, after={**r.values, "byline": "X", "splitter_version": "9"},
                               fields=["byline", "splitter_version"]) for r in rows]
        store.upsert_many([item(2, MERGED, seen="2026-01-11T00:00:00Z")])  # the crawl writes article 2 again
        done = store.apply_resplit(changes, resplit_id="r", splitter_version="9")
        assert (done.written, done.stale) == (1, [rows[1].id])
        assert article(store, 1)["byline"] == "X" and article(store, 2)["byline"] is None
        assert store.count("split_history") == 1


def test_batches_and_progress(db_url: str, kdir: Path) -> None:
    with open_store(db_url) as store:
        store.upsert_many([item(n, LINES if n % 2 else MERGED) for n in range(7)])
    calls: list[tuple] = []
    report = resplit(db_url, knowledge_dir=kdir, batch_size=3, progress=lambda *a: calls.append(a[:4]))
    assert report.written == 7
    assert [c for c in calls if c[0] == "learning"] == [("learning", 3, 7, 0), ("learning", 6, 7, 0),
                                                         ("learning", 7, 7, 0)]
    assert [c[1] for c in calls if c[0] == "splitting"] == [3, 6, 7]
    with open_store(db_url) as store:
        assert len({r[0] for r in store._read("SELECT replaced_by FROM split_history")}) == 1


# --- databases of the previous schema ----------------------------------------------------------


def old_database(db_url: str, rows: list[dict]) -> None:
    """A database as newscrawl left it before migration 2 (no raw excerpts, no splitter versions)."""
    cls = store_class(db_url)
    old = type("OldStore", (cls,), {"MIGRATIONS": cls.MIGRATIONS[:1]})
    columns = ("canonical_url", "url", "site", "headline", "excerpt", "standfirst", "byline", "authors", "note",
               "lede", "truncated", "split_method", "split_confidence", "text_hash", "first_seen", "last_seen")
    with old(db_url).open() as store:
        assert store.schema_version() == 1
        sql = store.q(f"INSERT INTO articles ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})")
        for n, row in enumerate(rows):
            values = {**row, "authors": store._encode_list(row["authors"]), "text_hash": f"h{n}",
                      "first_seen": SEEN, "last_seen": SEEN}
            store._write(lambda cur, v=values: cur.execute(sql, tuple(v[c] for c in columns)))


def test_a_database_of_the_previous_schema_migrates_and_is_resplit_from_its_excerpts(db_url: str,
                                                                                    kdir: Path) -> None:
    rents = item(1, RENTS, raw=False, standfirst="Rents rise again", byline="lefthand.net reporters",
                 organisation="lefthand.net", lede="Tenants in the old town say their landlords",
                 split_method="newline", split_confidence=1.0)
    noted = item(2, RENTS, raw=False, standfirst="Rents rise again", byline="lefthand.net reporters",
                 note="(First published in Voice of Labour)", split_method="newline")
    merged = item(3, MERGED, raw=False)
    old_database(db_url, [rents, noted, merged])
    with open_store(db_url) as store:  # opening migrates
        assert store.schema_version() == store.code_version == 2
        assert {r["excerpt_raw"] for r in store.export_articles()} == {None}
    report = resplit(db_url, knowledge_dir=kdir, learn=False)
    assert report.sources == {"rebuilt": 1, "kept": 1, "collapsed": 1}
    with open_store(db_url) as store:
        row = article(store, 1)
        # line breaks rebuilt from the line-break split's parts: the same split, now versioned
        assert row["excerpt_raw"] == ("Rents rise again\nlefthand.net reporters\n"
                                      "Tenants in the old town say their landlords...")
        assert (row["byline"], row["split_method"], row["splitter_version"]) == (
            "lefthand.net reporters", "newline", SPLITTER_VERSION)
        assert article(store, 2)["splitter_version"] is None  # kept: its parts do not give the excerpt back
        three = article(store, 3)
        assert (three["byline"], three["split_method"]) == ("Marek Zielny", "known-byline")
    again = resplit(db_url, knowledge_dir=kdir, learn=False)
    assert again.changed == 0 and again.sources == {"raw": 1, "kept": 1, "collapsed": 1}


# --- the command line -------------------------------------------------------------------------------


def cli(*args: str, state: Path) -> tuple[int, str, str]:
    done = run_cli("resplit", *args, "--state-dir", str(state))
    return done.returncode, done.stdout, done.stderr


def test_cli_table_and_json(db_url: str, kdir: Path) -> None:
    with open_store(db_url) as store:
        store.upsert_many([item(1, LINES), item(2, MERGED)])
    code, out, err = cli("--db", db_url, "--dry-run", "--no-learn", state=kdir.parent)
    assert (code, err) == (0, "")
    assert f"re-split 2 stored articles with splitter {SPLITTER_VERSION}" in out.splitlines()[0]
    assert out.splitlines()[0].endswith("(dry run: nothing written)")
    assert [line.split() for line in out.splitlines() if line.strip().startswith(("rows would", "byline"))] == [
        ["rows", "would", "change", "2"], ["byline", "2"]]
    code, out, _ = cli("--db", db_url, "--json", "--site", SITE, state=kdir.parent)
    data = json.loads(out)
    assert code == 0 and (data["changed"], data["written"], data["site"]) == (2, 2, SITE)
    assert data["by_field"]["byline"] == 2 and data["error"] is None
    code, out, _ = cli("--db", db_url, "--json", state=kdir.parent)
    assert json.loads(out)["changed"] == 0


def test_cli_after_a_real_crawl_changes_no_parts_and_is_idempotent(site_server: str, tmp_path: Path) -> None:
    db, state = str(tmp_path / "crawl.db"), tmp_path / "state"
    done = run_cli("crawl", f"{site_server}en/category/news/china/", f"{site_server}en/category/news/taiwan/",
                   "--db", db, env={"NEWSCRAWL_STATE_DIR": str(state)})
    assert done.returncode == 0, done.stderr
    first = json.loads(cli("--db", db, "--json", state=state)[1])
    assert first["examined"] > 0 and first["sources"] == {"raw": first["examined"]}
    assert first["parts_changed"] == 0  # the crawl split with what it knew; the parts hold
    second = json.loads(cli("--db", db, "--json", state=state)[1])
    assert second["changed"] == 0


@pytest.mark.parametrize("url,code,message", [
    ("mysql://u@h/db", 2, "Error: unsupported database URL scheme 'mysql' in mysql://u@h/db"),
    ("items.jsonl", 2, "Error: items.jsonl looks like a JSON-lines file, not a database"),
    ("missing.db", 4, "Error: missing.db: no such database file"),
    ("postgresql://u:s3cret@127.0.0.1:1/db", 4, "Error: cannot connect to PostgreSQL at postgresql://u:***@127.0.0.1:1/db"),
])
def test_cli_bad_urls_are_one_line_with_their_exit_code(tmp_path: Path, url: str, code: int, message: str) -> None:
    done = run_cli("resplit", "--db", url, cwd=tmp_path)
    assert done.returncode == code
    assert len(done.stderr.splitlines()) == 1 and done.stderr.startswith(message), done.stderr
    assert "s3cret" not in done.stderr and done.stdout == ""


def test_cli_newer_schema_is_refused(db_url: str, tmp_path: Path) -> None:
    with open_store(db_url) as store:
        store._write(lambda cur: cur.execute(store.q(
            "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)"),
            (99, "from the future", "2030-01-01T00:00:00Z")))
    code, out, err = cli("--db", db_url, state=tmp_path)
    assert code == 4 and out == ""
    assert len(err.splitlines()) == 1 and err.strip().endswith(
        "has schema version 99, newer than this newscrawl supports (2); upgrade newscrawl (pip install -U newscrawl)")


def test_cli_unusable_knowledge_file_stops_before_any_write(db_url: str, tmp_path: Path) -> None:
    with open_store(db_url) as store:
        store.upsert_many([item(1, LINES)])
    path = knowledge_path(SITE, tmp_path / "knowledge")
    path.parent.mkdir()
    path.write_text("{not json", encoding="utf-8")
    code, out, err = cli("--db", db_url, state=tmp_path)
    assert code == 4 and out == ""
    assert err.splitlines() == [f"Error: site knowledge file {path} is not valid JSON (corrupt: Expecting property "
                                f"name enclosed in double quotes: line 1 column 2 (char 1)); not re-splitting "
                                f"{SITE} without it (fix the file, or let a crawl or `newscrawl parse` set it aside)"]
    assert path.read_text(encoding="utf-8") == "{not json"
    with open_store(db_url) as store:
        assert article(store, 1)["splitter_version"] == "2.0"


def test_cli_locked_sqlite_database_stops_with_one_line_and_exit_1(tmp_path: Path, kdir: Path) -> None:
    db = str(tmp_path / "crawl.db")
    with open_store(db) as store:
        store.upsert_many([item(1, LINES)])
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the lock
    try:
        code, out, err = cli("--db", db, "-s", "NEWSCRAWL_STORE_LOCK_RETRIES=1",
                             "-s", "NEWSCRAWL_STORE_LOCK_BACKOFF=0.01", "-s", "NEWSCRAWL_STORE_BUSY_TIMEOUT=0.05",
                             state=kdir.parent)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert code == 1
    assert err.splitlines() == [
        f"Error: {db}: database is locked by another writer (gave up after 2 attempts over "
        + err.split("over ", 1)[1].split("s)", 1)[0] + "s); stop the other process or retry later; 0 rows were "
        "re-split and written before it: run again to finish"]
    assert "stopped: " in out
    assert cli("--db", db, state=kdir.parent)[0] == 0  # once the lock is gone, a re-run finishes
    with open_store(db) as store:
        assert article(store, 1)["splitter_version"] == SPLITTER_VERSION


def test_cli_set_names_only_store_settings(tmp_path: Path) -> None:
    done = run_cli("resplit", "--db", str(tmp_path / "x.db"), "-s", "NEWSCRAWL_FOO=1")
    assert done.returncode == 2 and "NEWSCRAWL_FOO does not apply to resplit" in done.stderr


def test_cli_site_by_configured_name_and_a_hint_for_a_host_with_no_articles(tmp_path: Path) -> None:
    db = str(tmp_path / "crawl.db")
    with open_store(db) as store:
        store.upsert_many([item(1, LINES, site="chinaworker.info")])
    code, out, err = cli("--db", db, "--site", "chinaworker", "--dry-run", "--json", state=tmp_path)
    assert code == 0 and err == ""
    assert (json.loads(out)["site"], json.loads(out)["examined"]) == ("chinaworker.info", 1)
    code, out, err = cli("--db", db, "--site", "www.chinaworker.info", "--dry-run", state=tmp_path)
    assert code == 0 and "re-split 0 stored articles of www.chinaworker.info" in out
    assert err.splitlines() == ["warning: no stored articles of www.chinaworker.info; the database has articles "
                                "of chinaworker.info"]


@pytest.mark.postgres
def test_locked_postgres_rows_stop_the_run_part_way_and_a_rerun_finishes(pg_url: str, kdir: Path) -> None:
    import psycopg

    with open_store(pg_url) as store:
        store.upsert_many([item(n, LINES) for n in range(4)])
        ids = [r.id for r in store.stored_splits(limit=10)]
    with psycopg.connect(pg_url) as other:
        # another writer holds the rows of the second batch
        other.execute("SELECT id FROM articles WHERE id = ANY(%s) FOR UPDATE", (ids[2:],))
        report = resplit(pg_url, knowledge_dir=kdir, batch_size=2, learn=False,
                         store_options={"lock_retries": 1, "lock_backoff": 0.01, "lock_timeout": 0.1})
        other.rollback()
    assert report.error is not None and "rows are locked by another writer (gave up after 2 attempts" in report.error
    assert "\n" not in report.error and "@" not in report.error.split(": rows are locked")[1]
    assert (report.examined, report.written) == (2, 2)  # the first batch is committed
    again = resplit(pg_url, knowledge_dir=kdir, batch_size=2, learn=False)
    assert (again.error, again.written) == (None, 2)


def test_progress_lines_come_every_few_seconds_of_a_long_run() -> None:
    from newscrawl.cli import _ResplitProgress

    lines: list[str] = []
    progress = _ResplitProgress(lines.append)
    for done, elapsed in ((500, 0.5), (1000, 1.0), (4000, 2.0), (4500, 2.5), (9000, 4.1)):
        progress("learning", done, 10000, 0, elapsed, elapsed)
    progress("splitting", 1000, 10000, 300, 0.4, 4.5)
    progress("splitting", 3000, 10000, 900, 2.0, 6.5)
    assert lines == [
        "resplit: learning 4,000/10,000 rows (40%), 2,000 rows/s, about 3s left",
        "resplit: learning 9,000/10,000 rows (90%), 2,195 rows/s, about 0s left",
        "resplit: splitting 3,000/10,000 rows (30%), 900 changed, 1,500 rows/s, about 5s left",
    ]


def test_rows_of_a_site_whose_excerpts_carry_no_bylines_stay_whole(db_url: str, tmp_path: Path) -> None:
    """A crawl kept these excerpts whole (``lede-only``: the site's excerpts carry no bylines) or
    used the byline element beside them (``byline-element``): re-splitting, even after learning
    from the stored excerpts, keeps them so; once the site is known to carry bylines, the kept
    ones are split."""
    datelines = [f"{city} – TV {region} reported crowds outside the factory gates on {day}, where workers said..."
                 for city, region, day in [("WUHAN", "Hunan", "Monday"), ("TAIPEI", "Sichuan", "Tuesday"),
                                           ("HANOI", "Guangdong", "Friday"), ("WUHAN", "Henan", "Sunday")]]
    rows = [item(n, text, split_method="lede-only", split_confidence=0.9, splitter_version=SPLITTER_VERSION)
            for n, text in enumerate(datelines)]
    rows.append(item(9, MERGED, byline="Kasia Nowak", authors=["Kasia Nowak"], split_method="byline-element",
                     split_confidence=0.95, splitter_version=SPLITTER_VERSION))
    with open_store(db_url) as store:
        store.upsert_many(rows)
    kdir = tmp_path / "knowledge"
    report = resplit(db_url, knowledge_dir=kdir)
    assert (report.changed, report.learned_from) == (0, 0), report.by_field
    assert report.sources["element"] == 1
    with open_store(db_url) as store:
        assert [article(store, n)["split_method"] for n in (0, 1, 2, 3, 9)] == ["lede-only"] * 4 + ["byline-element"]
    known = SiteKnowledge(SITE, seed=False)
    known.byline_presence.excerpts, known.byline_presence.bylines = 40, 20  # the site showed bylines since
    write_knowledge(known, kdir)
    report = resplit(db_url, knowledge_dir=kdir, learn=False)
    assert report.changed == 4
    with open_store(db_url) as store:
        assert article(store, 9)["byline"] == "Kasia Nowak"
