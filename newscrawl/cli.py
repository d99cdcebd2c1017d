"""The ``newscrawl`` command line. Thin: each command calls a library function."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import click

from newscrawl import __version__

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "--version", prog_name="newscrawl")
def cli() -> None:
    """Crawl news sites' listing pages into clean, versioned teaser records."""


def _check_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise click.BadParameter(f"not an http(s) URL: {url}")
    return url


@cli.command()
@click.argument("path", type=click.Path(allow_dash=True, dir_okay=False, path_type=str))
@click.option("--url", required=True, help="The URL the page was fetched from (resolves links; picks the site profile).")
@click.option("--include-sidebar", is_flag=True, help="Also print the sidebar ('Latest News') blocks, placement 'sidebar'.")
@click.option("--profile", default=None, help="Force an extractor: a profile name, or 'generic'.")
def parse(path: str, url: str, include_sidebar: bool, profile: str | None) -> None:
    """Parse a saved listing page; print one JSON object per teaser block.

    PATH is an HTML file, or - for stdin. Objects go to stdout, one per line, in page order;
    warnings (layout changes, fallbacks) go to stderr.

    \b
    Example:
        newscrawl parse page15.html --url https://chinaworker.info/en/category/news/hong-kong/page/15
    """
    from newscrawl.extract.decode import NotHtmlError
    from newscrawl.extract.listing import UnknownProfileError
    from newscrawl.parse import parse_file

    _check_url(url)
    try:
        result = parse_file(path, url, include_sidebar=include_sidebar, profile=profile)
    except FileNotFoundError:
        raise click.ClickException(f"{path}: no such file") from None
    except IsADirectoryError:
        raise click.ClickException(f"{path}: is a directory, not an HTML file") from None
    except PermissionError:
        raise click.ClickException(f"{path}: permission denied") from None
    except NotHtmlError as exc:
        raise click.ClickException(f"{path}: {exc}") from None
    except UnknownProfileError as exc:
        raise click.ClickException(str(exc)) from None
    for warning in result.warnings:
        click.echo(f"warning: {warning}", err=True)
    if not result.items:
        hint = "" if result.extractor == "generic" else " Try --profile generic"
        raise click.ClickException(f"No teaser blocks in {path} (layout changed, or not a listing page?).{hint}")
    out = sys.stdout
    for item in result.items:
        out.write(json.dumps(item, ensure_ascii=False) + "\n")


EXIT_CODES_HELP = """\b
Exit status:
  0  success
  1  crawl finished with errors (failed pages, zero-block or login pages, interrupted)
  2  usage error
  3  health check failed (layout drift, schema validation failures)
  4  could not start (bad site config, store unreachable, unreadable checkpoint)"""


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("urls", nargs=-1)
@click.option("--site", default=None, metavar="NAME|FILE.toml",
              help="Crawl a configured site: a bundled name (chinaworker, fixture) or a site config file.")
@click.option("--region", "regions", multiple=True, metavar="SLUG",
              help="With --site: only this region or tag (repeatable). Default: all the config lists.")
@click.option("--base-url", default=None, help="With --site: serve the site's paths from this URL (a local mirror).")
@click.option("-o", "--output", type=click.Path(allow_dash=True, dir_okay=False), default=None,
              help="Append items to this JSON-lines file ('-' for stdout).")
@click.option("-O", "--overwrite-output", type=click.Path(allow_dash=True, dir_okay=False), default=None,
              help="Like -o, but replace the file.")
@click.option("--db", "db", metavar="URL", default=None,
              help="Also upsert articles into this database: a SQLite file path (or sqlite:///path) "
                   "or postgresql://user:pass@host/db.")
@click.option("--known", default=None, metavar="STORE",
              help="Store of articles already seen, for --incremental: a SQLite file, postgresql:// URL or .jsonl file. "
                   "Default with --site: the --db database, else the -o file.")
@click.option("--incremental/--no-incremental", default=None,
              help="Stop paginating a region at the first page whose articles are all known. "
                   "Default: on for --site crawls with a store.")
@click.option("--jobdir", type=click.Path(file_okay=False), default=None,
              help="Checkpoint the crawl here; run again with the same --jobdir to resume after a stop or crash.")
@click.option("--report", "report_file", type=click.Path(dir_okay=False), default=None,
              help="Write the JSON run report (pages, items, errors by kind, health checks, exit status) here.")
