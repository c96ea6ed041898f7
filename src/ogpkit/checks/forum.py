"""The forum's OGP minimum requirements that `forum.yaml` can show.

Parity of government and civil-society members, co-chairs from both sectors, a meeting at
least every six months during the plan's period, minutes published within the forum's own
number of days, and open resolutions past their due date (a warning).
"""

from __future__ import annotations

from datetime import date, timedelta

from ogpkit.plan.dates import PlanDate
from ogpkit.plan.forum import SECTORS, Forum, ForumFile, Member
from ogpkit.plan.project import Project
from ogpkit.report.message import msg
from ogpkit.report.problem import Level, Problem

MEETING_MONTHS = 6


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(day.day, last))


def active_members(forum: Forum, day: date) -> list[Member]:
    return [
        m
        for m in forum.members
        if m.term is None or m.term.start.first_day <= day <= m.term.end.last_day
    ]


def check_forum(project: Project, today: date) -> list[Problem]:
    file = project.forum
    if file is None:
        return []
    problems = list(file.problems)
    if file.model is None:
        return problems
    period = project.plan.period
    until = min(today, period.end.last_day)
    problems += _composition(file, file.model, until)
    problems += _meetings(file, file.model, period.start.first_day, until)
    problems += _minutes_and_resolutions(file, project, file.model, today)
    return problems


def _composition(file: ForumFile, forum: Forum, day: date) -> list[Problem]:
    members = active_members(forum, day)
    counts = {sector: sum(m.sector == sector for m in members) for sector in SECTORS}
    problems = []
    where = ("members",)
    if counts["government"] != counts["civil_society"]:
        problems.append(
            file.document.problem(
                where,
                "forum-parity",
                msg(
                    "On {date} the forum has {government} government and {civil} civil-society members; OGP asks for parity",
                    date=PlanDate.from_date(day).canonical(),
                    government=counts["government"],
                    civil=counts["civil_society"],
                ),
                key=True,
            )
        )
    chairs = {m.sector for m in members if m.co_chair}
    if chairs != set(SECTORS):
        problems.append(
            file.document.problem(
                where,
                "forum-co-chairs",
                msg(
                    "On {date} the forum needs a co-chair from government and one from civil society (co_chair: true)",
                    date=PlanDate.from_date(day).canonical(),
                ),
                key=True,
            )
        )
    if not forum.rules:
        problems.append(
            file.document.problem(
                ("name",),
                "forum-rules",
                msg("Link the forum's rules of operation (rules:); OGP asks for them to be public"),
                Level.WARNING,
                key=True,
            )
        )
    return problems


def _meetings(file: ForumFile, forum: Forum, start: date, until: date) -> list[Problem]:
    """No gap of more than six months between meetings from the start of the period; a gap
    up to today is a warning (a meeting may not be recorded yet), a gap between recorded
    meetings an error."""
    problems = []
    dated = sorted(enumerate(forum.meetings), key=lambda pair: pair[1].date.first_day)
    previous = start
    for index, meeting in dated:
        day = meeting.date.first_day
        if start < day <= until and day > add_months(previous, MEETING_MONTHS):
            problems.append(
                file.document.problem(
                    ("meetings", index, "date"),
                    "forum-meetings",
                    msg(
                        "The forum did not meet between {start} and {end}; OGP asks for a meeting at least every six months",
                        start=PlanDate.from_date(previous).canonical(),
                        end=meeting.date.canonical(),
                    ),
                )
            )
        previous = max(previous, day)
    if until > add_months(previous, MEETING_MONTHS):
        problems.append(
            file.document.problem(
                ("meetings",),
                "forum-meetings",
                msg(
                    "No forum meeting is recorded since {date}; OGP asks for a meeting at least every six months",
                    date=PlanDate.from_date(previous).canonical(),
                ),
                Level.WARNING,
                key=True,
            )
        )
    return problems


def _minutes_and_resolutions(
    file: ForumFile, project: Project, forum: Forum, today: date
) -> list[Problem]:
    problems = []
    days = forum.minutes_within_days
    for index, meeting in enumerate(forum.meetings):
        here = ("meetings", index)
        due = meeting.date.last_day + timedelta(days=days)
        published = meeting.minutes_published
        if meeting.minutes is None or published is None:
            if today > due:
                problems.append(
                    file.document.problem(
                        (*here, "date"),
                        "forum-minutes",
                        msg(
                            "The minutes of this meeting were due by {date}; add minutes: (a file or a link) and minutes_published:",
                            date=PlanDate.from_date(due).canonical(),
                        ),
                    )
                )
        elif published.first_day > due:
            problems.append(
                file.document.problem(
                    (*here, "minutes_published"),
                    "forum-minutes",
                    msg(
                        "The minutes were published {count} days after the meeting; the forum's rule is {days}",
                        count=(published.first_day - meeting.date.last_day).days,
                        days=days,
                    ),
                )
            )
        minutes = meeting.minutes
        if minutes is not None and "://" not in minutes and not (project.root / minutes).is_file():
            problems.append(
                file.document.problem(
                    (*here, "minutes"),
                    "forum-minutes",
                    msg("No file {path} in the repository", path=minutes),
                )
            )
        for position, resolution in enumerate(meeting.resolutions):
            where = (*here, "resolutions", position)
            if resolution.status == "open" and today > resolution.due.last_day:
                problems.append(
                    file.document.problem(
                        (*where, "due"),
                        "forum-resolution-overdue",
                        msg(
                            "Resolution {id} is still open past its due date {date}",
                            id=resolution.id,
                            date=resolution.due.canonical(),
                        ),
                        Level.WARNING,
                    )
                )
            if resolution.status == "closed" and resolution.closed_by is None:
                problems.append(
                    file.document.problem(
                        (*where, "status"),
                        "forum-resolution-closed",
                        msg(
                            "Say what closed resolution {id}: closed_by: with a commit, a commitment or a link",
                            id=resolution.id,
                        ),
                    )
                )
    return problems
