"""The ``newscrawl`` command line. Thin: each command calls a library function."""

from __future__ import annotations

import gc
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


def _check_start(urls: tuple[str, ...], site: str | None, regions: tuple[str, ...], base_url: str | None) -> None:
    """Start URLs or a site (with its regions and base URL), never both: a usage error otherwise."""
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


def _check_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise click.BadParameter(f"not an http(s) URL: {url}")
    return url


@cli.command()
@click.argument("path", type=click.Path(allow_dash=True, dir_okay=False, path_type=str))
@click.option("--url", required=True,
              help="The URL the page was fetched from (resolves links; picks the site profile).")
@click.option("--include-sidebar", is_flag=True,
              help="Also print the sidebar ('Latest News') blocks, placement 'sidebar'.")
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


@cli.command("inspect")
@click.argument("target", metavar="URL|PATH")
@click.option("--url", default=None, help="With a PATH: the URL the page was fetched from (default: the file's URL).")
@click.option("--html", "html_out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write an annotated copy of the page here (blocks outlined; scripts stripped).")
@click.option("--profile", default=None, help="Force an extractor: a profile name, or 'generic'.")
@click.option("--width", type=click.IntRange(min=60, max=400), default=None,
              help="Table width (default: the terminal's).")
def inspect_(target: str, url: str | None, html_out: Path | None, profile: str | None, width: int | None) -> None:
    """Show what the extractor finds on one listing page, and what it leaves out and why.

    URL is fetched once (http or https, at most 8 MB, 20 s); PATH is a saved page (its links are
    resolved against --url, else against the file's own URL). Prints the extractor and profile
    used, the region, the next link, one row per block (headline, byline, date, lede) and the
    groups of links left out ("aside: 3 block(s) in page chrome"). Exit status 1 when the page
    has no teaser block.

    \b
    Example:
        newscrawl inspect https://example.org/category/news/ --html news.html
        newscrawl inspect saved.html --url https://example.org/category/news/page/2/
    """
    from newscrawl.extract.decode import NotHtmlError
    from newscrawl.extract.listing import UnknownProfileError
    from newscrawl.inspect import InspectError, annotated_html, fetch, format_report, inspect_page
    from newscrawl.parse import stored_knowledge

    content_type = None
    try:
        if urlsplit(target).scheme in ("http", "https"):
            page_url = _check_url(url) if url else target
            body, content_type = fetch(target)
        else:
            body = _read_page(target)
            page_url = _check_url(url) if url else Path(target).resolve().as_uri()
        warnings: list[str] = []
        found = inspect_page(body, page_url, profile=profile, content_type=content_type,
                             knowledge=stored_knowledge(page_url, warnings))
    except (InspectError, UnknownProfileError) as exc:
        raise click.ClickException(str(exc)) from None
    except NotHtmlError as exc:
        raise click.ClickException(f"{target}: {exc}") from None
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(format_report(found, width=width))
    if html_out is not None:
        try:
            html_out.write_text(annotated_html(found), encoding="utf-8")
        except OSError as exc:
            raise click.ClickException(f"{html_out}: {exc.strerror or exc}") from None
        click.echo(f"annotated page written to {html_out}", err=True)
    if not found.page.main:
        sys.exit(1)


@cli.command("new-site")
@click.argument("name")
@click.argument("url")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the config (default: NAME.toml in the current directory).")
@click.option("--page", "page_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Read the listing page from this saved file instead of fetching URL.")
@click.option("--generic", "generic_only", is_flag=True,
              help="Write profile = \"generic\" instead of pinning the selectors found.")
