"""Validation of a document's data against a model, with each pydantic error turned into a
Problem at the line and column of the offending key or value, in words a user can act on."""

from __future__ import annotations

import re
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from ogpkit.plan.fields import FieldLabel, model_at
from ogpkit.plan.words import key_for_title, status_for_word
from ogpkit.report.message import Message, excerpt, listing, msg
from ogpkit.report.problem import Problem
from ogpkit.report.suggest import closest
from ogpkit.source.document import Document
from ogpkit.source.yaml_reader import Path

M = TypeVar("M", bound=BaseModel)


def validate_shape(document: Document, model: type[M]) -> tuple[M | None, list[Problem]]:
    """The model built from the document's data, or None and the problems that prevent it."""
    if document.data is None:
        return None, []
    try:
        return model.model_validate(document.data), []
    except ValidationError as error:
        details = _without_misspelled_missing(model, error.errors())
        problems = [_problem(document, model, detail) for detail in details]
        return None, sorted(set(problems), key=lambda p: p.sort_key)


def _without_misspelled_missing(
    model: type[BaseModel], details: list[ErrorDetails]
) -> list[ErrorDetails]:
    """Drop "missing key K" where an unknown key nearby is a misspelling of K: one problem, not two."""
    misspelled = set()
    for detail in details:
        if detail["type"] == "extra_forbidden":
            path = _path(detail)
            parent = model_at(model, path[:-1])
            suggestion = closest(str(path[-1]), parent.model_fields) if parent else None
            if suggestion:
                misspelled.add((*path[:-1], suggestion))
    return [d for d in details if not (d["type"] == "missing" and _path(d) in misspelled)]


def _path(detail: ErrorDetails) -> Path:
    """The location in the data: pydantic's loc without union and validator segments."""
    return tuple(s for s in detail["loc"] if isinstance(s, int) or not _is_internal(s))


def _is_internal(segment: str) -> bool:
    return "[" in segment or segment.startswith("function-") or segment in ("str", "int")


def _problem(document: Document, model: type[BaseModel], detail: ErrorDetails) -> Problem:
    path = _path(detail)
    kind = detail["type"]
    label = FieldLabel(model, path)
    if kind == "missing":
        message = msg("The required key {field} is missing; add it", field=label)
        return document.problem(path[:-1], "required-key", message, key=True)
    if kind == "extra_forbidden":
        parent = model_at(model, path[:-1])
        english = key_for_title(parent, str(path[-1])) if parent else None
        if english:
            message = msg(
                "{written!r} is the template's Chinese name of the key {key}; write the key as {key}: (ogpkit lint --fix does it)",
                written=str(path[-1]),
                key=english,
            )
            return document.problem(path, "chinese-key", message, key=True)
        return document.problem(path, "unknown-key", _unknown_key(model, path), key=True)
    if kind.startswith("date_"):
        rule = "date-format"
        message = _date_message(kind, detail["input"], label)
    else:
        rule = "value-type"
        message = _type_message(kind, detail, label)
    return document.problem(path, rule, message)


def _unknown_key(model: type[BaseModel], path: Path) -> Message:
    key = str(path[-1])
    parent = model_at(model, path[:-1])
    known = list(parent.model_fields) if parent else []
    suggestion = closest(key, known)
    if suggestion:
        return msg(
            "Unknown key {key!r}; did you mean {suggestion!r}?", key=key, suggestion=suggestion
        )
    return msg(
        "Unknown key {key!r}; the keys allowed here are: {known} (keys that start with 'x-' are free for extensions)",
        key=key,
        known=listing(known),
    )


def _date_message(kind: str, value: Any, label: FieldLabel) -> Message:
    if value is None or (isinstance(value, str) and not value.strip()):
        return msg(
            "{field} is empty; write a date like 109-05-01, or 109-05 for a month", field=label
        )
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return msg(
            "{field} should be one date like 109-05-01, not {found}",
            field=label,
            found=_kind_of(value),
        )
    if kind == "date_impossible":
        return msg(
            "{field}: there is no such date as {text!r}; check the month and the day",
            field=label,
            text=excerpt(value),
        )
    return msg(
        "{field}: {text!r} is not a date; write it like 109-05-01, or 109-05 for a month",
        field=label,
        text=excerpt(value),
    )


def _type_message(kind: str, detail: ErrorDetails, label: FieldLabel) -> Message:
    value = detail["input"]
    if value is None or (kind in ("string_too_short", "too_short") and value in ("", [], {})):
        if kind == "too_short":
            return msg("{field} needs at least one item", field=label)
        return msg("{field} is empty; write its content", field=label)
    if kind == "string_type":
        return msg("{field} should be text, not a list or a mapping", field=label)
    if kind == "list_type":
        return msg(
            "{field} should be a list: write each item on its own line, starting with '- '",
            field=label,
        )
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return msg(
            "{field} should hold keys, written as 'key: value' on the lines below it, indented",
            field=label,
        )
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return msg("{field} should be text, not {found}", field=label, found=_kind_of(value))
    if kind == "literal_error":
        choices = re.findall(r"'([^']*)'", str(detail.get("ctx", {}).get("expected", "")))
        status = status_for_word(str(value)) if label.path[-1:] == ("status",) else None
        if status:
            return msg(
                "{field}: {value!r} means {status}; write status: {status} (ogpkit lint --fix does it)",
                field=label,
                value=str(value),
                status=status,
            )
        return msg(
            "{field}: {value!r} is not allowed; write one of: {choices}",
            field=label,
            value=excerpt(value),
            choices=listing(choices),
        )
    if kind in {"bool_parsing", "bool_type"}:
        return msg("{field} should be true or false", field=label)
    if kind == "string_pattern_mismatch":
        if "sdgs" in label.path:
            return msg(
                "{field}: {value!r} is not an SDG target; write it like 16.10 or 5.c",
                field=label,
                value=excerpt(value),
            )
        return msg(
            "{field}: {value!r} may hold only letters, digits, '-', '.' and '_'",
            field=label,
            value=excerpt(value),
        )
    if kind == "evidence_link":
        return msg(
            "{field}: {value!r} is not a link ogpkit can publish safely; write an http:// or https:// address, or a path to a file in this repository",
            field=label,
            value=str(value),
        )
    if kind == "string_too_long":
        return msg("{field} is too long", field=label)
    return msg("{field}: {value!r} is not a valid value here", field=label, value=str(value))


def _kind_of(value: Any) -> Message:
    """A value that is not text, in words: never Python's None, True or a repr."""
    if value is None:
        return msg("an empty value")
    if isinstance(value, list):
        return msg("a list")
    if isinstance(value, dict):
        return msg("a mapping of keys")
    return msg("a value of another kind")
