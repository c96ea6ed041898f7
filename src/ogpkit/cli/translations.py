"""`ogpkit translations`: which English texts are missing, stale or current; export, import."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ogpkit.cli.common import EXIT_OK, EXIT_PROBLEMS, Lang, LangOption, RootOption, guard, language


class ListFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(StrEnum):
    xliff = "xliff"
    po = "po"


app = typer.Typer(
    name="translations",
    help="The English edition's texts: missing, stale or current; export for translators, import back.",
    no_args_is_help=False,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def run_list(fmt: ListFormat, lang: Lang | None, root: Path | None) -> int:
    from ogpkit.cli.common import open_project
    from ogpkit.history.field_history import read_field_history
    from ogpkit.history.translations import statuses
    from ogpkit.views.translations import WRITERS

    project = open_project(root)
    rows = statuses(project, read_field_history(project.root))
    sys.stdout.write(WRITERS[fmt.value](rows, language(lang, project)))
    return EXIT_OK


def run_export(fmt: ExportFormat, output: Path | None, lang: Lang | None, root: Path | None) -> int:
    from ogpkit.cli.common import open_project
    from ogpkit.errors import UsageError
    from ogpkit.history.field_history import read_field_history
    from ogpkit.history.translations import State, statuses
    from ogpkit.outputs.translation_export import EXPORTERS
    from ogpkit.report.message import msg, translate
    from ogpkit.source import atomic

    project = open_project(root)
    rows = [
        row
        for row in statuses(project, read_field_history(project.root))
        if row.state is not State.CURRENT
    ]
    write, extension = EXPORTERS[fmt.value]
    data = write(rows, project.plan.glossary)
    target = output if output is not None else Path(f"translations.{extension}")
    try:
        atomic.write_bytes(target, data)
    except OSError as error:
        raise UsageError(
            msg(
                "Cannot write {path}: {error}", path=str(target), error=error.strerror or str(error)
            )
        ) from None
    shown = msg("wrote {path} ({count} fields to translate)", path=str(target), count=len(rows))
    sys.stdout.write(translate(shown, language(lang, project)) + "\n")
    return EXIT_OK


def run_import(file: Path, lang: Lang | None, root: Path | None) -> int:
    from ogpkit.cli.common import open_project
    from ogpkit.errors import UsageError
    from ogpkit.fixes.translation_import import import_translations
    from ogpkit.report.message import msg, translate

    if not file.is_file():
        raise UsageError(msg("No such file or folder: {path}", path=str(file)))
    project = open_project(root)
    code = language(lang, project)
    result = import_translations(project, file)
    for reason in result.refused:
        sys.stderr.write(translate(reason, code) + "\n")
    if result.refused:
        refusal = msg(
            "Nothing was imported; {count} translation(s) cannot be used (see above)",
            count=len(result.refused),
        )
        sys.stderr.write(f"ogpkit: {translate(refusal, code)}\n")
        return EXIT_PROBLEMS
    for name, count in result.written.items():
        shown = msg("wrote {count} English text(s) into {path}", count=count, path=name)
        sys.stdout.write(translate(shown, code) + "\n")
    return EXIT_OK


@app.callback(invoke_without_command=True)
def translations(
    context: typer.Context,
    fmt: Annotated[
        ListFormat, typer.Option("--format", "-f", help="Output format: table, json or csv.")
    ] = ListFormat.table,
    lang: LangOption = None,
    root: RootOption = None,
) -> None:
    """List each commitment's fields whose English is missing, stale (with the date and the change of the Chinese) or current, with totals.

    Exit status: 0, or 2 on a usage or configuration error.
    """
    if context.invoked_subcommand is None:
        raise typer.Exit(guard(lambda: run_list(fmt, lang, root), lang=lang))


@app.command()
def export(
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="xliff (XLIFF 2.0) or po (gettext).")
    ] = ExportFormat.xliff,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="File to write (default: translations.xlf or .po)."),
    ] = None,
    lang: LangOption = None,
    root: RootOption = None,
) -> None:
    """Write the missing and stale fields for a translator's tool, with their notes."""
    raise typer.Exit(guard(lambda: run_export(fmt, output, lang, root), lang=lang))


@app.command(name="import")
def import_(
    file: Annotated[Path, typer.Argument(help="An XLIFF 2.0 or PO file from translations export.")],
    lang: LangOption = None,
    root: RootOption = None,
) -> None:
    """Write the translated texts back into the commitment files, losslessly.

    Exit status: 0 written, 1 refused (a source changed since the export; nothing written), 2 usage error.
    """
    raise typer.Exit(guard(lambda: run_import(file, lang, root), lang=lang))