@click.option("--force", is_flag=True, help="Replace an existing file.")
def new_site_(name: str, url: str, output: Path | None, page_file: Path | None, generic_only: bool,
              force: bool) -> None:
    """Start a site config from one of its listing pages, as `scrapy genspider` starts a spider.

    Fetches URL (or reads --page), finds its teaser blocks with the generic extractor and writes
    a site config (the format of newscrawl/sites/*.toml): the listing as its first region or tag,
    politeness defaults, and a [profile] table pinning the selectors found (checked on the page),
    so a later theme change is reported. Crawl it with `newscrawl crawl --site NAME.toml`.

    \b
    Example:
        newscrawl new-site harbour https://harbourledger.example/category/ports/
        newscrawl crawl --site harbour.toml -o harbour.jsonl --max-pages 3
    """
    from newscrawl.extract.decode import NotHtmlError
    from newscrawl.inspect import InspectError, fetch
    from newscrawl.new_site import NewSiteError, new_site
    from newscrawl.sites import SiteConfigError

    _check_url(url)
    content_type = None
    try:
        if page_file is not None:
            body = _read_page(str(page_file))
        else:
            body, content_type = fetch(url)
        result = new_site(name, url, body, out=output or Path(f"{name}.toml"), content_type=content_type,
                          pin=not generic_only, force=force)
    except (InspectError, NewSiteError, SiteConfigError) as exc:
        raise click.ClickException(str(exc)) from None
    except NotHtmlError as exc:
        raise click.ClickException(f"{page_file or url}: {exc}") from None
    except OSError as exc:
        raise click.ClickException(f"{output or name + '.toml'}: {exc.strerror or exc}") from None
    click.echo(f"wrote {result.path}: {result.blocks} blocks found, profile {result.profile!r}, "
               f"next page {result.next_url or 'none'}", err=True)


def _read_page(path: str) -> bytes:
    """A saved page's bytes; a missing or unreadable file is one clear error."""
    from newscrawl.parse import read_input

    try:
        return read_input(path)
    except FileNotFoundError:
        raise click.ClickException(f"{path}: no such file") from None
    except IsADirectoryError:
        raise click.ClickException(f"{path}: is a directory, not an HTML file") from None
    except PermissionError:
        raise click.ClickException(f"{path}: permission denied") from None


EXIT_CODES_HELP = """\b
Exit status:
  0  success
  1  crawl finished with errors (failed pages, zero-block or login pages, interrupted)
  2  usage error
  3  health check failed (layout drift, schema validation failures)
  4  could not start (bad site config, store or Redis unreachable, unreadable checkpoint)"""


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
              help="Store of articles already seen, for --incremental: a SQLite file, postgresql:// URL or .jsonl "
                   "file. "
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
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Override a Scrapy/newscrawl setting.")
@click.option("--redis", "redis_url", metavar="URL", default=None,
              help="Crawl as a cluster: queue the start URLs in this Redis (redis://HOST:PORT/DB) and work on them "
                   "with one local worker; `newscrawl worker` adds more (see `newscrawl worker -h`).")
@click.option("--crawl", "crawl_name", default="newscrawl", show_default=True, metavar="NAME",
              help="With --redis: the crawl's name in Redis (several crawls can share one Redis).")
