"""The one error base class of ogpkit and its few subclasses.

Core code raises these; the CLI turns them into exit code 2 and a message in one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ogpkit.report.message import Message
    from ogpkit.report.problem import Problem


class OgpkitError(Exception):
    """An error that stops a command: exit status 2, with a message for the user."""

    def __init__(self, message: Message, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message.msgid)
        self.message = message
        self.problems = tuple(problems)


class UsageError(OgpkitError):
    """The command line asks for something that cannot be done (a missing path, a bad option)."""


class ConfigError(OgpkitError):
    """`plan.yaml` or another configuration is missing or broken; `problems` say where."""
