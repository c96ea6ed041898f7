"""Applying the fixes of lint rules to a file, with ruamel.yaml's round-trip mode.

The only module that writes YAML. The file is loaded with ruamel.yaml (round-trip, quotes
preserved), the fixed values are set, keeping each value's scalar style (plain, quoted,
literal block …), and the document is dumped with the layout detected from the file, when
the unchanged document dumps back to exactly the original text. When no layout does (mixed
indentation, spaces at the end of a line), `ogpkit.fixes.splice` rewrites each value in place
instead. Either way the fixed text must read back, through ogpkit's own reader, to exactly
the data with the fixes applied in memory; otherwise nothing is written and a FixError says
why. Writing is atomic (`ogpkit.source.atomic`).
"""

from __future__ import annotations

import copy
import io
from collections.abc import Sequence
from typing import Any

from ogpkit.checks.rules.base import SetValue
from ogpkit.errors import OgpkitError
from ogpkit.fixes.splice import splice
from ogpkit.report.message import msg
from ogpkit.source.yaml_reader import Path as DataPath
from ogpkit.source.yaml_reader import parse_yaml

LAYOUTS = ((2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 6, 4), (4, 4, 0), (2, 4, 0), (3, 3, 0))


class FixError(OgpkitError):
    """A fix that cannot be written without changing the file elsewhere."""


def apply_in_memory(data: Any, fixes: Sequence[SetValue]) -> Any:
    """`data` (plain data, as read by yamlread) with the fixes applied, as a new object."""
    result = copy.deepcopy(data)
    for fix in fixes:
        *parents, last = fix.path
        target = result
        for segment in parents:
            target = target[segment]
        target[last] = fix.value
    return result


def _yaml(layout: tuple[int, int, int]) -> Any:
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 1_000_000
    mapping, sequence, offset = layout
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    return yaml


def _dump(yaml: Any, tree: Any) -> str:
    stream = io.StringIO()
    yaml.dump(tree, stream)
    return stream.getvalue()


def _matching_layout(text: str) -> tuple[Any, Any] | None:
    """A round-trip loader whose dump of the unchanged file is the file itself, and its tree."""
    for layout in LAYOUTS:
        yaml = _yaml(layout)
        tree = yaml.load(text)
        if _dump(yaml, tree) == text:
            return yaml, tree
    return None


def _layout_error() -> FixError:
    return FixError(
        msg(
            "This value cannot be fixed automatically without changing other parts of the file (for example a folded '>' text); make the change by hand"
        )
    )


def _child_key(node: Any, segment: str | int) -> Any:
    if isinstance(segment, int):
        return segment
    for key in node:
        if str(key) == segment:
            return key
    raise KeyError(segment)


def _set(tree: Any, path: DataPath, value: str) -> None:
    from ruamel.yaml.scalarstring import ScalarString

    node = tree
    for segment in path[:-1]:
        node = node[_child_key(node, segment)]
    try:
        key = _child_key(node, path[-1])
    except KeyError:
        node[path[-1]] = _new_scalar(value)
        return
    old = node[key]
    if isinstance(old, ScalarString):
        node[key] = type(old)(value)
    else:
        node[key] = value


def _new_scalar(value: str) -> Any:
    """A value added to a mapping: a literal block when it has several lines."""
    from ruamel.yaml.scalarstring import LiteralScalarString

    return (
        LiteralScalarString(value if value.endswith("\n") else value + "\n")
        if "\n" in value
        else value
    )


def _dumped(text: str, fixes: Sequence[SetValue]) -> str:
    """Round-trip dump when it keeps the layout; otherwise each value rewritten in place."""
    try:
        matching = _matching_layout(text)
        if matching is None:
            return splice(text, fixes)
    except Exception:
        raise _layout_error() from None
    yaml, tree = matching
    for fix in fixes:
        _set(tree, fix.path, fix.value)
    return str(_dump(yaml, tree))


def apply_to_text(text: str, fixes: Sequence[SetValue]) -> str:
    """The file's text with the fixes applied; everything else stays byte-for-byte."""
    newline = "\r\n" if "\r\n" in text else "\n"
    body = text.replace("\r\n", "\n") if newline == "\r\n" else text
    if newline == "\r\n" and "\r" in body:
        raise FixError(msg("This file mixes line endings; make the change by hand"))
    fixed = _dumped(body, fixes)
    expected = apply_in_memory(parse_yaml(body).data, fixes)
    if parse_yaml(fixed).data != expected:
        raise FixError(
            msg(
                "The automatic fix would change more than the fixed values; make the change by hand"
            )
        )
    return fixed.replace("\n", "\r\n") if newline == "\r\n" else fixed
