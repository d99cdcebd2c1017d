"""Normalisation's fast paths keep its properties: property and example tests over the fixture
site's items, the benchmark site's, hand-written edge strings and seeded random strings over the
characters the fast checks are about. Each property is stated independently of the code (what a
collapsed text is, what a canonical URL has and lacks, what normalising twice gives), not as a
copy of an older implementation.
"""

from __future__ import annotations

import copy
import hashlib
import html
import random
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from conftest import FIXTURES, REPO
from newscrawl import normalize
from newscrawl.extract.knowledge import SiteKnowledge
from newscrawl.extract.listing import parse_listing
from newscrawl.extract.teasers import build_items
from newscrawl.extract.text import _BLANK_LINES, _SPACES, collapse, keep_lines
from newscrawl.items import TeaserItem

_TEXT_FIELDS = (
    "headline",
    "excerpt",
    "standfirst",
    "byline",
    "organisation",
    "affiliation",
    "note",
    "lede",
    "region",
    "category",
)
_CUT_MARKS = ("[...]", "[…]", "...", "..", "…")


# --- inputs --------------------------------------------------------------------------------

EDGE_TEXTS = [
    "",
    " ",
    "  ",
    "\t",
    "\n",
    "\xa0",
    "\u3000",
    "a",
    " a",
    "a ",
    "a  b",
    "a\tb",
    "a\nb",
    "a\xa0b",
    "a \xa0 b",
    "Tom &amp; Jerry",
    "&nbsp;lead&nbsp;",
    "&",
    "&&",
    "A&B",
    "&#160;x",
    "&hellip;",
    "x &hellip;",
    "x&#8230;",
    "&amp;nbsp;",
    "香港工人罷工",
    "香港 工人\u3000罷工…",
    "“Stability” – for whom?",
    "Cafe\u0301",
    "Café",
    "e\u0301 ",
    "\ufb01ne",
    "zero\u200bwidth",
    "soft\xadhyphen",
    "line\u2028sep",
    "para\u2029sep",
    "nel\x85here",
    "ctrl\x1fsep",
    "ends...",
    "ends..",
    "ends.",
    "ends…",
    "ends [...]",
    "ends […]",
    "ends[…]",
    "ends [..]",
    "ends ....",
    "ends .....",
    "ends... ",
    "ends...\n",
    "ends …\t",
    "ends . . .",
    "…",
    "...",
    "..",
    ".",
    "[…]",
    "[...]",
    " ... ",
    "\u3000…\u3000",
    "a.b..",
    "ends ]",
    "ends []",
    "ends [x]",
    "ends...]",
    "ends]...",
    "...start",
    "…middle…",
    "x\n...\n",
    "trailing spaces   ",
    "   leading",
    "mixed \t\n spaces \xa0 here",
    "ends… \xa0",
    "1.5",
    "v2..3",
    "It ended.  Then...",
    "dots.....  ",
    "tab\t...",
    "two\n\n\nlines",
    "\r\nwindows\r\n",
]

EDGE_URLS = [
    "https://example.org/en/2026/01/05/1/",
    "http://Example.ORG/en/2016/06/17/12345",
    " https://example.org/x/ ",
    "https://example.org:443/a",
    "http://example.org:80/b/",
    "https://example.org:8080/c",
    "https://example.org",
    "https://example.org/files/report.pdf",
    "https://example.org/?p=5&b=2&a=1&utm_campaign=z",
    "https://example.org/a/?utm_source=x#frag",
    "https://example.org/a#frag",
    "https://example.org/%E9%A6%99%E6%B8%AF/",
    "https://example.org/香港/",
    "https://example.org/a b/",
    "https://example.org/en/2026/13/05/1/",
    "mailto:a@example.org",
    "//example.org/protocol-relative/",
    "/relative/2026/01/05/9/",
    "relative/path",
    "ftp://example.org/x",
    "https://user:pw@Example.org/x",
    "https://example.org/en/2026/01/05/1/ ",
    "https://example.org/x?",
    "https://example.org/x?&",
]


def _fixture_site_items() -> list[TeaserItem]:
    items: list[TeaserItem] = []
    knowledge = SiteKnowledge("127.0.0.1")
    for path in sorted((FIXTURES / "site").rglob("index.html")):
        url = "http://127.0.0.1:1/" + str(path.parent.relative_to(FIXTURES / "site")).replace("\\", "/") + "/"
        for sidebar in (False, True):
            items += build_items(
                parse_listing(path.read_bytes(), url, sidebar=sidebar),
                include_sidebar=sidebar,
                knowledge=knowledge,
                run_id="r1",
            )
    for path in sorted((FIXTURES / "pages").glob("*/input.html")):
        items += build_items(
            parse_listing(path.read_bytes(), f"http://127.0.0.1:1/{path.parent.name}/", sidebar=True),
            include_sidebar=True,
            run_id=None,
        )
    return items


