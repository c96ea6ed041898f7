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
import difflib
import io
from collections.abc import Sequence
from typing import Any

from ogpkit.checks.rules.base import SetValue
from ogpkit.errors import OgpkitError
from ogpkit.fixes.splice import SpliceError, splice
from ogpkit.report.message import msg
from ogpkit.source.lines import split_lines_keepends
from ogpkit.source.yaml_reader import Path as DataPath
from ogpkit.source.yaml_reader import parse_yaml

LAYOUTS = ((2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 6, 4), (4, 4, 0), (2, 4, 0), (3, 3, 0))


class FixError(OgpkitError):
    """A fix that cannot be written without changing the file elsewhere."""


def apply_in_memory(data: Any, fixes: Sequence[SetValue]) -> Any:
    """`data` (plain data, as read by `ogpkit.source.yaml_reader`) with the fixes applied, as a new object."""
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
    """Each value rewritten in place (every other byte kept, the spaces before a trailing
    comment too); a round-trip dump, when it keeps the layout, for styles splice refuses."""
    try:
        return splice(text, fixes)
    except (SpliceError, Exception):
        pass  # ruamel.yaml's composer fails on some files that its round trip still dumps
    try:
        matching = _matching_layout(text)
    except Exception:
        raise _layout_error() from None
    if matching is None:
        raise _layout_error()
    yaml, tree = matching
    for fix in fixes:
        _set(tree, fix.path, fix.value)
    return str(_dump(yaml, tree))


def _split_endings(text: str) -> tuple[list[str], list[str]]:
    """The lines of `text` without their endings, and each line's ending as written."""
    lines = split_lines_keepends(text)
    bodies = [line.rstrip("\r\n") for line in lines]
    return bodies, [line[len(body) :] for line, body in zip(lines, bodies, strict=True)]


def _restore_endings(old: list[str], endings: list[str], fixed: str) -> str:
    """`fixed` (written with `\n`) with each unchanged line's own ending, and the ending of
    the line it replaces (else the most common one) on each changed line."""
    new_lines = fixed.split("\n")
    last = new_lines.pop() if new_lines else ""
    common = max(set(endings) - {""}, key=endings.count, default="\n")
    result: list[str] = []
    matcher = difflib.SequenceMatcher(None, old, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        for offset, line in enumerate(new_lines[j1:j2]):
            source = i1 + offset if tag == "equal" or i1 + offset < i2 else None
            ending = endings[source] if source is not None else common
            result.append(line + (ending or common))
    return "".join(result) + last


def apply_to_text(text: str, fixes: Sequence[SetValue]) -> str:
    """The file's text with the fixes applied; everything else stays byte-for-byte, each
    line's ending (LF, CRLF or CR, mixed or not) included."""
    old, endings = _split_endings(text)
    uniform = all(ending in ("\n", "") for ending in endings)
    body = (
        text
        if uniform
        else "".join(line + ("\n" if end else "") for line, end in zip(old, endings, strict=True))
    )
    fixed = _dumped(body, fixes)
    expected = apply_in_memory(parse_yaml(body).data, fixes)
    if parse_yaml(fixed).data != expected:
        raise FixError(
            msg(
                "The automatic fix would change more than the fixed values; make the change by hand"
            )
        )
    return fixed if uniform else _restore_endings(old, endings, fixed)
