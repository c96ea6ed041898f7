"""`ogpkit import`: commitment files from a filled Word template (承諾事項建議表)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

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

if TYPE_CHECKING:
    from ogpkit.authoring.word.importer import ImportedForm
    from ogpkit.report.message import Message


def _headline(result: ImportedForm, root: Path) -> Message:
    from ogpkit.report.message import msg
    from ogpkit.source.document import display_name

    title = result.title or "-"
    if result.written is None:
        return msg(
            "Form {number} {title!r}: not written; fix these in the Word file and import it again:",
            number=result.number,
            title=title,
        )
    path = display_name(result.written, root)
    if result.updated and not result.diff:
        return msg(
            "Form {number} {title!r}: {path} is up to date",
            number=result.number,
            title=title,
            path=path,
        )
    if result.updated:
        return msg(
            "Form {number} {title!r}: updated {path}", number=result.number, title=title, path=path
        )
    return msg(
        "Form {number} {title!r}: wrote {path}", number=result.number, title=title, path=path
    )


def run(
    source: Path,
    output: Path | None,
    theme: str | None,
    strict: bool,
    lang: Lang | None,
    root: Path | None,
) -> int:
    from ogpkit.authoring.word.importer import import_docx
    from ogpkit.errors import UsageError
    from ogpkit.plan.project import COMMITMENTS_DIR, load_project
    from ogpkit.report.message import msg, translate
    from ogpkit.report.problem import Level

    if not source.is_file():
        raise UsageError(msg("No such file or folder: {path}", path=str(source)))
    project = load_project(find_project_root(root))
    shown = language(lang, project)
    target = output if output is not None else project.root / COMMITMENTS_DIR
    results = import_docx(project, source, target, theme, strict)
    out = sys.stdout
    for result in results:
        out.write(translate(_headline(result, project.root), shown) + "\n")
        if result.written is not None and result.problems:
            out.write(
                translate(
                    msg("  to fix in the YAML file (or in the Word file, then import again):"),
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
        if result.diff:
            out.write(result.diff if result.diff.endswith("\n") else result.diff + "\n")
    failed = any(
        r.written is None or any(p.level is Level.ERROR for p in r.problems) for r in results
    )
    return EXIT_PROBLEMS if failed else EXIT_OK


def import_(
    source: Annotated[
        Path, typer.Argument(help="The filled template, a .docx or .odt file.", show_default=False)
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
    strict: Annotated[
        bool,
        typer.Option(
            "--strict", help="Write only the forms without errors (all or nothing for each form)."
        ),
    ] = False,
    lang: LangOption = None,
    root: RootOption = None,
) -> None:
    """Turn the forms of a filled Word template into commitment files.

    Each form becomes commitments/<id>.yaml, its problems listed with the Word table and row
    (--strict: only forms without errors are written). A form imported again updates the file
    an earlier import wrote and shows the change; other files are never replaced.
    Accepts .docx and .odt. Exit status: 0 every form written without errors, 1 problems
    (or a form not written), 2 usage error (an unreadable or oversized file, a bad --output).
    """
    raise typer.Exit(guard(lambda: run(source, output, theme, strict, lang, root), lang=lang))


import_.__name__ = "import"  # the command's name; `import` itself is a Python keyword
