"""Output formats of `ogpkit deadlines`: table (rich), json, ics. Each writes to a given stream."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from datetime import date, datetime, time
from typing import Any, TextIO

from ogpkit.history.deadlines import STATUS_LABELS, Deadlines, Due, MilestoneDue
from ogpkit.history.submissions import Submission
from ogpkit.plan.clock import TAIPEI
from ogpkit.plan.dates import PlanDate
from ogpkit.plan.model import Agency, AgencyGroup
from ogpkit.plan.reporting import report_day, reporting_periods
from ogpkit.report.message import Message, msg, translate
from ogpkit.report.streams import is_unicode

Writer = Callable[[Deadlines, TextIO, str], None]


def shown(view: Deadlines, day: date | None, lang: str) -> str:
    if day is None:
        return "?"
    return PlanDate.from_date(day).display(view.plan.date_style, lang)


def agency_name(agency: Agency, lang: str) -> str:
    return agency.name_en or agency.name if lang == "en" else agency.name


def group_name(group: AgencyGroup, lang: str) -> str:
    """A group as written, with what it stands for: it is not an agency."""
    english = lang == "en"
    name = group.name_en or group.name if english else group.name
    stands_for = group.stands_for_en or group.stands_for if english else group.stands_for
    return _t(
        msg("{name} (a group, not one agency: {stands_for})", name=name, stands_for=stands_for),
        lang,
    )


def _t(message: Message, lang: str) -> str:
    return translate(message, lang)


LATE = msg("late")
LATE_ACCEPTED = msg("late, accepted")
LEAD_AGENCIES = msg("Lead agencies")
STATUS = msg("Status")
STATE_LABELS = {
    Due.PAST: msg("past"),
    Due.NEXT: msg("next"),
    Due.LATER: msg("later"),
    Due.OVERDUE: msg("overdue"),
    Due.DUE_SOON: msg("due soon"),
    Due.UPCOMING: msg("upcoming"),
    Due.COMPLETE: msg("complete"),
}


def _late(view: Deadlines, submission: Submission) -> bool:
    return (
        view.cutoff is not None
        and submission.day is not None
        and submission.day > view.cutoff.due.last_day
    )


def write_table(view: Deadlines, stream: TextIO, lang: str) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(
        file=stream,
        no_color="NO_COLOR" in os.environ,
        highlight=False,
        width=None if stream.isatty() else 120,
        emoji=False,
    )
    console.print(_t(msg("Deadlines as of {today}", today=shown(view, view.today, lang)), lang))
    table = Table(title=_t(msg("Timeline"), lang), title_justify="left")
    for heading in (msg("Date"), msg("Step"), msg("State")):
        table.add_column(_t(heading, lang))
    for step in view.timeline:
        name = step.entry.name_en or step.entry.name if lang == "en" else step.entry.name
        style = "bold" if step.state is Due.NEXT else ("dim" if step.state is Due.PAST else "")
        table.add_row(
            shown(view, step.due, lang), name, _t(STATE_LABELS[step.state], lang), style=style
        )
    console.print(table)
    if view.cutoff is not None:
        if view.history_note is not None:
            console.print(_t(view.history_note, lang), style="yellow")
        table = Table(
            title=_t(
                msg(
                    "Submissions (cutoff {cutoff})",
                    cutoff=shown(view, view.cutoff.due.last_day, lang),
                ),
                lang,
            ),
            title_justify="left",
        )
        for heading in (msg("Agency"), msg("Expected"), msg("Submitted"), msg("Commitments")):
            table.add_column(_t(heading, lang))
        for entry in view.submitted:
            ids = ", ".join(
                s.commitment.id
                + (
                    f" ({_t(LATE_ACCEPTED if s.commitment.late_acceptance else LATE, lang)})"
                    if _late(view, s)
                    else ""
                )
                for s in entry.submissions
            )
            table.add_row(
                agency_name(entry.agency, lang),
                "✓" if entry.expected else "",
                shown(view, entry.first_day, lang),
                ids,
            )
        for agency in view.missing:
            table.add_row(
                agency_name(agency, lang), "✓", _t(msg("missing"), lang), "", style="bold red"
            )
        console.print(table)
    table = Table(
        title=_t(
            msg(
                "Milestones: overdue, due within {days} days, and the next upcoming",
                days=view.settings.window_days,
            ),
            lang,
        ),
        title_justify="left",
    )
    for heading in (msg("Agency"), msg("Due"), msg("State"), msg("Commitment"), msg("Milestone")):
        table.add_column(_t(heading, lang))
    owners = [(agency_name(g.agency, lang), g.milestones) for g in view.agencies]
    owners += [(group_name(g.group, lang), g.milestones) for g in view.groups]
    for owner, milestones in owners:
        rows = [m for m in milestones if m.state in (Due.OVERDUE, Due.DUE_SOON)]
        upcoming = [m for m in milestones if m.state is Due.UPCOMING]
        rows += upcoming[:1]
        for number, item in enumerate(rows):
            style = {Due.OVERDUE: "bold red", Due.DUE_SOON: "yellow"}.get(item.state, "")
            table.add_row(
                owner if number == 0 else "",
                shown(view, item.due, lang),
                _t(STATE_LABELS[item.state], lang),
                item.commitment.id,
                item.milestone.indicator,
                style=style,
            )
        if len(upcoming) > 1:
            more = msg("and {count} more upcoming", count=len(upcoming) - 1)
            table.add_row("", "", "", "", _t(more, lang), style="dim")
        if rows:
            table.add_section()
    console.print(table)


def _milestone_json(view: Deadlines, item: MilestoneDue) -> dict[str, Any]:
    return {
        "commitment": item.commitment.id,
        "file": item.file.document.name,
        "line": item.file.document.position(("milestones", item.index, "end")).line,
        "index": item.index,
        "indicator": item.milestone.indicator,
        "due": item.due.isoformat(),
        "status": item.milestone.status,
        "state": item.state.value,
    }


def view_json(view: Deadlines, lang: str) -> dict[str, Any]:
    iso = date.isoformat
    return {
        "today": iso(view.today),
        "window_days": view.settings.window_days,
        "history": view.history.value,
        "history_note": _t(view.history_note, lang) if view.history_note else None,
        "timeline": [
            {"id": i.entry.id, "name": i.entry.name, "due": iso(i.due), "state": i.state.value}
            for i in view.timeline
        ],
        "cutoff": iso(view.cutoff.due.last_day) if view.cutoff else None,
        "submitted": [
            {
                "agency": entry.agency.name,
                "expected": entry.expected,
                "commitments": [
                    {
                        "id": s.commitment.id,
                        "file": s.file.document.name,
                        "date": iso(s.day) if s.day else None,
                        "source": s.source.value,
                        "late": _late(view, s),
                        "late_acceptance": s.commitment.late_acceptance.model_dump(mode="json")
                        if s.commitment.late_acceptance
                        else None,
                    }
                    for s in entry.submissions
                ],
            }
            for entry in view.submitted
        ],
        "missing": [agency.name for agency in view.missing],
        "agencies": [
            {
                "agency": group.agency.name,
                "milestones": [_milestone_json(view, m) for m in group.milestones],
            }
            for group in view.agencies
        ],
        "groups": [
            {
                "group": group.group.name,
                "stands_for": group.group.stands_for,
                "milestones": [_milestone_json(view, m) for m in group.milestones],
            }
            for group in view.groups
        ],
    }


def write_json(view: Deadlines, stream: TextIO, lang: str) -> None:
    json.dump(view_json(view, lang), stream, ensure_ascii=not is_unicode(stream), indent=2)
    stream.write("\n")


def fold(line: str) -> str:
    """RFC 5545 folding: at most 75 octets a line, never inside a character or an escape.

    What icalendar's own folding does, on bytes rather than character by character, which
    takes most of the time for a plan of thousands of milestones.
    """
    raw = line.encode("utf-8")
    pieces: list[bytes] = []
    start, limit = 0, 75
    while len(raw) - start > limit:
        cut = start + limit
        while raw[cut] & 0xC0 == 0x80:
            cut -= 1
        if raw[cut - 1 : cut] in (b"\\", b"^") and cut - 1 > start:
            cut -= 1
        pieces.append(raw[start:cut])
        start, limit = cut, 74
    pieces.append(raw[start:])
    return b"\r\n ".join(pieces).decode("utf-8")


def write_ics(view: Deadlines, stream: TextIO, lang: str) -> None:
    """Every timeline date and every milestone end as a one-day event, with stable UIDs."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//ogpkit//deadlines//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", view.plan.title)
    stamp = datetime.combine(view.today, time(), TAIPEI)
    plan_key = f"plan-{view.plan.period.start.iso()}"

    def event(uid: str, day: date, summary: str, description: str) -> Event:
        item = Event()
        item.add("uid", f"{plan_key}-{uid}@ogpkit")
        item.add("dtstamp", stamp)
        item.add("dtstart", day)
        item.add("summary", summary)
        item.add("description", description)
        return item

    for entry in view.timeline:
        calendar.add_component(
            event(f"timeline-{entry.entry.id}", entry.due, entry.entry.name, entry.entry.name)
        )
    seen: set[tuple[str, int]] = set()
    for items in (*(g.milestones for g in view.agencies), *(g.milestones for g in view.groups)):
        for item in items:
            if (item.commitment.id, item.index) in seen:
                continue
            seen.add((item.commitment.id, item.index))
            calendar.add_component(
                event(
                    f"milestone-{item.commitment.id}-{item.index + 1}",
                    item.due,
                    f"{item.commitment.id} {item.commitment.title}",
                    f"{item.milestone.indicator}\n"
                    f"{_t(LEAD_AGENCIES, lang)}: {', '.join(item.commitment.lead_agencies)}\n"
                    f"{_t(STATUS, lang)}: {_t(STATUS_LABELS[item.milestone.status], lang)}",
                )
            )
    for component in report_events(view, lang, event):
        calendar.add_component(component)
    stream.write("".join(fold(line) + "\r\n" for line in calendar.content_lines() if line))


def report_events(
    view: Deadlines, lang: str, event: Callable[[str, date, str, str], Any]
) -> list[Any]:
    """The reporting calendar of plan.yaml: each regular report due, per agency with
    milestones; the midterm and end-of-term reports."""
    if view.plan.reporting is None:
        return []
    events = []
    for period in reporting_periods(view.plan):
        for index, group in enumerate(view.agencies):
            ids = sorted({item.commitment.id for item in group.milestones})
            name = agency_name(group.agency, lang)
            events.append(
                event(
                    f"report-{period.number}-{index + 1}",
                    period.due,
                    _t(
                        msg(
                            "Progress report {number} due: {agency}",
                            number=period.number,
                            agency=name,
                        ),
                        lang,
                    ),
                    ", ".join(ids),
                )
            )
    for which, label in (
        ("midterm", msg("Midterm self-assessment report due")),
        ("final", msg("End-of-term self-assessment report due")),
    ):
        day = report_day(view.plan, which)
        if day is not None:
            events.append(event(f"report-{which}", day, _t(label, lang), _t(label, lang)))
    return events


WRITERS: dict[str, Writer] = {"table": write_table, "json": write_json, "ics": write_ics}
