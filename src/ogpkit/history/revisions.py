"""The revisions of one commitment file: when it changed and which of its fields changed.

Filled by the field history's one walk (`ogpkit.history.field_history`), one version at a
time, oldest first. Fields are named as the comparison table names them
(`ogpkit.history.compare.fields_of`): a top-level key, `ogp_values.<value>`, and
`milestones.<n>` counted from 1. The English (`en:`) and the submission date are not revisions
of the plan's text and are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

IGNORED = frozenset({"en", "submitted"})
EXPANDED = ("ogp_values",)


@dataclass(frozen=True)
class FileRevision:
    """A commit that changed the file: its time, the fields it changed (none when it added it)."""

    when: datetime
    fields: tuple[str, ...]
    added: bool = False


def revision_fields(data: dict[Any, Any]) -> dict[str, Any]:
    """The fields of a version of a commitment file, by their comparison-table key."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        if not isinstance(key, str) or key in IGNORED or key.startswith("x-"):
            continue
        if key in EXPANDED and isinstance(value, dict):
            out.update({f"{key}.{k}": v for k, v in value.items() if v not in (None, "")})
        elif key == "milestones" and isinstance(value, list):
            out.update({f"milestones.{n}": m for n, m in enumerate(value, 1)})
        else:
            out[key] = value
    return out


def changed_fields(before: dict[str, Any], after: dict[str, Any]) -> tuple[str, ...]:
    """The keys whose value differs, in the order of `after`, then the keys removed."""
    return tuple(k for k in dict.fromkeys([*after, *before]) if before.get(k) != after.get(k))