@click.option("-v", "--verbose", is_flag=True, help="Log Scrapy's INFO messages to stderr.")
@click.option("--silent", is_flag=True, help="Print nothing but errors (no progress, no summary).")
def crawl(urls: tuple[str, ...], site: str | None, regions: tuple[str, ...], base_url: str | None,
          output: str | None, overwrite_output: str | None, db: str | None, known: str | None, incremental: bool | None,
          jobdir: str | None, report_file: str | None, cache: bool, max_pages: int,
          profile: str | None, overrides: tuple[str, ...], redis_url: str | None, crawl_name: str,
          verbose: bool, silent: bool) -> None:
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
        newscrawl crawl --site chinaworker --db postgresql://news@db/news --redis redis://db:6379/0
    """
    from newscrawl.crawl import CannotStart, plan_site, run_crawl
    from newscrawl.ops.report import EXIT_CANNOT_START

    if output and overwrite_output:
        raise click.UsageError("use either -o or -O, not both")
    if not (output or overwrite_output or db):
        raise click.UsageError("say where items go: -o FILE.jsonl (or -o - for stdout), --db FILE.db, or both")
    _check_start(urls, site, regions, base_url)
    if redis_url and jobdir:
        raise click.UsageError("--jobdir does not go with --redis: Redis keeps a cluster crawl's progress")
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
        if redis_url:
            cluster_summary = _seed_and_work(
                redis_url, crawl_name, start_urls, site_name=site_name, profile=profile, max_pages=max_pages,
                incremental=bool(incremental), settings=settings, output=output or overwrite_output,
                overwrite=bool(overwrite_output), db=db, known=known, report_file=report_file, cache=cache,
                verbose=verbose, silent=silent)
            if cluster_summary is None:
                sys.exit(0)
            summary = cluster_summary
        else:
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
@click.option("--region", metavar="SLUG", default=None,
              help="Only articles listed on this region or tag (e.g. hong-kong).")
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
@click.option("--site-crawl", is_flag=True,
              help="Also serve each gold source as a whole site (merged and lines renderings) on 127.0.0.N, crawl it "
                   "with `newscrawl crawl` twice (fresh state, then the same state) and parse each page alone; "
                   "print all3 and authors % per source (about two minutes).")
@click.option("--source", "sources", multiple=True, metavar="NAME",
              help="Score only this gold source (corpus, fixture, heldout, heldout2, ...; repeatable). "
                   "Default: every source.")
@click.option("--extra", "extra", multiple=True, metavar="FILE", type=click.Path(exists=True, dir_okay=False),
              help="Also score this held-out gold file, as the source its file name says (a sealed set gunzipped "
                   "to measure it blind; repeatable).")
def eval_(corpus: Path | None, write_dir: Path | None, site_crawl: bool, sources: tuple[str, ...],
          extra: tuple[str, ...]) -> None:
    """Score the excerpt splitter on the gold set: floor vs current, field by field.

    A development command: it reads the gold set in the checkout's tests/gold/.

    \b
    Example:
        newscrawl eval --write bench/results
        newscrawl eval --source heldout108 --source heldout109
        newscrawl eval --site-crawl
        newscrawl eval --extra /tmp/heldout120.json --source heldout120 --site-crawl
    """
    from newscrawl.evaluate import GOLD_FILE, GoldError, evaluate_gold, load_gold, load_heldout_gold

    if not GOLD_FILE.is_file():
        # The gold set lives in the repository's tests/, which an installed package does not carry.
        raise click.ClickException("newscrawl eval is a development command: run it from a source checkout "
                                   "(pip install -e .); tests/gold/ is not installed with the package")
    try:
        blocks = load_gold(corpus)
    except GoldError as exc:
        raise click.ClickException(f"{exc}. Pass --corpus DIR or set NEWSCRAWL_CORPUS.") from None
    for extra_file in extra:
        name = Path(extra_file).stem
        try:
            blocks += load_heldout_gold(extra_file, name, f"{name}.invalid")
        except (GoldError, ValueError, KeyError, TypeError) as exc:
            raise click.ClickException(f"{extra_file}: not a held-out gold file ({exc})") from None
    if sources:
        known = list(dict.fromkeys(b.source for b in blocks))
        unknown = [name for name in sources if name not in known]
        if unknown:
            raise click.ClickException(f"no gold source {', '.join(map(repr, unknown))}; the sources are "
                                       f"{', '.join(known)}")
        blocks = [b for b in blocks if b.source in sources]
    report = evaluate_gold(corpus, blocks=blocks)
    click.echo(report.format_table())
    if write_dir is not None:
        for path in report.write(write_dir, "split_eval"):
            click.echo(f"wrote {path}", err=True)
    if site_crawl:
        import tempfile

        from newscrawl.evaluate_site import evaluate_sites, gold_sources

        sites_to_crawl = [s for s in gold_sources(corpus, extra=extra) if not sources or s.name in sources]
        with tempfile.TemporaryDirectory(prefix="newscrawl-site-eval-") as tmp:
            sites = evaluate_sites(Path(tmp), corpus_dir=corpus, sources=sites_to_crawl,
                                   progress=lambda m: click.echo(m, err=True))
        click.echo("")
        click.echo(sites.format_table())


STATE_DIR_HELP = ("Where site knowledge is kept: DIR/knowledge/<site>.json. "
                  "Default: $NEWSCRAWL_STATE_DIR, else ~/.local/share/newscrawl.")


def state_dir_option(fn: Any) -> Any:
    return click.option("--state-dir", type=click.Path(file_okay=False), default=None, metavar="DIR",
                        help=STATE_DIR_HELP)(fn)


RESPLIT_EXIT_HELP = """\b
Exit status:
  0  done (or, with --dry-run, figured out)
  1  stopped part-way: a write failed after bounded retries (database locked
     by another writer, disk full, connection lost); earlier batches are
     committed: run again to finish
  2  usage error, including a --db URL newscrawl cannot use
  4  could not start: database missing or unreachable, newer schema, locked
     while migrating, a site's knowledge file unreadable"""


