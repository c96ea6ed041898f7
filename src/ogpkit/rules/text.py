"""Helpers that several rules share: walking the text of a commitment, CJK characters."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from ogpkit.yamlread import Path as DataPath

NARRATIVE = ("problem", "commitment", "contribution")
DATE_PATHS = (("period", "start"), ("period", "end"), ("submitted",))
_NOT_TEXT = frozenset({"id", "theme", "status", "lead_agencies", "supporting_agencies"})
_NOT_TEXT_PATHS = frozenset(
    {("contact", "email"), ("contact", "phone"), ("additional_info", "sdgs")}
)

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_WORD = re.compile(r"[A-Za-z0-9]+(?:[.'’-][A-Za-z0-9]+)*")


def is_cjk(character: str) -> bool:
    return bool(_CJK.fullmatch(character))


def prose(data: Any, path: DataPath = ()) -> Iterator[tuple[DataPath, str]]:
    """Every string of free text in a commitment's data, with its path.

    Identifiers, agency names, dates, statuses, e-mail, phone and SDG targets are left out.
    """
    if isinstance(data, dict):
        for key, value in data.items():
            child = (*path, key)
            if (not path and key in _NOT_TEXT) or child in _NOT_TEXT_PATHS:
                continue
            if isinstance(key, str) and key.startswith("x-"):
                continue
            if len(child) == 3 and child[0] == "milestones" and key in ("start", "end"):
                continue
            if child in DATE_PATHS:
                continue
            yield from prose(value, child)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from prose(value, (*path, index))
    elif isinstance(data, str):
        yield path, data


def date_paths(data: dict[str, Any]) -> Iterator[DataPath]:
    """The paths of every date of a commitment that is written in the file."""
    for path in DATE_PATHS:
        if value_at(data, path) is not None:
            yield path
    milestones = data.get("milestones")
    for index, milestone in enumerate(milestones if isinstance(milestones, list) else []):
        for key in ("start", "end"):
            if isinstance(milestone, dict) and milestone.get(key) is not None:
                yield ("milestones", index, key)


def value_at(data: Any, path: DataPath) -> Any:
    for segment in path:
        if isinstance(data, list) and isinstance(segment, int) and segment < len(data):
            data = data[segment]
        elif isinstance(data, dict):
            data = data.get(segment)
        else:
            return None
    return data


def text_length(text: str) -> int:
    """Length for readers: each CJK character counts one, each Latin word or number one."""
    cjk = len(_CJK.findall(text))
    words = len(_WORD.findall(_CJK.sub(" ", text)))
    return cjk + words


def squeeze(text: str) -> str:
    """Text for comparison: NFKC, case folded, without spaces, punctuation or symbols."""
    normalized = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in normalized if unicodedata.category(c)[0] in "LN")