def _bench_site_items(tmp: Path) -> list[TeaserItem]:
    sys.path.insert(0, str(REPO))
    from bench.sitegen import generate_site

    generate_site(tmp, regions=2, pages=10)
    knowledge = SiteKnowledge("127.0.0.1")
    return [
        item
        for path in sorted(tmp.rglob("index.html"))
        for item in build_items(
            parse_listing(path.read_bytes(), "http://127.0.0.1:1/" + str(path.parent.relative_to(tmp)) + "/"),
            knowledge=knowledge,
            run_id="r1",
        )
    ]


def _random_texts(count: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    alphabet = [
        " ",
        " ",
        "\t",
        "\n",
        "\r",
        "\xa0",
        "\u3000",
        "\u2028",
        "\x85",
        "\x1c",
        "\u200b",
        "\xad",
        ".",
        ".",
        ".",
        "…",
        "[",
        "]",
        "&",
        "&amp;",
        "&nbsp;",
        "&#8230;",
        "a",
        "b",
        "Z",
        "香",
        "港",
        "e\u0301",
        "\u0301",
        "\ufb01",
        ",",
        "-",
    ]
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def _random_items(texts: list[str], seed: int = 2) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    items = []
    for i in range(len(texts)):

        def pick() -> str | None:
            return rng.choice([None, rng.choice(texts), rng.choice(EDGE_TEXTS)])

        item = TeaserItem(url=rng.choice(EDGE_URLS + [""])).to_dict()
        for name in _TEXT_FIELDS:
            item[name] = pick()
        item["authors"] = [t for t in (pick() for _ in range(rng.randint(0, 3))) if t is not None]
        item["truncated"] = rng.random() < 0.2
        item["region_slug"] = rng.choice(
            [None, "", "hong-kong", "Hong Kong", "%E9%A6%99%E6%B8%AF", "香港", "-", "a--b"]
        )
        item["regions"] = rng.choice([[], ["x"]])
        item["published"] = rng.choice([None, None, "", "2025-02-01"])
        item["published_source"] = rng.choice([None, "", "page", "url"])
        item["run_id"] = rng.choice([None, "", "r0"])
        if i % 7 == 0:  # a partial dict, as other item types may give
            for name in rng.sample(sorted(item), 5):
                del item[name]
        items.append(item)
    return items


@pytest.fixture(scope="module")
def real_items(tmp_path_factory: pytest.TempPathFactory) -> list[TeaserItem]:
    items = _fixture_site_items() + _bench_site_items(tmp_path_factory.mktemp("benchsite"))
    assert len(items) > 400 and any(i.truncated for i in items) and any(i.authors for i in items)
    return items


# --- the fast checks' premises, on every code point ----------------------------------------


def test_whitespace_premises_hold_for_every_code_point() -> None:
    space = re.compile(r"\s")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        # re's \s is str.isspace() (strip/rstrip), and no whitespace but ' ' is printable.
        assert bool(space.match(char)) == char.isspace(), hex(code)
        if char.isspace() and char != " ":
            assert not char.isprintable(), hex(code)


# --- function by function ------------------------------------------------------------------


def _texts() -> list[str]:
    return EDGE_TEXTS + _random_texts(20_000) + [t * 3 for t in EDGE_TEXTS] + [" x " + t for t in EDGE_TEXTS]


def test_collapse_is_nfc_text_with_single_spaces() -> None:
    for text in _texts():
        expected = " ".join(unicodedata.normalize("NFC", text).split()) or None
        assert collapse(text) == expected, repr(text)
        assert normalize.clean_text(text) == collapse(html.unescape(text)), repr(text)
    assert collapse(None) is None and normalize.clean_text(None) is None


def _keep_lines_as_written(text: str) -> str | None:
    """``extract.text.keep_lines`` without its fast checks (its specification)."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES.sub(" ", text)
    text = _BLANK_LINES.sub("\n", text).strip()
    joined = "\n".join(line for line in (line.strip() for line in text.split("\n")) if line)
    return joined or None


def test_keep_lines_is_the_same_with_its_fast_checks() -> None:
    texts = _texts() + [t.replace(" ", "\n", 2) for t in _texts()[:5000]] + ["a\nb", "a \n b", "a  b\n\nc", "\n"]
    for text in texts:
        assert keep_lines(text) == _keep_lines_as_written(text), repr(text)
    assert keep_lines(None) is None


@pytest.mark.parametrize(
    "text,expected",
    [
        ("the strike spread...", ("the strike spread", True)),
        ("ends..", ("ends", True)),
        ("ends…", ("ends", True)),
        ("ends […]", ("ends", True)),
        ("ends [...]", ("ends", True)),
        ("ends...\n", ("ends", True)),
        ("It ended.", ("It ended.", False)),
        ("1.5", ("1.5", False)),
        ("…", (None, True)),
        ("", ("", False)),
        ("ends [x]", ("ends [x]", False)),
        ("...start", ("...start", False)),
        ("公司网站：www.gz-guangjian.com......", ("公司网站：www.gz-guangjian.com", True)),
        ("ends……", ("ends", True)),
    ],
)
def test_strip_cut_mark_examples(text: str, expected: tuple[str | None, bool]) -> None:
    assert normalize.strip_cut_mark(text) == expected


def test_strip_cut_mark_takes_one_mark_off_the_end() -> None:
    for text in _texts():
        stripped, cut = normalize.strip_cut_mark(text)
        if not cut:
            assert stripped == text, repr(text)
            continue
        rest = text.rstrip()
        run = rest[len(rest.rstrip(".…")):]  # a run of dots and ellipses ('......', '…….') is one mark
        mark = run if len(run) >= 2 or run == "…" else next(m for m in _CUT_MARKS if rest.endswith(m))
        assert (stripped or "") == rest[: -len(mark)].rstrip(), repr(text)
    assert normalize.strip_cut_mark(None) == (None, False)


def test_canonical_urls_have_no_fragment_no_tracking_and_are_stable() -> None:
    for url in EDGE_URLS:
        canon = normalize.canonical_url(url)
        parts = urlsplit(canon)
        assert not parts.fragment and canon == canon.strip()
        assert not any(normalize.TRACKING_PARAMS.match(k) for k, _ in parse_qsl(parts.query, keep_blank_values=True))
        assert parts.netloc == parts.netloc.lower() and not parts.netloc.endswith((":80", ":443"))
        assert normalize.canonical_url(canon) == canon, url  # canonical already: unchanged
        if parts.scheme in ("http", "https") and "." not in parts.path.rsplit("/", 1)[-1]:
            assert parts.path.endswith("/"), url


def test_slugs_are_cached_and_stable() -> None:
    for text in EDGE_TEXTS + ["Hong Kong", "hong-kong", "%E9%A6%99%E6%B8%AF", None]:
        first = normalize.slugify(text)
        assert normalize._cached_slugify(text) == first == normalize.slugify(text)
        if first:
            assert normalize.slugify(first) == first and first == first.strip("-")


# --- whole items ---------------------------------------------------------------------------


def _check_normalized(values: dict[str, Any], out: dict[str, Any]) -> None:
    for name in _TEXT_FIELDS:
        if name in values:
            assert (
                out[name]
                == normalize.clean_text(values[name] if name != "lede" else normalize.strip_cut_mark(values[name])[0])
                or out[name] == normalize.strip_cut_mark(normalize.clean_text(values[name]))[0]
            ), name
    assert (
        out["text_hash"]
        == hashlib.sha256(f"{out.get('headline') or ''}\n{out.get('excerpt') or ''}".encode()).hexdigest()
    )
    if out.get("url"):
        assert out["canonical_url"] == normalize.canonical_url(out["url"])
    if out.get("region_slug") and not values.get("regions"):
        assert out["regions"] == [out["region_slug"]]
    assert all(a and a == collapse(a) for a in out.get("authors") or [])


def test_normalize_item_on_real_items(real_items: list[TeaserItem]) -> None:
    for item in real_items:
        values = item.to_dict()
        out = normalize.normalize_item(values)
        assert values == item.to_dict()  # the input is left alone
        _check_normalized(values, out)
        assert normalize.normalize_item(out) == out  # normalising twice changes nothing


def test_normalize_item_on_edge_items() -> None:
    items = _random_items(_random_texts(500, seed=3) + EDGE_TEXTS * 10)
    for values in items:
        before = copy.deepcopy(values)
        out = normalize.normalize_item(values)
        assert values == before
        _check_normalized(values, out)
        if not any("&" in str(v) for v in values.values()):  # (unescaping "&amp;nbsp;" twice is not a no-op)
            again = normalize.normalize_item(out)  # (a lede's cut mark comes off once: "dots....." keeps "dots..")
            assert {k: v for k, v in again.items() if k not in ("lede", "text_hash")} == {
                k: v for k, v in out.items() if k not in ("lede", "text_hash")
            }, values


def test_normalize_reads_and_writes_only_its_fields(real_items: list[TeaserItem]) -> None:
    for values in [i.to_dict() for i in real_items[:100]] + [TeaserItem(url=u).to_dict() for u in EDGE_URLS]:
        full = normalize.normalize_item(values)
        part = normalize.normalize_item({name: values[name] for name in normalize.FIELDS})
        assert set(part) == set(normalize.FIELDS)
        assert {name: full[name] for name in normalize.FIELDS} == part
        assert {k: v for k, v in full.items() if k not in normalize.FIELDS} == {
            k: v for k, v in values.items() if k not in normalize.FIELDS
        }


def test_pipeline_gives_normalize_item_and_the_run_id(real_items: list[TeaserItem]) -> None:
    from scrapy.utils.test import get_crawler

    from pipelines.normalize import NormalizePipeline

    class Spider:
        run_id = "spider-run"

    crawler = get_crawler(settings_dict={"NEWSCRAWL_NORMALIZE_ENABLED": True})
    pipeline = NormalizePipeline(crawler)
    edge = [
        TeaserItem(**{k: v for k, v in values.items() if k in TeaserItem.__dataclass_fields__})
        for values in _random_items(_random_texts(300, seed=4))
        if "url" in values
    ]
    for item in real_items + edge:
        for spider in (Spider(), object()):
            expected = normalize.normalize_item(item.to_dict())
            expected["run_id"] = expected.get("run_id") or getattr(spider, "run_id", None)
            new = pipeline.process_item(copy.deepcopy(item), spider)
            assert new.to_dict() == expected
