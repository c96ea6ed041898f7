"""Completion by theme at the end of each reporting period, as it was reported then.

Each period's figures come from the commitment files as committed by the end of its due date
(history/snapshots.py): a status later rewritten, or an update added later with an earlier
date, does not change the past. The milestones of a file that did not parse then are counted
as not reported. Outside Git, or in a shallow clone, the figures come from the current files,
their updates dated on or before each due date, and `from_git` is False with the reason; so
do those of the periods that ended before the first commit (a plan brought into Git during
its term), listed by `before_history`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ogpkit.history.git import HistoryState
from ogpkit.history.snapshots import Snapshot, Snapshots, Unreadable, period_snapshots
from ogpkit.outputs.report.tally import Tally, tally
from ogpkit.plan.model import Commitment
from ogpkit.plan.project import Project
from ogpkit.plan.reporting import ReportingPeriod, status_on, withdrawn_by


@dataclass(frozen=True)
class PeriodHistory:
    periods: tuple[ReportingPeriod, ...]
    by_theme: tuple[tuple[str, tuple[Tally, ...]], ...]  # theme → a tally a period
    state: HistoryState = HistoryState.COMPLETE
    reason: str = ""
    commits: tuple[str | None, ...] = ()  # the commit read for each period; None: the files
    unreadable: tuple[tuple[str, ...], ...] = ()  # the files that did not parse, a period

    @property
    def from_git(self) -> bool:
        return self.state is HistoryState.COMPLETE

    @property
    def before_history(self) -> tuple[int, ...]:
        """The periods that ended before the first commit, drawn from the current files."""
        if not self.from_git:
            return ()
        return tuple(
            p.number for p, sha in zip(self.periods, self.commits, strict=True) if sha is None
        )


def _statuses(commitments: Iterable[Commitment], theme: str, period: ReportingPeriod) -> list[str]:
    return [
        status_on(m, period.due)
        for c in commitments
        if c.theme == theme
        for m in c.milestones
        if not withdrawn_by(m, period.due) and m.start.first_day <= period.due
    ]


def _unreported(files: Iterable[Unreadable], theme: str) -> int:
    return sum(f.milestones for f in files if f.theme == theme)


def _tally(
    current: Iterable[Commitment], theme: str, period: ReportingPeriod, at: Snapshot
) -> Tally:
    if at.commit is None:
        return tally(str(period.number), _statuses(current, theme, period))
    return tally(
        str(period.number),
        _statuses(at.commitments, theme, period),
        _unreported(at.unreadable, theme),
    )


def period_history(
    project: Project, periods: tuple[ReportingPeriod, ...], themes: list[str]
) -> PeriodHistory:
    snapshots = (
        period_snapshots(project.root, [p.due for p in periods])
        if periods
        else Snapshots(HistoryState.COMPLETE)
    )
    # Without a usable history every period is drawn from the current files, as a period
    # that ended before the first commit is.
    taken = [
        snapshots.by_due[p.due] if snapshots.usable else Snapshot(p.due, None) for p in periods
    ]
    current = project.commitments
    return PeriodHistory(
        periods,
        tuple(
            (
                theme,
                tuple(_tally(current, theme, p, s) for p, s in zip(periods, taken, strict=True)),
            )
            for theme in themes
        ),
        state=snapshots.state,
        reason=snapshots.reason,
        commits=tuple(s.commit for s in taken),
        unreadable=tuple(tuple(f.path for f in s.unreadable) for s in taken),
    )
