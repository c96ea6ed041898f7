"""Safe YAML reading with positions, on libyaml's C parser.

The only module that touches a YAML parser for reading. It walks the parser's events and
builds plain data (dicts, lists, strings, None) itself, so that:

- no tag is ever constructed (an explicit tag such as `!!python/object` is a problem);
- every scalar is read as the text written: `109.10` stays "109.10", `16.10` stays "16.10",
  `yes` stays "yes"; only an empty plain scalar, `~` and `null` mean nothing. The models
  decide types, so a `%YAML 1.1` directive changes nothing, in this file or another;
- duplicate keys, aliases that expand without bound, recursive aliases, deep nesting and
  several documents in one stream are problems at their line, not crashes or hangs;
- the line and column of every key and value are kept, for messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from ogpkit.message import Message, msg

Path = tuple[str | int, ...]

MAX_DEPTH = 64
MAX_VALUES = 200_000
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_PLAIN_TAGS = frozenset({None, "!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:map"})
_PLAIN_TAGS |= {"tag:yaml.org,2002:seq"}
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Position:
    line: int
    column: int


@dataclass(frozen=True)
class YamlIssue:
    """A reading problem: a rule id, a message and where it is."""

    rule: str
    message: Message
    position: Position


@dataclass
class ParsedYaml:
    data: Any
    values: dict[Path, Position] = field(default_factory=dict)
    keys: dict[Path, Position] = field(default_factory=dict)
    issues: list[YamlIssue] = field(default_factory=list)


class _Stop(Exception):
    def __init__(self, issue: YamlIssue) -> None:
        self.issue = issue


_NO_KEY = object()


@dataclass
class _Frame:
    value: dict[str, Any] | list[Any]
    path: Path
    position: Position
    anchor: str | None
    size: int = 1
    key: Any = _NO_KEY
    key_position: Position | None = None


def _position(mark: Any) -> Position:
    return Position(mark.line + 1, mark.column + 1)


class _Builder:
    def __init__(self, result: ParsedYaml) -> None:
        self.result = result
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.open_anchors: set[str] = set()
        self.total = 0
        self.documents = 0
        self.root: Any = _NO_KEY

    def feed(self, event: Any) -> None:
        kind = type(event)
        if kind is yaml.ScalarEvent:
            self._check_tag(event)
            plain = event.style in ("", None) and event.value in _NULLS
            self._add(None if plain else event.value, 1, event.start_mark, event.anchor)
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            self._check_tag(event)
            self._open({} if kind is yaml.MappingStartEvent else [], event)
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            frame = self.stack.pop()
            if frame.anchor is not None:
                self.open_anchors.discard(frame.anchor)
            self._add(frame.value, frame.size, None, frame.anchor, frame.position, cost=1)
        elif kind is yaml.AliasEvent:
            self._alias(event)
        elif kind is yaml.DocumentStartEvent:
            self.documents += 1
            if self.documents > 1:
                raise _Stop(
                    YamlIssue(
                        "yaml-documents",
                        msg(
                            "A commitment file holds one YAML document; remove the '---' here and what follows, or move it to its own file"
                        ),
                        _position(event.start_mark),
                    )
                )

    def _check_tag(self, event: Any) -> None:
        if event.tag not in _PLAIN_TAGS:
            raise _Stop(
                YamlIssue(
                    "yaml-tag",
                    msg(
                        "YAML tags such as {tag} are not allowed; remove the tag and write the value as plain text",
                        tag=str(event.tag).replace("tag:yaml.org,2002:", "!!"),
                    ),
                    _position(event.start_mark),
                )
            )

    def _child_path(self) -> Path:
        if not self.stack:
            return ()
        parent = self.stack[-1]
        if isinstance(parent.value, list):
            return (*parent.path, len(parent.value))
        return (*parent.path, parent.key) if parent.key is not _NO_KEY else parent.path

    def _open(self, container: dict[str, Any] | list[Any], event: Any) -> None:
        if len(self.stack) >= MAX_DEPTH:
            raise _Stop(
                YamlIssue(
                    "yaml-depth",
                    msg(
                        "The file is nested more than {depth} levels deep; a commitment never needs that",
                        depth=MAX_DEPTH,
                    ),
                    _position(event.start_mark),
                )
            )
        if event.anchor is not None:
            self.open_anchors.add(event.anchor)
        self.stack.append(
            _Frame(container, self._child_path(), _position(event.start_mark), event.anchor)
        )

    def _alias(self, event: Any) -> None:
        position = _position(event.start_mark)
        if event.anchor in self.open_anchors:
            raise _Stop(
                YamlIssue(
                    "yaml-alias",
                    msg(
                        "The alias *{anchor} refers to a value that contains it; write the value out instead",
                        anchor=event.anchor,
                    ),
                    position,
                )
            )
        if event.anchor not in self.anchors:
            raise _Stop(
                YamlIssue(
                    "yaml-syntax",
                    msg(
                        "The alias *{anchor} refers to no anchor &{anchor} above it",
                        anchor=event.anchor,
                    ),
                    position,
                )
            )
        value, size = self.anchors[event.anchor]
        self._add(value, size, event.start_mark, None)

    def _add(
        self,
        value: Any,
        size: int,
        mark: Any,
        anchor: str | None,
        position: Position | None = None,
        cost: int | None = None,
    ) -> None:
        where = position or _position(mark)
        self.total += size if cost is None else cost
        if self.total > MAX_VALUES:
            raise _Stop(
                YamlIssue(
                    "yaml-alias",
                    msg(
                        "The file expands to more than {count} values (aliases repeating aliases?); write the values out instead",
                        count=MAX_VALUES,
                    ),
                    where,
                )
            )
        if anchor is not None:
            self.anchors[anchor] = (value, size)
        if not self.stack:
            self.root = value
            self.result.values[()] = where
            return
        parent = self.stack[-1]
        parent.size += size
        if isinstance(parent.value, list):
            self.result.values[(*parent.path, len(parent.value))] = where
            parent.value.append(value)
        elif parent.key is _NO_KEY:
            if isinstance(value, dict | list):
                raise _Stop(
                    YamlIssue(
                        "yaml-syntax",
                        msg("A key must be plain text, not a list or a mapping"),
                        where,
                    )
                )
            parent.key = "" if value is None else value
            parent.key_position = where
        else:
            self._set(parent, value, where)

    def _set(self, parent: _Frame, value: Any, where: Position) -> None:
        assert isinstance(parent.value, dict)
        key, key_position = parent.key, parent.key_position or where
        parent.key = _NO_KEY
        path = (*parent.path, key)
        if key in parent.value:
            first = self.result.keys[path]
            self.result.issues.append(
                YamlIssue(
                    "yaml-duplicate-key",
                    msg(
                        "The key {key!r} appears twice; the first is on line {line}. Keep one of them",
                        key=str(key),
                        line=first.line,
                    ),
                    key_position,
                )
            )
            return
        parent.value[key] = value
        self.result.keys[path] = key_position
        self.result.values[path] = where


def parse_yaml(text: str) -> ParsedYaml:
    """Read one YAML document from `text` into plain data with positions and problems."""
    result = ParsedYaml(data=None)
    builder = _Builder(result)
    try:
        for event in yaml.parse(text, Loader=_LOADER):
            builder.feed(event)
    except _Stop as stop:
        result.issues.append(stop.issue)
        return result
    except yaml.YAMLError as error:
        result.issues.append(_syntax_issue(error, text))
        return result
    result.data = None if builder.root is _NO_KEY else builder.root
    return result


def _character_at(text: str, position: Position) -> str:
    lines = text.splitlines()
    if position.line > len(lines):
        return ""
    line = lines[position.line - 1]
    return line[position.column - 1] if position.column <= len(line) else ""


def _syntax_issue(error: yaml.YAMLError, text: str) -> YamlIssue:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    position = _position(mark) if mark is not None else Position(1, 1)
    problem = str(getattr(error, "problem", None) or error)
    if "nesting depth" in problem:
        message = msg(
            "The file is nested more than {depth} levels deep; a commitment never needs that",
            depth=MAX_DEPTH,
        )
        return YamlIssue("yaml-depth", message, position)
    if _character_at(text, position) == "\t" or "\t" in problem:
        message = msg("A tab character is used for indentation here; indent with spaces only")
    elif "mapping values are not allowed" in problem:
        message = msg(
            "A colon ':' followed by a space starts a new key here; if it is part of the text, put the whole text in quotes"
        )
    elif "could not find expected ':'" in problem:
        message = msg(
            "A line here is not 'key: value' and not part of the text above; check its indentation, or put the text in quotes"
        )
    else:
        message = msg("The YAML cannot be read here: {detail}", detail=problem)
    return YamlIssue("yaml-syntax", message, position)
