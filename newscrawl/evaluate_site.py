"""Measure splitting like the outside check: the gold set served as whole sites and crawled.

Each gold source (the shared corpus, the fixture articles, every held-out set) becomes one
site of listing pages in the site's markup (``../shared/site-markup.md``): region and tag
pages of ``PER_PAGE`` blocks with the theme's pagination, each article listed on one or two
regions and up to two tags (so most are listed on several pages). A source is served on its
own loopback address (127.0.0.N), so site knowledge is learned per source, from its own pages
only. Two renderings of every excerpt:

* ``merged``: the excerpt's own line breaks collapsed to a space (parts the gold joins with a
  space or with nothing stay so), as a browser, an archive or a post written without
  paragraph breaks shows it;
* ``lines``: the excerpt as the gold stores it (its own line breaks).

For each rendering the sites are crawled as a whole with the real command line
(``newscrawl crawl URL... -O items.jsonl`` in a subprocess): a ``first`` run with a fresh
state directory and a ``second`` run with the same one; and every listing page is parsed on
its own with no site knowledge (``parse``, the library call behind ``newscrawl parse`` with
an empty state directory). Each article is scored once: the crawl's item for it (the crawl
writes each article once), or its first listing page's block for ``parse``. Scores: ``all3``
(standfirst, byline and lede all exact) and ``authors`` (the author list exact).

    report = evaluate_sites(Path("/tmp/sites"))
    print(report.format_table())

``bench/site_crawl_eval.py`` runs it on every gold source; ``newscrawl eval --site-crawl``
prints the same table.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newscrawl.evaluate import (
    HELDOUT_SETS,
    REPO,
    GoldBlock,
    GoldError,
    compare,
    load_corpus_gold,
    load_fixture_gold,
    load_heldout_gold,
)
from newscrawl.extract.split import ExcerptSplit

PER_PAGE = 10
REGIONS = {"china": "China", "hong-kong": "Hong Kong", "taiwan": "Taiwan", "asia": "Asia", "world": "World"}
TAGS = {"strikes": "Strikes", "repression": "Repression", "elections": "Elections", "economy": "Economy"}
FORMS = ("merged", "lines")
RUNS = ("first", "second", "parse")
#: Extra gold files (held-out sets written later, e.g. a blind one kept outside the repository),
#: separated by os.pathsep; each is its own source named after the file.
EXTRA_GOLD_ENV = "NEWSCRAWL_EXTRA_GOLD"


@dataclass(frozen=True)
class SiteArticle:
    block: GoldBlock
    path: str  # /en/YYYY/MM/DD/N/
    headline: str
    listings: tuple[str, ...]  # "category/china", "tag/strikes", ... (the first is a region)


@dataclass
class SiteSource:
    """One gold source as one site."""

    name: str
    articles: list[SiteArticle]


def merged_excerpt(block: GoldBlock) -> str:
    """The block's excerpt with its line breaks collapsed to a space. (Parts its gold joins with
    a space or with nothing are stored so already; the gold does not say how a post written
    with line breaks would run together, so a space.)"""
    return " ".join(line.strip() for line in block.excerpt.split("\n") if line.strip())


def _digest(text: str) -> int:
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:12], 16)


def _listings_for(block_id: str) -> tuple[str, ...]:
    """Deterministic listings: one region, a second region for a quarter, 0-2 tags."""
    h = _digest(block_id)
    regions = list(REGIONS)
    first = regions[h % len(regions)]
    out = [f"category/{first}"]
    if (h >> 4) % 4 == 0:
        out.append(f"category/{regions[(h >> 8) % len(regions)]}")
    tags = list(TAGS)
    for k in range((h >> 12) % 3):
        out.append(f"tag/{tags[(h >> (16 + 4 * k)) % len(tags)]}")
    return tuple(dict.fromkeys(out))


def _raw_blocks(path: Path) -> dict[str, dict[str, Any]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(b["id"]): b for b in data.get("blocks", [])}


def gold_sources(corpus_dir: str | Path | None = None, extra: Iterable[str | Path] = ()) -> list[SiteSource]:
    """Every gold source that is present, as sites. Corpus blocks whose file has no labels yet
    are left out (with the rest of the corpus scored) rather than failing the whole run."""
    sources: list[tuple[str, list[GoldBlock], dict[str, dict[str, Any]]]] = []
    try:
        corpus = _dedupe(load_corpus_gold(corpus_dir))
    except GoldError:
        corpus = _labelled_corpus(corpus_dir)
    if corpus:
        sources.append(("corpus", corpus, {}))
    fixture = load_fixture_gold()
    if fixture:
        sources.append(("fixture", fixture, {}))
    files: dict[str, Path] = dict(HELDOUT_SETS)
    for path in sorted((REPO / "tests" / "gold").glob("heldout*.json")):
        files.setdefault(path.stem, path)
    for extra_path in [*extra, *filter(None, os.environ.get(EXTRA_GOLD_ENV, "").split(os.pathsep))]:
        files.setdefault(Path(extra_path).stem, Path(extra_path))
    for name, path in files.items():
        if Path(path).exists():
            try:
                blocks = load_heldout_gold(path, name, f"{name}.invalid")
            except GoldError:
                blocks = _loadable_blocks(Path(path), name)
            sources.append((name, blocks, _raw_blocks(Path(path))))
    out = []
    for name, blocks, raw in sources:
        articles = []
        for n, block in enumerate(blocks):
            meta = raw.get(block.id.split(":", 1)[-1], {})
            day = 1 + n % 28
            url_path = f"/en/2024/{1 + (n // 28) % 12:02d}/{day:02d}/{100000 + n}/"
            listings = tuple(str(x).strip("/") for x in meta.get("listings", ())) or _listings_for(block.id)
            listings = tuple(x if x.startswith(("category/", "tag/")) else f"category/{x}" for x in listings)
            headline = str(meta.get("headline") or f"{name.capitalize()} report {n + 1}")
            articles.append(SiteArticle(block, url_path, headline, listings))
        out.append(SiteSource(name, articles))
    return out


#: Blocks of a gold file this checkout's loader cannot read (a newer gold format), by source.
SKIPPED: dict[str, list[str]] = {}


def _loadable_blocks(path: Path, name: str) -> list[GoldBlock]:
    """The blocks of a held-out file that this checkout's ``heldout_excerpt`` accepts (a set written
    to a newer format may have a few it rejects: they are left out and listed in ``SKIPPED``)."""
    from newscrawl.evaluate import heldout_excerpt

    out = []
    for block in json.loads(path.read_text(encoding="utf-8"))["blocks"]:
        try:
            excerpt, expected = heldout_excerpt(block)
        except GoldError:
            SKIPPED.setdefault(name, []).append(str(block.get("id")))
            continue
        out.append(GoldBlock(f"{name}:{block['id']}", name, f"{name}.invalid", excerpt, expected))
    return out


def _dedupe(blocks: list[GoldBlock]) -> list[GoldBlock]:
    """One block per excerpt: the corpus holds some pages in both renderings (keep the lines one)."""
    seen: dict[str, GoldBlock] = {}
    for b in sorted(blocks, key=lambda b: "\n" not in b.excerpt):
        seen.setdefault(" ".join(b.excerpt.split()), b)
    return [b for b in blocks if seen[" ".join(b.excerpt.split())] is b]


def _labelled_corpus(corpus_dir: str | Path | None) -> list[GoldBlock]:
    """The corpus pages that have gold labels (a checkout whose gold lags behind the corpus)."""
    from newscrawl.evaluate import DEFAULT_CORPUS, GOLD_FILE

    corpus = Path(corpus_dir or DEFAULT_CORPUS)
    if not (corpus / "pages").is_dir():
        return []
    labelled = set(json.loads(GOLD_FILE.read_text(encoding="utf-8"))["pages"])
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "pages").mkdir()
        for page in (corpus / "pages").iterdir():
            if page.name in labelled:
                (Path(tmp) / "pages" / page.name).symlink_to(page.resolve())
        return _dedupe(load_corpus_gold(tmp))


# --------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------


def _excerpt(article: SiteArticle, form: str) -> str:
    return article.block.excerpt if form == "lines" else merged_excerpt(article.block)


def _listing_url(listing: str, page: int) -> str:
    kind, slug = listing.split("/", 1)
    root = f"/en/category/news/{slug}/" if kind == "category" else f"/en/tag/{slug}/"
    return root if page == 1 else f"{root}page/{page}/"


def _block_html(article: SiteArticle, excerpt: str, category: str | None) -> str:
    url, headline = html.escape(article.path), html.escape(article.headline)
    meta = (f'<a href="/en/category/news/{category}/" class="td-post-category">{html.escape(category)}</a>'
            if category else "")
    return f"""
