"""Helpers shared by the pipelines."""

from __future__ import annotations

from typing import Any

from itemadapter import ItemAdapter

from newscrawl.items import TeaserItem


def item_dict(item: Any) -> dict[str, Any]:
    """A plain dict of an item: TeaserItem.to_dict() (cheap) or ItemAdapter for other item types."""
    if isinstance(item, TeaserItem):
        return item.to_dict()
    return ItemAdapter(item).asdict()
