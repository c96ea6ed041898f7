"""What a lint rule is: an id, a default level, typed options and a check.

A rule yields Findings (a place in the data, a message, perhaps a fix); the engine in
`ogpkit.checks.lint` stamps the rule id, the configured level and the line and column on them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict

from ogpkit.checks.rules.text import prose
from ogpkit.plan.agencies import AgencyRegistry
from ogpkit.plan.model import Commitment, Plan
from ogpkit.plan.translation import has_chinese, texts
from ogpkit.report.message import Message
from ogpkit.report.problem import Level
from ogpkit.source.document import Document
from ogpkit.source.yaml_reader import Path as DataPath


class Options(BaseModel):
    """The options of a rule; a rule without options uses this class itself."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


@dataclass(frozen=True)
class SetValue:
    """A fix: the scalar at `path` becomes `value`."""

    path: DataPath
    value: str


@dataclass(frozen=True)
class Rename:
    """A fix: the file gets the name `name` (in the same folder)."""

    name: str


@dataclass(frozen=True)
class Quote:
    """A fix: the plain scalar `text` at `path`, written at `line` and `column`, gets double
    quotes; its value stays the same for ogpkit and becomes text for every other reader."""

    path: DataPath
    line: int
    column: int
    text: str


Fix = SetValue | Rename | Quote


@dataclass(frozen=True)
class Finding:
    """What a rule found: where (a data path; the key itself when `key`), what, and a fix.

    `offset`, a character offset inside the text at `path`, points at the very word.
    """

    path: DataPath
    message: Message
    key: bool = False
    fix: Fix | None = None
    offset: int | None = None


@dataclass(frozen=True)
class Context:
    """One commitment file that has a valid shape, and the plan it belongs to."""

    document: Document
    commitment: Commitment
    plan: Plan
    registry: AgencyRegistry
    root: Path  # the plan's folder, whatever folder below commitments/ the file is in
    unread: tuple[str, ...] = ()

    @property
    def path(self) -> Path:
        return self.document.path

    @property
    def data(self) -> dict[str, Any]:
        return self.document.data or {}

    @cached_property
    def prose(self) -> list[tuple[DataPath, str]]:
        """Every free text of the commitment with its path (see `rules.text.prose`)."""
        return list(prose(self.data))

    @cached_property
    def texts(self) -> dict[str, str]:
        """Every text that may have English, by key (`plan.translation.texts`); three rules
        read it, and on a file of 10,000 milestones each walk costs."""
        return texts(self.data)

    @cached_property
    def sources(self) -> dict[str, str]:
        """The Chinese texts among `texts` (`plan.translation.sources`)."""
        return {key: text for key, text in self.texts.items() if has_chinese(text)}


OptionsT = TypeVar("OptionsT", bound=Options)
FileCheck = Callable[[Context, OptionsT], Iterable[Finding]]
PlanCheck = Callable[[list[Context], OptionsT], Iterable[tuple[Context, Finding]]]


@dataclass(frozen=True)
class Rule(Generic[OptionsT]):
    """A rule as registered in `ogpkit.checks.rules.RULES`. Exactly one of `check`, `check_plan`."""

    id: str
    level: Level
    options: type[OptionsT]
    doc: str
    check: FileCheck[OptionsT] | None = None
    check_plan: PlanCheck[OptionsT] | None = None
    enabled: bool = True
    fixable: bool = False

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0]
