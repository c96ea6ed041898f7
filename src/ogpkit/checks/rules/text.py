"""Helpers that several rules share: walking the text of a commitment, CJK characters."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

from ogpkit.source.yaml_reader import Path as DataPath

NARRATIVE = ("problem", "commitment", "contribution")
DATE_PATHS = (("period", "start"), ("period", "end"), ("submitted",))
TOP_TEXT = ("title", *NARRATIVE)
NESTED_TEXT = (
    ("ogp_values", ("transparency", "participation", "accountability")),
    (
        "additional_info",
        ("budget", "related_programs", "national_plans", "anti_corruption_strategy", "other"),
    ),
    ("contact", ("name", "title", "department")),
    ("other_actors", ("government", "civil_society")),
)

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_NOT_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"[A-Za-z0-9]+(?:[.'’-][A-Za-z0-9]+)*")


def is_cjk(character: str) -> bool:
    return bool(_CJK.fullmatch(character))


def prose(data: dict[str, Any]) -> Iterator[tuple[DataPath, str]]:
    """Every string of free text in a commitment's data, with its path.

    Identifiers, agency names, dates, statuses, e-mail, phone and SDG targets are left out.
    """
    for key in TOP_TEXT:
        value = data.get(key)
        if isinstance(value, str):
            yield (key,), value
    for key, names in NESTED_TEXT:
        section = data.get(key)
        if isinstance(section, dict):
            for name in names:
                value = section.get(name)
                if isinstance(value, str):
                    yield (key, name), value
                elif isinstance(value, list):
                    for index, item in enumerate(value):
                        if isinstance(item, str):
                            yield (key, name, index), item
    milestones = data.get("milestones")
    for index, milestone in enumerate(milestones if isinstance(milestones, list) else ()):
        if isinstance(milestone, dict):
            for name in ("indicator", "evidence"):
                value = milestone.get(name)
                if isinstance(value, str):
                    yield ("milestones", index, name), value


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
