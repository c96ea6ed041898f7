"""Parallel text: the English of a commitment, kept in the same file under `en:`.

The Chinese stays the source. A commitment file may end with an `en:` mapping whose keys are
the paths of the Chinese fields, written with dots, list items counted from 1:

    en:
      title: Open government procurement data
      problem: |
        Public procurement …
      milestones.1.indicator: By December 2020, three fields added to …

The mechanism is general: every text of the file that holds a Chinese character is
translatable, whatever its key, except the keys in NOT_TRANSLATED (identifiers, dates,
agencies, people and their contacts, which have English names elsewhere or none). A field
added to the model later (progress notes, consultation responses) gets English the same way.
"""

from __future__ import annotations

import re
from typing import Any

from ogpkit.source.yaml_reader import Path as DataPath

ENGLISH_KEY = "en"
NOT_TRANSLATED = frozenset(
    {
        ENGLISH_KEY,
        "id",
        "theme",
        "period",
        "start",
        "end",
        "due",
        "date",
        "status",
        "submitted",
        "lead_agencies",
        "supporting_agencies",
        "agencies",
        "agency",
        "sdgs",
        "contact",
        "email",
        "phone",
        "url",
        "other_actors",
    }
)
_CHINESE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")


def key_of(path: DataPath) -> str:
    """`("milestones", 0, "indicator")` → `milestones.1.indicator`."""
    return ".".join(str(s + 1) if isinstance(s, int) else s for s in path)


def path_of(key: str) -> DataPath:
    """`milestones.1.indicator` → `("milestones", 0, "indicator")`."""
    return tuple(int(s) - 1 if s.isdigit() and int(s) > 0 else s for s in key.split("."))


def has_chinese(text: str) -> bool:
    return _CHINESE.search(text) is not None


def _collect(value: Any, key: str | None, found: dict[str, str]) -> None:
    """Every text under `value` into `found` by key (`key_of` of its path), in document order;
    the key is built as the walk goes, one string a value (a 1 MB file has some 30,000)."""
    if isinstance(value, str):
        if key is not None:
            found[key] = value
    elif isinstance(value, dict):
        for name, item in value.items():
            if isinstance(name, str) and name not in NOT_TRANSLATED and not name.startswith("x-"):
                _collect(item, name if key is None else f"{key}.{name}", found)
    elif isinstance(value, list):
        for index, item in enumerate(value, 1):
            _collect(item, str(index) if key is None else f"{key}.{index}", found)


def texts(data: dict[str, Any] | None) -> dict[str, str]:
    """Every text of a commitment's data that may have English, by key, Chinese or not."""
    found: dict[str, str] = {}
    if isinstance(data, dict):
        _collect(data, None, found)
    return found


def sources(data: dict[str, Any] | None) -> dict[str, str]:
    """Every translatable Chinese text of a commitment's data, by key (`milestones.1.indicator`)."""
    return {key: text for key, text in texts(data).items() if has_chinese(text)}


def english(data: dict[str, Any] | None) -> dict[str, str]:
    """The English texts written under `en:`, by key; entries that are not text are left out."""
    block = data.get(ENGLISH_KEY) if isinstance(data, dict) else None
    if not isinstance(block, dict):
        return {}
    return {str(k): v for k, v in block.items() if isinstance(v, str) and v.strip()}


def set_at(data: Any, path: DataPath, value: str) -> None:
    *parents, last = path
    for segment in parents:
        data = data[segment]
    data[last] = value
