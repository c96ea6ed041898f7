"""The secretariat's view of dates: the timeline, who has submitted, which milestones are due.

Pure functions of a project, its Git history and `today`. A month-precision date ends on the
last day of its month. Settings live under `deadlines:` in plan.yaml:

    deadlines:
      window_days: 30   # milestones ending within this many days are "due soon"
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ogpkit.history.git import History, HistoryState
from ogpkit.history.submissions import (
    ShownDate,
    Submission,
    cutoff_entry,
    history_message,
    needs_history,
    submissions,
)
from ogpkit.plan.agencies import AgencyRegistry
from ogpkit.plan.model import Agency, AgencyGroup, Commitment, Milestone, Plan, TimelineEntry
from ogpkit.plan.project import CommitmentFile, Project
from ogpkit.report.message import Message, msg
from ogpkit.report.problem import Level, Problem

DEFAULT_WINDOW_DAYS = 30
STATUS_LABELS = {
    "not_started": msg("not started"),
    "limited": msg("limited"),
    "substantial": msg("substantial"),
    "complete": msg("complete"),
}
MAX_WINDOW_DAYS = 3660


@dataclass(frozen=True)
class Settings:
    window_days: int = DEFAULT_WINDOW_DAYS


class Due(StrEnum):
    PAST = "past"
    NEXT = "next"
    LATER = "later"
    OVERDUE = "overdue"
    DUE_SOON = "due"
    UPCOMING = "upcoming"
    COMPLETE = "complete"


def read_settings(project: Project) -> tuple[Settings, list[Problem]]:
    """The `deadlines:` section of plan.yaml, and problems at its lines."""
    section = project.plan.deadlines
    document = project.plan_document
    problems = [
        document.problem(
            ("deadlines", key),
            "deadlines-settings",
            msg("Unknown setting {key!r} under 'deadlines'; the known one is window_days", key=key),
            key=True,
        )
        for key in section
        if key != "window_days"
    ]
    window = section.get("window_days", DEFAULT_WINDOW_DAYS)
    text = str(window).strip()
    if text.isdigit() and int(text) <= MAX_WINDOW_DAYS:
        return Settings(int(text)), problems
    problems.append(
        document.problem(
            ("deadlines", "window_days"),
            "deadlines-settings",
            msg(
                "window_days must be a whole number of days from 0 to {most}, such as 30; got {value!r}",
                most=MAX_WINDOW_DAYS,
                value=text,
            ),
        )
    )
    return Settings(), problems


def preliminary_problems(project: Project) -> list[Problem]:
    """Every agency that `preliminary_items` expects must be in the registry."""
    registry = project.registry
    return [
        project.plan_document.problem(
            ("preliminary_items", item_index, "agencies", index),
            "agency-known",
            registry.unknown(name),
        )
        for item_index, item in enumerate(project.plan.preliminary_items)
        for index, name in enumerate(item.agencies)
        if registry.find(name) is None
    ]


@dataclass(frozen=True)
class TimelineItem:
    entry: TimelineEntry
    due: date
    state: Due


def timeline(plan: Plan, today: date) -> list[TimelineItem]:
    """The plan's dates in order; the first that has not passed is `next`."""
    entries = sorted(plan.timeline, key=lambda e: e.due.last_day)
    items: list[TimelineItem] = []
    for entry in entries:
        due = entry.due.last_day
        if due < today:
            state = Due.PAST
        elif any(item.state is Due.NEXT for item in items):
            state = Due.LATER
        else:
            state = Due.NEXT
        items.append(TimelineItem(entry, due, state))
    return items


@dataclass(frozen=True)
class AgencySubmissions:
    agency: Agency
    expected: bool
    submissions: tuple[Submission, ...]

    @property
    def first_day(self) -> date | None:
        days = [s.day for s in self.submissions if s.day is not None]
        return min(days) if days else None


def _agencies_of(commitment: Commitment, registry: AgencyRegistry) -> list[Agency]:
    names = [*commitment.lead_agencies, *commitment.supporting_agencies]
    found = (registry.find(name) for name in names)
    return list({id(a): a for a in found if a is not None}.values())


def expected_agencies(plan: Plan, registry: AgencyRegistry) -> list[Agency]:
    found = (registry.find(n) for item in plan.preliminary_items for n in item.agencies)
    return list({id(a): a for a in found if a is not None}.values())


def agency_submissions(
    plan: Plan, registry: AgencyRegistry, all_submissions: list[Submission], today: date
) -> tuple[list[AgencySubmissions], list[Agency]]:
    """Agencies with a commitment (lead or supporting) submitted by `today`, and those missing."""
    expected = expected_agencies(plan, registry)
    by_agency: dict[int, list[Submission]] = {}
    for submission in all_submissions:
        if submission.day is None or submission.day <= today:
            for agency in _agencies_of(submission.commitment, registry):
                by_agency.setdefault(id(agency), []).append(submission)
    submitted = [
        AgencySubmissions(agency, agency in expected, tuple(by_agency[id(agency)]))
        for agency in registry.agencies
        if id(agency) in by_agency
    ]
    missing = [agency for agency in expected if id(agency) not in by_agency]
    return submitted, missing


