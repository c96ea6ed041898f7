"""Reading one file of the plan: refusals, decoding, YAML with positions.

Every failure becomes a Problem on the file; nothing here raises on bad content.
"""

from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ogpkit.report.message import Message, msg
from ogpkit.report.problem import Level, Problem
from ogpkit.source.yaml_reader import Marks, Position, parse_yaml
from ogpkit.source.yaml_reader import Path as DataPath

MAX_FILE_BYTES = 1_000_000


@dataclass
class Document:
    """A YAML file as read: its data (a mapping, or None when unreadable) and where things are."""

    path: Path
    name: str
    text: str = ""
    data: dict[str, Any] | None = None
    values: Mapping[DataPath, Position] = field(default_factory=Marks)
    keys: Mapping[DataPath, Position] = field(default_factory=Marks)
    problems: list[Problem] = field(default_factory=list)

    def position(self, path: DataPath, *, key: bool = False) -> Position:
        """Where the value (or key) at `path` is; the nearest enclosing one if it is absent."""
        index = self.keys if key else self.values
        for length in range(len(path), -1, -1):
            prefix = path[:length]
            found = index.get(prefix) or self.keys.get(prefix) or self.values.get(prefix)
            if found is not None:
                return found
        return Position(1, 1)

    def problem(
        self,
        path: DataPath,
        rule: str,
        message: Message,
        level: Level = Level.ERROR,
        *,
        key: bool = False,
    ) -> Problem:
        where = self.position(path, key=key)
        return Problem(self.name, where.line, where.column, level, rule, message)

    def file_problem(self, rule: str, message: Message, line: int = 1, column: int = 1) -> None:
        self.problems.append(Problem(self.name, line, column, Level.ERROR, rule, message))


def display_name(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def is_outside(path: Path, root: Path) -> bool:
    """True for a symbolic link (or a path through one) that leads outside `root`."""
    resolved = Path(os.path.realpath(path))
    return not resolved.is_relative_to(Path(os.path.realpath(root)))


class _NotRegular(Exception):
    pass


class _TooLarge(Exception):
    def __init__(self, size: int) -> None:
        self.size = size


def _read_regular(path: Path, max_bytes: int) -> bytes:
    """The bytes of `path` if it is a regular file of at most `max_bytes`.

    Opened without blocking and checked on the open descriptor, so that a FIFO (or a link to
    one) or a device is refused instead of waiting forever for a writer.
    """
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as stream:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise _NotRegular
        if status.st_size > max_bytes:
            raise _TooLarge(status.st_size)
        return stream.read(max_bytes + 1)


def load_document(path: Path, root: Path, max_bytes: int = MAX_FILE_BYTES) -> Document:
    """Read `path` safely; the Document's problems say what could not be read and where."""
    document = Document(path, display_name(path, root))
    if path.is_symlink() and is_outside(path, root):
        document.file_problem(
            "file-symlink",
            msg(
                "This file is a symbolic link to a place outside the repository; it is not read. Replace it with a real file"
            ),
        )
        return document
    try:
        raw = _read_regular(path, max_bytes)
    except _NotRegular:
        document.file_problem(
            "file-not-regular",
            msg(
                "This is not a regular file (a pipe, a device or a folder); it is not read. Replace it with a real file"
            ),
        )
        return document
    except _TooLarge as large:
        document.file_problem(
            "file-too-large",
            msg(
                "The file is {size} bytes; a commitment file is a few kilobytes, at most {limit}. It is not read",
                size=large.size,
                limit=max_bytes,
            )
            if max_bytes == MAX_FILE_BYTES
            else msg(
                "The file is {size} bytes, more than the limit of {limit}. It is not read",
                size=large.size,
                limit=max_bytes,
            ),
        )
        return document
    except OSError as error:
        document.file_problem(
            "file-unreadable",
            msg("The file cannot be read: {reason}", reason=error.strerror or str(error)),
        )
        return document
    raw = raw.removeprefix(codecs.BOM_UTF8)
    try:
        document.text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        byte = "0x" + raw[error.start : error.start + 1].hex()
        line = raw.count(b"\n", 0, error.start) + 1
        line_start = raw.rfind(b"\n", 0, error.start) + 1
        column = len(raw[line_start : error.start].decode("utf-8", errors="replace")) + 1
        document.file_problem(
            "file-encoding",
            msg(
                "The file is not valid UTF-8 (byte {byte} here); save it again with the encoding UTF-8",
                byte=byte,
            ),
            line,
            column,
        )
        return document
    parse_into(document)
    return document


def parse_into(document: Document) -> None:
    parsed = parse_yaml(document.text)
    document.values, document.keys = parsed.values, parsed.keys
    for issue in parsed.issues:
        document.file_problem(issue.rule, issue.message, issue.position.line, issue.position.column)
    if parsed.issues and any(i.rule != "yaml-duplicate-key" for i in parsed.issues):
        return
    if parsed.data is None:
        document.file_problem(
            "yaml-root",
            msg(
                "The file is empty; it should hold the keys of a commitment, one 'key: value' a line"
            ),
        )
    elif not isinstance(parsed.data, dict):
        found = msg("a list") if isinstance(parsed.data, list) else msg("a single value")
        document.file_problem(
            "yaml-root",
            msg(
                "The file holds {found}, but it should hold the keys of a commitment, one 'key: value' a line",
                found=found,
            ),
        )
    else:
        document.data = parsed.data
