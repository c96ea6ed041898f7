"""Repairs of the typing mistakes that have one meaning, for `ogpkit lint --fix`.

A full-width colon or a missing space after a known key, full-width spaces in the indentation
(`ogpkit.source.mistakes`), a key written as the template's Chinese title, a status written
in Chinese (`ogpkit.plan.words`). They are applied to the text, character for character, before
the rules' fixes, and only to a file that cannot be read or does not have the model's shape;
the repaired text must read without a syntax error, or nothing is repaired.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from pydantic import BaseModel

from ogpkit.plan.fields import model_at, model_of
from ogpkit.plan.model import Commitment
from ogpkit.plan.words import key_for_title, status_for_word
from ogpkit.source.lines import split_lines_keepends
from ogpkit.source.mistakes import TextFix, apply_fixes, scan
from ogpkit.source.yaml_reader import ParsedYaml, parse_yaml

MAX_PASSES = 20
_KEEPS_DATA = "yaml-duplicate-key"
# The problems whose unambiguous cases `repair` writes (lint --fix).
REPAIRED_RULES = frozenset({"yaml-colon", "yaml-indent", "chinese-key", "value-type"})


@lru_cache(maxsize=1)
def known_keys() -> frozenset[str]:
    keys: set[str] = set()
    pending: list[type[BaseModel]] = [Commitment]
    while pending:
        model = pending.pop()
        for name, info in model.model_fields.items():
            keys.add(name)
            inner = model_of(info.annotation)
            if inner is not None and inner not in pending:
                pending.append(inner)
    return frozenset(keys)


def _word_fixes(parsed: ParsedYaml) -> list[TextFix]:
    fixes: list[TextFix] = []
    for path, where in parsed.keys.items():
        parent = model_at(Commitment, path[:-1])
        key = str(path[-1])
        if parent is None or key in parent.model_fields:
            continue
        english = key_for_title(parent, key)
        siblings = _value(parsed.data, path[:-1])
        if english and isinstance(siblings, dict) and english not in siblings:
            fixes.append(TextFix(where.line, where.column, key, english))
    for path, where in parsed.values.items():
        value = _value(parsed.data, path)
        if path[-1:] == ("status",) and isinstance(value, str):
            status = status_for_word(value)
            if status:
                fixes.append(TextFix(where.line, where.column, value, status))
    return fixes


def _value(data: Any, path: tuple[str | int, ...]) -> Any:
    for segment in path:
        try:
            data = data[segment]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _fixes(text: str) -> list[TextFix]:
    parsed = parse_yaml(text)
    mistakes = [m.fix for m in scan(text, known_keys()) if m.fix is not None]
    if any(issue.rule != _KEEPS_DATA for issue in parsed.issues):
        return mistakes[:1]
    if not isinstance(parsed.data, dict):
        return []
    try:
        Commitment.model_validate(parsed.data)
    except ValueError:
        return mistakes + _word_fixes(parsed)
    return []


def repair(text: str) -> str:
    """`text` with its unambiguous typing mistakes repaired; `text` itself when there are none,
    or when the repaired text still cannot be read as YAML."""
    unified = text.replace("\r\n", "\n")
    current = unified
    for _ in range(MAX_PASSES):
        fixes = _fixes(current)
        repaired = apply_fixes(current, fixes)
        if repaired == current:
            break
        current = repaired
    if current == unified or any(issue.rule != _KEEPS_DATA for issue in parse_yaml(current).issues):
        return text
    return _with_endings_of(text, current)


def _with_endings_of(original: str, repaired: str) -> str:
    """`repaired` (LF only) with each line ending as it was in `original` (LF, CRLF, mixed),
    when the repair kept the lines; else with the original's commoner ending."""
    endings = ["\r\n" if line.endswith("\r\n") else "\n" for line in split_lines_keepends(original)]
    lines = repaired.split("\n")
    if len(lines) - 1 > len(endings):
        newline = "\r\n" if endings.count("\r\n") > endings.count("\n") else "\n"
        return repaired.replace("\n", newline)
    return "".join(line + endings[n] for n, line in enumerate(lines[:-1])) + lines[-1]
