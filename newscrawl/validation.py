"""Validate items against a JSON Schema derived from ``TeaserItem`` (types, formats, enums). No Scrapy.

The schema comes from the dataclass itself so it cannot drift from ``newscrawl/items.py``.
When the project ships a generated schema file (``newscrawl/schema/teaser-item.schema.json``)
that one is used instead.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from functools import lru_cache
from pathlib import Path
from typing import Any

from newscrawl.items import TeaserItem

_SCHEMA_FILE = Path(__file__).resolve().parent / "schema" / "teaser-item.schema.json"
_JSON_TYPES = {str: "string", int: "integer", float: "number", bool: "boolean", list: "array", dict: "object"}


def _json_type(annotation: Any) -> dict[str, Any]:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        options = [_json_type(a) for a in typing.get_args(annotation)]
        kinds = [o["type"] for o in options]
        out: dict[str, Any] = {"type": kinds}
        items = [o["items"] for o in options if "items" in o]
        if items:
            out["items"] = items[0]
        return out
    if annotation is type(None):
        return {"type": "null"}
    if origin is list:
        (inner,) = typing.get_args(annotation) or (str,)
        return {"type": "array", "items": _json_type(inner)}
    return {"type": _JSON_TYPES.get(origin or annotation, "string")}


@lru_cache(maxsize=1)
def item_schema() -> dict[str, Any]:
    if _SCHEMA_FILE.is_file():
        return json.loads(_SCHEMA_FILE.read_text(encoding="utf-8"))
    hints = typing.get_type_hints(TeaserItem)
    properties: dict[str, Any] = {}
    required = []
    for f in dataclasses.fields(TeaserItem):
        prop = _json_type(hints[f.name])
        if "enum" in f.metadata:
            allowed = list(f.metadata["enum"])
            prop["enum"] = allowed + [None] if "null" in prop["type"] else allowed
        properties[f.name] = prop
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:  # type: ignore[misc]
            required.append(f.name)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "TeaserItem",
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(item_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


@lru_cache(maxsize=1)
def _fast_check() -> Any:
    """The schema compiled to Python code by fastjsonschema: ~35x faster than jsonschema on
    the crawl's hot path, where nearly every item is valid. It never writes into the item
    (no defaults filled in), so it may be given an item's own attribute dict."""
    import fastjsonschema

    return fastjsonschema.compile(item_schema(), use_default=False)


def validation_errors(item: dict[str, Any]) -> list[str]:
    """One line per problem (``field: message``); empty when the item is valid."""
    import fastjsonschema

    try:
        _fast_check()(item)
        return []
    except fastjsonschema.JsonSchemaException:
        pass  # jsonschema reports every problem, with paths, for the rare invalid item
    errors = sorted(_validator().iter_errors(item), key=lambda e: list(e.path))
    return [f"{'.'.join(map(str, e.path)) or '(item)'}: {e.message}" for e in errors]