<div class="td-block-span12">
<div class="td_module_10 td_module_wrap td-animation-stack">
 <div class="td-module-thumb"><a href="{url}" rel="bookmark" class="td-image-wrap" title="{headline}">
  <img class="entry-thumb" src="/t.jpg" alt=""></a></div>
 <div class="item-details">
  <h3 class="entry-title td-module-title"><a href="{url}" rel="bookmark" title="{headline}">{headline}</a></h3>
  <div class="td-module-meta-info">{meta}</div>
  <div class="td-excerpt">{html.escape(excerpt, quote=False)}</div>
 </div>
</div>
</div>"""


def _page_nav(listing: str, page: int, total: int) -> str:
    if total == 1:
        return ""
    out = []
    if page > 1:
        out.append(f'<a href="{_listing_url(listing, page - 1)}"><i class="td-icon-menu-left"></i></a>')
    for n in range(max(1, page - 2), min(total, page + 2) + 1):
        out.append(f'<span class="current">{n}</span>' if n == page
                   else f'<a href="{_listing_url(listing, n)}" class="page" title="{n}">{n}</a>')
    if page < total:
        out.append(f'<a href="{_listing_url(listing, total)}" class="last" title="{total}">{total}</a>')
        out.append(f'<a href="{_listing_url(listing, page + 1)}"><i class="td-icon-menu-right"></i></a>')
    out.append(f'<span class="pages">Page {page} of {total}</span>')
    return '<div class="page-nav td-pb-padding-side">' + "".join(out) + "</div>"


def _page_html(title: str, blocks: str, nav: str, is_tag: bool, slug: str) -> str:
    body_class = ("tag tag-" if is_tag else "category category-") + slug
    return f"""<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8" /><title>{html.escape(title)} | test site</title></head>
