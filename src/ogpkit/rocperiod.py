"""Periods as civil servants write them: `109.5-113.5`, `109年5月至113年5月`, `109/5/1~110/12/31`."""

from __future__ import annotations

import re

from ogpkit.rocdate import DateFormatError, PlanDate, normalize_digits, parse_date

_WORDS = re.compile(r"\s*(?:至|到|~|〜|～|–|—|－)\s*")


def parse_period(text: str) -> tuple[PlanDate, PlanDate]:
    """Start and end of a period; DateFormatError or ImpossibleDateError when it is not one."""
    cleaned = normalize_digits(text).replace("起", "").replace("止", "")
    parts = _WORDS.split(cleaned)
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
