"""Safe YAML reading with positions, on libyaml's C parser.

The only module that touches a YAML parser for reading. It walks the parser's events and
builds plain data (dicts, lists, strings, None) itself, so that:

- no tag is ever constructed (an explicit tag such as `!!python/object` is a problem);
- every scalar is read as the text written: `109.10` stays "109.10", `16.10` stays "16.10",
  `yes` stays "yes"; only an empty plain scalar, `~` and `null` mean nothing. The models
  decide types, so a `%YAML 1.1` directive changes nothing, in this file or another;
- duplicate keys, aliases that expand without bound, recursive aliases, deep nesting and
  several documents in one stream are problems at their line, not crashes or hangs;
- the line and column of every key and value are kept, for messages, counted as editors
  count them: U+0085, U+2028 and U+2029 are text (libyaml breaks lines there; they are
  swapped for stand-ins while parsing), and a position is never past the end of the file.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import astuple, dataclass, field
from typing import Any

import yaml

from ogpkit.report.message import Message, msg
from ogpkit.source.lines import placeholders, split_lines

Path = tuple[str | int, ...]

MAX_DEPTH = 64
MAX_VALUES = 200_000
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_UNTAGGED = frozenset(
    {None, "!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}
)
_Parser: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Position:
    """A 1-based line and column (columns count characters)."""

    line: int
    column: int


class Marks(Mapping[Path, Position]):
    """Positions by data path, kept as the parser's marks and converted when asked for."""

    def __init__(self, marks: dict[Path, Any] | None = None) -> None:
        self._marks: dict[Path, Any] = marks if marks is not None else {}

    def __getitem__(self, path: Path) -> Position:
        mark = self._marks[path]
        return Position(mark.line + 1, mark.column + 1)

    def __iter__(self) -> Iterator[Path]:
        return iter(self._marks)

    def __len__(self) -> int:
        return len(self._marks)


@dataclass(frozen=True)
class YamlIssue:
    """A reading problem: a rule id, a message and where it is."""

    rule: str
    message: Message
    position: Position


@dataclass
class ParsedYaml:
    data: Any
    values: Marks = field(default_factory=Marks)
    keys: Marks = field(default_factory=Marks)
    issues: list[YamlIssue] = field(default_factory=list)


class _Stop(Exception):
    def __init__(self, rule: str, message: Message, mark: Any) -> None:
        self.issue = YamlIssue(rule, message, Position(mark.line + 1, mark.column + 1))


_NO_KEY: Any = object()


class _Frame:
    """An open mapping or sequence: where it is, and the key waiting for its value."""

    __slots__ = ("anchor", "key", "key_mark", "mark", "path", "size", "value")

    def __init__(
        self, value: dict[str, Any] | list[Any], path: Path, mark: Any, anchor: Any
    ) -> None:
        self.value = value
        self.path = path
        self.mark = mark
        self.anchor = anchor
        self.size = 1
        self.key: Any = _NO_KEY
        self.key_mark: Any = None


