"""Score the excerpt splitter against the gold set (``tests/gold/``).

Gold blocks come from these sources:

* the shared corpus of real pages (``../shared/corpus``), labelled in
  ``tests/gold/corpus_gold.json`` by file and position; the expected standfirst / byline /
  lede are rebuilt here from the corpus text and the labels' anchors (no corpus text is
  stored in the repository);
* the team's fixture site source ``fixtures/site-src/articles.json`` (invented articles with
  labelled parts), when it exists;
* the held-out sets ``tests/gold/heldout.json`` (source ``heldout``),
  ``tests/gold/heldout2.json`` (source ``heldout2``), ``tests/gold/heldout3.json`` (source
  ``heldout3``) and ``tests/gold/heldout4.json`` (source ``heldout4``): excerpts written in the site's style
  without looking at the splitter's rules, built from labelled parts.

Each block is scored in two renderings: ``stored`` (its own line breaks, as the page has them)
and ``collapsed`` (every line break turned into a space), field by field (exact match after
whitespace normalisation), for the naive floor (newline split), the current splitter, and the
current splitter with site knowledge learned from the gold set's newline-joined excerpts.

    report = evaluate_gold()
    print(report.format_table())
    report.write(Path("bench/results"), "split_eval")   # .csv and .md
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newscrawl.corpus import corpus_pages, read_corpus_page
from newscrawl.extract.split import CUT_MARKS, SPLITTER_VERSION, ExcerptSplit, naive_split, split_excerpt

REPO = Path(__file__).resolve().parent.parent
GOLD_FILE = REPO / "tests" / "gold" / "corpus_gold.json"
FIXTURE_SOURCE = REPO / "fixtures" / "site-src" / "articles.json"
FIXTURE_BUILDER = REPO / "fixtures" / "build_site.py"
#: The blind held-out sets, in the order they were written: source name -> file. Each set is
#: its own site ("<name>.invalid"): site knowledge is learned from its blocks only.
HELDOUT_SETS: dict[str, Path] = {
    name: REPO / "tests" / "gold" / f"{name}.json"
    for name in ("heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
                 "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15",
                 "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23",
                 "heldout24", "heldout25", "heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31",
                 "heldout32", "heldout33", "heldout34", "heldout35", "heldout36", "heldout37", "heldout38",
                 "heldout39", "heldout40", "heldout41", "heldout42", "heldout43", "heldout44", "heldout45",
                 "heldout46", "heldout47", "heldout48", "heldout49", "heldout50", "heldout51", "heldout52",
                 "heldout53", "heldout54", "heldout55", "heldout56", "heldout60", "heldout61", "heldout62",
                 "heldout63", "heldout64", "heldout65", "heldout66", "heldout67", "heldout68",
                 "heldout69", "heldout70", "heldout71", "heldout72", "heldout73", "heldout74",
                 "heldout75", "heldout76", "heldout77", "heldout78", "heldout79", "heldout80", "heldout81",
                 "heldout82", "heldout83", "heldout84", "heldout85", "heldout86",
                 "heldout87", "heldout88", "heldout89", "heldout90", "heldout91", "heldout92",
                 "heldout93", "heldout94", "heldout95", "heldout96", "heldout97", "heldout98",
                 "heldout99", "heldout100", "heldout101", "heldout102", "heldout103", "heldout104",
                 "heldout108", "heldout109", "heldout110", "heldout111", "heldout112",
                 "heldout113", "heldout114", "heldout115", "heldout116",
                 "heldout117", "heldout118", "heldout119")
}
HELDOUT_FILE = HELDOUT_SETS["heldout"]
HELDOUT_SITE = "heldout.invalid"
DEFAULT_CORPUS = Path(os.environ.get("NEWSCRAWL_CORPUS", REPO.parent / "shared" / "corpus"))

TEXT_FIELDS = ("standfirst", "byline", "lede", "organisation", "affiliation", "note")
FIELDS = ("standfirst", "byline", "lede", "authors", "organisation", "affiliation", "note", "truncated")
SCORED = ("standfirst", "byline", "lede", "authors", "organisation", "affiliation", "note", "all3", "all")
RENDERINGS = ("stored", "collapsed")
ELLIPSIS = " … "  # in a gold label: "from-anchor … to-anchor" (a span, both ends inclusive)
_CUT_RE = re.compile(r"\s*(?:" + "|".join(map(re.escape, CUT_MARKS)) + ")$")
_AT_RE = re.compile(r"^(main|sidebar) (\d+)$|^lines (\d+)-(\d+)$|^copy (\d+) lines (\d+)-(\d+)$")


class GoldError(ValueError):
    """A gold label does not fit the corpus text it refers to."""


@dataclass(frozen=True)
class GoldBlock:
    id: str  # "<file>#main-3", "<file>#lines-4-7", "<file>#copy-1-lines-1-3", "fixture:<article id>", "heldoutN:<id>"
    source: str  # "corpus", "fixture", "heldout", "heldout2" ... "heldout8"
    site: str
    excerpt: str  # as stored (line breaks where the rendering has them)
    expected: dict[str, Any]
    cut: str | None = None  # "start" / "end" when the stored text cuts the block off
    #: The renderings it is scored in: a corpus file's trailing copy of an excerpt (``copy N lines A-B``)
    #: only with its own line breaks (collapsed, it is the page's own block again).
    renderings: tuple[str, ...] = ("stored", "collapsed")

    def rendering(self, name: str) -> str:
        return self.excerpt if name == "stored" else " ".join(self.excerpt.split())


# --------------------------------------------------------------------------------------
# Loading the gold set
# --------------------------------------------------------------------------------------


def norm(s: str | None) -> str | None:
    if s is None:
        return None
    s = " ".join(s.split())
    return s or None


def _find_span(text: str, label: str, start: int = 0, nth: int = 1) -> tuple[int, int]:
    first, sep, last = label.partition(ELLIPSIS)
    i = start - 1
    for _ in range(nth):
        i = text.find(first, i + 1)
        if i < 0:
            raise GoldError(f"anchor {first!r} not found")
    if not sep:
        return i, i + len(first)
    j = text.find(last, i + len(first))
    if j < 0:
        raise GoldError(f"end anchor {last!r} not found")
    return i, j + len(last)


def expected_parts(excerpt: str, label: dict[str, Any]) -> dict[str, Any]:
    """Rebuild the expected fields of one block from its excerpt text and its gold label."""
    text = norm(excerpt) or ""
    m = _CUT_RE.search(text)
    truncated = bool(m)
    if m:
        text = text[: m.start()]
    spans = {}
    for key in ("byline", "note"):
        if label.get(key):
            spans[key] = _find_span(text, label[key])
    if spans:
        lo, hi = min(s for s, _ in spans.values()), max(e for _, e in spans.values())
        covered = sorted(spans.values())
        for (_, e1), (s2, _) in zip(covered, covered[1:], strict=False):
            if text[e1:s2].strip():
                raise GoldError("text between byline and note is not supported")
    else:
        lo = hi = 0
    head, tail_start = text[:lo].strip(), hi
    standfirst, lede = head or None, text[hi:].strip() or None
    if label.get("lede_at"):
        if head:
            raise GoldError("lede_at with text before the byline")
        at, _ = _find_span(text, label["lede_at"], tail_start, label.get("lede_at_nth", 1))
        standfirst, lede = text[tail_start:at].strip() or None, text[at:].strip() or None
    return {
        "standfirst": standfirst,
        "byline": text[slice(*spans["byline"])] if "byline" in spans else None,
        "lede": lede,
        "authors": list(label.get("authors", [])),
        "organisation": label.get("org"),
        "affiliation": label.get("affil"),
        "note": text[slice(*spans["note"])] if "note" in spans else None,
        "truncated": truncated,
    }


def _site(url: str) -> str:
    host = re.sub(r"^https?://", "", url).split("/")[0].lower()
    return host[4:] if host.startswith("www.") else host


def _block_id(name: str, at: str) -> str:
    return f"{name}#{at.replace(' ', '-')}"


def _renderings(at: str) -> tuple[str, ...]:
    return ("stored",) if at.startswith("copy ") else RENDERINGS


def corpus_gold_ids(gold_file: str | Path = GOLD_FILE) -> list[str]:
    """Ids of the labelled (not excluded) corpus blocks, without reading the corpus."""
    return [block_id for block_id, _ in corpus_gold_cases(gold_file) if _ == "stored"]


def corpus_gold_cases(gold_file: str | Path = GOLD_FILE) -> list[tuple[str, str]]:
    """(block id, rendering) of every scored corpus case, without reading the corpus."""
    gold = json.loads(Path(gold_file).read_text(encoding="utf-8"))
    return [(_block_id(name, label["at"]), rendering) for name, labels in gold["pages"].items()
            for label in labels if not label.get("excluded") for rendering in _renderings(label["at"])]


def load_corpus_gold(corpus_dir: str | Path | None = None, gold_file: str | Path = GOLD_FILE) -> list[GoldBlock]:
    """Gold blocks of the shared corpus (excluded blocks left out)."""
    corpus_dir = Path(corpus_dir or DEFAULT_CORPUS)
    if not (corpus_dir / "pages").is_dir():
        raise GoldError(f"corpus not found at {corpus_dir / 'pages'}")
    gold = json.loads(Path(gold_file).read_text(encoding="utf-8"))
    files = {p.name: p for p in corpus_pages(corpus_dir)}
    missing = set(files) - set(gold["pages"])
    if missing:
        raise GoldError(f"corpus files without gold labels: {sorted(missing)}")
    blocks: list[GoldBlock] = []
    for name, labels in gold["pages"].items():
        if name not in files:
            raise GoldError(f"gold labels for a file not in the corpus: {name}")
        ranges: list[tuple[int, int]] = []
        copy_ranges: dict[int, list[tuple[int, int]]] = {}
        for label in labels:
            m = _AT_RE.match(label["at"])
            if not m:
                raise GoldError(f"{name}: bad position {label['at']!r}")
            if m.group(3):
                ranges.append((int(m.group(3)), int(m.group(4))))
            elif m.group(5):
                copy_ranges.setdefault(int(m.group(5)), []).append((int(m.group(6)), int(m.group(7))))
        page = read_corpus_page(files[name], ranges or None, copy_ranges)
        by_at = {(f"lines {b.lines[0]}-{b.lines[1]}" if b.lines else f"{b.placement} {b.position}"): b
                 for b in page.blocks}
        for n, copy in enumerate(page.copies, 1):
            if n in copy_ranges:
                by_at.update({f"copy {n} lines {b.lines[0]}-{b.lines[1]}": b for b in copy.blocks if b.lines})
        if set(by_at) != {label["at"] for label in labels}:
            raise GoldError(f"{name}: gold positions {sorted(label['at'] for label in labels)} "
                            f"do not match the page's blocks {sorted(by_at)}")
        for label in labels:
            block = by_at[label["at"]]
            if label.get("excluded"):
                continue
            try:
                expected = expected_parts(block.excerpt or "", label)
            except GoldError as exc:
                raise GoldError(f"{name} {label['at']}: {exc}") from None
            blocks.append(GoldBlock(_block_id(name, label["at"]), "corpus", _site(page.url),
                                    block.excerpt or "", expected, label.get("cut"), _renderings(label["at"])))
    return blocks


def _fixture_builder() -> Any | None:
    if not (FIXTURE_SOURCE.exists() and FIXTURE_BUILDER.exists()):
        return None
    spec = importlib.util.spec_from_file_location("newscrawl_fixture_build_site", FIXTURE_BUILDER)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def load_fixture_gold(source: Path = FIXTURE_SOURCE) -> list[GoldBlock]:
    """Gold blocks from the fixture site's labelled articles; [] when the fixture source is absent."""
    builder = _fixture_builder()
    if builder is None or not Path(source).exists():
        return []
    data = builder.load_source(Path(source))
    blocks = []
    for article in data["articles"]:
        g = builder.gold_labels(article)
        expected = {k: (norm(g[k]) if k in TEXT_FIELDS else g[k]) for k in FIELDS}
        blocks.append(GoldBlock(f"fixture:{article['id']}", "fixture", "fixture.invalid", g["excerpt"], expected))
    return blocks