@click.option("--cache", is_flag=True, help="Cache responses on disk (development; under the state dir).")
@click.option("--max-pages", type=click.IntRange(min=0), default=0, show_default=True,
              help="Most listing pages per start URL (0 = follow pagination to the end).")
@click.option("--profile", default=None, help="Force an extractor: a profile name, or 'generic'.")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy/newscrawl setting.")
@click.option("-v", "--verbose", is_flag=True, help="Log Scrapy's INFO messages to stderr.")
@click.option("--silent", is_flag=True, help="Print nothing but errors (no progress, no summary).")
def crawl(urls: tuple[str, ...], site: str | None, regions: tuple[str, ...], base_url: str | None,
          output: str | None, overwrite_output: str | None, db: str | None, known: str | None, incremental: bool | None,
          jobdir: str | None, report_file: str | None, cache: bool, max_pages: int,
          profile: str | None, overrides: tuple[str, ...], verbose: bool, silent: bool) -> None:
    """Crawl listing pages and follow their pagination; write each article once.

    Give start URLs, or --site for a configured site. Items go to a JSON-lines file (-o/-O), a
    database (--db: one row per article kept up to date across runs, with regions, sightings
    and teaser history), or both. Stays on the start URLs' hosts, obeys robots.txt, and slows
    down for remote hosts. When a listing says how many pages it has ("Page 1 of 27"), the rest
    are requested at once, as fast as the host's limits allow; items carry their page and
    position, whatever order pages arrive in. Shows progress and a summary on stderr.

    \b
    Example:
        newscrawl crawl https://chinaworker.info/en/category/news/hong-kong/ -o hk.jsonl --max-pages 3
        newscrawl crawl https://chinaworker.info/en/category/news/hong-kong/ --db crawl.db
        newscrawl crawl --site chinaworker -o ~/news/chinaworker.jsonl --report run.json
    """
    from newscrawl.crawl import CannotStart, plan_site, run_crawl
    from newscrawl.ops.report import EXIT_CANNOT_START

    if output and overwrite_output:
        raise click.UsageError("use either -o or -O, not both")
    if not (output or overwrite_output or db):
        raise click.UsageError("say where items go: -o FILE.jsonl (or -o - for stdout), --db FILE.db, or both")
    if urls and site:
        raise click.UsageError("give start URLs or --site, not both")
    if not urls and not site:
        raise click.UsageError("give start URLs, or --site NAME")
    if (regions or base_url) and not site:
        raise click.UsageError("--region and --base-url go with --site")
    for url in urls:
        _check_url(url)
    if base_url:
        _check_url(base_url)
    settings: dict[str, object] = {}
    site_name = None
    start_urls = list(urls)
    # A JSON-lines file that -o appends to run after run is its own store of known articles.
    store = known or db or (output if output and output != "-" else None)
    if incremental and not store:
        raise click.UsageError("--incremental needs a store: --known STORE, --db URL, or -o FILE.jsonl (appended to)")
    try:
        if site:
            plan = plan_site(site, list(regions), base_url)
            settings.update(plan.settings)
            site_name, start_urls = plan.name, plan.urls
            if incremental is None:
                # Scheduled site crawls are incremental when there is a store to ask.
                incremental = plan.incremental and store is not None
        settings.update(dict(_parse_override(o) for o in overrides))
        summary = run_crawl(
            start_urls, output=output or overwrite_output, overwrite=bool(overwrite_output), db=db,
            max_pages=max_pages, profile=profile, settings=settings,
            log_level="INFO" if verbose else "ERROR" if silent else "WARNING",
            site_name=site_name, report_file=report_file, jobdir=jobdir,
            incremental_store=store if incremental else None, cache=cache, progress=not silent,
        )
    except CannotStart as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_CANNOT_START)
    if not silent:
        click.echo(summary.format(), err=True)
    if summary.store_error:
        click.echo(f"Error: {summary.store_error}", err=True)
    sys.exit(summary.exit_status)


def db_option(fn: Any) -> Any:
    return click.option("--db", "db", metavar="URL", required=True,
                        help="The database: a SQLite file path (or sqlite:///path) or postgresql://...")(fn)


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True,
              help="Output format. CSV cells of lists (authors, regions) hold JSON arrays.")
@click.option("--csv", "as_csv", is_flag=True, help="Shortcut for --format csv.")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, metavar="YYYY-MM-DD",
              help="Only articles first seen on or after this date (UTC).")
