"""When each commitment was submitted, and whether that was before the plan's cutoff.

A submission date is, in order: the file's `submitted` field; else the committer date of the
first commit on the current branch that added the file (renames followed); else, for a file
not yet committed, today. Days are Taipei days: a cutoff holds until 23:59:59 Asia/Taipei.
Pure functions: the Git history and today are given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from ogpkit.history.git import History, HistoryState
from ogpkit.plan.clock import TAIPEI
from ogpkit.plan.dates import DateStyle, PlanDate
from ogpkit.plan.model import Commitment, Plan, TimelineEntry
from ogpkit.plan.project import CommitmentFile, Project
from ogpkit.report.message import Arg, Message, msg
from ogpkit.report.problem import Level, Problem


class Source(StrEnum):
    FIELD = "field"
    GIT = "git"
    UNCOMMITTED = "uncommitted"
    NO_HISTORY = "no-history"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class ShownDate:
    """A day in a message, spelled in the plan's date style when the message is shown."""

    day: date
    style: DateStyle

    def localize(self, lang: str) -> str:
        return PlanDate.from_date(self.day).display(self.style, lang)


@dataclass(frozen=True)
class ShownName:
    """A timeline entry's name in a message: its English name in English, when it has one."""

    entry: TimelineEntry

    def localize(self, lang: str) -> str:
        return self.entry.name_en if lang == "en" and self.entry.name_en else self.entry.name


@dataclass(frozen=True)
class Submission:
    file: CommitmentFile
    commitment: Commitment
    day: date | None
    source: Source
    git_day: date | None


def taipei_day(moment: datetime) -> date:
    return moment.astimezone(TAIPEI).date()


def cutoff_entry(plan: Plan) -> tuple[int, TimelineEntry] | None:
    return next(((i, e) for i, e in enumerate(plan.timeline) if e.submission), None)


def submission_of(file: CommitmentFile, history: History, today: date) -> Submission | None:
    commitment = file.model
    if commitment is None:
        return None
    added = history.added_at(file.document.path)
    git_day = taipei_day(added) if added is not None else None
    if commitment.submitted is not None:
        return Submission(file, commitment, commitment.submitted.last_day, Source.FIELD, git_day)
    if git_day is not None:
        return Submission(file, commitment, git_day, Source.GIT, git_day)
    if history.state is HistoryState.SHALLOW:
        return Submission(file, commitment, None, Source.UNKNOWN, None)
    source = Source.UNCOMMITTED if history.state is HistoryState.COMPLETE else Source.NO_HISTORY
    return Submission(file, commitment, today, source, None)


def submissions(project: Project, history: History, today: date) -> list[Submission]:
    found = (submission_of(file, history, today) for file in project.files)
    return [s for s in found if s is not None]


def _late_message(submission: Submission, cutoff: TimelineEntry, style: DateStyle) -> Message:
    assert submission.day is not None
    args: dict[str, Arg] = {
        "date": ShownDate(submission.day, style),
        "cutoff": ShownDate(cutoff.due.last_day, style),
        "name": ShownName(cutoff),
    }
    if submission.source is Source.FIELD:
        return msg(
            "Submitted on {date} (the 'submitted' field), after the cutoff {cutoff} of {name}; ask the secretariat whether a late submission is accepted",
            **args,
        )
    if submission.source is Source.GIT:
        return msg(
            "Submitted on {date} (the first commit that added this file, Taipei time), after the cutoff {cutoff} of {name}; if it was submitted on paper or by e-mail in time, add a line 'submitted: <that date>'",
            **args,
        )
    return msg(
        "This file is not committed yet, so it counts as submitted today, {date}, after the cutoff {cutoff} of {name}; if it was submitted on paper or by e-mail in time, add a line 'submitted: <that date>'",
        **args,
    )


def history_message(history: History) -> tuple[Message, Level] | None:
    """What to tell the user when submission dates cannot be read from Git."""
    if history.state is HistoryState.SHALLOW:
        return msg(
            "This Git checkout is shallow (only the latest commits), so submission dates cannot be read from it. Fetch the full history with 'git fetch --unshallow'; in GitHub Actions, give actions/checkout the setting 'fetch-depth: 0'"
        ), Level.ERROR
    if history.state is HistoryState.NOT_A_CHECKOUT:
        return msg(
            "This folder is not a Git checkout, so submission dates cannot be read from Git; files without a 'submitted' field count as submitted today. Run ogpkit in a clone of the plan repository (git clone)"
        ), Level.WARNING
    if history.state is HistoryState.FAILED:
        return msg("Git could not read the history: {reason}", reason=history.reason), Level.WARNING
    return None


def needs_history(found: list[Submission]) -> bool:
    return any(s.source is not Source.FIELD for s in found)


def submission_problems(project: Project, history: History, today: date) -> list[Problem]:
    """`submission-late` errors, `submission-date` warnings, and whether Git could be read."""
    found = cutoff_entry(project.plan)
    if found is None:
        return []
    index, cutoff = found
    style = project.plan.date_style
    problems: list[Problem] = []
    dated = submissions(project, history, today)
    for submission in dated:
        document = submission.file.document
        accepted = submission.commitment.late_acceptance
        if submission.day is not None and submission.day > cutoff.due.last_day:
            if accepted is None:
                problems.append(
                    document.problem(
                        ("id",), "submission-late", _late_message(submission, cutoff, style)
                    )
                )
            else:
                problems.append(
                    document.problem(
                        ("late_acceptance",),
                        "submission-late",
                        msg(
                            "Submitted late, after the cutoff {cutoff} of {name}; accepted by {by} on {date}: {reason}",
                            cutoff=ShownDate(cutoff.due.last_day, style),
                            name=ShownName(cutoff),
                            by=accepted.by,
                            date=ShownDate(accepted.date.last_day, style),
                            reason=accepted.reason,
                        ),
                        Level.NOTICE,
                    )
                )
        if (
            submission.source is Source.FIELD
            and submission.git_day is not None
            and submission.day is not None
            and submission.day > submission.git_day
        ):
            problems.append(
                document.problem(
                    ("submitted",),
                    "submission-date",
                    msg(
                        "'submitted' is {date}, later than the first commit of this file on {git}; the field may only record an earlier submission on paper or by e-mail: correct the date or delete the line",
                        date=ShownDate(submission.day, style),
                        git=ShownDate(submission.git_day, style),
                    ),
                    Level.WARNING,
                )
            )
    message = history_message(history) if needs_history(dated) else None
    if message is not None:
        problems.append(
            project.plan_document.problem(("timeline", index), "submission-history", *message)
        )
    return problems
