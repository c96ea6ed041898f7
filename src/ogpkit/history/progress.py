"""Progress over time: each milestone's standing in a reporting period, and the commit that
added each update (from the audit trail). Pure functions: the trail and today are given."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from ogpkit.history.audit import AuditTrail, Commit
from ogpkit.plan.agencies import AgencyRegistry
from ogpkit.plan.model import Commitment, Milestone
from ogpkit.plan.project import CommitmentFile, Project
from ogpkit.plan.reporting import (
    ReportingPeriod,
    agencies_of,
    is_behind,
    owes_report,
    period_at,
    reporting_periods,
    status_on,
    update_day,
    updates_until,
    withdrawn_by,
)

UpdateKey = tuple[str, int, int]  # file name, milestone index, update index (from 0)


@dataclass(frozen=True)
class MilestoneProgress:
    file: CommitmentFile
    commitment: Commitment
    number: int  # from 1
    milestone: Milestone
    agencies: tuple[str, ...]
    status: str
    last_update: date | None
    withdrawn: bool
    owes: bool
    reported: bool
    behind: bool


@dataclass(frozen=True)
class ProgressView:
    today: date
    period: ReportingPeriod | None
    rows: tuple[MilestoneProgress, ...]

    @property
    def missing(self) -> tuple[MilestoneProgress, ...]:
        return tuple(r for r in self.rows if r.owes and not r.reported)

    def owed_by_agency(self) -> list[tuple[str, int]]:
        counts = Counter(agency for r in self.missing for agency in r.agencies)
        return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))


def milestone_progress(
    file: CommitmentFile,
    number: int,
    period: ReportingPeriod | None,
    today: date,
    registry: AgencyRegistry,
) -> MilestoneProgress:
    commitment = file.model
    assert commitment is not None
    milestone = commitment.milestones[number - 1]
    status = status_on(milestone, today)
    dated = updates_until(milestone, today)
    withdrawn = withdrawn_by(milestone, today)
    owes = period is not None and owes_report(milestone, period)
    return MilestoneProgress(
        file=file,
        commitment=commitment,
        number=number,
        milestone=milestone,
        agencies=tuple(registry.canonical(n) or n for n in agencies_of(milestone, commitment)),
        status=status,
        last_update=update_day(dated[-1]) if dated else None,
        withdrawn=withdrawn,
        owes=owes,
        reported=period is not None and any(period.holds(update_day(u)) for u in dated),
        behind=not withdrawn and is_behind(milestone, status, today),
    )


def progress_view(project: Project, today: date, agency: str | None = None) -> ProgressView:
    """Every milestone of the valid commitments as on `today`, in the plan's order."""
    period = period_at(reporting_periods(project.plan), today)
    registry = project.registry
    wanted = registry.canonical(agency) if agency else None
    rows = []
    for file in sorted((f for f in project.files if f.model), key=lambda f: f.document.name):
        assert file.model is not None
        for number in range(1, len(file.model.milestones) + 1):
            row = milestone_progress(file, number, period, today, registry)
            if wanted is not None and wanted not in row.agencies:
                continue
            rows.append(row)
    return ProgressView(today, period, tuple(rows))


def update_commits(project: Project, trail: AuditTrail) -> dict[UpdateKey, Commit | None]:
    """The commit that added each update, found by the text of its `date` line."""
    found: dict[UpdateKey, Commit | None] = {}
    for file in project.files:
        if file.model is None:
            continue
        document = file.document
        lines = document.text.splitlines()
        seen: Counter[str] = Counter()
        for m_index, milestone in enumerate(file.model.milestones):
            for u_index in range(len(milestone.updates)):
                where = document.position(("milestones", m_index, "updates", u_index, "date"))
                text = lines[where.line - 1].rstrip() if 0 < where.line <= len(lines) else ""
                found[(document.name, m_index, u_index)] = trail.commit_of(
                    document.path, text, seen[text]
                )
                seen[text] += 1
    return found
