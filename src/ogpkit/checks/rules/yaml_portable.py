"""A value that another YAML reader reads differently from ogpkit.

ogpkit reads every value as the text written. The other readers of the files do not: the
YAML language server in editors, check-jsonschema, GitHub's file view and scripts written with
PyYAML read `phone: 0223165300` as the number 223165300, `16.10` as 16.1, `109.10` as 109.1,
`yes`, `no`, `on` and `off` as true or false (YAML 1.1), and `2020-05-01` as a date object.
Quote such a value and every reader sees the same text. Fixable: `ogpkit lint --fix` puts it
in double quotes.

Passing:

    contact:
      phone: "0223165300"
    additional_info:
      sdgs: ["16.10"]

Failing:

    contact:
      phone: 0223165300
    additional_info:
      sdgs: [16.10]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from ogpkit.checks.rules.base import Context, Finding, Options, Quote, Rule
from ogpkit.report.message import msg
from ogpkit.report.problem import Level
from ogpkit.source.yaml_reader import Path as DataPath

_CANDIDATE_START = frozenset("0123456789+-.yYnNoOtTfF")
_MAX_LENGTH = 40


@lru_cache(maxsize=1)
def _typed() -> re.Pattern[str]:
    """One pattern of every implicit type of YAML 1.1 (PyYAML's resolvers) and 1.2's core,
    except text and null (which ogpkit reads alike)."""
    import yaml

    patterns = {
        regexp.pattern
        for resolvers in yaml.resolver.Resolver.yaml_implicit_resolvers.values()
        for tag, regexp in resolvers
        if not tag.endswith((":str", ":null", ":merge", ":value"))
    }
    patterns.add(r"^(?:0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")
    patterns.add(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
    return re.compile("|".join(f"(?:{p})" for p in sorted(patterns)), re.X)


def _leaves(value: Any, path: DataPath) -> Iterator[tuple[DataPath, str]]:
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, child in value.items():
            yield from _leaves(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _leaves(child, (*path, index))


def read_otherwise(text: str) -> bool:
    """True when a YAML reader other than ogpkit reads `text`, written plain, as no text."""
    return (
        0 < len(text) <= _MAX_LENGTH
        and text[0] in _CANDIDATE_START
        and _typed().match(text) is not None
    )


def check(context: Context, options: Options) -> Iterator[Finding]:
    lines: list[str] | None = None
    for path, text in _leaves(context.data, ()):
        if not read_otherwise(text):
            continue
        if lines is None:
            lines = context.document.text.splitlines()
        where = context.document.position(path)
        line = lines[where.line - 1] if where.line <= len(lines) else ""
        if line[where.column - 1 : where.column - 1 + len(text)] != text:
            continue
        yield Finding(
            path,
            msg(
                'Other YAML readers (editors, check-jsonschema, PyYAML) read {text!r} as a number, a date or true/false, not as the text written; put it in quotes: "{text}"',
                text=text,
            ),
            fix=Quote(path, where.line, where.column, text),
        )


RULE = Rule(
    id="yaml-portable",
    level=Level.WARNING,
    options=Options,
    doc=__doc__ or "",
    check=check,
    fixable=True,
)
