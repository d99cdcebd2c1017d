"""The JSON-lines exporter's TeaserItem fast path writes the bytes Scrapy's own exporter writes."""

from __future__ import annotations

import io
from typing import Any

import pytest
from scrapy.exporters import JsonLinesItemExporter

from newscrawl.crawl import project_settings
from newscrawl.extensions.exporters import TeaserJsonLinesItemExporter
from newscrawl.items import FIELD_NAMES, TeaserItem


def _items() -> list[TeaserItem]:
    plain = TeaserItem(
        url="https://example.org/en/2026/01/05/1/",
        headline="Strike spreads",
        excerpt="Workers...",
        lede="Workers",
        truncated=True,
        split_confidence=0.75,
        page=3,
        position=1,
        authors=["Ana Souza", "Kenji Mori"],
        regions=["china"],
        region_slug="china",
    )
    cjk = TeaserItem(
        url="https://example.org/zh/2026/01/05/2/",
        headline="香港工人罷工 “Stability” – for whom?",
        excerpt='Café\u00a0tabs\tand \\ backslashes "quoted" 😀',
        byline="Dikang, 社會主義行動 (CWI in Hong Kong)",
        organisation="社會主義行動",
        affiliation="CWI in Hong Kong",
        authors=["Dikang"],
        split_confidence=1.0,
        truncated=False,
        category="中國",
        note="(first published\non 8 January)",
    )
    empty = TeaserItem(url="https://example.org/x/")
    floats = TeaserItem(url="https://example.org/y/", split_confidence=1e-07, page=0, position=-1, placement="sidebar")
    return [plain, cjk, empty, floats]


def _export(cls: type[JsonLinesItemExporter], items: list[Any], **options: Any) -> bytes:
    buffer = io.BytesIO()
    exporter = cls(buffer, **options)
    exporter.start_exporting()
    for item in items:
        exporter.export_item(item)
    exporter.finish_exporting()
    return buffer.getvalue()


@pytest.mark.parametrize(
    "options",
    [
        {"fields_to_export": list(FIELD_NAMES), "encoding": "utf-8"},  # what the feeds use
        {"fields_to_export": None, "encoding": "utf-8"},
        {"fields_to_export": None},  # no encoding: Scrapy escapes non-ASCII
        {"fields_to_export": ["headline", "url", "authors", "truncated"], "encoding": "utf-8"},  # subset, reordered
        {"fields_to_export": list(reversed(FIELD_NAMES)), "encoding": "utf-8"},
        {"fields_to_export": ["url", "headline", "url"], "encoding": "utf-8"},  # a repeated name
        {"fields_to_export": ["url", "no_such_field"], "encoding": "utf-8"},
        {"fields_to_export": ["url", "no_such_field"], "export_empty_fields": True, "encoding": "utf-8"},
        {"fields_to_export": {"url": "link", "headline": "title"}, "encoding": "utf-8"},  # renamed
        {"fields_to_export": ["url", ("headline", "title")], "export_empty_fields": True, "encoding": "utf-8"},
        {"fields_to_export": ["headline"], "encoding": "latin-1", "ensure_ascii": False},
        {"fields_to_export": [], "encoding": "utf-8"},
        {"fields_to_export": None, "encoding": "utf-8", "sort_keys": True},
    ],
)
def test_teaser_items_export_byte_identical_to_scrapy(options: dict[str, Any]) -> None:
    items = [i for i in _items() if options.get("encoding") != "latin-1" or i.headline is None or i.headline.isascii()]
    expected = _export(JsonLinesItemExporter, items, **options)
    assert expected.count(b"\n") == len(items)
    assert _export(TeaserJsonLinesItemExporter, items, **options) == expected


def test_items_changed_after_construction_export_as_scrapy_does() -> None:
    extra, reassigned, deleted = _items()[:3]
    extra.something_else = "not a field"  # type: ignore[attr-defined]
    del reassigned.headline
    reassigned.headline = "back, but last in __dict__"
    del deleted.regions
    for options in ({"fields_to_export": list(FIELD_NAMES), "encoding": "utf-8"}, {"encoding": "utf-8"}):
        expected = _export(JsonLinesItemExporter, [extra, reassigned], **options)
        assert b"not a field" not in expected and b"back, but last" in expected
        assert _export(TeaserJsonLinesItemExporter, [extra, reassigned], **options) == expected
    # A deleted field: left out when no fields are listed, an error when they are (as in Scrapy).
    expected = _export(JsonLinesItemExporter, [deleted], encoding="utf-8")
    assert b'"regions"' not in expected
    assert _export(TeaserJsonLinesItemExporter, [deleted], encoding="utf-8") == expected
    for cls in (JsonLinesItemExporter, TeaserJsonLinesItemExporter):
        with pytest.raises(AttributeError, match="regions"):
            _export(cls, [deleted], fields_to_export=list(FIELD_NAMES))


def test_other_items_and_changed_options_go_scrapy_s_way() -> None:
    items: list[Any] = [{"url": "https://example.org/", "b": [1, None, True]}, *_items()]
    expected = _export(JsonLinesItemExporter, items, encoding="utf-8")
    assert _export(TeaserJsonLinesItemExporter, items, encoding="utf-8") == expected

    buffer = io.BytesIO()
    exporter = TeaserJsonLinesItemExporter(buffer, fields_to_export=["url"], encoding="utf-8")
    exporter.export_item(_items()[0])
    exporter.fields_to_export = ["headline"]  # the layout follows the options
    exporter.export_item(_items()[0])
    assert buffer.getvalue() == b'{"url": "https://example.org/en/2026/01/05/1/"}\n{"headline": "Strike spreads"}\n'


def test_a_subclass_with_a_serializer_keeps_it() -> None:
    def upper(cls: type[JsonLinesItemExporter]) -> type[JsonLinesItemExporter]:
        class Upper(cls):  # type: ignore[misc, valid-type]
            def serialize_field(self, field: Any, name: str, value: Any) -> Any:
                return value.upper() if isinstance(value, str) else value

        return Upper

    out = _export(upper(TeaserJsonLinesItemExporter), _items(), encoding="utf-8")
    assert b"STRIKE SPREADS" in out
    assert out == _export(upper(JsonLinesItemExporter), _items(), encoding="utf-8")


def test_feeds_use_it_for_json_lines() -> None:
    exporters = project_settings({}).getwithbase("FEED_EXPORTERS")
    for fmt in ("jsonlines", "jsonl", "jl"):
        assert exporters[fmt] == "newscrawl.extensions.exporters.TeaserJsonLinesItemExporter"
    assert exporters["json"] == "scrapy.exporters.JsonItemExporter"


def test_teaser_items_skip_the_per_field_path(monkeypatch: pytest.MonkeyPatch) -> None:
    from scrapy.exporters import BaseItemExporter

    calls = []
    original = BaseItemExporter.get_serialized_fields

    def counting(self: BaseItemExporter, item: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(type(item).__name__)
        return original(self, item, *args, **kwargs)

    monkeypatch.setattr(BaseItemExporter, "get_serialized_fields", counting)
    out = _export(TeaserJsonLinesItemExporter, _items() * 5, fields_to_export=list(FIELD_NAMES), encoding="utf-8")
    assert out.count(b"\n") == 20
    assert len(calls) == 1  # the layout, worked out once
