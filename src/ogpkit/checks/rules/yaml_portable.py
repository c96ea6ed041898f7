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
import typing
from collections.abc import Iterator

from ogpkit.checks.rules.base import Context, Finding, Options, Quote, Rule
from ogpkit.checks.rules.text import value_at
from ogpkit.plan.fields import model_at
from ogpkit.plan.model import Commitment
from ogpkit.report.message import msg
from ogpkit.report.problem import Level

_BOOL = r"y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"
_INT = r"[-+]?(?:0b[01_]+|0x[0-9a-fA-F_]+|0o[0-7]+|[0-9][0-9_]*(?::[0-5]?[0-9])*)"
_FLOAT = (
    r"[-+]?(?:[0-9][0-9_]*(?::[0-5]?[0-9])*\.[0-9_]*|\.[0-9_]+)(?:[eE][-+]?[0-9]+)?"
    r"|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
)
_TIMESTAMP = (
    r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
    r"(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?"
    r"(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?"
)
_TYPED = f"(?:{_TIMESTAMP}|{_FLOAT}|{_INT}|{_BOOL})"
_TYPED_TEXT = re.compile(_TYPED)
_FLOW_VALUE = re.compile(rf"[\[{{,][ ]*(?:[A-Za-z_][\w-]*:[ ]+)?({_TYPED})[ ]*(?=[,\]}}])")
_LINE_ENDS = frozenset("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_.]}")
_FIRST = frozenset("0123456789+-.yYnNoOtTfF")
_ROC_DATE = re.compile(r"[0-9]{1,3}[-/年]")


def _plain_typed(text: str) -> Iterator[tuple[int, int, str]]:
    """(line, column, text) of each plain value that may read as typed: the last value of a
    line (after 'key: ' or '- '), or an item of a flow list. Only lines that end in an ASCII
    letter, a digit or a closing bracket can hold one, which skips the prose quickly; the
    caller checks that the place is a value's."""
    for number, whole in enumerate(text.splitlines(), start=1):
        line = whole.split(" #", 1)[0].rstrip() if " #" in whole else whole
        if not line or line[-1] not in _LINE_ENDS:
            continue
        if line[-1] in "]}":
            for match in _FLOW_VALUE.finditer(line):
                yield number, match.start(1) + 1, match.group(1)
            continue
        value = line.rsplit(": ", 1)[-1].lstrip(" -")
        if value and value[0] in _FIRST and not _ROC_DATE.match(value) and read_otherwise(value):
            yield number, len(line) - len(value) + 1, value


def read_otherwise(text: str) -> bool:
    """True when a YAML reader other than ogpkit (YAML 1.1 or 1.2's core schema) reads `text`,
    written plain, as a number, a date or true/false."""
    return _TYPED_TEXT.fullmatch(text) is not None


def _is_number_field(path: tuple[str | int, ...]) -> bool:
    """True when the commitment model declares a number at `path` (a milestone number), which
    every reader reads alike; decided from the model's fields, so a file whose other parts are
    broken is judged the same."""
    *parents, last = path
    if not isinstance(last, str):
        return False
    model = model_at(Commitment, tuple(parents))
    info = model.model_fields.get(last) if model is not None else None
    if info is None:
        return False
    numbers = {int, float}
    annotation = info.annotation
    return annotation in numbers or any(arg in numbers for arg in typing.get_args(annotation))


def check(context: Context, options: Options) -> Iterator[Finding]:
    document = context.document
    found = list(_plain_typed(document.text))
    if not found:
        return
    paths = {(where.line, where.column): path for path, where in document.values.items()}
    for line, column, text in found:
        path = paths.get((line, column))
        if path is None or value_at(context.data, path) != text:
            continue
        if _is_number_field(path):
            continue
        yield Finding(
            path,
            msg(
                'Other YAML readers (editors, check-jsonschema, PyYAML) read {text!r} as a number, a date or true/false, not as the text written; put it in quotes: "{text}"',
                text=text,
            ),
            fix=Quote(path, line, column, text),
        )


RULE = Rule(
    id="yaml-portable",
    level=Level.WARNING,
    options=Options,
    doc=__doc__ or "",
    check=check,
    fixable=True,
)