HELDOUT_JOINS = {"newline": "\n", "space": " ", "none": ""}
HELDOUT_CUT_MARKS = ("...", "..", "…")  # "…": the site's own cut mark too
_HELDOUT_ORDER = {"standfirst": 0, "byline": 1, "note": 2, "lede": 3}  # a leading byline may precede the standfirst


def heldout_excerpt(block: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """(excerpt as stored, expected fields) of one held-out block, built from its labelled parts.

    parts = [[label, text], ...] in the excerpt's order, joined by ``join`` ("newline", "space",
    "none"); when longer than ``cut``: text[:cut].rstrip() + ``cut_mark`` ("..." unless given).
    The lede is the last part; the cut must leave at least 20 of its characters visible, unless
    ``cut_in`` is ``"byline"``: then the cut falls inside the byline, whose visible part is the
    expected byline, and there is no lede. An excerpt that ends with its byline, uncut ("<standfirst> <credit
    of a talk>"), has no lede either."""
    where = f"held-out block {block.get('id')!r}"
    parts = [(label, text) for label, text in block["parts"]]
    labels = [label for label, _ in parts]
    ends_with_byline = labels[-1] == "byline" and not (block.get("cut") and len(
        HELDOUT_JOINS[block["join"]].join(text for _, text in parts)) > block["cut"])
    if (labels[-1] != "lede" and not ends_with_byline) or len(set(labels)) != len(labels) \
            or not set(labels) <= set(_HELDOUT_ORDER):
        raise GoldError(f"{where}: parts must be distinct standfirst/byline/note labels ending with the lede")
    for _, text in parts:
        if text != text.strip() or "\n" in text:
            raise GoldError(f"{where}: part must be one trimmed line: {text!r}")
    lede = "" if ends_with_byline else parts[-1][1]
    if ".." in lede or "…" in lede:
        raise GoldError(f"{where}: the lede must not contain a cut mark")
    full = HELDOUT_JOINS[block["join"]].join(text for _, text in parts)
    cut: int = block.get("cut") or 0
    mark = block.get("cut_mark", "...")
    if mark not in HELDOUT_CUT_MARKS:
        raise GoldError(f"{where}: bad cut mark {mark!r}")
    truncated = bool(cut) and len(full) > cut
    text = dict(parts)
    cut_in_byline = block.get("cut_in") == "byline"
    if cut_in_byline:
        if "byline" not in text or not truncated:
            raise GoldError(f"{where}: cut_in 'byline' needs a byline and a cut")
        kept = full[:cut].rstrip()
        b_start = full.index(text["byline"])
        if not b_start < len(kept) < b_start + len(text["byline"]) or kept.endswith("."):
            raise GoldError(f"{where}: the cut must fall inside the byline and not after a '.'")
        excerpt = kept + mark
        text = {label: t for label, t in parts[: [lab for lab, _ in parts].index("byline")]}
        text["byline"] = kept[b_start:]
        lede = ""
    elif truncated:
        kept = full[:cut].rstrip()
        if len(kept) < len(full) - len(lede) + 20 or kept.endswith("."):
            raise GoldError(f"{where}: the cut must fall inside the lede (20+ chars visible) and not after a '.'")
        excerpt = kept + mark
    else:
        excerpt = full
    lede_start = len(full) - len(lede)
    lab = block.get("labels", {})
    expected = {
        "standfirst": norm(text.get("standfirst")),
        "byline": norm(text.get("byline")),
        # (an uncut lede before the byline that ends the excerpt is still the lede: "<lede> – Org, 14 March 2025")
        "lede": norm(text.get("lede")) if ends_with_byline else None if cut_in_byline else norm(
            excerpt[lede_start: len(excerpt) - len(mark)] if truncated else lede),
        "authors": list(lab.get("authors", [])),
        "organisation": lab.get("organisation"),
        "affiliation": lab.get("affiliation"),
        "note": norm(text.get("note")),
        "truncated": truncated,
    }
    byline = text.get("byline") or ""
    if cut_in_byline:  # labels as visible: what the cut took off the byline is no label
        expected["authors"] = [name for name in expected["authors"] if name in byline]
        for key in ("organisation", "affiliation"):
            if expected[key] is not None and expected[key] not in byline:
                expected[key] = None
    for name in expected["authors"]:
        if name not in byline:
            raise GoldError(f"{where}: author {name!r} not in the byline")
    for key in ("organisation", "affiliation"):
        if expected[key] is not None and expected[key] not in byline:
            raise GoldError(f"{where}: {key} not in the byline")
    return excerpt, expected


def load_heldout_gold(source: str | Path = HELDOUT_FILE, name: str = "heldout",
                      site: str = HELDOUT_SITE) -> list[GoldBlock]:
    """Gold blocks of a held-out set (source ``name``); [] when the file is absent."""
    if not Path(source).exists():
        return []
    data = json.loads(Path(source).read_text(encoding="utf-8"))
    blocks = []
    for block in data["blocks"]:
        excerpt, expected = heldout_excerpt(block)
        blocks.append(GoldBlock(f"{name}:{block['id']}", name, site, excerpt, expected))
    return blocks


def load_heldout_sets() -> dict[str, list[GoldBlock]]:
    """Every held-out set's gold blocks, by source name (sets whose file is absent are left out)."""
    sets = {name: load_heldout_gold(path, name, f"{name}.invalid") for name, path in HELDOUT_SETS.items()}
    return {name: blocks for name, blocks in sets.items() if blocks}


def load_gold(corpus_dir: str | Path | None = None, *, corpus: bool = True, fixtures: bool = True,
              heldout: bool = True) -> list[GoldBlock]:
    out: list[GoldBlock] = []
    if corpus:
        out += load_corpus_gold(corpus_dir)
    if fixtures:
        out += load_fixture_gold()
    if heldout:
        for blocks in load_heldout_sets().values():
            out += blocks
    return out


# --------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------


def compare(expected: dict[str, Any], got: ExcerptSplit) -> dict[str, bool]:
    """Field-by-field exact match (whitespace-normalised); plus all3 and all."""
    ok = {}
    for f in FIELDS:
        want, have = expected[f], getattr(got, f)
        if f in TEXT_FIELDS:
            want, have = norm(want), norm(have)
        ok[f] = want == have
    ok["all3"] = ok["standfirst"] and ok["byline"] and ok["lede"]
    ok["all"] = all(ok[f] for f in FIELDS)
    return ok


@dataclass
class EvalRow:
    method: str
    rendering: str
    source: str = "all"  # "all", "corpus", "fixture", "heldout", "heldout2", "heldout3" or "heldout4"
    n: int = 0
    correct: dict[str, int] = field(default_factory=lambda: {f: 0 for f in SCORED})

    def accuracy(self, f: str) -> float:
        return self.correct[f] / self.n if self.n else 0.0


@dataclass
class EvalReport:
    version: str
    rows: list[EvalRow]
    errors: list[dict[str, Any]]  # current-method errors: block, rendering, field, expected, got
    n_blocks: int
    sources: dict[str, int]

    def row(self, method: str, rendering: str, source: str = "corpus") -> EvalRow:
        return next(r for r in self.rows if (r.method, r.rendering, r.source) == (method, rendering, source))

    def error_count(self, method: str = "current") -> int:
        return sum(1 for e in self.errors if e["method"] == method)

    def table_rows(self) -> list[list[str]]:
        head = ["source", "method", "rendering", "n", *SCORED]
        out = [head]
        for r in self.rows:
            out.append([r.source, r.method, r.rendering, str(r.n), *(f"{100 * r.accuracy(f):.1f}" for f in SCORED)])
        return out

    def format_table(self) -> str:
        rows = self.table_rows()
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
        lines = [f"splitter {self.version}: {self.n_blocks} gold blocks "
                 f"({', '.join(f'{k} {v}' for k, v in self.sources.items())}); exact-match % per field"]
        for k, row in enumerate(rows):
            lines.append("  ".join(c.ljust(w) if i < 3 else c.rjust(w)
                                   for i, (c, w) in enumerate(zip(row, widths, strict=True))))
            if k == 0:
                lines.append("  ".join("-" * w for w in widths))
        blocks_wrong = {(e["block"], e["rendering"]) for e in self.errors if e["method"] == "current"}
        lines.append(f"errors (current): {self.error_count('current')} field errors in "
                     f"{len(blocks_wrong)} block-renderings")
        return "\n".join(lines)

    def to_csv(self) -> str:
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(["version", *self.table_rows()[0]])
        for row in self.table_rows()[1:]:
            writer.writerow([self.version, *row])
        return buf.getvalue()

    def to_markdown(self) -> str:
        rows = self.table_rows()
        out = [f"# Excerpt split evaluation (splitter {self.version})", "",
               f"{self.n_blocks} gold blocks ({', '.join(f'{k} {v}' for k, v in self.sources.items())}), "
               "each scored with its own line breaks (`stored`) and with every break collapsed to a space "
               "(`collapsed`). Exact match after whitespace normalisation, in %. `floor` = naive newline split; "
               "`site-knowledge` = current splitter with bylines learned from the gold set's newline-joined "
               "excerpts.", "",
               "| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
        out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        errs = [e for e in self.errors if e["method"] == "current"]
        out += ["", f"## Errors of the current splitter ({len(errs)})", ""]
        out += [f"- `{e['block']}` ({e['rendering']}) **{e['field']}**: expected `{_short(e['expected'])}`, "
                f"got `{_short(e['got'])}`" for e in errs]
        return "\n".join(out) + "\n"

    def write(self, directory: str | Path, stem: str = "split_eval") -> tuple[Path, Path]:
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        csv_path, md_path = directory / f"{stem}.csv", directory / f"{stem}.md"
        csv_path.write_text(self.to_csv(), encoding="utf-8")
        md_path.write_text(self.to_markdown(), encoding="utf-8")
        return csv_path, md_path


def _short(value: Any, limit: int = 40) -> str:
    """A value shortened for reports (reports must not copy corpus text)."""
    text = str(value)
    return text if len(text) <= limit else text[: limit - 12] + " … " + text[-9:]


def learned_knowledge(blocks: Iterable[GoldBlock]) -> dict[str, Any]:
    """SiteKnowledge per site, learned from the blocks' stored (newline-joined) excerpts."""
    from newscrawl.extract.knowledge import SiteKnowledge

    out: dict[str, SiteKnowledge] = {}
    for b in blocks:
        out.setdefault(b.site, SiteKnowledge(b.site, seed=False)).learn(b.excerpt)
    return out


def evaluate_gold(corpus_dir: str | Path | None = None, *, blocks: list[GoldBlock] | None = None) -> EvalReport:
    """Score floor, current and current+site-knowledge on every gold block in both renderings."""
    blocks = load_gold(corpus_dir) if blocks is None else blocks
    knowledge = learned_knowledge(blocks)
    methods: dict[str, Callable[[GoldBlock, str], ExcerptSplit]] = {
        "floor": lambda b, text: naive_split(text),
        "current": lambda b, text: split_excerpt(text),
        "site-knowledge": lambda b, text: split_excerpt(text, knowledge.get(b.site)),
    }
    sources: dict[str, int] = {}
    for b in blocks:
        sources[b.source] = sources.get(b.source, 0) + 1
    rows, errors = [], []
    for source in [*sources, "all"]:
        for method in methods:
            for rendering in RENDERINGS:
                rows.append(EvalRow(method, rendering, source))
    index = {(r.source, r.method, r.rendering): r for r in rows}
    for method, fn in methods.items():
        for rendering in RENDERINGS:
            for b in blocks:
                if rendering not in b.renderings:
                    continue
                got = fn(b, b.rendering(rendering))
                ok = compare(b.expected, got)
                for row in (index[(b.source, method, rendering)], index[("all", method, rendering)]):
                    row.n += 1
                    for f in SCORED:
                        row.correct[f] += ok[f]
                if method != "floor":
                    for f in FIELDS:
                        if not ok[f]:
                            errors.append({"method": method, "block": b.id, "rendering": rendering, "field": f,
                                           "expected": b.expected[f], "got": getattr(got, f)})
    return EvalReport(SPLITTER_VERSION, rows, errors, len(blocks), sources)
