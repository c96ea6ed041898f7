"""Problem and Level: the one record that validate, lint and deadlines report."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ogpkit.report.message import Message, quoted


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    NOTICE = "notice"  # said for the record; never fails a run, not even with --strict

    @property
    def rank(self) -> int:
        return {Level.ERROR: 2, Level.WARNING: 1}.get(self, 0)


@dataclass(frozen=True)
class Problem:
    """Something wrong at a place in a file. `line` and `column` are 1-based; 0 means the file.
    Its message quotes at most an excerpt of each text argument (`quoted`): problems reach
    public CI logs, and a value from a file may be long or hostile."""

    file: str
    line: int
    column: int
    level: Level
    rule: str
    message: Message

    def __post_init__(self) -> None:
        object.__setattr__(self, "message", quoted(self.message))

    @property
    def sort_key(self) -> tuple[str, int, int, str, str, str]:
        return (
            self.file,
            self.line,
            self.column,
            self.rule,
            self.message.msgid,
            repr(self.message.args),
        )


def has_errors(problems: list[Problem] | tuple[Problem, ...]) -> bool:
    return any(p.level is Level.ERROR for p in problems)
