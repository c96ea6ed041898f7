"""`ogpkit export`: the compiled plan as Word and OpenDocument files, for the Executive Yuan.

Temporary: these formats join `ogpkit render --format` when the render work is merged.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ogpkit.commands.common import (
    EXIT_OK,
    Format,
    Lang,
    LangOption,
    RootOption,
    TodayOption,
    emit,
    exit_code,
    guard,
    language,
    open_project,
)


def run(formats: str, output: Path, lang: Lang | None, root: Path | None, today: str | None) -> int:
    from ogpkit.clock import parse_today
    from ogpkit.compiled import compile_plan
    from ogpkit.errors import UsageError
    from ogpkit.i18n import translate
    from ogpkit.message import msg
    from ogpkit.office.formats import OFFICE_WRITERS
    from ogpkit.problem import has_errors
    from ogpkit.validate import validate_project

    names = [name.strip() for name in formats.split(",") if name.strip()]
    unknown = [name for name in names if name not in OFFICE_WRITERS]
    if unknown or not names:
        raise UsageError(
            msg(
                "Unknown format {name!r}; choose from {known}",
                name=",".join(unknown),
                known=", ".join(OFFICE_WRITERS),
            )
        )
    project = open_project(root)
    shown = language(lang, project)
    problems = validate_project(project, parse_today(today)).problems
    if has_errors(problems):
        emit(problems, Format.text, shown, sys.stderr)
        sys.stderr.write(
            translate(msg("The plan has errors; fix them before exporting it"), shown) + "\n"
        )
        return exit_code(problems)
    compiled = compile_plan(project)
    folder = output if output.is_absolute() else Path.cwd() / output
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        path = folder / f"plan.{name}"
        OFFICE_WRITERS[name](compiled, path, shown, project.plan.date_style)
        here = Path.cwd()
        name_shown = path.relative_to(here).as_posix() if path.is_relative_to(here) else str(path)
        sys.stdout.write(translate(msg("Wrote {path}", path=name_shown), shown) + "\n")
    return EXIT_OK


def export(
    formats: Annotated[
        str, typer.Option("--format", "-f", help="Comma-separated: docx, odt.")
    ] = "docx,odt",
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Folder for plan.docx and plan.odt.")
    ] = Path("build"),
    lang: LangOption = None,
    root: RootOption = None,
    today: TodayOption = None,
) -> None:
    """Write the compiled plan as plan.docx (Word) and plan.odt (OpenDocument).

    Exit status: 0 written, 1 the plan has errors (nothing written), 2 usage error.
    """
    raise typer.Exit(guard(lambda: run(formats, output, lang, root, today), lang=lang))