<body class="archive {body_class}">
<div class="td-header-top-menu"><div class="td_data_time"><div>January 22, 2026</div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container">
<div class="td-category-header"><h1 class="entry-title td-page-title">{html.escape(title)}</h1></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">
{blocks}
{nav}
</div></div></div></div></div>
<div class="td-footer-wrapper">Join us and organize to back fight. For a socialist world</div>
</body></html>
"""


@dataclass
class RenderedSite:
    source: SiteSource
    root: Path
    #: Listing start paths (first page of each region and tag), in crawl order.
    starts: list[str]
    #: Every listing page path -> the article paths it lists, in page order.
    pages: dict[str, list[str]] = field(default_factory=dict)


def render_site(source: SiteSource, root: Path, form: str) -> RenderedSite:
    """Write the source's listing pages (and robots.txt) under ``root``."""
    if form not in FORMS:
        raise ValueError(f"form must be one of {FORMS}, not {form!r}")
    by_listing: dict[str, list[SiteArticle]] = {}
    for article in source.articles:  # newest first: the gold order, reversed
        for listing in article.listings:
            by_listing.setdefault(listing, []).append(article)
    order = sorted(by_listing, key=lambda x: (not x.startswith("category/"), x))
    site = RenderedSite(source, root, [_listing_url(x, 1) for x in order])
    for listing in order:
        articles = list(reversed(by_listing[listing]))
        chunks = [articles[i:i + PER_PAGE] for i in range(0, len(articles), PER_PAGE)]
        kind, slug = listing.split("/", 1)
        title = (REGIONS if kind == "category" else TAGS).get(slug, slug.replace("-", " ").title())
        for n, chunk in enumerate(chunks, start=1):
            blocks = "".join(_block_html(a, _excerpt(a, form),
                                         a.listings[0].split("/", 1)[1] if kind == "tag" else None) for a in chunk)
            path = _listing_url(listing, n)
            target = root / path.lstrip("/") / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(_page_html(title, blocks, _page_nav(listing, n, len(chunks)), kind == "tag", slug),
                              encoding="utf-8")
            site.pages[path] = [a.path for a in chunk]
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")
    return site


