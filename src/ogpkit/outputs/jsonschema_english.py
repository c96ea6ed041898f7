"""The keys of a commitment's `en:` block in its schema: the path of a translatable field,
list items counted from 1 (`milestones.2.indicator`), as the `translation-key` rule wants."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel

from ogpkit.plan.fields import model_of
from ogpkit.plan.translation import NOT_TRANSLATED

ITEM = r"\.[1-9][0-9]*"


def _is_list(annotation: Any) -> bool:
    if typing.get_origin(annotation) is list:
        return True
    return any(_is_list(argument) for argument in typing.get_args(annotation))


def _is_mapping(annotation: Any) -> bool:
    if typing.get_origin(annotation) is dict:
        return True
    return any(_is_mapping(argument) for argument in typing.get_args(annotation))


def key_patterns(model: type[BaseModel], prefix: str = "") -> Iterator[str]:
    """A pattern of each translatable key below `model` (every value is text to ogpkit's
    reader, so every field that is not a mapping counts)."""
    for name, info in model.model_fields.items():
        if name in NOT_TRANSLATED or _is_mapping(info.annotation):
            continue
        key = f"{prefix}{name}" + (ITEM if _is_list(info.annotation) else "")
        inner = model_of(info.annotation)
        if inner is None:
            yield key
        else:
            yield from key_patterns(inner, key + r"\.")


def with_english_keys(schema: dict[str, Any], model: type[BaseModel]) -> dict[str, Any]:
    """The commitment schema with the keys of `en:` limited to translatable paths."""
    pattern = "^(?:" + "|".join(key_patterns(model)) + ")$"
    for branch in schema["properties"]["en"]["anyOf"]:
        if branch.get("type") == "object":
            branch["propertyNames"] = {"pattern": pattern}
    return schema