@cli.command(epilog=RESPLIT_EXIT_HELP)
@db_option
@click.option("--site", metavar="NAME", default=None,
              help="Only this site's articles: a host (chinaworker.info) or a configured site name. Default: all.")
@click.option("--dry-run", is_flag=True, help="Count what would change; write nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--batch-size", type=click.IntRange(min=1), default=500, show_default=True,
              help="Articles read, split and written per transaction.")
@click.option("--learn/--no-learn", default=True, show_default=True,
              help="First let each site's knowledge learn from the stored excerpts (in memory; the stored "
                   "knowledge file is not changed). --no-learn uses the stored knowledge only.")
@state_dir_option
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Override a NEWSCRAWL_STORE_* setting: lock retries and backoff, busy and connect timeouts.")
@click.option("-q", "--quiet", is_flag=True, help="No progress lines on stderr.")
def resplit(db: str, site: str | None, dry_run: bool, as_json: bool, batch_size: int, learn: bool,
            state_dir: str | None, overrides: tuple[str, ...], quiet: bool) -> None:
    """Split stored articles again with the current splitter and each site's current knowledge.

    Reads the articles of --db in batches, splits each excerpt again (the raw excerpt with its
    own line breaks where the row has one; see docs/storage.md for rows stored before raw
    excerpts were kept), and writes the rows whose split changed, with their previous split in
    the split_history table. Reports how many rows changed, by field, on stdout. Each site's
    knowledge is its stored knowledge plus what the stored excerpts teach (not saved): running
    it twice changes nothing the second time.

    \b
    Example:
        newscrawl resplit --db crawl.db --dry-run
        newscrawl resplit --db crawl.db --site chinaworker.info
        newscrawl resplit --db postgresql://user@localhost/news --json
    """
    from newscrawl.curation import CurationError, knowledge_directory, site_host
    from newscrawl.ops.report import EXIT_CANNOT_START, EXIT_ERRORS, EXIT_USAGE
    from newscrawl.resplit import resplit as run_resplit
    from newscrawl.resplit import store_options
    from newscrawl.storage import StoreError, UnsupportedStoreError

    try:
        host = site_host(site) if site is not None else None
    except CurationError as exc:
        raise click.BadParameter(str(exc), param_hint="--site") from None
    try:
        options = store_options(dict(_parse_override(o) for o in overrides))
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--set") from None
    progress = None if quiet else _ResplitProgress()
    try:
        report = run_resplit(db, site=host, dry_run=dry_run, batch_size=batch_size, learn=learn,
                             knowledge_dir=knowledge_directory(state_dir), progress=progress,
                             store_options=options)
    except UnsupportedStoreError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    except StoreError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_CANNOT_START)
    click.echo(json.dumps(report.to_dict(), ensure_ascii=False) if as_json else report.format())
    if host is not None and report.examined == 0 and report.other_sites:
        click.echo(f"warning: no stored articles of {host}; the database has articles of "
                   f"{', '.join(report.other_sites[:10])}", err=True)
    if report.error:
        click.echo(f"Error: {report.error}; {report.written} rows were re-split and written before it: "
                   "run again to finish", err=True)
        sys.exit(EXIT_ERRORS)


class _ResplitProgress:
    """Progress lines on stderr every few seconds of a long re-split (none for a short one)."""

    interval = 2.0

    def __init__(self, write: Any = None) -> None:
        self.next_at = self.interval
        self.write = write or (lambda line: click.echo(line, err=True))

    def __call__(self, phase: str, done: int, total: int, changed: int, in_phase: float, elapsed: float) -> None:
        if elapsed < self.next_at:
            return
        self.next_at = elapsed + self.interval
        rate = done / in_phase if in_phase > 0 else 0.0
        eta = f", about {(total - done) / rate:.0f}s left" if rate > 0 and total > done else ""
        share = f" ({100 * done / total:.0f}%)" if total else ""
        what = f", {changed:,} changed" if phase == "splitting" else ""
        self.write(f"resplit: {phase} {done:,}/{total:,} rows{share}{what}, {rate:,.0f} rows/s{eta}")


# --- knowledge curation -----------------------------------------------------------------------


def site_option(fn: Any) -> Any:
    return click.option("--site", required=True, metavar="NAME",
                        help="The site: its host (chinaworker.info), a URL of it, or a configured site name.")(fn)


