"""The self-assessment report as data: OGP's structure as of one day.

For each commitment its milestones with the completion level, what was done, the evidence,
the results and next steps; summaries by theme and by lead agency; the completion by theme at
the end of each reporting period, from the files as committed then (periods.py). Only updates
dated on or before the report's day count, so a report of a past period is the picture of
that period. Withdrawn milestones are listed and marked, and left out of the counts. Each update carries the commit that added it, from Git.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ogpkit.history.audit import Commit, read_audit
from ogpkit.history.progress import update_commits
from ogpkit.outputs.report.periods import PeriodHistory, period_history
from ogpkit.outputs.report.tally import Tally, tally
from ogpkit.plan.compiled import compile_plan
from ogpkit.plan.model import Commitment, Milestone
from ogpkit.plan.progress import Evidence, Results, Withdrawal
from ogpkit.plan.project import COMMITMENTS_DIR, Project
from ogpkit.plan.reporting import (
    ReportingPeriod,
    agencies_of,
    reporting_periods,
    status_on,
    updates_until,
    withdrawn_by,
)


@dataclass(frozen=True)
class DoneEntry:
    day: date
    status: str
    text: str
    evidence: tuple[Evidence, ...]
    commit: Commit | None = None  # the commit that added the update (the audit trail)


@dataclass(frozen=True)
class MilestoneReport:
    number: int
    indicator: str
    agencies: tuple[str, ...]
    start: date
    end: date
    status: str
    withdrawn: Withdrawal | None
    done: tuple[DoneEntry, ...]


@dataclass(frozen=True)
class CommitmentReport:
    id: str
    title: str
    theme: str
    lead_agencies: tuple[str, ...]
    milestones: tuple[MilestoneReport, ...]
    results: Results | None


@dataclass(frozen=True)
class ReportData:
    title: str
    title_en: str | None
    day: date
    which: str  # midterm, final or the due date as written
    commitments: tuple[CommitmentReport, ...]
    by_theme: tuple[Tally, ...]
    by_agency: tuple[Tally, ...]
    total: Tally
    history: PeriodHistory

    @property
    def periods(self) -> tuple[ReportingPeriod, ...]:
        return self.history.periods

    @property
    def theme_history(self) -> tuple[tuple[str, tuple[Tally, ...]], ...]:
        """Theme → a tally a period, as committed at the end of each (periods.py)."""
        return self.history.by_theme


def _milestone(
    number: int,
    m: Milestone,
    c: Commitment,
    day: date,
    names: dict[str, str],
    commits: dict[int, Commit | None],
) -> MilestoneReport:
    return MilestoneReport(
        number=number,
        indicator=m.indicator,
        agencies=tuple(names.get(n, n) for n in agencies_of(m, c)),
        start=m.start.first_day,
        end=m.end.last_day,
        status=status_on(m, day),
        withdrawn=m.withdrawn if withdrawn_by(m, day) else None,
        done=tuple(
            DoneEntry(
                u.date.last_day,
                u.status,
                (u.done or "").strip(),
                tuple(u.evidence),
                commits.get(id(u)),
            )
            for u in updates_until(m, day)
        ),
    )


def _commits_by_update(project: Project) -> dict[int, Commit | None]:
    """The commit that added each update, by the update object's identity."""
    found = update_commits(project, read_audit(project.root, COMMITMENTS_DIR))
    by_update: dict[int, Commit | None] = {}
    for file in project.files:
        for m_index, milestone in enumerate(file.model.milestones if file.model else ()):
            for u_index, update in enumerate(milestone.updates):
                by_update[id(update)] = found.get((file.document.name, m_index, u_index))
    return by_update


def report_data(project: Project, day: date, which: str) -> ReportData:
    compiled = compile_plan(project)
    plan = project.plan
    registry = project.registry
    names = {n: a.name for a in plan.agencies for n in a.names}
    commits = _commits_by_update(project)
    commitments = []
    by_theme: dict[str, list[str]] = {t.id: [] for t in plan.themes}
    by_agency: dict[str, list[str]] = {}
    for commitment in compiled.commitments:
        milestones = tuple(
            _milestone(i, m, commitment, day, names, commits)
            for i, m in enumerate(commitment.milestones, start=1)
        )
        for report in milestones:
            if report.withdrawn is None:
                by_theme[commitment.theme].append(report.status)
                for agency in report.agencies:
                    by_agency.setdefault(agency, []).append(report.status)
        commitments.append(
            CommitmentReport(
                commitment.id,
                commitment.title,
                commitment.theme,
                tuple(registry.canonical(n) or n for n in commitment.lead_agencies),
                milestones,
                commitment.results,
            )
        )
    periods = tuple(p for p in reporting_periods(plan) if p.due <= day)
    history = period_history(project, periods, [t.id for t in plan.themes])
    every = [s for statuses in by_theme.values() for s in statuses]
    order = [a.name for a in plan.agencies]
    return ReportData(
        title=plan.title,
        title_en=plan.title_en,
        day=day,
        which=which,
        commitments=tuple(commitments),
        by_theme=tuple(tally(t.id, by_theme[t.id]) for t in plan.themes),
        by_agency=tuple(
            tally(name, by_agency[name])
            for name in sorted(
                by_agency, key=lambda n: (order.index(n) if n in order else 1 << 30, n)
            )
        ),
        total=tally("total", every),
        history=history,
    )
