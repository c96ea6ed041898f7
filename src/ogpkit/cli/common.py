"""What every command shares: options, finding the project, turning errors into exit codes."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO

import typer

if TYPE_CHECKING:
    from ogpkit.plan.project import Project
    from ogpkit.report.message import Message
    from ogpkit.report.problem import Problem


class Format(StrEnum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


class Lang(StrEnum):
    zh_tw = "zh-TW"
    en = "en"


FormatOption = Annotated[
    Format, typer.Option("--format", "-f", help="Output format: text, json, github or sarif.")
]
LangOption = Annotated[
    Lang | None,
    typer.Option("--lang", help="Language of messages (default: the plan's locale, zh-TW)."),
]
RootOption = Annotated[
    Path | None,
    typer.Option("--root", help="The plan repository (default: found upwards from here)."),
]
TodayOption = Annotated[
    str | None,
    typer.Option(
        "--today", help="Judge dates as on this day (any date spelling; default: today in Taipei)."
    ),
]
PathsArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        help="Files or folders to report on (default: the whole plan).", show_default=False
    ),
]

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def guard(action: Callable[[], int], *, fmt: Format = Format.text, lang: Lang | None = None) -> int:
    """Run a command's core; an OgpkitError becomes exit status 2 with its message and problems."""
    from ogpkit.errors import OgpkitError
    from ogpkit.report.i18n import DEFAULT_LANG
    from ogpkit.report.message import translate

    language = lang.value if lang else DEFAULT_LANG
    try:
        return action()
    except OgpkitError as error:
        problems = error.problems
        if not problems and fmt is not Format.text:
            from ogpkit.report.problem import Level, Problem

            problems = (Problem("", 0, 0, Level.ERROR, "config-error", error.message),)
        if problems:
            emit(problems, fmt, language, sys.stdout)
        sys.stderr.write(f"ogpkit: {translate(error.message, language)}\n")
        return EXIT_USAGE
    except OSError as error:
        sys.stderr.write(f"ogpkit: {translate(os_error_message(error), language)}\n")
        return EXIT_USAGE


def os_error_message(error: OSError) -> Message:
    """What the operating system refused, in words: a full disk, a read-only folder …"""
    from ogpkit.report.message import msg

    reason = error.strerror or type(error).__name__
    if error.filename is not None:
        return msg(
            "Cannot use {path}: {reason}; nothing was changed",
            path=str(error.filename),
            reason=reason,
        )
    return msg("The system refused: {reason}; nothing was changed", reason=reason)


def find_project_root(root: Path | None, paths: Sequence[Path] = ()) -> Path:
    from ogpkit.errors import UsageError
    from ogpkit.plan.project import find_root
    from ogpkit.report.message import msg

    for path in paths:
        if not path.exists():
            raise UsageError(msg("No such file or folder: {path}", path=str(path)))
    if root is not None:
        if not (root / "plan.yaml").is_file():
            raise UsageError(msg("No plan.yaml in {root}", root=str(root)))
        return root.resolve()
    return find_root(paths[0] if paths else Path.cwd())


def open_project(root: Path | None, paths: Sequence[Path] = ()) -> Project:
    from ogpkit.plan.project import load_project

    return load_project(find_project_root(root, paths))


def language(lang: Lang | None, project: Project | None) -> str:
    if lang is not None:
        return lang.value
    return project.plan.locale if project is not None else "zh-TW"


def emit(problems: Sequence[Problem], fmt: Format, lang: str, stream: TextIO) -> None:
    from ogpkit.report.reporters import REPORTERS

    REPORTERS[fmt.value](problems, stream, lang)


def exit_code(problems: Sequence[Problem], *, strict: bool = False) -> int:
    from ogpkit.report.problem import Level

    failing = {Level.ERROR, Level.WARNING} if strict else {Level.ERROR}
    return EXIT_PROBLEMS if any(p.level in failing for p in problems) else EXIT_OK
