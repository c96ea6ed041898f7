"""`ogpkit lint`: the rules that judge what a commitment says; `--fix` and `--diff`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ogpkit.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    Format,
    FormatOption,
    Lang,
    LangOption,
    PathsArgument,
    RootOption,
    emit,
    exit_code,
    guard,
    language,
    open_project,
)

if TYPE_CHECKING:
    from ogpkit.fixes.lint_fix import FileFix


def run(
    paths: list[Path],
    fmt: Format,
    lang: Lang | None,
    root: Path | None,
    *,
    strict: bool,
    fix: bool,
    show_diff: bool,
) -> int:
    from ogpkit.checks.lint import lint_project, project_config
    from ogpkit.checks.validate import only_files, selected_names
    from ogpkit.plan.project import load_project
    from ogpkit.report.message import msg
    from ogpkit.report.problem import Problem

    project = open_project(root, paths)
    config = project_config(project)
    names = selected_names(project.root, paths) if paths else None
    fix_problems: list[Problem] = []
    if fix or show_diff:
        from ogpkit.fixes import lint_fix

        fixes = [
            lint_fix.plan_fix(project, file, config)
            for file in project.files
            if names is None or file.document.name in names
        ]
        refused = [p for f in fixes for p in f.problems]
        changed = [f for f in fixes if f.changed]
        if show_diff:
            sys.stdout.write("".join(lint_fix.diff(f) for f in changed))
            _tell([f"{p.file}: {p.message.localize(language(lang, project))}" for p in refused])
            return EXIT_PROBLEMS if changed else EXIT_OK
        fix_problems += refused
        written = 0
        for item in changed:
            failed = lint_fix.write(item)
            fix_problems += failed
            written += not failed
        if written:
            summary = msg(
                "Fixed {count} file(s); review the changes (git diff) before you commit them",
                count=written,
            )
            _tell([summary.localize(language(lang, project))])
        project = load_project(project.root)
        names = None if names is None else _renamed(names, fixes)
    problems = [p for file in project.files for p in file.problems]
    problems += (r.problem for r in lint_project(project, config))
    from ogpkit.checks.typing import typing_problems

    problems += typing_problems(project, problems)
    problems += fix_problems
    selected = only_files(sorted(set(problems), key=lambda p: p.sort_key), names)
    emit(selected, fmt, language(lang, project), sys.stdout)
    return exit_code(selected, strict=strict)


def _tell(lines: list[str]) -> None:
    for line in lines:
        sys.stderr.write(line + "\n")


def _renamed(names: set[str], fixes: list[FileFix]) -> set[str]:
    result = set(names)
    for item in fixes:
        if item.rename:
            folder = item.file.document.name.rpartition("/")[0]
            result.add(f"{folder}/{item.rename}" if folder else item.rename)
    return result


def lint(
    paths: PathsArgument = None,
    strict: Annotated[bool, typer.Option("--strict", help="Warnings fail too (exit 1).")] = False,
    fix: Annotated[
        bool, typer.Option("--fix", help="Apply the safe fixes in place, then report the rest.")
    ] = False,
    show_diff: Annotated[
        bool,
        typer.Option("--diff", help="Show the fixes as a unified diff; write nothing."),
    ] = False,
    fmt: FormatOption = Format.text,
    lang: LangOption = None,
    root: RootOption = None,
) -> None:
    """Judge what each commitment says: vague milestones, placeholders, terms, dates, names.

    Exit status: 0 no errors (no warnings either with --strict), 1 problems found (with
    --diff: fixes to apply), 2 usage or configuration error.
    """
    raise typer.Exit(
        guard(
            lambda: run(paths or [], fmt, lang, root, strict=strict, fix=fix, show_diff=show_diff),
            fmt=fmt,
            lang=lang,
        )
    )
