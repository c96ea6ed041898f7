"""The progress checks of `ogpkit validate`: updates against Git and against each other.

- `progress-status` (error): a plain `status` that differs from the latest update's.
- `progress-ahead` (error): an update dated after the commit that added it: no reporting
  ahead of time (an update not committed yet is judged when it is).
- `progress-backwards` (warning): a status lower than the previous update's without a `note`.
- `progress-missing` (warning): during the implementation years, a milestone that owed a report
  for the last closed period and has none dated within it.
- `agency-known` (error): a milestone's own agency that the registry does not know.
"""

from __future__ import annotations

import itertools
from datetime import date

from ogpkit.history.audit import read_audit
from ogpkit.history.deadlines import STATUS_LABELS
from ogpkit.history.progress import update_commits
from ogpkit.history.submissions import ShownDate, taipei_day
from ogpkit.plan.base import STATUSES
from ogpkit.plan.project import COMMITMENTS_DIR, CommitmentFile, Project
from ogpkit.plan.reporting import (
    last_closed,
    ordered_updates,
    owes_report,
    reported_in,
    reporting_periods,
)
from ogpkit.report.message import msg
from ogpkit.report.problem import Level, Problem

RANK = {status: rank for rank, status in enumerate(STATUSES)}


def _file_checks(file: CommitmentFile, project: Project) -> list[Problem]:
    assert file.model is not None
    document = file.document
    problems: list[Problem] = []
    for m_index, milestone in enumerate(file.model.milestones):
        where = ("milestones", m_index)
        if milestone.agency and project.registry.find(milestone.agency) is None:
            problems.append(
                document.problem(
                    (*where, "agency"), "agency-known", project.registry.unknown(milestone.agency)
                )
            )
        if not milestone.updates:
            continue
        latest = ordered_updates(milestone)[-1]
        if "status" in milestone.model_fields_set and milestone.status != latest.status:
            problems.append(
                document.problem(
                    (*where, "status"),
                    "progress-status",
                    msg(
                        "'status' is {status} but the latest update says {latest}; delete the 'status' line (the latest update gives the status) or correct it",
                        status=STATUS_LABELS[milestone.status],
                        latest=STATUS_LABELS[latest.status],
                    ),
                )
            )
        indexed = sorted(enumerate(milestone.updates), key=lambda p: (p[1].date.last_day, p[0]))
        for (_, before), (u_index, after) in itertools.pairwise(indexed):
            if RANK[after.status] < RANK[before.status] and not (after.note or "").strip():
                problems.append(
                    document.problem(
                        (*where, "updates", u_index, "status"),
                        "progress-backwards",
                        msg(
                            "The status went back from {before} to {after}; add a 'note' to this update that says why",
                            before=STATUS_LABELS[before.status],
                            after=STATUS_LABELS[after.status],
                        ),
                        Level.WARNING,
                    )
                )
    return problems


def _ahead(project: Project) -> list[Problem]:
    trail = read_audit(project.root, COMMITMENTS_DIR)
    commits = update_commits(project, trail)
    style = project.plan.date_style
    problems: list[Problem] = []
    for file in project.files:
        if file.model is None:
            continue
        for m_index, milestone in enumerate(file.model.milestones):
            for u_index, update in enumerate(milestone.updates):
                commit = commits.get((file.document.name, m_index, u_index))
                if commit is None or update.date.first_day <= taipei_day(commit.when):
                    continue
                message = msg(
                    "This update is dated {date}, after the commit that added it on {commit} ({sha}); progress is reported when it has happened, not ahead of time",
                    date=ShownDate(update.date.first_day, style),
                    commit=ShownDate(taipei_day(commit.when), style),
                    sha=commit.sha[:10],
                )
                problems.append(
                    file.document.problem(
                        ("milestones", m_index, "updates", u_index, "date"),
                        "progress-ahead",
                        message,
                    )
                )
    return problems


def _missing(project: Project, today: date) -> list[Problem]:
    plan = project.plan
    if plan.reporting is None or today > plan.period.end.last_day:
        return []
    period = last_closed(reporting_periods(plan), today)
    if period is None:
        return []
    style = plan.date_style
    problems = []
    for file in project.files:
        if file.model is None:
            continue
        for m_index, milestone in enumerate(file.model.milestones):
            if owes_report(milestone, period) and not reported_in(milestone, period):
                problems.append(
                    file.document.problem(
                        ("milestones", m_index, "indicator"),
                        "progress-missing",
                        msg(
                            "No progress update for the reporting period {start} to {due}; add an update dated within it under 'updates'",
                            start=ShownDate(period.start, style),
                            due=ShownDate(period.due, style),
                        ),
                        Level.WARNING,
                    )
                )
    return problems


def check_progress(project: Project, today: date) -> list[Problem]:
    """The problems of progress updates; Git is read only when some file has updates."""
    problems = [p for f in project.files if f.model for p in _file_checks(f, project)]
    if any(m.updates for c in project.commitments for m in c.milestones):
        problems += _ahead(project)
    return problems + _missing(project, today)
