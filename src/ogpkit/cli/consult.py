"""`ogpkit consult import`: public input from a CSV or XLSX export into a consultation round."""

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
    guard,
    language,
    open_project,
)

app = typer.Typer(
    name="consult",
    help="Public input and the reasoned response: import comments into a consultation round.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)


def run(
    source: Path,
    round_id: str,
    mapping: list[str],
    concerns: str | None,
    channel: str,
    lang: Lang | None,
    root: Path | None,
) -> int:
    from ogpkit.authoring.consultation.columns import concerns as split
    from ogpkit.authoring.consultation.columns import parse_map
    from ogpkit.authoring.consultation.importer import Options, import_inputs
    from ogpkit.report.message import msg, translate
    from ogpkit.source.document import display_name

    options = Options(round_id, parse_map(mapping), tuple(split(concerns or "")), channel)
    project = open_project(root)
    shown = language(lang, project)
    result = import_inputs(project, source, options)
    for problem in result.problems:
        sys.stderr.write(f"{source.name}: {translate(problem, shown)}\n")
    summary = msg(
        "{path}: {added} inputs added, {already} already imported, {skipped} rows not imported",
        path=display_name(result.path, project.root),
        added=result.added,
        already=result.already,
        skipped=len(result.problems),
    )
    sys.stdout.write(translate(summary, shown) + "\n")
    return EXIT_PROBLEMS if result.problems else EXIT_OK


@app.command(name="import")
def import_(
    source: Annotated[
        Path,
        typer.Argument(
            help="The export: a .csv (UTF-8 or Big5) or .xlsx file.", show_default=False
        ),
    ],
    round_id: Annotated[
        str,
        typer.Option(
            "--round", help="The id of the round (created when absent).", show_default=False
        ),
    ],
    mapping: Annotated[
        list[str] | None,
        typer.Option(
            "--map",
            help="HEADER=FIELD for a column with another name; FIELD: id, received, contributor, name, text, concerns.",
            show_default=False,
        ),
    ] = None,
    concerns: Annotated[
        str | None,
        typer.Option(
            "--concerns",
            help="Commitment ids for rows that name none (comma-separated, or new).",
            show_default=False,
        ),
    ] = None,
    channel: Annotated[
        str, typer.Option(help="The channel of a new round: online, workshop, forum, email, other.")
    ] = "online",
    lang: LangOption = None,
    root: RootOption = None,
) -> None:
    """Add the inputs of a comment export to a round, with empty responses; never twice.

    Exit status: 0 every row imported (or imported before), 1 some rows not imported, 2 usage error.
    """
    raise typer.Exit(
        guard(
            lambda: run(source, round_id, mapping or [], concerns, channel, lang, root), lang=lang
        )
    )
