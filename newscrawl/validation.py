"""Validate items against TeaserItem's JSON Schema (types, formats, enums, required fields). No Scrapy.

The schema is the one ``newscrawl.schema`` generates from ``newscrawl/items.py`` (and writes to
``newscrawl/schema/teaser-item.schema.json``; a test keeps the file equal to it), built once per
process: fastjsonschema checks it on the crawl's hot path, jsonschema explains a failure.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from newscrawl.schema import build_schema


class ItemValidationError(ValueError):
    """An item breaks the schema; the message names every field concerned, on one line."""


@lru_cache(maxsize=1)
def _validator() -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(build_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


@lru_cache(maxsize=1)
def _fast_check() -> Any:
    """The schema compiled to Python code by fastjsonschema: ~35x faster than jsonschema on
    the crawl's hot path, where nearly every item is valid. It never writes into the item
    (no defaults filled in), so it may be given an item's own attribute dict."""
    import fastjsonschema

    return fastjsonschema.compile(build_schema(), use_default=False)


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


def validate_item(item: dict[str, Any]) -> None:
    """Raise ItemValidationError (naming the fields) when ``item`` breaks the schema."""
    errors = validation_errors(item)
    if errors:
        raise ItemValidationError("; ".join(errors))
