"""`ogpkit validate`: the check that CI runs on every pull request."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from ogpkit.commands.common import (
    Format,
    FormatOption,
    Lang,
    LangOption,
    PathsArgument,
    RootOption,
    TodayOption,
    emit,
    exit_code,
    guard,
    language,
    open_project,
)


def run(
    paths: list[Path], fmt: Format, lang: Lang | None, root: Path | None, today: str | None
) -> int:
    from ogpkit.clock import parse_today
    from ogpkit.validate import only_files, selected_names, validate_project

    day = parse_today(today)
    project = open_project(root, paths)
    validation = validate_project(project, day)
    names = selected_names(project.root, paths) if paths else None
    problems = only_files(validation.problems, names)
    emit(problems, fmt, language(lang, project), sys.stdout)
    return exit_code(problems)


def validate(
    paths: PathsArgument = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
    root: RootOption = None,
    today: TodayOption = None,
) -> None:
    """Check every commitment file against the schema, the plan and the lint rules.

    Exit status: 0 no errors, 1 errors found, 2 usage or configuration error.
    """
    raise typer.Exit(guard(lambda: run(paths or [], fmt, lang, root, today), fmt=fmt, lang=lang))