@click.option("--region", metavar="SLUG", default=None, help="Only articles listed on this region or tag (e.g. hong-kong).")
@click.option("-o", "--output", type=click.Path(allow_dash=True, dir_okay=False), default="-",
              help="Write to this file instead of stdout.")
def export(db: str, fmt: str, as_csv: bool, since: Any, region: str | None, output: str) -> None:
    """Export the stored articles, one per line (JSON lines) or as CSV, oldest first.

    \b
    Example:
        newscrawl export --db crawl.db --region hong-kong --since 2026-01-01 > hk.jsonl
        newscrawl export --db postgresql://reader@localhost/news --csv -o articles.csv
    """
    from newscrawl.export import export_articles
    from newscrawl.storage import StoreError

    fmt = "csv" if as_csv else fmt
    day = since.strftime("%Y-%m-%d") if since else None
    try:
        if output == "-":
            count = export_articles(db, sys.stdout, fmt=fmt, since=day, region=region)
        else:
            with open(output, "w", encoding="utf-8", newline="") as handle:
                count = export_articles(db, handle, fmt=fmt, since=day, region=region)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, as Python's docs recommend.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except OSError as exc:
        raise click.ClickException(f"{output}: {exc.strerror or exc}") from None
    click.echo(f"exported {count} articles", err=True)


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="Authors to list.")
def stats(db: str, as_json: bool, top: int) -> None:
    """Summarise a database: totals, articles by region and by author, new articles per run.

    \b
    Example:
        newscrawl stats --db crawl.db
    """
    from newscrawl.export import format_stats, store_stats
    from newscrawl.storage import StoreError

    try:
        figures = store_stats(db)
    except StoreError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(json.dumps(figures, ensure_ascii=False) if as_json else format_stats(figures, top=top))


@cli.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=Path("newscrawl-demo"),
              show_default=True, help="Directory for items.jsonl.")
@click.option("-v", "--verbose", is_flag=True, help="Log Scrapy's INFO messages to stderr.")
def demo(out: Path, verbose: bool) -> None:
    """Crawl the bundled offline site (served on 127.0.0.1) into DIR/items.jsonl.

    Needs no network: a local server serves fixtures/site on a free port.

    \b
    Example:
        newscrawl demo --out /tmp/demo && head -n 2 /tmp/demo/items.jsonl
    """
    from newscrawl.demo import run_demo
    from newscrawl.paths import FixtureSiteNotFound

    try:
        result = run_demo(out, log_level="INFO" if verbose else "WARNING")
    except FixtureSiteNotFound as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Crawled the offline site at {result.site_url}", err=True)
    click.echo(result.summary.format(), err=True)
    click.echo(f"Items written to {result.output}")
    if not result.summary.ok:
        sys.exit(1)


@cli.command("eval")
@click.option("--corpus", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The shared corpus directory (holds pages/). Default: ../shared/corpus or $NEWSCRAWL_CORPUS.")
@click.option("--write", "write_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Also write split_eval.csv and split_eval.md into this directory.")
def eval_(corpus: Path | None, write_dir: Path | None) -> None:
    """Score the excerpt splitter on the gold set: floor vs current, field by field.

    A development command: it reads the gold set in the checkout's tests/gold/.

    \b
    Example:
        newscrawl eval --write bench/results
    """
    from newscrawl.evaluate import GOLD_FILE, GoldError, evaluate_gold

    if not GOLD_FILE.is_file():
        # The gold set lives in the repository's tests/, which an installed package does not carry.
        raise click.ClickException("newscrawl eval is a development command: run it from a source checkout "
                                   "(pip install -e .); tests/gold/ is not installed with the package")
    try:
        report = evaluate_gold(corpus)
    except GoldError as exc:
        raise click.ClickException(f"{exc}. Pass --corpus DIR or set NEWSCRAWL_CORPUS.") from None
    click.echo(report.format_table())
    if write_dir is not None:
        for path in report.write(write_dir, "split_eval"):
            click.echo(f"wrote {path}", err=True)


def _parse_override(text: str) -> tuple[str, object]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise click.BadParameter(f"expected NAME=VALUE, got {text!r}", param_hint="--set")
    try:
        return name, json.loads(value)
    except json.JSONDecodeError:
        return name, value


def main() -> None:
    cli(prog_name="newscrawl")


if __name__ == "__main__":
    main()
