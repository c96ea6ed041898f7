"""What can be read of a commitment whose shape is wrong, so that the rest is still checked.

A file with one empty milestone date is still a file of seventeen other fields: lint and the
plan's checks should judge those. `partial_commitment` builds a Commitment from the top-level
fields that are valid on their own; the fields that are not are absent from it, and a check
that needs one of them cannot run on this file (the lint engine says which were skipped).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Any

from pydantic import TypeAdapter, ValidationError

from ogpkit.plan.model import Commitment


@lru_cache(maxsize=64)
def _adapter(name: str) -> TypeAdapter[Any]:
    info = Commitment.model_fields[name]
    annotation: Any = info.annotation
    if info.metadata:
        annotation = Annotated[(annotation, *info.metadata)]
    return TypeAdapter(annotation)


def partial_commitment(data: dict[str, Any]) -> tuple[Commitment, list[str]]:
    """A Commitment of the fields of `data` that are valid, and the names of those that are
    missing or invalid."""
    values: dict[str, Any] = {}
    unread: list[str] = []
    for name, info in Commitment.model_fields.items():
        if name not in data:
            if info.is_required():
                unread.append(name)
            continue
        try:
            values[name] = _adapter(name).validate_python(data[name])
        except ValidationError:
            unread.append(name)
    return Commitment.model_construct(**values), unread
