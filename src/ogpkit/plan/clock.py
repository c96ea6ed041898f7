"""Today, in Asia/Taipei: the one place that reads the clock. Everything else is given a date."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from ogpkit.errors import UsageError
from ogpkit.plan.dates import parse_date
from ogpkit.report.message import msg

TAIPEI = ZoneInfo("Asia/Taipei")


def today_in_taipei() -> date:
    return datetime.now(TAIPEI).date()


def parse_today(text: str | None) -> date:
    """The `--today` option: any accepted spelling of a day, or today in Taipei when absent."""
    if text is None:
        return today_in_taipei()
    try:
        day = parse_date(text)
    except ValueError:
        day = None
    if day is None or not day.has_day:
        raise UsageError(
            msg("--today needs a day, such as 109-01-10 or 2020-01-10; got {text!r}", text=text)
        )
    return day.first_day