class _Builder:
    """Plain data from parser events, with the mark of every key and value."""

    def __init__(self, restore: dict[int, str] | None = None) -> None:
        self.restore = restore
        self.values: dict[Path, Any] = {}
        self.keys: dict[Path, Any] = {}
        self.issues: list[YamlIssue] = []
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.open_anchors: set[str] = set()
        self.total = 0
        self.documents = 0
        self.root: Any = _NO_KEY

    def build(self, parser: Any) -> None:
        scalar, alias = yaml.ScalarEvent, yaml.AliasEvent
        mapping_start, sequence_start = yaml.MappingStartEvent, yaml.SequenceStartEvent
        collection_end = (yaml.MappingEndEvent, yaml.SequenceEndEvent)
        while True:
            event = parser.get_event()
            kind = type(event)
            if kind is scalar:
                if event.tag not in _UNTAGGED:
                    self._refuse_tag(event)
                plain_null = event.value in _NULLS and not event.style
                value = event.value if self.restore is None else event.value.translate(self.restore)
                self._add(None if plain_null else value, 1, 1, event.start_mark, event.anchor)
            elif kind is mapping_start or kind is sequence_start:
                if event.tag not in _UNTAGGED:
                    self._refuse_tag(event)
                self._open({} if kind is mapping_start else [], event)
            elif kind in collection_end:
                frame = self.stack.pop()
                self.open_anchors.discard(frame.anchor)
                self._add(frame.value, frame.size, 1, frame.mark, frame.anchor)
            elif kind is alias:
                self._alias(event)
            elif kind is yaml.DocumentStartEvent:
                self.documents += 1
                if self.documents > 1:
                    raise _Stop(
                        "yaml-documents",
                        msg(
                            "A commitment file holds one YAML document; remove the '---' here and what follows, or move it to its own file"
                        ),
                        event.start_mark,
                    )
            elif kind is yaml.StreamEndEvent:
                return

    @staticmethod
    def _refuse_tag(event: Any) -> None:
        raise _Stop(
            "yaml-tag",
            msg(
                "YAML tags such as {tag} are not allowed; remove the tag and write the value as plain text",
                tag=str(event.tag).replace("tag:yaml.org,2002:", "!!"),
            ),
            event.start_mark,
        )

    def _open(self, container: dict[str, Any] | list[Any], event: Any) -> None:
        stack = self.stack
        if len(stack) >= MAX_DEPTH:
            raise _Stop(
                "yaml-depth",
                msg(
                    "The file is nested more than {depth} levels deep; a commitment never needs that",
                    depth=MAX_DEPTH,
                ),
                event.start_mark,
            )
        path: Path = ()
        if stack:
            parent = stack[-1]
            if type(parent.value) is list:
                path = (*parent.path, len(parent.value))
            elif parent.key is not _NO_KEY:
                path = (*parent.path, parent.key)
        if event.anchor is not None:
            self.open_anchors.add(event.anchor)
        stack.append(_Frame(container, path, event.start_mark, event.anchor))

    def _alias(self, event: Any) -> None:
        name = event.anchor
        if name in self.open_anchors:
            raise _Stop(
                "yaml-alias",
                msg(
                    "The alias *{anchor} refers to a value that contains it; write the value out instead",
                    anchor=name,
                ),
                event.start_mark,
            )
        if name not in self.anchors:
            raise _Stop(
                "yaml-syntax",
                msg("The alias *{anchor} refers to no anchor &{anchor} above it", anchor=name),
                event.start_mark,
            )
        value, size = self.anchors[name]
        self._add(value, size, size, event.start_mark, None)

    def _add(self, value: Any, size: int, cost: int, mark: Any, anchor: str | None) -> None:
        """Attach a finished value (of `size` values once expanded) to the open collection."""
        self.total += cost
        if self.total > MAX_VALUES:
            raise _Stop(
                "yaml-alias",
                msg(
                    "The file expands to more than {count} values (aliases repeating aliases?); write the values out instead",
                    count=MAX_VALUES,
                ),
                mark,
            )
        if anchor is not None:
            self.anchors[anchor] = (value, size)
        if not self.stack:
            self.root = value
            self.values[()] = mark
            return
        parent = self.stack[-1]
        parent.size += size
        container = parent.value
        if type(container) is list:
            self.values[(*parent.path, len(container))] = mark
            container.append(value)
        elif parent.key is _NO_KEY:
            if type(value) is dict or type(value) is list:
                raise _Stop(
                    "yaml-syntax", msg("A key must be plain text, not a list or a mapping"), mark
                )
            parent.key = "" if value is None else value
            parent.key_mark = mark
        else:
            self._set(parent, value, mark)

    def _set(self, parent: _Frame, value: Any, mark: Any) -> None:
        container: dict[str, Any] = parent.value  # type: ignore[assignment]
        key, key_mark = parent.key, parent.key_mark
        parent.key = _NO_KEY
        path = (*parent.path, key)
        if key in container:
            self.issues.append(
                YamlIssue(
                    "yaml-duplicate-key",
                    msg(
                        "The key {key!r} appears twice; the first is on line {line}. Keep one of them",
                        key=str(key),
                        line=self.keys[path].line + 1,
                    ),
                    Position(key_mark.line + 1, key_mark.column + 1),
                )
            )
            return
        container[key] = value
        self.keys[path] = key_mark
        self.values[path] = mark


def parse_yaml(text: str) -> ParsedYaml:
    """Read one YAML document from `text` into plain data with positions and problems."""
    swaps = placeholders(text)
    restore = {ord(stand_in): character for character, stand_in in swaps.items()}
    builder = _Builder(restore or None)
    parser = _Parser(text.translate({ord(c): s for c, s in swaps.items()}) if swaps else text)
    try:
        builder.build(parser)
    except _Stop as stop:
        builder.issues.append(stop.issue)
    except yaml.YAMLError as error:
        # The typing mistakes are read only for a file that cannot be parsed.
        from ogpkit.source.mistakes import explain

        issue, mistake = _syntax_issue(error, text), explain(text, error)
        if mistake is not None:
            where = mistake.position
            issue = YamlIssue(
                mistake.rule,
                mistake.message,
                Position(*astuple(where)) if where.line else issue.position,
            )
        builder.issues.append(issue)
    finally:
        parser.dispose()
    issues = [_inside(issue, text) for issue in builder.issues]
    failed = any(issue.rule != "yaml-duplicate-key" for issue in issues)
    data = None if failed or builder.root is _NO_KEY else builder.root
    return ParsedYaml(data, Marks(builder.values), Marks(builder.keys), issues)


def _inside(issue: YamlIssue, text: str) -> YamlIssue:
    """The issue placed inside the file: libyaml reports an unexpected end past the last line."""
    lines = split_lines(text) or [""]
    line = min(issue.position.line, len(lines))
    column = min(issue.position.column, len(lines[line - 1]) + 1)
    if (line, column) == (issue.position.line, issue.position.column):
        return issue
    return YamlIssue(issue.rule, issue.message, Position(line, column))


def _character_at(text: str, position: Position) -> str:
    lines = split_lines(text)
    if position.line > len(lines):
        return ""
    line = lines[position.line - 1]
    return line[position.column - 1] if position.column <= len(line) else ""


def _syntax_issue(error: yaml.YAMLError, text: str) -> YamlIssue:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    position = Position(mark.line + 1, mark.column + 1) if mark else Position(1, 1)
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
