"""`ogpkit status`, the core: the secretariat's overview of the plan as one value."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from ogpkit.checks.validate import validate_project
from ogpkit.history.deadlines import Due, MilestoneDue, milestones, read_settings, timeline
from ogpkit.plan.compiled import compile_plan
from ogpkit.plan.model import Plan, Theme, TimelineEntry
from ogpkit.plan.project import Project
from ogpkit.report.problem import Level


@dataclass(frozen=True)
class FileHealth:
    file: str
    errors: int
    warnings: int


@dataclass(frozen=True)
class Deadline:
    entry: TimelineEntry
    days_left: int


@dataclass(frozen=True)
class PlanStatus:
    files: int
    commitments: int
    by_theme: tuple[tuple[Theme, int], ...]
    by_lead_agency: tuple[tuple[str, int], ...]
    milestones_by_status: dict[str, int]
    unhealthy: tuple[FileHealth, ...]
    next_deadline: Deadline | None
    next_milestone: MilestoneDue | None
    overdue_milestones: int
    theme_numbers: tuple[str, ...]  # the display number of each theme of by_theme


def next_deadline(plan: Plan, today: date) -> Deadline | None:
    """The next date of the timeline (a month's due date is its last day)."""
    for item in timeline(plan, today):
        if item.state is Due.NEXT:
            return Deadline(item.entry, (item.due - today).days)
    return None


def plan_status(project: Project, today: date) -> PlanStatus:
    problems = validate_project(project, today).problems
    compiled = compile_plan(project)
    counts: Counter[tuple[str, Level]] = Counter((p.file, p.level) for p in problems)
    files = sorted({p.file for p in problems})
    unhealthy = tuple(
        FileHealth(f, counts[(f, Level.ERROR)], counts[(f, Level.WARNING)]) for f in files
    )
    settings, _ = read_settings(project)
    dues = milestones(project.files, today, settings.window_days)
    ahead = [m for m in dues if m.state in (Due.DUE_SOON, Due.UPCOMING)]
    leads = sorted(
        ((entry.agency.name, len(entry.leads)) for entry in compiled.agencies if entry.leads),
        key=lambda pair: (-pair[1], pair[0]),
    )
    return PlanStatus(
        files=len(project.files),
        commitments=len(compiled.commitments),
        by_theme=tuple((s.theme, len(s.commitments)) for s in compiled.sections),
        by_lead_agency=tuple(leads),
        milestones_by_status=compiled.milestones_by_status,
        unhealthy=unhealthy,
        next_deadline=next_deadline(project.plan, today),
        next_milestone=ahead[0] if ahead else None,
        overdue_milestones=sum(m.state is Due.OVERDUE for m in dues),
        theme_numbers=tuple(project.plan.theme_number(s.theme.id) for s in compiled.sections),
    )
