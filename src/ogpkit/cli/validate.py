"""`ogpkit validate`: the check that CI runs on every pull request."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer

from ogpkit.cli.common import (
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


@dataclass(frozen=True)
class Scope:
    """Which problems to report: `--changed [--base REF]`, and where to append a summary."""

    changed: bool = False
    base: str | None = None
    summary: Path | None = None


def run(
    paths: list[Path],
    fmt: Format,
    lang: Lang | None,
    root: Path | None,
    today: str | None,
    scope: Scope = Scope(),
) -> int:
    from ogpkit.checks.validate import only_files, selected_names, validate_project
    from ogpkit.plan.clock import parse_today

    day = parse_today(today)
    if scope.summary is not None:
        _append(scope.summary, "")  # a summary that cannot be written fails before any output
    project = open_project(root, paths)
    validation = validate_project(project, day)
    names = selected_names(project.root, paths) if paths else None
    if scope.changed:
        from ogpkit.history.changed import changed_files
        from ogpkit.plan.project import PLAN_FILE

        changed = changed_files(project.root, scope.base)
        if PLAN_FILE not in changed:  # a changed plan.yaml can break any file: report all
            names = changed if names is None else names & changed
    problems = only_files(validation.problems, names)
    shown = language(lang, project)
    emit(problems, fmt, shown, sys.stdout)
    if scope.summary is not None:
        from ogpkit.report.summary import markdown_summary

        _append(scope.summary, markdown_summary(problems, shown))
    return exit_code(problems)


def _append(path: Path, text: str) -> None:
    from ogpkit.errors import UsageError
    from ogpkit.report.message import msg

    try:
        if path.is_dir():
            raise IsADirectoryError(21, "Is a directory", str(path))
        with path.open("a", encoding="utf-8") as stream:
            stream.write(text)
    except OSError as error:
        raise UsageError(
            msg(
                "Cannot append the summary to {path!r}: {reason}",
                path=str(path),
                reason=error.strerror or type(error).__name__,
            )
        ) from None


def validate(
    paths: PathsArgument = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
    root: RootOption = None,
    today: TodayOption = None,
    changed: Annotated[
        bool,
        typer.Option(
            "--changed",
            help="Report only files changed on this branch (against the merge base with --base), still checked against the whole plan.",
        ),
    ] = False,
    base: Annotated[
        str | None,
        typer.Option(
            help="Base of --changed (default: origin/main, else main).", show_default=False
        ),
    ] = None,
    summary: Annotated[
        Path | None,
        typer.Option(
            help="Append a Markdown summary of the problems to this file (e.g. $GITHUB_STEP_SUMMARY).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Check every commitment file against the schema, the plan and the lint rules.

    Exit status: 0 no errors, 1 errors found, 2 usage or configuration error.
    """
    scope = Scope(changed, base, summary)
    raise typer.Exit(
        guard(lambda: run(paths or [], fmt, lang, root, today, scope), fmt=fmt, lang=lang)
    )
