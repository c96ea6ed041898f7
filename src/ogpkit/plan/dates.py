"""The ROC (Minguo) calendar: every spelling of a plan date that ogpkit accepts.

A plan date has day or month precision. Accepted spellings, all meaning 1 May 2020:
`109-05-01`, `109/5/1`, `109.05.01`, `109年5月1日`, `民國109年5月1日`, `2020-05-01`, and with
full-width digits (`１０９年５月１日`). Month precision: `109-05`, `109.05`, `109.5`, `109年5月`,
`2020-05`. A year of four digits is Gregorian; of one to three digits, ROC (year + 1911).

Periods as civil servants write them are read too: `109.5-113.5`, `109年5月至113年5月`,
`109/5/1~110/12/31`.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache
from typing import Literal

ROC_OFFSET = 1911
DateStyle = Literal["roc", "iso"]

_NUMERIC = re.compile(r"(\d{1,4})\s*[-/.]\s*(\d{1,2})(?:\s*[-/.]\s*(\d{1,2}))?")
_WRITTEN = re.compile(
    r"(?:民國|中華民國)?\s*(\d{1,4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日號])?"
)


class DateFormatError(ValueError):
    """The text is not a date in any accepted spelling."""


class ImpossibleDateError(ValueError):
    """The text is a date spelling, but no such day exists (`109-02-30`)."""


@dataclass(frozen=True)
class PlanDate:
    """A Gregorian year and month, and a day unless the date has month precision."""

    year: int
    month: int
    day: int | None = None

    @property
    def has_day(self) -> bool:
        return self.day is not None

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, self.day or 1)

    @property
    def last_day(self) -> date:
        return date(self.year, self.month, self.day or _days_in_month(self.year, self.month))

    @property
    def roc_year(self) -> int:
        return self.year - ROC_OFFSET

    def canonical(self, style: DateStyle = "roc") -> str:
        """The spelling that the `date-style` lint rule asks for: `109-05-01` or `2020-05-01`."""
        year = f"{self.roc_year:03d}" if style == "roc" else f"{self.year:04d}"
        text = f"{year}-{self.month:02d}"
        return text if self.day is None else f"{text}-{self.day:02d}"

    def display(self, style: DateStyle = "roc", lang: str = "zh-TW") -> str:
        """The spelling for readers: `109年5月1日` (ROC) or ISO."""
        if style == "iso":
            return self.iso()
        if lang == "en":
            return self.canonical("roc")
        text = f"{self.roc_year}年{self.month}月"
        return text if self.day is None else f"{text}{self.day}日"

    def iso(self) -> str:
        return self.canonical("iso")

    @classmethod
    def from_date(cls, day: date) -> PlanDate:
        return cls(day.year, day.month, day.day)


@cache
def _days_in_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def normalize_digits(text: str) -> str:
    """Full-width digits and separators to ASCII (NFKC), surrounding space removed."""
    return unicodedata.normalize("NFKC", text).strip()


@lru_cache(maxsize=4096)
def parse_date(text: str) -> PlanDate:
    """Parse any accepted spelling; raise DateFormatError or ImpossibleDateError.

    Cached: a plan spells the same few dates thousands of times, and a PlanDate is immutable."""
    cleaned = normalize_digits(text)
    match = _NUMERIC.fullmatch(cleaned) or _WRITTEN.fullmatch(cleaned)
    if match is None:
        raise DateFormatError(text)
    year_text, month_text, day_text = match.groups()
    year = int(year_text)
    if len(year_text) <= 3:
        year += ROC_OFFSET
    elif year < 1912:
        raise ImpossibleDateError(text)
    month = int(month_text)
    day = int(day_text) if day_text is not None else None
    if not 1 <= month <= 12 or year < 1912:
        raise ImpossibleDateError(text)
    if day is not None and not 1 <= day <= _days_in_month(year, month):
        raise ImpossibleDateError(text)
    return PlanDate(year, month, day)


_PERIOD_WORDS = re.compile(r"\s*(?:至|到|~|〜|～|–|—|－)\s*")


def parse_period(text: str) -> tuple[PlanDate, PlanDate]:
    """Start and end of a period; DateFormatError or ImpossibleDateError when it is not one."""
    cleaned = normalize_digits(text).replace("起", "").replace("止", "")
    parts = _PERIOD_WORDS.split(cleaned)
    if len(parts) == 2:
        return parse_date(parts[0]), parse_date(parts[1])
    if len(parts) > 2:
        raise DateFormatError(text)
    last_error: ValueError = DateFormatError(text)
    for match in re.finditer(r"\s*-\s*", cleaned):
        start, end = cleaned[: match.start()], cleaned[match.end() :]
        try:
            return parse_date(start), parse_date(end)
        except DateFormatError:
            continue
        except ValueError as error:
            last_error = error
    raise last_error
