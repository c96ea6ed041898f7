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
_NOT_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"[A-Za-z0-9]+(?:[.'’-][A-Za-z0-9]+)*")


def is_cjk(character: str) -> bool:
    return bool(_CJK.fullmatch(character))


def prose(data: Any, path: DataPath = ()) -> Iterator[tuple[DataPath, str]]:
    """Every string of free text in a commitment's data, with its path.

    Identifiers, agency names, dates, statuses, e-mail, phone and SDG targets are left out.
    """
    if not path and isinstance(data, dict):
        for key, value in data.items():
            if key in _NOT_TEXT or key in ("period", "submitted") or str(key).startswith("x-"):
                continue
            if key == "milestones" and isinstance(value, list):
                for index, milestone in enumerate(value):
                    if isinstance(milestone, dict):
                        for name in ("indicator", "evidence"):
                            text = milestone.get(name)
                            if isinstance(text, str):
                                yield ("milestones", index, name), text
                continue
            yield from _strings(value, (key,))
    else:
        yield from _strings(data, path)


def _strings(data: Any, path: DataPath) -> Iterator[tuple[DataPath, str]]:
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            child = (*path, key)
            if child not in _NOT_TEXT_PATHS and not str(key).startswith("x-"):
                yield from _strings(value, child)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _strings(value, (*path, index))


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


def at_least(text: str, minimum: int) -> bool:
    """Whether `text_length(text) >= minimum`, mostly without counting the whole text."""
    if len(text) < minimum:
        return False
    head = text[: 2 * minimum]
    return len(_CJK.findall(head)) >= minimum or text_length(text) >= minimum


def text_length(text: str) -> int:
    """Length for readers: each CJK character counts one, each Latin word or number one."""
    cjk = len(_CJK.findall(text))
    words = len(_WORD.findall(_CJK.sub(" ", text)))
    return cjk + words


def squeeze(text: str) -> str:
    """Text for comparison: NFKC, case folded, without spaces, punctuation or symbols."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())
