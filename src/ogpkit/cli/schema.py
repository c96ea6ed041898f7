"""`ogpkit schema`: write or check the JSON Schemas under `schema/`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ogpkit.cli.common import EXIT_OK, EXIT_PROBLEMS, RootOption, find_project_root, guard


def run(check: bool, root: Path | None) -> int:
    from ogpkit.outputs import jsonschema

    project_root = find_project_root(root)
    if check:
        names = jsonschema.stale(project_root)
        for name in names:
            sys.stdout.write(f"schema/{name} is out of date; run `ogpkit schema`\n")
        return EXIT_PROBLEMS if names else EXIT_OK
    for name in jsonschema.write(project_root):
        sys.stdout.write(f"wrote schema/{name}\n")
    return EXIT_OK


def schema(
    check: Annotated[
        bool, typer.Option("--check", help="Exit 1 if the committed schemas are out of date.")
    ] = False,
    root: RootOption = None,
) -> None:
    """Write schema/commitment.schema.json and schema/plan.schema.json from the models and the themes and agencies of plan.yaml."""
    raise typer.Exit(guard(lambda: run(check, root)))
