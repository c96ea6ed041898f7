"""`ogpkit status`: the plan at a glance, for the secretariat."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ogpkit.cli.common import (
    EXIT_OK,
    Format,
    Lang,
    LangOption,
    RootOption,
    TodayOption,
    guard,
    language,
    open_project,
)

if TYPE_CHECKING:
    from ogpkit.views.status import PlanStatus


def as_json(status: PlanStatus) -> dict[str, object]:
    deadline = status.next_deadline
    return {
        "files": status.files,
        "commitments": status.commitments,
        "by_theme": {theme.id: count for theme, count in status.by_theme},
        "by_lead_agency": dict(status.by_lead_agency),
        "milestones_by_status": status.milestones_by_status,
        "files_with_problems": [
            {"file": f.file, "errors": f.errors, "warnings": f.warnings} for f in status.unhealthy
        ],
        "next_deadline": None
        if deadline is None
        else {
            "id": deadline.entry.id,
            "name": deadline.entry.name,
            "due": deadline.entry.due.iso(),
            "days_left": deadline.days_left,
        },
        "next_milestone": None
        if status.next_milestone is None
        else {
            "commitment": status.next_milestone.commitment.id,
            "indicator": status.next_milestone.milestone.indicator,
            "due": status.next_milestone.due.isoformat(),
        },
        "overdue_milestones": status.overdue_milestones,
    }


def show(status: PlanStatus, lang: str, date_style: str) -> None:
    import os

    from rich.columns import Columns
    from rich.console import Console
    from rich.table import Table

    from ogpkit.outputs.office.labels import status_label
    from ogpkit.plan.dates import PlanDate
    from ogpkit.report.message import Message, msg, translate

    def t(message: Message) -> str:
        return translate(message, lang)

    english = lang == "en"
    console = Console(no_color="NO_COLOR" in os.environ, highlight=False, soft_wrap=True)
    with_errors = sum(1 for health in status.unhealthy if health.errors)
    headline = (
        msg(
            "{commitments} commitments in {files} files; {count} file(s) have errors (ogpkit validate lists them)",
            commitments=status.commitments,
            files=status.files,
            count=with_errors,
        )
        if with_errors
        else msg(
            "{commitments} commitments in {files} files, none with errors",
            commitments=status.commitments,
            files=status.files,
        )
    )
    console.print(t(headline), style="bold")
    themes = Table(title=t(msg("By theme")), title_justify="left")
    themes.add_column(t(msg("Theme")), overflow="fold")
    themes.add_column("#", justify="right")
    for (theme, count), number in zip(status.by_theme, status.theme_numbers, strict=True):
        themes.add_row(
            f"{number} {theme.name_en if english and theme.name_en else theme.name}", str(count)
        )
    agencies = Table(title=t(msg("By lead agency")), title_justify="left")
    agencies.add_column(t(msg("Agency")))
    agencies.add_column("#", justify="right")
    for name, count in status.by_lead_agency:
        agencies.add_row(name, str(count))
    milestones = Table(title=t(msg("Milestones by status")), title_justify="left")
    milestones.add_column(t(msg("Status")))
    milestones.add_column("#", justify="right")
    for key, count in status.milestones_by_status.items():
        milestones.add_row(status_label(key, lang), str(count))
    console.print(Columns([themes, agencies, milestones]))
    if status.unhealthy:
        files = Table(title=t(msg("Files with problems")), title_justify="left")
        files.add_column(t(msg("File")))
        files.add_column(t(msg("Errors")), justify="right", style="red")
        files.add_column(t(msg("Warnings")), justify="right", style="yellow")
        for health in status.unhealthy:
            files.add_row(health.file, str(health.errors), str(health.warnings))
        console.print(files)
    else:
        console.print(t(msg("No problems found")))
    deadline = status.next_deadline
    if deadline is None:
        console.print(t(msg("No deadline ahead in the plan's timeline")))
    else:
        entry = deadline.entry
        name = entry.name_en if english and entry.name_en else entry.name
        due = entry.due.display("iso" if date_style == "iso" else "roc", lang)
        console.print(
            t(
                msg(
                    "Next deadline: {name}, {due} ({days} days left)",
                    name=name,
                    due=due,
                    days=deadline.days_left,
                )
            ),
            style="bold",
        )
    upcoming = status.next_milestone
    if upcoming is not None:
        due_text = PlanDate.from_date(upcoming.due).display(
            "iso" if date_style == "iso" else "roc", lang
        )
        console.print(
            t(
                msg(
                    "Next milestone due: {due}, {id} {indicator}",
                    due=due_text,
                    id=upcoming.commitment.id,
                    indicator=upcoming.milestone.indicator,
                )
            )
        )
    if status.overdue_milestones:
        console.print(
            t(
                msg(
                    "Overdue milestones: {count} (see ogpkit deadlines)",
                    count=status.overdue_milestones,
                )
            ),
            style="yellow",
        )


def run(as_json_output: bool, lang: Lang | None, root: Path | None, today: str | None) -> int:
    from ogpkit.plan.clock import parse_today
    from ogpkit.report.streams import is_unicode
    from ogpkit.views.status import plan_status

    project = open_project(root)
    status = plan_status(project, parse_today(today))
    if as_json_output:
        json.dump(as_json(status), sys.stdout, ensure_ascii=not is_unicode(sys.stdout), indent=2)
        sys.stdout.write("\n")
    else:
        show(status, language(lang, project), project.plan.date_style)
    return EXIT_OK


class StatusFormat(StrEnum):
    text = "text"
    json = "json"


def status(
    json_output: Annotated[
        bool, typer.Option("--json", help="Print the overview as JSON.")
    ] = False,
    fmt: Annotated[
        StatusFormat,
        typer.Option("--format", "-f", help="Output format: text or json (the same as --json)."),
    ] = StatusFormat.text,
    lang: LangOption = None,
    root: RootOption = None,
    today: TodayOption = None,
) -> None:
    """The plan at a glance: commitments by theme and lead agency, milestones by status,
    files with problems, and the next deadline of the timeline."""
    as_json = json_output or fmt is StatusFormat.json
    error_format = Format.json if as_json else Format.text
    raise typer.Exit(guard(lambda: run(as_json, lang, root, today), fmt=error_format, lang=lang))