# --------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------


def _split_of(item: dict[str, Any]) -> ExcerptSplit:
    return ExcerptSplit(standfirst=item.get("standfirst"), byline=item.get("byline"),
                        authors=list(item.get("authors") or []), organisation=item.get("organisation"),
                        affiliation=item.get("affiliation"), note=item.get("note"), lede=item.get("lede"),
                        truncated=bool(item.get("truncated")))


@dataclass
class Score:
    n: int = 0
    all3: int = 0
    authors: int = 0
    misses: list[str] = field(default_factory=list)  # block ids with all3 wrong

    def add(self, block: GoldBlock, item: dict[str, Any] | None) -> None:
        self.n += 1
        if item is None:
            self.misses.append(block.id)
            return
        ok = compare(block.expected, _split_of(item))
        self.all3 += ok["all3"]
        self.authors += ok["authors"]
        if not ok["all3"]:
            self.misses.append(block.id)

    def pct(self, what: str) -> float:
        return 100.0 * getattr(self, what) / self.n if self.n else 0.0


@dataclass
class SiteReport:
    #: (form, run, source) -> Score; source "all" sums the sources.
    scores: dict[tuple[str, str, str], Score]
    sources: list[str]
    pages: dict[str, int]  # form -> listing pages served (all sources)
    seconds: dict[tuple[str, str], float]  # (form, run) -> wall time of that crawl

    def score(self, form: str, run: str, source: str = "all") -> Score:
        return self.scores[(form, run, source)]

    def format_table(self) -> str:
        forms = [f for f in FORMS if (f, RUNS[0], "all") in self.scores]
        n_articles = self.score(forms[0], RUNS[0]).n
        lines = [f"whole-site crawl: {n_articles} articles of {len(self.sources)} gold sources, each its own site, "
                 f"{max(self.pages.values())} listing pages per rendering; all3 % / authors %"]
        head = ["source", "n"] + [f"{form} {run}" for form in forms for run in RUNS]
        rows = [head]
        for source in [*self.sources, "all"]:
            row = [source, str(self.score(forms[0], RUNS[0], source).n)]
            for form in forms:
                for run in RUNS:
                    s = self.score(form, run, source)
                    row.append(f"{s.pct('all3'):.1f} / {s.pct('authors'):.1f}")
            rows.append(row)
        widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
        for k, row in enumerate(rows):
            cells = [c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))]
            lines.append("  ".join(cells))
            if k == 0:
                lines.append("  ".join("-" * w for w in widths))
        lines.append("first = a crawl with a fresh state directory; second = again with the same one; "
                     "parse = each page alone, no knowledge")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {"sources": self.sources, "pages": self.pages,
                "seconds": {f"{f} {r}": s for (f, r), s in self.seconds.items()},
                "scores": {f"{f} {r} {s}": {"n": v.n, "all3": v.all3, "authors": v.authors, "misses": v.misses}
                           for (f, r, s), v in self.scores.items()}}


# --------------------------------------------------------------------------------------
# Serving, crawling, parsing
# --------------------------------------------------------------------------------------


def _hosts(count: int) -> Iterator[str]:
    for n in range(count):
        yield f"127.0.0.{10 + n}"


