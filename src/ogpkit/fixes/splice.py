"""Fixes for files whose layout ruamel.yaml cannot dump back unchanged.

ruamel.yaml's round-trip composer finds each fixed scalar, its exact span in the text and its
style; the new value is written in that style (plain, single- or double-quoted, literal
block) into that span, and every other byte of the file stays as it was. `ogpkit.fixes.edit` checks
the result like any other fix.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from ogpkit.checks.rules.base import SetValue
from ogpkit.source.yaml_reader import Path as DataPath

_PLAIN_START = set("-?:,[]{}#&*!|>'\"%@` \t")
_FLOW_CHARS = set(",[]{}")
_NULLS = {"", "~", "null", "Null", "NULL"}
_BLOCK_HEADER = re.compile(r"\|([1-9]?)[+-]?([1-9]?)(.*)")


class SpliceError(Exception):
    """The value cannot be written in place; `ogpkit.fixes.edit` says so to the user."""


def _refuse() -> SpliceError:
    return SpliceError()


def _node(root: Any, path: DataPath) -> tuple[Any, bool]:
    """The scalar node at `path`, and whether it sits inside a flow collection."""
    from ruamel.yaml.nodes import MappingNode, ScalarNode, SequenceNode

    node, in_flow = root, False
    for segment in path:
        in_flow = in_flow or bool(getattr(node, "flow_style", False))
        if isinstance(node, MappingNode):
            matches = [v for k, v in node.value if isinstance(k, ScalarNode) and k.value == segment]
            if len(matches) != 1:
                raise _refuse()
            node = matches[0]
        elif isinstance(node, SequenceNode) and isinstance(segment, int):
            node = node.value[segment]
        else:
            raise _refuse()
    if not isinstance(node, ScalarNode):
        raise _refuse()
    return node, in_flow


def _plain_ok(value: str, in_flow: bool) -> bool:
    return not (
        value in _NULLS
        or value[0] in _PLAIN_START
        or value[-1] in " \t"
        or "\n" in value
        or ": " in value
        or " #" in value
        or value.endswith(":")
        or (in_flow and any(c in _FLOW_CHARS for c in value))
    )


def _block(original: str, value: str) -> str:
    header, _, rest = original.partition("\n")
    matched = _BLOCK_HEADER.fullmatch(header)
    lines = rest.split("\n")
    content = [line for line in lines if line.strip()]
    if matched is None or not content or "+" in header or value.endswith("\n\n"):
        raise _refuse()
    indent = content[0][: len(content[0]) - len(content[0].lstrip(" "))]
    body = value[:-1] if value.endswith("\n") else value
    chomp = "" if value.endswith("\n") else "-"
    explicit = matched.group(1) or matched.group(2)
    new_header = f"|{explicit}{chomp}{matched.group(3)}"
    trailing = rest[len(rest.rstrip("\n")) :]
    text = "\n".join(indent + line if line else "" for line in body.split("\n"))
    return f"{new_header}\n{text}{trailing}"


def render(node: Any, original: str, value: str, in_flow: bool) -> str:
    style = node.style
    if style == "|":
        return _block(original, value)
    if style is None and _plain_ok(value, in_flow):
        return value
    if style == "'" and "\n" not in value and value == value.strip():
        return "'" + value.replace("'", "''") + "'"
    if style == ">":
        raise _refuse()
    return json.dumps(value, ensure_ascii=False)


def splice(text: str, fixes: Sequence[SetValue]) -> str:
    """`text` with each fixed scalar rewritten in place, in its own style."""
    from ruamel.yaml import YAML

    root = YAML(typ="rt").compose(text)
    edits = []
    for fix in fixes:
        node, in_flow = _node(root, fix.path)
        start, end = node.start_mark.index, node.end_mark.index
        edits.append((start, end, render(node, text[start:end], fix.value, in_flow)))
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text
