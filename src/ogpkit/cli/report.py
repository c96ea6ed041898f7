"""`ogpkit report`: the self-assessment report (midterm, end-of-term, or any reporting period)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from ogpkit.cli.common import (
    EXIT_OK,
    Lang,
    LangOption,
    RootOption,
    TodayOption,
    guard,
    language,
    one_history_walk,
    open_project,
    parse_formats,
    write_outputs,
)

DEFAULT_FORMATS = "md,html,json,csv"
DEFAULT_OUTPUT = "build"


@one_history_walk
def run(
    period: str,
    formats: str,
    output: Path | None,
    lang: Lang | None,
    root: Path | None,
    today: str | None,
) -> int:
    from ogpkit.errors import UsageError
    from ogpkit.outputs.office.pdf import ConverterMissing
    from ogpkit.outputs.report.data import report_data
    from ogpkit.outputs.report.files import REPORT_FORMATS, ReportJob, report_files
    from ogpkit.plan.clock import parse_today
    from ogpkit.plan.dates import parse_date
    from ogpkit.plan.reporting import report_day, reporting_periods
    from ogpkit.report.message import msg

    names = parse_formats(formats, REPORT_FORMATS)
    parse_today(today)
    project = open_project(root)
    dues = [p.due for p in reporting_periods(project.plan)]
    if period in ("midterm", "final"):
        day = report_day(project.plan, period)
        stem = f"report-{period}"
        if day is None:
            raise UsageError(msg("plan.yaml declares no midterm report date (reporting: midterm:)"))
    else:
        try:
            day = parse_date(period).last_day
        except ValueError:
            day = None
        if day is None or day not in dues:
            raise UsageError(
                msg(
                    "--period {period!r} is not a report of the plan; choose midterm, final or a due date: {dues}",
                    period=period,
                    dues=", ".join(d.isoformat() for d in dues),
                )
            )
        stem = f"report-{day.isoformat()}"
    lang_code = language(lang, project)
    job = ReportJob(project, report_data(project, day, period), lang_code, stem)
    missing: list[ConverterMissing] = []
    outputs = report_files(job, names, missing)
    folder = output if output is not None else project.root / DEFAULT_OUTPUT
    write_outputs(folder, outputs, lang_code)
    if missing:
        raise missing[0]
    return EXIT_OK


def report(
    period: Annotated[
        str,
        typer.Option(
            "--period",
            "-p",
            help="midterm, final (default), or the due date of a reporting period.",
        ),
    ] = "final",
    formats: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="Formats to write, comma-separated: md, html, json, csv, docx, odt, pdf (pdf needs LibreOffice).",
        ),
    ] = DEFAULT_FORMATS,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Folder to write into (default: build/ in the plan)."),
    ] = None,
    lang: LangOption = None,
    root: RootOption = None,
    today: TodayOption = None,
) -> None:
    """Write the self-assessment report as of a reporting period: each commitment's milestones
    with completion, what was done, evidence, results; summaries and charts by theme and agency.

    Only updates dated on or before the period's date count. Writes build/report-<period>.*.
    """
    raise typer.Exit(guard(lambda: run(period, formats, output, lang, root, today), lang=lang))