def _curation_target(site: str, state_dir: str | None) -> tuple[str, Path]:
    from newscrawl.curation import CurationError, knowledge_directory, site_host

    try:
        return site_host(site), knowledge_directory(state_dir)
    except CurationError as exc:
        raise click.BadParameter(str(exc), param_hint="--site") from None


KIND_HELP = "Only this kind of entry: bylines, names or organisations. Default: every kind."


def _check_kind(kind: str | None) -> None:
    from newscrawl.extract.knowledge import SiteKnowledge

    kinds = SiteKnowledge("", seed=False).kinds()
    if kind is not None and kind not in kinds:
        raise click.BadParameter(f"unknown kind {kind!r}; kinds: {', '.join(kinds)}", param_hint="--kind")


@cli.group()
def knowledge() -> None:
    """See and curate what newscrawl learned of a site's bylines.

    Crawls learn each site's bylines, author names and organisations and keep them in the
    state directory (knowledge/<site>.json); `parse` and later crawls use them. `show` lists
    them with counts, `export` writes a file to edit (TOML, or JSON for a .json name), `import`
    merges a curated file back (or --replace), `forget` drops a wrong entry and keeps it from
    being learned again, `allow` undoes that. Re-split stored articles afterwards with
    `newscrawl resplit`.

    \b
    Example:
        newscrawl knowledge show --site chinaworker.info
        newscrawl knowledge forget "Hong Kong" --site chinaworker.info
    """


@knowledge.command("show")
@site_option
@click.option("--kind", default=None, metavar="KIND", help=KIND_HELP)
@click.option("--top", type=click.IntRange(min=1), default=None,
              help="Show only the N most frequent entries of each kind.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@state_dir_option
def knowledge_show(site: str, kind: str | None, top: int | None, as_json: bool, state_dir: str | None) -> None:
    """List what was learned of a site, with counts, and the rejected values.

    \b
    Example:
        newscrawl knowledge show --site chinaworker.info --kind bylines --top 20
    """
    from newscrawl.curation import CurationError, format_show, load, show_data

    _check_kind(kind)
    host, directory = _curation_target(site, state_dir)
    try:
        loaded = load(host, directory)
    except CurationError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(show_data(loaded, kind=kind, top=top), ensure_ascii=False))
    else:
        click.echo(format_show(loaded, kind=kind, top=top))


@knowledge.command("export")
@site_option
@click.option("-o", "--output", type=click.Path(allow_dash=True, dir_okay=False), default="-",
              help="Write to this file instead of stdout.")
@click.option("--format", "fmt", type=click.Choice(["toml", "json"]), default=None,
              help="File format. Default: json for a .json file name, else toml.")
@state_dir_option
def knowledge_export(site: str, output: str, fmt: str | None, state_dir: str | None) -> None:
    """Write a site's knowledge as a file to read and edit (TOML, commented; or JSON).

    \b
    Example:
        newscrawl knowledge export --site chinaworker.info -o chinaworker.toml
    """
    from newscrawl.curation import CurationError, load
    from newscrawl.storage.knowledge_file import export_text, format_of

    host, directory = _curation_target(site, state_dir)
    try:
        loaded = load(host, directory)
    except CurationError as exc:
        raise click.ClickException(str(exc)) from None
    text = export_text(loaded.knowledge, format_of(output if output != "-" else "", fmt))
    if output == "-":
        sys.stdout.write(text)
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise click.ClickException(f"{output}: {exc.strerror or exc}") from None
    sizes = ", ".join(f"{len(t)} {k}" for k, t in loaded.knowledge.tables().items())
    click.echo(f"wrote {host}'s knowledge ({sizes}) to {output}", err=True)


@knowledge.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@site_option
@click.option("--replace", is_flag=True, help="Make the site's knowledge exactly the file's (default: merge).")
@click.option("--format", "fmt", type=click.Choice(["toml", "json"]), default=None,
              help="The file's format. Default: json for a .json file name, else toml.")
@state_dir_option
def knowledge_import(file: str, site: str, replace: bool, fmt: str | None, state_dir: str | None) -> None:
    """Merge a curated knowledge file into a site's knowledge (or --replace it).

    The file is checked first (syntax, types, the site it names); nothing is changed when it is
    wrong. Merging keeps what is stored, adds the file's entries (the larger count wins) and its
    rejections; entries rejected here are left out.

    \b
    Example:
        newscrawl knowledge import chinaworker.toml --site chinaworker.info --replace
    """
    from newscrawl.curation import CurationError, import_file

    host, directory = _curation_target(site, state_dir)
    try:
        summary, warnings = import_file(host, directory, file, replace=replace, fmt=fmt)
    except CurationError as exc:
        raise click.ClickException(str(exc)) from None
    for warning in warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(summary)


