"""The `ogpkit` command line: one table of commands, each in `ogpkit.cli.<name>`.

Command modules import only typer and the standard library at module level, so that
`ogpkit --help` starts quickly; the core is imported when a command runs.
"""

from __future__ import annotations

import gc
import os
from typing import Annotated

import typer

from ogpkit.cli import (
    deadlines,
    import_form,
    init,
    lint,
    new,
    render,
    rules,
    schema,
    site,
    status,
    validate,
)

app = typer.Typer(
    name="ogpkit",
    help="Open-government commitments as code: validate, lint, track and render a national action plan.",
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
    site.site,
    init.init,
)
for command in COMMANDS:
    app.command()(command)


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


def main() -> None:
    # A plan is read into many small objects that form no cycles; collecting cycles every 700
    # allocations (the default) spends a tenth of a large validation finding none.
    gc.set_threshold(50_000, 20, 100)
    # ogpkit uses no pydantic plugin; looking for one reads the metadata of every installed
    # package, a sixth of the time of validating a small plan.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    app()
