"""The JSON Schema and docs/schema.md are generated from TeaserItem and committed in sync, and
items are validated against that same schema."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import REPO
from newscrawl.items import TeaserItem
from newscrawl.normalize import normalize_item
from newscrawl.schema import DOCS_PATH, SCHEMA_PATH, build_schema, schema_json, schema_markdown
from newscrawl.validation import ItemValidationError, validate_item, validation_errors


def test_committed_schema_files_equal_the_generated_ones() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_json()
    assert DOCS_PATH.read_text(encoding="utf-8") == schema_markdown()
    check = subprocess.run([sys.executable, "-m", "newscrawl.schema", "--check"], cwd=REPO, capture_output=True,
                           text=True)
    assert check.returncode == 0, check.stderr


def test_validation_checks_the_generated_schema_itself() -> None:
    """One generator: the checkers are built from build_schema(), required fields and formats included."""
    from newscrawl.validation import _fast_check, _validator

    schema = build_schema()
    assert _validator().schema == schema == json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert {"url", "authors", "regions", "truncated", "placement", "schema_version"} <= set(schema["required"])
    assert schema["properties"]["published"]["format"] == "date"
    item = TeaserItem(url="https://chinaworker.info/en/2026/01/05/1/").to_dict()
    del item["authors"]
    assert validation_errors(item) == ["(item): 'authors' is a required property"]
    with pytest.raises(Exception, match="must contain"):
        _fast_check()(item)


@pytest.mark.parametrize("field", ["authors", "regions"])
def test_a_string_where_a_list_belongs_is_rejected_not_split_into_letters(field: str) -> None:
    item = TeaserItem(url="https://chinaworker.info/en/2026/01/05/1/")
    setattr(item, field, "Jane Doe")  # what a careless caller might pass
    values = item.to_dict()
    assert values[field] == "Jane Doe"  # not ['J', 'a', 'n', 'e', ...]
    assert validation_errors(values) == [f"{field}: 'Jane Doe' is not of type 'array'"]
    assert validation_errors(normalize_item(values)) == [f"{field}: 'Jane Doe' is not of type 'array'"]
    # A tuple of names is a list of names.
    assert TeaserItem(url="https://x.org/1/", authors=("A", "B")).to_dict()["authors"] == ["A", "B"]  # type: ignore[arg-type]


def test_validate_item_accepts_a_default_item_and_names_bad_fields() -> None:
    validate_item(TeaserItem(url="https://chinaworker.info/en/2026/01/05/1/").to_dict())
    bad = TeaserItem(url="https://chinaworker.info/en/2026/01/05/1/").to_dict()
    bad.update(published="2026-13-40", placement="top", extra=1)
    with pytest.raises(ItemValidationError) as info:
        validate_item(bad)
    message = str(info.value)
    assert "Additional properties are not allowed ('extra' was unexpected)" in message
    assert "placement: 'top' is not one of ['main', 'sidebar']" in message
    assert "published: '2026-13-40' is not a 'date'" in message


@pytest.mark.parametrize("change", [
    {}, {"page": 2}, {"page": 2.0}, {"page": True}, {"page": "2"}, {"split_confidence": 1}, {"split_confidence": False},
    {"published": "2026-01-05"}, {"published": "20260105"}, {"published": "2026-02-30"},
    {"scraped_at": "2026-01-01T00:00:00Z"}, {"scraped_at": "2026-01-01T00:00:00"},
    {"scraped_at": "2026-01-01 00:00:00Z"}, {"scraped_at": "2026-01-01T00:00:00.5+08:00"}, {"placement": "sidebar"},
    {"placement": None}, {"listing_kind": None}, {"listing_kind": "page"}, {"authors": ["A", 1]}, {"authors": None},
    {"authors": "A"}, {"url": ""}, {"extra": 1}, {"regions": ["a", None]}, {"regions": "a"},
])
def test_fastjsonschema_never_accepts_what_jsonschema_rejects(change: dict) -> None:
    import fastjsonschema

    from newscrawl.validation import _fast_check, _validator

    data = TeaserItem(url="https://chinaworker.info/en/2026/01/05/1/").to_dict()
    data.update(change)
    try:
        _fast_check()(data)
    except fastjsonschema.JsonSchemaException:
        return
    assert _validator().is_valid(data)
