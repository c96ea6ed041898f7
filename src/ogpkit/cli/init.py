"""`ogpkit init DIR`: a new plan repository for the next cycle, committed to a new Git repository."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ogpkit.cli.common import EXIT_OK, LangOption, guard, language, say_written


def run(
    folder: Path,
    title: str,
    period: str,
    title_en: str | None,
    source: Path | None,
    lead_months: int,
    git: bool,
    lang: str,
) -> int:
    from ogpkit import __version__
    from ogpkit.authoring.init_plan import InitRequest, create_repository, release_of
    from ogpkit.history.repository import init_and_commit
    from ogpkit.outputs.jsonschema import write
    from ogpkit.plan.project import find_root, load_plan
    from ogpkit.report.message import msg, translate

    agencies = None
    if source is not None:
        plan, _ = load_plan(find_root(source))
        agencies = tuple(plan.agencies)
    release = release_of(__version__)
    request = InitRequest(folder, title, period, title_en, agencies, release, lead_months)
    written = create_repository(request)
    written += [folder / "schema" / name for name in write(folder)]
    say_written(written, lang)
    if git:
        reason = init_and_commit(folder, f"ogpkit init: {title}")
        if reason is not None:
            note = msg(
                "The files are ready but Git could not commit them ({reason}); set your name with git config user.name and user.email, then run git commit in {folder}",
                reason=reason,
                folder=str(folder),
            )
            sys.stderr.write(f"ogpkit: {translate(note, lang)}\n")
        else:
            sys.stdout.write(
                translate(msg("committed the new plan in {folder}", folder=str(folder)), lang)
                + "\n"
            )
    return EXIT_OK


def init(
    folder: Annotated[
        Path, typer.Argument(help="The new plan repository (a new or empty folder).")
    ],
    title: Annotated[str, typer.Option("--title", help="The plan's title, in Chinese.")],
    period: Annotated[
        str, typer.Option("--period", help="The plan's period, such as 114-01..117-12.")
    ],
    title_en: Annotated[
        str | None, typer.Option("--title-en", help="The plan's title in English.")
    ] = None,
    source: Annotated[
        Path | None,
        typer.Option(
            "--from", help="An existing plan whose agency registry to copy (default: ogpkit's)."
        ),
    ] = None,
    lead_months: Annotated[
        int,
        typer.Option(
            "--lead-months", help="Months from the submission cutoff to the start (at least 3)."
        ),
    ] = 4,
    git: Annotated[
        bool, typer.Option("--git/--no-git", help="git init and a first commit.")
    ] = True,
    lang: LangOption = None,
) -> None:
    """Create a new plan repository: plan.yaml with the cycle's timeline, the agency registry, empty commitments/, CONTRIBUTING.md, a README, pre-commit and a GitHub workflow.

    Exit status: 0 created, 2 usage error (a folder that is not empty, a period that is not one).
    """
    code = language(lang, None)
    raise typer.Exit(
        guard(
            lambda: run(folder, title, period, title_en, source, lead_months, git, code),
            lang=lang,
        )
    )
