"""The typer app: one table of commands, each in `ogpkit.cli.<name>` (`cli.main` starts it).

Command modules import only typer and the standard library at module level, so that
`ogpkit --help` starts quickly; the core is imported when a command runs.
"""

from __future__ import annotations

from typing import Annotated

import typer

from ogpkit.cli import (
    compare,
    consult,
    deadlines,
    import_form,
    init,
    lint,
    new,
    progress,
    render,
    report,
    rules,
    schema,
    site,
    status,
    translations,
    validate,
)
from ogpkit.cli.overview import DESCRIPTION

app = typer.Typer(
    name="ogpkit",
    help=DESCRIPTION,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

COMMANDS = (
    validate.validate,
    schema.schema,
    lint.lint,
    rules.rules,
    render.render,
    deadlines.deadlines,
    status.status,
    new.new,
    import_form.import_,
    compare.compare,
    progress.progress,
    report.report,
    site.site,
    init.init,
)
for command in COMMANDS:
    app.command()(command)
app.add_typer(translations.app)
app.add_typer(consult.app)


def _print_version(value: bool) -> None:
    if value:
        from ogpkit import __version__

        typer.echo(f"ogpkit {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            callback=_print_version,
            is_eager=True,
            help="Print ogpkit's version and exit.",
        ),
    ] = False,
) -> None:
    """Open-government commitments as code: validate, lint, track and render a national action plan."""
