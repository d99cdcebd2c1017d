"""Helpers shared by the pipelines."""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter

from newscrawl.items import FIELD_NAMES, TeaserItem

_FIELD_SET = frozenset(FIELD_NAMES)


def item_dict(item: Any) -> dict[str, Any]:
    """A plain dict of an item: TeaserItem.to_dict() (cheap) or ItemAdapter for other item types."""
    if isinstance(item, TeaserItem):
        return item.to_dict()
    return ItemAdapter(item).asdict()


def item_values(item: Any) -> dict[str, Any]:
    """The item's fields as :func:`item_dict` gives them, for reading only: a TeaserItem's own
    ``__dict__`` (no copy) when it holds exactly what ``to_dict()`` would copy."""
    if type(item) is TeaserItem:  # exactly: a subclass may declare more fields or its own to_dict
        values = item.__dict__
        # to_dict() copies the lists with list(): the same values only when they are lists.
        if values.keys() == _FIELD_SET and type(values["authors"]) is list and type(values["regions"]) is list:
            return values
    return item_dict(item)


def item_get(item: Any, name: str) -> Any:
    """``ItemAdapter(item).get(name)``, by plain attribute access for a TeaserItem."""
    if type(item) is TeaserItem:  # exactly: a subclass may declare more fields
        return getattr(item, name) if name in _FIELD_SET else None
    return ItemAdapter(item).get(name)
