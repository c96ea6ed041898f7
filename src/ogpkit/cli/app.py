"""The typer app: one table of commands, each in `ogpkit.cli.<name>` (`cli.main` starts it).

Command modules import only typer and the standard library at module level, so that
`ogpkit --help` starts quickly; the core is imported when a command runs.
"""

from __future__ import annotations

import typer

from ogpkit.cli import (
    compare,
    consult,
    deadlines,
    import_form,
    lint,
    new,
    progress,
    render,
    report,
    rules,
    schema,
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
)
for command in COMMANDS:
    app.command()(command)
app.add_typer(translations.app)
app.add_typer(consult.app)