@knowledge.command("forget")
@click.argument("value")
@site_option
@click.option("--kind", default=None, metavar="KIND", help=KIND_HELP)
@click.option("--undo", is_flag=True, help="Take VALUE off the rejected list instead (same as `allow`).")
@state_dir_option
def knowledge_forget(value: str, site: str, kind: str | None, undo: bool, state_dir: str | None) -> None:
    """Drop a wrong entry from a site's knowledge and keep it from being learned again.

    VALUE is the entry exactly as `show` lists it. Without --kind it is dropped from, and
    rejected in, every kind.

    \b
    Example:
        newscrawl knowledge forget "Hong Kong" --site chinaworker.info --kind names
    """
    from newscrawl.curation import CurationError, allow, forget

    _check_kind(kind)
    host, directory = _curation_target(site, state_dir)
    try:
        click.echo(allow(host, directory, value, kind) if undo else forget(host, directory, value, kind))
    except CurationError as exc:
        raise click.ClickException(str(exc)) from None


@knowledge.command("allow")
@click.argument("value")
@site_option
@click.option("--kind", default=None, metavar="KIND", help=KIND_HELP)
@state_dir_option
def knowledge_allow(value: str, site: str, kind: str | None, state_dir: str | None) -> None:
    """Take a value off a site's rejected list, so it may be learned again.

    \b
    Example:
        newscrawl knowledge allow "Hong Kong" --site chinaworker.info
    """
    from newscrawl.curation import CurationError, allow

    _check_kind(kind)
    host, directory = _curation_target(site, state_dir)
    try:
        click.echo(allow(host, directory, value, kind))
    except CurationError as exc:
        raise click.ClickException(str(exc)) from None


# --- cluster crawls: one crawl over many workers and machines (newscrawl/distributed.py) -------

REDIS_HELP = "The cluster's Redis: redis://[:PASSWORD@]HOST:PORT/DB (one database per cluster, or --crawl names)."


def redis_options(fn: Any) -> Any:
    fn = click.option("--crawl", "crawl_name", default="newscrawl", show_default=True, metavar="NAME",
                      help="The crawl's name in Redis (several crawls can share one Redis).")(fn)
    return click.option("--redis", "redis_url", metavar="URL", required=True, help=REDIS_HELP)(fn)


def _seed_and_work(redis_url: str, crawl_name: str, urls: list[str], *, site_name: str | None, profile: str | None,
                   max_pages: int, incremental: bool, settings: dict[str, object], output: str | None,
                   overwrite: bool, db: str | None, known: str | None, report_file: str | None, cache: bool,
                   verbose: bool, silent: bool) -> Any:
    """``crawl --redis``: seed the run, then work on it with one local worker (raises CannotStart)."""
    from newscrawl.distributed import run_worker, seed

    result = seed(redis_url, urls, crawl=crawl_name, site_name=site_name, profile=profile, max_pages=max_pages,
                  incremental=incremental, settings=settings)
    if not silent:
        click.echo(_seeded_line(result, len(urls), redis_url), err=True)
    summary = run_worker(redis_url, crawl=crawl_name, output=output, overwrite=overwrite, db=db, known=known,
                         report_file=report_file, log_level="INFO" if verbose else "ERROR" if silent else "WARNING",
                         progress=not silent, cache=cache)
    if summary is None and not silent:
        click.echo(f"Run {result.run_id} has nothing left to do", err=True)
    return summary


def _seeded_line(result: Any, count: int, redis_url: str) -> str:
    from newscrawl.storage.uri import redact

    kind = "new run" if result.new_run else "run under way"
    return (f"Seeded {count} start URL(s) into {kind} {result.run_id} at {redact(redis_url)}: "
            f"{result.queued} queued, {result.already_seen} already seen")


@cli.command(epilog=EXIT_CODES_HELP)
@click.argument("urls", nargs=-1)
@redis_options
@click.option("--site", default=None, metavar="NAME|FILE.toml", help="Seed a configured site's regions and tags.")
@click.option("--region", "regions", multiple=True, metavar="SLUG",
              help="With --site: only this region or tag (repeatable).")
