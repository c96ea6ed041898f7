"""The reporting calendar: the regular reporting periods of the plan, and each milestone's
status as of a day.

Regular periods run every `reporting: every_months` months from the plan's first month; each
is due on the last day of its last month, the last one cut at the plan's end. Pure functions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ogpkit.plan.dates import PlanDate, _days_in_month
from ogpkit.plan.model import Commitment, Milestone, Plan
from ogpkit.plan.progress import ReportingCalendar, Update

DEFAULT_CALENDAR = ReportingCalendar.model_validate({})


@dataclass(frozen=True)
class ReportingPeriod:
    number: int  # from 1
    start: date
    due: date

    def holds(self, day: date) -> bool:
        return self.start <= day <= self.due


def _month_end(year: int, month: int) -> date:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return date(year, month, _days_in_month(year, month))


def reporting_periods(plan: Plan) -> tuple[ReportingPeriod, ...]:
    calendar = plan.reporting or DEFAULT_CALENDAR
    start, end = plan.period.start.first_day, plan.period.end.last_day
    periods: list[ReportingPeriod] = []
    first = start
    while first <= end:
        due = min(_month_end(first.year, first.month + calendar.every_months - 1), end)
        periods.append(ReportingPeriod(len(periods) + 1, first, due))
        first = due + timedelta(days=1)
    return tuple(periods)


def period_at(periods: tuple[ReportingPeriod, ...], day: date) -> ReportingPeriod | None:
    """The period that holds `day`; the last one after the plan, None before it."""
    for period in periods:
        if period.holds(day):
            return period
    return periods[-1] if periods and day > periods[-1].due else None


def last_closed(periods: tuple[ReportingPeriod, ...], day: date) -> ReportingPeriod | None:
    closed = [p for p in periods if p.due < day]
    return closed[-1] if closed else None


def ordered_updates(milestone: Milestone) -> list[Update]:
    """The updates by date (the order written among the same date)."""
    return [
        u for _, u in sorted(enumerate(milestone.updates), key=lambda p: (p[1].date.last_day, p[0]))
    ]


def update_day(update: Update) -> date:
    return update.date.last_day


def updates_until(milestone: Milestone, day: date) -> list[Update]:
    return [u for u in ordered_updates(milestone) if update_day(u) <= day]


def status_on(milestone: Milestone, day: date) -> str:
    """The status reported by `day`: the latest update's then; a file without updates keeps
    its plain `status`."""
    if not milestone.updates:
        return milestone.status
    dated = updates_until(milestone, day)
    return dated[-1].status if dated else "not_started"


def withdrawn_by(milestone: Milestone, day: date) -> bool:
    return milestone.withdrawn is not None and milestone.withdrawn.date.first_day <= day


def agencies_of(milestone: Milestone, commitment: Commitment) -> tuple[str, ...]:
    return (milestone.agency,) if milestone.agency else tuple(commitment.lead_agencies)


def is_behind(milestone: Milestone, status: str, day: date) -> bool:
    """Past its end and not complete, or still not started after half of its time."""
    if status == "complete":
        return False
    start, end = milestone.start.first_day, milestone.end.last_day
    if day > end:
        return True
    half = start + (end - start) / 2
    return status == "not_started" and day > half


def owes_report(milestone: Milestone, period: ReportingPeriod) -> bool:
    """Whether the milestone must report in `period`: started by its end, not withdrawn by
    then, and not already complete before it began."""
    if milestone.start.first_day > period.due or withdrawn_by(milestone, period.due):
        return False
    return status_on(milestone, period.start - timedelta(days=1)) != "complete"


def reported_in(milestone: Milestone, period: ReportingPeriod) -> bool:
    return any(period.holds(update_day(u)) for u in milestone.updates)


def report_day(plan: Plan, which: str) -> date | None:
    """The day of `midterm`, `final`, or a regular period's due date written as a date."""
    calendar = plan.reporting or DEFAULT_CALENDAR
    if which == "midterm":
        return calendar.midterm.last_day if calendar.midterm else None
    if which == "final":
        return calendar.final.last_day if calendar.final else plan.period.end.last_day
    return None


def as_plan_date(day: date) -> PlanDate:
    return PlanDate.from_date(day)
