"""`ogpkit import`: commitment files from a filled Word template (承諾事項建議表)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ogpkit.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    Lang,
    LangOption,
    RootOption,
    find_project_root,
    guard,
    language,
)


def run(
    source: Path, output: Path | None, theme: str | None, lang: Lang | None, root: Path | None
) -> int:
    from ogpkit.authoring.word.importer import import_docx
    from ogpkit.errors import UsageError
    from ogpkit.plan.project import COMMITMENTS_DIR, load_project
    from ogpkit.report.message import msg, translate
    from ogpkit.source.document import display_name

    if not source.is_file():
        raise UsageError(msg("No such file or folder: {path}", path=str(source)))
    project = load_project(find_project_root(root))
    shown = language(lang, project)
    target = output if output is not None else project.root / COMMITMENTS_DIR
    results = import_docx(project, source, target, theme)
    out = sys.stdout
    for result in results:
        title = result.title or "-"
        if result.written is not None:
            out.write(
                translate(
                    msg(
                        "Form {number} {title!r}: wrote {path}",
                        number=result.number,
                        title=title,
                        path=display_name(result.written, project.root),
                    ),
                    shown,
                )
                + "\n"
            )
        else:
            out.write(
                translate(
                    msg(
                        "Form {number} {title!r}: not written; fix these in the Word file and import it again:",
                        number=result.number,
                        title=title,
                    ),
                    shown,
                )
                + "\n"
            )
        for problem in result.problems:
            where = translate(
                msg("table {table}, row {row}", table=problem.table, row=problem.row), shown
            )
            out.write(
                f"  {source.name}: {where}: {translate(problem.message, shown)} ({problem.rule})\n"
            )
    return EXIT_PROBLEMS if any(r.written is None for r in results) else EXIT_OK


def import_(
    source: Annotated[
        Path, typer.Argument(help="The filled template, a .docx file.", show_default=False)
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Folder for the new files (default: commitments/).",
            show_default=False,
        ),
    ] = None,
    theme: Annotated[
        str | None,
        typer.Option(
            help="Theme of the forms; forms without an id get the next free id of it.",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    root: RootOption = None,
) -> None:
    """Turn the forms of a filled Word template into commitment files.

    Each form becomes commitments/<id>.yaml when it has no errors; otherwise its problems are
    listed with the Word table and row. Existing files are never replaced.
    Exit status: 0 every form written, 1 some form not written, 2 usage error.
    """
    raise typer.Exit(guard(lambda: run(source, output, theme, lang, root), lang=lang))


import_.__name__ = "import"  # the command's name; `import` itself is a Python keyword
