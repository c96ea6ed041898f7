from __future__ import annotations

import pytest

from ogpkit.plan.dates import DateFormatError, ImpossibleDateError, PlanDate, parse_period


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("109.5-113.5", PlanDate(2020, 5), PlanDate(2024, 5)),
        ("109-05-113-05", PlanDate(2020, 5), PlanDate(2024, 5)),
        ("109-05-01-113-05-31", PlanDate(2020, 5, 1), PlanDate(2024, 5, 31)),
        ("109年5月至113年5月", PlanDate(2020, 5), PlanDate(2024, 5)),
        ("109/5/1～110/12/31", PlanDate(2020, 5, 1), PlanDate(2021, 12, 31)),
        ("１０９．５－１１３．５", PlanDate(2020, 5), PlanDate(2024, 5)),
        ("2020-05 - 2024-05", PlanDate(2020, 5), PlanDate(2024, 5)),
        ("109年5月起至113年5月止", PlanDate(2020, 5), PlanDate(2024, 5)),
    ],
)
def test_periods_as_civil_servants_write_them(text: str, start: PlanDate, end: PlanDate) -> None:
    assert parse_period(text) == (start, end)


@pytest.mark.parametrize("text", ["109.5", "明年", "109.5-113.5-114.1", ""])
def test_not_a_period(text: str) -> None:
    with pytest.raises(DateFormatError):
        parse_period(text)


def test_an_impossible_end_is_reported_as_such() -> None:
    with pytest.raises(ImpossibleDateError):
        parse_period("109.5-113.13")
