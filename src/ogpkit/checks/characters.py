"""Control characters inside values: a problem at their line, before any output sees them.

A raw control character is refused by the YAML reader, but a double-quoted value can still
spell one as an escape (`"\\0"`, `"\\x07"`, `"\\ud800"`); Word, OpenDocument and XML cannot hold
them. Only files with a backslash are looked at, so a plan without escapes costs nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from ogpkit.plan.project import Project
from ogpkit.report.message import msg
from ogpkit.report.problem import Problem
from ogpkit.source.yaml_reader import Path as DataPath

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def _texts(value: Any, path: DataPath) -> Iterator[tuple[DataPath, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, child in value.items():
            yield (*path, key), str(key)
            yield from _texts(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _texts(child, (*path, index))


def control_characters(project: Project, today: date) -> list[Problem]:
    """The values that hold a control character or a lone surrogate, one problem each."""
    problems: list[Problem] = []
    for file in project.files:
        document = file.document
        if document.data is None or "\\" not in document.text:
            continue
        for path, text in _texts(document.data, ()):
            found = _CONTROL.search(text)
            if found:
                message = msg(
                    "This value holds the control character U+{code}, written as an escape; no document can show it. Remove it",
                    code=f"{ord(found.group()):04X}",
                )
                problems.append(document.problem(path, "control-character", message))
    return problems
