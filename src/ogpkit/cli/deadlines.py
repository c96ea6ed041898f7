"""`ogpkit deadlines`: the timeline, who has submitted, and which milestones are due."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ogpkit.cli.common import (
    EXIT_OK,
    AgencyOption,
    Format,
    Lang,
    LangOption,
    RootOption,
    TodayOption,
    find_agency,
    find_project_root,
    guard,
    language,
)


class ViewFormat(StrEnum):
    table = "table"
    json = "json"
    ics = "ics"


def run(
    fmt: ViewFormat,
    agency_name: str | None,
    lang: Lang | None,
    root: Path | None,
    today: str | None,
) -> int:
    from ogpkit.errors import ConfigError
    from ogpkit.history.deadlines import deadlines, read_settings
    from ogpkit.history.git import read_history
    from ogpkit.plan.clock import parse_today
    from ogpkit.plan.project import load_project
    from ogpkit.report.message import msg
    from ogpkit.views.deadlines import WRITERS

    day = parse_today(today)
    project = load_project(find_project_root(root))
    settings, problems = read_settings(project)
    if problems:
        raise ConfigError(msg("{plan} has problems; fix them first", plan="plan.yaml"), problems)
    agency = find_agency(project, agency_name)
    view = deadlines(project, read_history(project.root), day, settings, agency)
    WRITERS[fmt.value](view, sys.stdout, language(lang, project))
    return EXIT_OK


def deadlines(
    fmt: Annotated[
        ViewFormat, typer.Option("--format", "-f", help="Output format: table, json or ics.")
    ] = ViewFormat.table,
    agency: AgencyOption = None,
    lang: LangOption = None,
    root: RootOption = None,
    today: TodayOption = None,
) -> None:
    """Show the plan's timeline, which agencies have submitted, and milestones overdue or due.

    Submission dates come from the `submitted` field, else from Git (the first commit that added each file, Taipei time). --format ics writes an iCalendar file to subscribe to.
    """
    error_format = Format.json if fmt is ViewFormat.json else Format.text
    raise typer.Exit(
        guard(lambda: run(fmt, agency, lang, root, today), fmt=error_format, lang=lang)
    )
