"""`ogpkit status`, the core: the secretariat's overview of the plan as one value."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from ogpkit.compiled import compile_plan
from ogpkit.model import Theme, TimelineEntry
from ogpkit.problem import Level
from ogpkit.project import Project
from ogpkit.validate import validate_project


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


def next_deadline(entries: list[TimelineEntry], today: date) -> Deadline | None:
    """The first timeline entry due today or later (a month's due date is its last day)."""
    upcoming = sorted((e for e in entries if e.due.last_day >= today), key=lambda e: e.due.last_day)
    if not upcoming:
        return None
    return Deadline(upcoming[0], (upcoming[0].due.last_day - today).days)


def plan_status(project: Project, today: date) -> PlanStatus:
    problems = validate_project(project, today).problems
    compiled = compile_plan(project)
    counts: Counter[tuple[str, Level]] = Counter((p.file, p.level) for p in problems)
    files = sorted({p.file for p in problems})
    unhealthy = tuple(
        FileHealth(f, counts[(f, Level.ERROR)], counts[(f, Level.WARNING)]) for f in files
    )
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
        next_deadline=next_deadline(project.plan.timeline, today),
    )
