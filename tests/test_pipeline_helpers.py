"""The pipelines' TeaserItem shortcuts give what ItemAdapter / to_dict() give, valid or not."""

from __future__ import annotations

import copy
import dataclasses
from typing import Any

import pytest
from itemadapter import ItemAdapter

from newscrawl.items import FIELD_NAMES, TeaserItem
from newscrawl.pipelines._common import item_dict, item_get, item_values
from newscrawl.validation import validation_errors


@dataclasses.dataclass(kw_only=True)
class WiderItem(TeaserItem):
    extra_field: str | None = "wide"


def _variants() -> list[Any]:
    base = dict(
        url="https://example.org/en/2026/01/05/1/",
        headline="H",
        excerpt="E...",
        authors=["A"],
        regions=["china"],
        scraped_at="2026-01-10T08:00:00Z",
        published="2026-01-05",
    )
    items: list[Any] = [TeaserItem(**base), TeaserItem(url="https://example.org/x/"), WiderItem(**base)]
    for change in (
        {"page": "2"},
        {"authors": ("A", "B")},
        {"authors": "AB"},
        {"regions": ("x",)},
        {"published": "2026-02-30"},
        {"scraped_at": "yesterday"},
        {"url": ""},
        {"placement": "top"},
        {"split_confidence": True},
        {"listing_kind": "page"},
        {"authors": ["A", None]},
    ):
        item = TeaserItem(**base)
        for name, value in change.items():
            setattr(item, name, value)
        items.append(item)
    with_attribute = TeaserItem(**base)
    with_attribute.not_a_field = 1  # type: ignore[attr-defined]
    items.append(with_attribute)
    reordered = TeaserItem(**base)
    del reordered.headline  # the class default (None) shows through, as in to_dict()
    items.append(reordered)
    items.append({"url": "https://example.org/", "headline": "dict item", "authors": [], "regions": []})
    return items


@pytest.mark.parametrize("item", _variants(), ids=lambda i: type(i).__name__)
def test_item_values_is_item_dict_and_validates_the_same(item: Any) -> None:
    before = copy.deepcopy(item)
    values = item_values(item)
    assert values == item_dict(item)
    assert validation_errors(values) == validation_errors(item_dict(item))
    assert (item.__dict__ if hasattr(item, "__dict__") else item) == (
        before.__dict__ if hasattr(before, "__dict__") else before
    )


def test_invalid_items_stay_invalid_through_item_values() -> None:
    invalid = [i for i in _variants() if validation_errors(item_dict(i))]
    assert len(invalid) >= 8
    assert all(validation_errors(item_values(i)) for i in invalid)
    plain = TeaserItem(url="https://example.org/x/")
    assert item_values(plain) is plain.__dict__  # the shortcut is taken for a plain item


@pytest.mark.parametrize("item", _variants(), ids=lambda i: type(i).__name__)
def test_item_get_is_itemadapter_get(item: Any) -> None:
    for name in (*FIELD_NAMES, "extra_field", "not_a_field", "to_dict"):
        assert item_get(item, name) == ItemAdapter(item).get(name), name