@click.option("--base-url", default=None, help="With --site: serve the site's paths from this URL (a local mirror).")
@click.option("--max-pages", type=click.IntRange(min=0), default=0, show_default=True,
              help="Most listing pages per start URL (0 = follow pagination to the end). Fixed per run.")
@click.option("--profile", default=None, help="Force an extractor: a profile name, or 'generic'. Fixed per run.")
@click.option("--incremental/--no-incremental", default=None,
              help="Workers stop paginating a region at the first page whose articles are all in their store. "
                   "Default: on for --site. Fixed per run.")
@click.option("--new-run", is_flag=True, help="Start a new run even if the current one is under way (it is abandoned).")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="A setting every worker of the run applies. Fixed per run.")
def seed(urls: tuple[str, ...], redis_url: str, crawl_name: str, site: str | None, regions: tuple[str, ...],
         base_url: str | None, max_pages: int, profile: str | None, incremental: bool | None, new_run: bool,
         overrides: tuple[str, ...]) -> None:
    """Queue start URLs for a cluster crawl in Redis; workers (`newscrawl worker`) crawl them.

    The URLs go into the current run if one is under way (same options), else a new run starts
    (new run id, empty queue and seen-set). Seeding a URL already seen in the run does nothing.

    \b
    Example:
        newscrawl seed --redis redis://10.0.0.5:6379/0 --site chinaworker
        newscrawl seed --redis redis://10.0.0.5:6379/0 https://chinaworker.info/en/category/news/hong-kong/
    """
    from newscrawl.crawl import CannotStart, plan_site
    from newscrawl.distributed import seed as seed_run
    from newscrawl.ops.report import EXIT_CANNOT_START

    _check_start(urls, site, regions, base_url)
    settings: dict[str, object] = {}
    site_name, start_urls = None, list(urls)
    try:
        if site:
            plan = plan_site(site, list(regions), base_url)
            settings.update(plan.settings)
            site_name, start_urls = plan.name, plan.urls
            incremental = plan.incremental if incremental is None else incremental
        settings.update(dict(_parse_override(o) for o in overrides))
        result = seed_run(redis_url, start_urls, crawl=crawl_name, site_name=site_name, profile=profile,
                          max_pages=max_pages, incremental=bool(incremental), settings=settings, new_run=new_run)
    except CannotStart as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_CANNOT_START)
    click.echo(_seeded_line(result, len(start_urls), redis_url), err=True)


@cli.command(epilog=EXIT_CODES_HELP)
@redis_options
@click.option("-o", "--output", type=click.Path(allow_dash=True, dir_okay=False), default=None,
              help="Append this worker's items to this JSON-lines file ('-' for stdout).")
@click.option("-O", "--overwrite-output", type=click.Path(allow_dash=True, dir_okay=False), default=None,
              help="Like -o, but replace the file.")
@click.option("--db", "db", metavar="URL", default=None,
              help="Upsert articles into this database: postgresql://user:pass@host/db (shared by the workers).")
@click.option("--known", default=None, metavar="STORE",
              help="Store of articles already seen, for incremental runs. "
                   "Default: the --db database, else the -o file.")
@click.option("--report", "report_file", type=click.Path(dir_okay=False), default=None,
              help="When this worker stops, write the cluster's run report (every worker so far) here.")
@click.option("--idle-exit", type=click.FloatRange(min=0), default=None, metavar="SECONDS",
              help="Stop after this long with nothing to do; also how long to wait for a run. Default 60.")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="Override a Scrapy/newscrawl setting.")
