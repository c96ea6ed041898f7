"""`ogpkit new`: start a commitment file from the template, by questions or by options."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ogpkit.cli.common import (
    EXIT_OK,
    Lang,
    LangOption,
    RootOption,
    TodayOption,
    guard,
    language,
)

if TYPE_CHECKING:
    from ogpkit.authoring.new_commitment import Answers


def run(
    given: Answers,
    slug: str | None,
    ask: bool | None,
    lang: Lang | None,
    root: Path | None,
    today: str | None = None,
) -> int:
    from rich.console import Console

    from ogpkit.authoring.interview import Interview, split_names
    from ogpkit.authoring.new_commitment import create_commitment, late_notice, next_id
    from ogpkit.cli.common import open_project
    from ogpkit.errors import UsageError
    from ogpkit.plan.clock import parse_today
    from ogpkit.report.message import msg, translate

    day = parse_today(today)
    project = open_project(root)
    shown = language(lang, project)
    answers = given
    answers.lead_agencies = [n for text in answers.lead_agencies for n in split_names(text)]
    answers.supporting_agencies = [
        n for text in answers.supporting_agencies for n in split_names(text)
    ]
    if ask is None:
        ask = sys.stdin.isatty()
    console = Console(highlight=False, soft_wrap=True)
    if ask:
        try:
            answers = Interview(project, console, shown).run(answers)
        except (EOFError, KeyboardInterrupt):
            console.print()
            raise UsageError(
                msg("Stopped before the end of the questions; nothing was written")
            ) from None
    elif not answers.theme:
        raise UsageError(msg("--theme is needed with --no-input (or run ogpkit new in a terminal)"))
    elif not answers.id:
        answers.id = next_id(project, answers.theme)
    path = create_commitment(project, answers, slug)
    name = path.relative_to(project.root).as_posix()
    console.print(translate(msg("Wrote {path}", path=name), shown))
    if (late := late_notice(project.plan, day)) is not None:
        console.print(translate(late, shown), style="bold yellow")
    console.print(
        translate(
            msg(
                "Next: replace each 請填寫 with the commitment's own text (the template's guidance is in the comment above each field; delete an optional line that does not apply), then run: ogpkit validate {path}",
                path=name,
            ),
            shown,
        )
    )
    return EXIT_OK


def new(
    id: Annotated[
        str,
        typer.Option(
            "--id",
            help="Id, like 1-6 (default: the next free id of the theme).",
            show_default=False,
        ),
    ] = "",
    title: Annotated[str, typer.Option(help="Title (承諾事項名稱).", show_default=False)] = "",
    theme: Annotated[str, typer.Option(help="Theme id from plan.yaml.", show_default=False)] = "",
    lead: Annotated[
        list[str] | None,
        typer.Option(
            "--lead",
            help="Lead agency (repeat, or separate with 、); short names and aliases are written in full.",
            show_default=False,
        ),
    ] = None,
    support: Annotated[
        list[str] | None,
        typer.Option(
            "--support", help="Supporting agency (repeat, or separate with 、).", show_default=False
        ),
    ] = None,
    contact_name: Annotated[
        str, typer.Option(help="Contact person (承辦人員).", show_default=False)
    ] = "",
    contact_title: Annotated[
        str, typer.Option(help="Contact's job title.", show_default=False)
    ] = "",
    contact_department: Annotated[
        str, typer.Option(help="Contact's department.", show_default=False)
    ] = "",
    contact_email: Annotated[str, typer.Option(help="Contact's email.", show_default=False)] = "",
    contact_phone: Annotated[str, typer.Option(help="Contact's phone.", show_default=False)] = "",
    milestone: Annotated[
        str, typer.Option(help="The first milestone's indicator.", show_default=False)
    ] = "",
    milestone_start: Annotated[
        str, typer.Option(help="Its start date, like 109-05.", show_default=False)
    ] = "",
    milestone_end: Annotated[
        str, typer.Option(help="Its end date, like 110-12.", show_default=False)
    ] = "",
    start: Annotated[
        str, typer.Option(help="Start of the commitment (default: the plan's).", show_default=False)
    ] = "",
    end: Annotated[
        str, typer.Option(help="End of the commitment (default: the plan's).", show_default=False)
    ] = "",
    slug: Annotated[
        str | None,
        typer.Option(help="Write <id>-<slug>.yaml, e.g. --slug open-data.", show_default=False),
    ] = None,
    ask: Annotated[
        bool | None,
        typer.Option(
            "--input/--no-input",
            help="Ask for what is missing (default: when run in a terminal).",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
    root: RootOption = None,
    today: TodayOption = None,
) -> None:
    """Start a new commitment file under commitments/ from the template.

    In a terminal it asks for the theme, title, agencies, contact and first milestone;
    with --no-input it takes them from the options. It never replaces an existing file.
    """
    from ogpkit.authoring.new_commitment import Answers

    given = Answers(
        id=id,
        title=title,
        theme=theme,
        lead_agencies=lead or [],
        supporting_agencies=support or [],
        contact_name=contact_name,
        contact_title=contact_title,
        contact_department=contact_department,
        contact_email=contact_email,
        contact_phone=contact_phone,
        milestone=milestone,
        milestone_start=milestone_start,
        milestone_end=milestone_end,
        start=start,
        end=end,
    )
    raise typer.Exit(guard(lambda: run(given, slug, ask, lang, root, today), lang=lang))