def crawl_cli(urls: list[str], output: Path, state: Path, *, settings: dict[str, str] | None = None,
              timeout: float = 900) -> subprocess.CompletedProcess[str]:
    """``newscrawl crawl URL... -O output`` in a fresh process with ``state`` as state directory."""
    args = [sys.executable, "-m", "newscrawl.cli", "crawl", *urls, "-O", str(output), "--silent"]
    # 127.0.0.N is a local server: no politeness delay (newscrawl's own slots cover 127.0.0.1 only)
    for name, value in {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_ENABLED": "false", **(settings or {})}.items():
        args += ["-s", f"{name}={value}"]
    env = {**os.environ, "NEWSCRAWL_STATE_DIR": str(state),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout, env=env, cwd=REPO)


def _read_items(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
    out: dict[tuple[str, str], dict[str, Any]] = {}
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            parts = urlsplit(item["url"])
            out.setdefault((parts.hostname or "", parts.path), item)
    return out


def _parse_cold(site: RenderedSite, base: str) -> dict[str, dict[str, Any]]:
    """Each listing page parsed alone with no stored knowledge, as `newscrawl parse` with an
    empty state directory; an article's block from the first page listing it."""
    from newscrawl.extract.knowledge import SiteKnowledge
    from newscrawl.extract.teasers import site_of
    from newscrawl.parse import parse_page

    out: dict[str, dict[str, Any]] = {}
    for path in site.pages:
        url = base.rstrip("/") + path
        body = (site.root / path.lstrip("/") / "index.html").read_bytes()
        result = parse_page(body, url, knowledge=SiteKnowledge(site_of(url)))
        for item in result.items:
            out.setdefault(urlsplit(item["url"]).path, item)
    return out


def evaluate_sites(workdir: Path, *, corpus_dir: str | Path | None = None, sources: list[SiteSource] | None = None,
                   forms: Iterable[str] = FORMS, settings: dict[str, str] | None = None,
                   progress: Any = None) -> SiteReport:
    """Render, serve and crawl every source (see the module doc); ``workdir`` keeps the sites,
    state directories and crawl outputs for inspection."""
    from newscrawl.fixture_server import FixtureServer

    sources = gold_sources(corpus_dir) if sources is None else sources
    names = [s.name for s in sources]
    scores: dict[tuple[str, str, str], Score] = {}
    pages: dict[str, int] = {}
    seconds: dict[tuple[str, str], float] = {}
    for form in forms:
        sites = [render_site(s, workdir / form / "sites" / s.name, form) for s in sources]
        pages[form] = sum(len(s.pages) for s in sites)
        with ExitStack() as stack:
            bases = [stack.enter_context(FixtureServer(site.root, host=host)).url
                     for site, host in zip(sites, _hosts(len(sites)), strict=True)]
            urls = [base.rstrip("/") + start for site, base in zip(sites, bases, strict=True) for start in site.starts]
            state = workdir / form / "state"
            results: dict[str, dict[tuple[str, str], dict[str, Any]]] = {}
            for run in ("first", "second"):
                out = workdir / form / f"{run}.jsonl"
                started = time.monotonic()
                done = crawl_cli(urls, out, state, settings=settings)
                seconds[(form, run)] = time.monotonic() - started
                # (exit 1: a crawl that finished with errors it reported; with no output it never ran)
                if done.returncode not in (0, 1) or not out.exists():
                    raise RuntimeError(f"crawl failed (exit {done.returncode}): {done.stderr.strip()[-500:]}")
                results[run] = _read_items(out)
                if progress:
                    progress(f"{form} {run}: {len(results[run])} articles in {seconds[(form, run)]:.1f}s")
            parsed = {site.source.name: _parse_cold(site, base) for site, base in zip(sites, bases, strict=True)}
        for site, base in zip(sites, bases, strict=True):
            host = urlsplit(base).hostname or ""
            for run in RUNS:
                score = scores.setdefault((form, run, site.source.name), Score())
                total = scores.setdefault((form, run, "all"), Score())
                for article in site.source.articles:
                    item = (parsed[site.source.name].get(article.path) if run == "parse"
                            else results[run].get((host, article.path)))
                    score.add(article.block, item)
                    total.add(article.block, item)
    return SiteReport(scores, names, pages, seconds)


def small_sources(per_source: int = 12, names: Iterable[str] = ("fixture", "heldout5")) -> list[SiteSource]:
    """A few articles of a few sources: the suite's quick check of the machinery."""
    wanted = set(names)
    return [SiteSource(s.name, s.articles[:per_source]) for s in gold_sources() if s.name in wanted]