@click.option("-v", "--verbose", is_flag=True, help="Log Scrapy's INFO messages to stderr.")
@click.option("--silent", is_flag=True, help="Print nothing but errors (no progress, no summary).")
def worker(redis_url: str, crawl_name: str, output: str | None, overwrite_output: str | None, db: str | None,
           known: str | None, report_file: str | None, idle_exit: float | None, overrides: tuple[str, ...],
           verbose: bool, silent: bool) -> None:
    """Work on a cluster crawl: take listing pages from Redis, store their articles.

    Start one or more on each machine; they share the run's queue, seen-set, per-host
    politeness and learned bylines through Redis, and upsert into one PostgreSQL store. A
    worker that dies loses nothing: the others fetch its unfinished pages again. A worker
    stops when the run is finished, or after --idle-exit seconds with nothing to do. Exit
    status: this worker's own pages (the cluster's is in --report and `newscrawl status`).

    \b
    Example:
        newscrawl worker --redis redis://10.0.0.5:6379/0 --db postgresql://news:secret@10.0.0.5/news
        newscrawl worker --redis redis://10.0.0.5:6379/0 -o items-$(hostname).jsonl --idle-exit 300
    """
    from newscrawl.crawl import CannotStart
    from newscrawl.distributed import run_worker
    from newscrawl.ops.report import EXIT_CANNOT_START

    if output and overwrite_output:
        raise click.UsageError("use either -o or -O, not both")
    if not (output or overwrite_output or db):
        raise click.UsageError("say where items go: --db postgresql://... (shared), -o FILE.jsonl, or both")
    settings: dict[str, object] = dict(_parse_override(o) for o in overrides)
    if idle_exit is not None:
        settings["NEWSCRAWL_CLUSTER_IDLE_EXIT"] = idle_exit
    try:
        summary = run_worker(redis_url, crawl=crawl_name, output=output or overwrite_output,
                             overwrite=bool(overwrite_output), db=db, known=known, report_file=report_file,
                             settings=settings, log_level="INFO" if verbose else "ERROR" if silent else "WARNING",
                             progress=not silent)
    except CannotStart as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_CANNOT_START)
    if summary is None:
        if not silent:
            click.echo("No run to work on (nothing seeded, or the current run is finished); stopping", err=True)
        sys.exit(0)
    if not silent:
        click.echo(summary.format(), err=True)
    if summary.store_error:
        click.echo(f"Error: {summary.store_error}", err=True)
    sys.exit(summary.exit_status)


@cli.command(epilog=EXIT_CODES_HELP)
@redis_options
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--report", "report_file", type=click.Path(dir_okay=False), default=None,
              help="Also write the cluster's run report (all workers, as far as the run has got) here.")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE",
              help="A setting (e.g. NEWSCRAWL_CLUSTER_LEASE_TIMEOUT, which decides who counts as alive).")
def status(redis_url: str, crawl_name: str, as_json: bool, report_file: str | None, overrides: tuple[str, ...]) -> None:
    """Show a cluster crawl's current run: queue length, pages done, workers alive.

    \b
    Example:
        newscrawl status --redis redis://10.0.0.5:6379/0
        newscrawl status --redis redis://10.0.0.5:6379/0 --json --report run.json
    """
    from newscrawl.cluster.status import format_status
    from newscrawl.crawl import CannotStart
    from newscrawl.distributed import report
    from newscrawl.distributed import status as cluster_status
    from newscrawl.ops.report import EXIT_CANNOT_START, write_report

    settings: dict[str, object] = dict(_parse_override(o) for o in overrides)
    try:
        figures = cluster_status(redis_url, crawl=crawl_name, settings=settings)
        run_report = report(redis_url, crawl=crawl_name, settings=settings) if report_file else None
    except CannotStart as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_CANNOT_START)
    click.echo(json.dumps(figures, ensure_ascii=False) if as_json else format_status(figures))
    if report_file and run_report is not None:
        try:
            write_report(report_file, run_report)
        except OSError as exc:
            raise click.ClickException(f"{report_file}: {exc.strerror or exc}") from None


def _parse_override(text: str) -> tuple[str, object]:
    name, sep, value = text.partition("=")
    if not sep or not name:
        raise click.BadParameter(f"expected NAME=VALUE, got {text!r}", param_hint="--set")
    try:
        return name, json.loads(value)
    except json.JSONDecodeError:
        return name, value


#: Young-generation collections every 10,000 net allocations instead of Python's 700 (older ones
#: at the same ratios): a crawl allocates and frees a page's response, items and Scrapy's request
#: machinery by the hundred thousand, and with the default thresholds its process spent ~7% of its
#: CPU in the collector (~0.2 s of a 630-page crawl, 430 collections), now ~2.5%. Only when
#: collections run changes: cyclic garbage waits a little longer.
GC_THRESHOLDS = (10_000, 20, 20)


def main() -> None:
    gc.set_threshold(*GC_THRESHOLDS)
    cli(prog_name="newscrawl")


if __name__ == "__main__":
    main()
