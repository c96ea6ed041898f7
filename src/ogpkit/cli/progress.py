"""`ogpkit progress`: each milestone in the current reporting period, and who owes a report."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

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

if TYPE_CHECKING:
    from ogpkit.history.progress import ProgressView
    from ogpkit.plan.dates import DateStyle


class ViewFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def show(view: ProgressView, lang: str, style: DateStyle) -> None:
    import os

    from rich.console import Console
    from rich.table import Table

    from ogpkit.outputs.office.labels import status_label
    from ogpkit.plan.dates import PlanDate
    from ogpkit.report.message import msg, translate
    from ogpkit.views.progress import owed_line

    def day(value: object) -> str:
        from datetime import date

        return PlanDate.from_date(value).display(style, lang) if isinstance(value, date) else ""

    console = Console(no_color="NO_COLOR" in os.environ, highlight=False, soft_wrap=True)
    period = view.period
    title = (
        translate(
            msg(
                "Reporting period {number}: {start} to {due} (as of {today})",
                number=period.number,
                start=day(period.start),
                due=day(period.due),
                today=day(view.today),
            ),
            lang,
        )
        if period
        else translate(msg("Before the plan's first reporting period"), lang)
    )
    yes, no = "✓", "✗"
    table = Table(title=title, title_justify="left")
    for header in (
        msg("Milestone"),
        msg("Agency"),
        msg("Status"),
        msg("Last update"),
        msg("Reported"),
        msg("Behind"),
    ):
        table.add_column(translate(header, lang))
    for row in view.rows:
        status = status_label(row.status, lang)
        if row.withdrawn:
            status += translate(msg(" (withdrawn)"), lang)
        reported = (yes if row.reported else no) if row.owes else "–"
        table.add_row(
            f"{row.commitment.id}.{row.number} {row.milestone.indicator}",
            "、".join(row.agencies),
            status,
            day(row.last_update),
            reported,
            "!" if row.behind else "",
        )
    console.print(table)
    console.print(owed_line(view, lang), style="bold")


def run(
    fmt: ViewFormat,
    agency_name: str | None,
    lang: Lang | None,
    root: Path | None,
    today: str | None,
) -> int:
    from ogpkit.plan.clock import parse_today
    from ogpkit.plan.project import load_project
    from ogpkit.views.progress import as_csv, as_json, plan_progress

    day = parse_today(today)
    project = load_project(find_project_root(root))
    agency = find_agency(project, agency_name)
    view = plan_progress(project, day, agency.name if agency is not None else None)
    if fmt is ViewFormat.json:
        json.dump(as_json(view), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif fmt is ViewFormat.csv:
        sys.stdout.write(as_csv(view))
    else:
        show(view, language(lang, project), project.plan.date_style)
    return EXIT_OK


def progress(
    fmt: Annotated[
        ViewFormat, typer.Option("--format", "-f", help="Output format: table, json or csv.")
    ] = ViewFormat.table,
    agency: AgencyOption = None,
    lang: LangOption = None,
    root: RootOption = None,
    today: TodayOption = None,
) -> None:
    """Show each milestone in the current reporting period: its agency, status, last update,
    whether it has reported this period and whether it is behind; then who still owes a report.
    """
    error_format = Format.json if fmt is ViewFormat.json else Format.text
    raise typer.Exit(
        guard(lambda: run(fmt, agency, lang, root, today), fmt=error_format, lang=lang)
    )
