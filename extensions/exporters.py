"""TeaserJsonLinesItemExporter: Scrapy's JSON-lines exporter, with a fast path for TeaserItem.

Scrapy's exporter reads each of an item's 32 fields through ItemAdapter (field metadata, a
serializer lookup and a generator step per field), which costs more per item than the rest
of the export. A TeaserItem's fields are fixed, so which attribute goes under which key is
worked out once, by running Scrapy's own ``get_serialized_fields`` on a probe item whose values
name their fields; each item is then read with plain attribute access and encoded with the
exporter's own encoder. The lines are byte for byte those Scrapy writes (tests compare them).
Other items, and exporters given custom serializers, take Scrapy's path unchanged.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from operator import attrgetter
from typing import Any

from scrapy.exporters import BaseItemExporter, JsonLinesItemExporter
from scrapy.utils.python import to_bytes

from newscrawl.items import FIELD_NAMES, TeaserItem

#: Scrapy applies a field's "serializer" metadata; the fast path has none to apply.
_HAS_SERIALIZERS = any("serializer" in f.metadata for f in dataclasses.fields(TeaserItem))

#: Builds the dict to encode from a TeaserItem.
_RowBuilder = Callable[[TeaserItem], dict[str, Any]]


class _Probe:
    """Stands in for a field's value, to see where Scrapy puts it."""

    __slots__ = ("field",)

    def __init__(self, field: str) -> None:
        self.field = field


class TeaserJsonLinesItemExporter(JsonLinesItemExporter):
    def __init__(self, file: Any, **kwargs: Any) -> None:
        super().__init__(file, **kwargs)
        self._plan_for: tuple[Any, bool] | None = None
        self._row: _RowBuilder | None = None

    def export_item(self, item: Any) -> None:
        # The exact type: a subclass may declare more fields.
        row = self._row_builder() if type(item) is TeaserItem else None
        if row is None:
            super().export_item(item)
            return
        try:
            itemdict = row(item)
        except AttributeError:  # a field deleted from the instance: Scrapy skips it, let it
            super().export_item(item)
            return
        data = self.encoder.encode(itemdict) + "\n"
        self.file.write(to_bytes(data, self.encoding))

    def _row_builder(self) -> _RowBuilder | None:
        """The TeaserItem row builder for the current export options; None = Scrapy's path."""
        key = (self.fields_to_export, self.export_empty_fields)
        if self._plan_for is None or key[0] is not self._plan_for[0] or key[1] != self._plan_for[1]:
            self._plan_for, self._row = key, self._build_row()
        return self._row

    def _build_row(self) -> _RowBuilder | None:
        cls = type(self)
        if _HAS_SERIALIZERS or cls.serialize_field is not BaseItemExporter.serialize_field \
                or cls.get_serialized_fields is not BaseItemExporter.get_serialized_fields:
            return None
        if not isinstance(self.fields_to_export, (list, tuple, Mapping, type(None))):
            return None  # e.g. an iterator, which Scrapy would use up on the first item
        probe = TeaserItem.__new__(TeaserItem)
        for name in FIELD_NAMES:
            setattr(probe, name, _Probe(name))
        try:
            # dict(), as JsonLinesItemExporter.export_item does: a repeated key keeps its first
            # place and its last value.
            layout = dict(self.get_serialized_fields(probe))
        except Exception:  # options Scrapy itself would fail on: leave the failing to Scrapy
            return None
        keys = tuple(layout)
        sources = [v.field if isinstance(v, _Probe) else v for v in layout.values()]
        if not all(isinstance(s, str) for s in sources):
            # Some keys get a constant (a field missing with export_empty_fields): rare.
            getters = [attrgetter(s) if isinstance(s, str) else (lambda _item, s=s: s) for s in sources]
            return lambda item: {k: get(item) for k, get in zip(keys, getters, strict=False)}
        if len(sources) == 1:
            get_one = attrgetter(sources[0])
            return lambda item: {keys[0]: get_one(item)}
        if not sources:
            return lambda item: {}
        get_all = attrgetter(*sources)
        if keys != tuple(sources):  # renamed fields
            return lambda item: dict(zip(keys, get_all(item), strict=False))

        def row(item: TeaserItem) -> dict[str, Any]:
            # A dataclass keeps its fields in __dict__, in declaration order: when that is the
            # layout (the feeds' usual one) it can be encoded as it is, without a copy.
            values = item.__dict__
            return values if tuple(values) == keys else dict(zip(keys, get_all(item), strict=False))

        return row