@dataclass(frozen=True)
class MilestoneDue:
    file: CommitmentFile
    commitment: Commitment
    index: int
    milestone: Milestone
    due: date
    state: Due


def milestone_state(milestone: Milestone, today: date, window_days: int) -> Due:
    end = milestone.end.last_day
    if milestone.status == "complete" or milestone.withdrawn is not None:
        return Due.COMPLETE
    if end < today:
        return Due.OVERDUE
    return Due.DUE_SOON if end <= days_after(today, window_days) else Due.UPCOMING


def days_after(day: date, days: int) -> date:
    """`day` plus `days`, stopping at the calendar's last day (9999-12-31) instead of failing."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max


def milestones(files: list[CommitmentFile], today: date, window_days: int) -> list[MilestoneDue]:
    return sorted(
        (
            MilestoneDue(
                file,
                file.model,
                index,
                milestone,
                milestone.end.last_day,
                milestone_state(milestone, today, window_days),
            )
            for file in files
            if file.model is not None
            for index, milestone in enumerate(file.model.milestones)
        ),
        key=lambda m: (m.due, m.commitment.id, m.index),
    )


def overdue_problems(project: Project, today: date) -> list[Problem]:
    """Warnings (never errors) for milestones past their end, while the plan is running.

    After the plan's period has ended the statuses are the end-of-term record; the
    `deadlines` command still lists what was never completed.
    """
    if today > project.plan.period.end.last_day:
        return []
    style = project.plan.date_style
    return [
        item.file.document.problem(
            ("milestones", item.index, "end"),
            "milestone-overdue",
            msg(
                "This milestone was due on {end} and its status is still {status}; when it is done set 'status: complete' and add 'evidence', otherwise tell the secretariat",
                end=ShownDate(item.due, style),
                status=STATUS_LABELS[item.milestone.status],
            ),
            Level.WARNING,
        )
        for item in milestones(project.files, today, 0)
        if item.state is Due.OVERDUE
    ]


@dataclass(frozen=True)
class AgencyMilestones:
    agency: Agency
    milestones: tuple[MilestoneDue, ...]


@dataclass(frozen=True)
class GroupMilestones:
    """The milestones of commitments led by a group (各機關 …): shown with what the group stands
    for, never as an agency that owes them or a report."""

    group: AgencyGroup
    milestones: tuple[MilestoneDue, ...]


@dataclass(frozen=True)
class Deadlines:
    """Everything `ogpkit deadlines` shows, as of `today`."""

    today: date
    plan: Plan
    settings: Settings
    history: HistoryState
    history_note: Message | None
    timeline: tuple[TimelineItem, ...]
    cutoff: TimelineEntry | None
    submitted: tuple[AgencySubmissions, ...]
    missing: tuple[Agency, ...]
    agencies: tuple[AgencyMilestones, ...]
    groups: tuple[GroupMilestones, ...] = ()


def milestone_groups(
    due: list[MilestoneDue], registry: AgencyRegistry, agency: Agency | None
) -> list[AgencyMilestones]:
    """By lead agency, in registry order; for one agency, what it leads or supports."""
    buckets: dict[int, list[MilestoneDue]] = {}
    agencies_of: dict[int, list[Agency]] = {}
    for item in due:
        key = id(item.commitment)
        if key not in agencies_of:
            if agency is None:
                found = (registry.find(name) for name in item.commitment.lead_agencies)
                agencies_of[key] = list({id(a): a for a in found if a is not None}.values())
            else:
                involved = _agencies_of(item.commitment, registry)
                agencies_of[key] = [agency] if agency in involved else []
        for owner in agencies_of[key]:
            buckets.setdefault(id(owner), []).append(item)
    order = registry.agencies if agency is None else (agency,)
    return [AgencyMilestones(a, tuple(buckets[id(a)])) for a in order if id(a) in buckets]


def group_milestones(due: list[MilestoneDue], registry: AgencyRegistry) -> list[GroupMilestones]:
    """By group of plan.yaml that leads the commitment, in the order of `agency_groups`."""
    return [
        GroupMilestones(group, found)
        for group in registry.groups
        if (
            found := tuple(
                item
                for item in due
                if any(registry.group(n) is group for n in item.commitment.lead_agencies)
            )
        )
    ]


def deadlines(
    project: Project,
    history: History,
    today: date,
    settings: Settings,
    agency: Agency | None = None,
) -> Deadlines:
    """The view; with `agency`, only what that agency leads or supports, and its submission."""
    registry = project.registry
    found = cutoff_entry(project.plan)
    found_submissions = submissions(project, history, today)
    submitted, missing = agency_submissions(project.plan, registry, found_submissions, today)
    note = history_message(history) if needs_history(found_submissions) else None
    due = milestones(project.files, today, settings.window_days)
    if agency is not None:
        submitted = [s for s in submitted if s.agency is agency]
        missing = [a for a in missing if a is agency]
    return Deadlines(
        today,
        project.plan,
        settings,
        history.state,
        note[0] if note else None,
        tuple(timeline(project.plan, today)),
        found[1] if found else None,
        tuple(submitted),
        tuple(missing),
        tuple(milestone_groups(due, registry, agency)),
        tuple(group_milestones(due, registry)) if agency is None else (),
    )
