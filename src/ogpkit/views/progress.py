"""`ogpkit progress`, the core: each milestone in the current reporting period, as data.

The rows come from `history.progress`; this module shapes them for the table, JSON and CSV
of the command (the CLI prints).
"""

from __future__ import annotations

import csv
import io
from datetime import date
from typing import Any

from ogpkit.history.progress import MilestoneProgress, ProgressView, progress_view
from ogpkit.plan.project import Project
from ogpkit.report.message import msg, translate

CSV_COLUMNS = (
    "commitment",
    "milestone",
    "indicator",
    "agency",
    "status",
    "last_update",
    "withdrawn",
    "owes_report",
    "reported",
    "behind",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def plan_progress(project: Project, today: date, agency: str | None = None) -> ProgressView:
    return progress_view(project, today, agency)


def row_data(row: MilestoneProgress) -> dict[str, Any]:
    return {
        "commitment": row.commitment.id,
        "milestone": row.number,
        "indicator": row.milestone.indicator,
        "agency": "、".join(row.agencies),
        "status": row.status,
        "last_update": row.last_update.isoformat() if row.last_update else None,
        "withdrawn": row.withdrawn,
        "owes_report": row.owes,
        "reported": row.reported,
        "behind": row.behind,
    }


def as_json(view: ProgressView) -> dict[str, Any]:
    period = view.period
    return {
        "today": view.today.isoformat(),
        "period": None
        if period is None
        else {
            "number": period.number,
            "start": period.start.isoformat(),
            "due": period.due.isoformat(),
        },
        "milestones": [row_data(row) for row in view.rows],
        "missing": len(view.missing),
        "owed_by_agency": dict(view.owed_by_agency()),
    }


def safe_cell(value: object) -> str:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula."""
    text = "" if value is None else str(value).lower() if isinstance(value, bool) else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def as_csv(view: ProgressView) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in view.rows:
        data = row_data(row)
        writer.writerow([safe_cell(data[column]) for column in CSV_COLUMNS])
    return buffer.getvalue()


def owed_line(view: ProgressView, lang: str) -> str:
    owed = view.owed_by_agency()
    if not owed:
        return translate(msg("Every milestone that owes a report this period has reported"), lang)
    agencies = ", ".join(f"{name} ({count})" for name, count in owed)
    return translate(
        msg(
            "{count} milestones still owe a report this period: {agencies}",
            count=len(view.missing),
            agencies=agencies,
        ),
        lang,
    )
