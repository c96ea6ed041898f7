from __future__ import annotations

from datetime import date

import pytest

from ogpkit.plan.dates import DateFormatError, ImpossibleDateError, PlanDate, parse_date

MAY_FIRST = PlanDate(2020, 5, 1)
MAY = PlanDate(2020, 5)


@pytest.mark.parametrize(
    "text",
    ["109-05-01", "109/5/1", "109.05.01", "109年5月1日", "民國109年5月1日", "2020-05-01",
     "１０９年５月１日", "１０９－０５－０１", " 109-5-1 ", "2020/5/1"],
)  # fmt: skip
def test_every_day_spelling_means_the_same_day(text: str) -> None:
    assert parse_date(text) == MAY_FIRST


@pytest.mark.parametrize(
    "text", ["109-05", "109.05", "109.5", "109年5月", "2020-05", "１０９年５月", "民國109年5月"]
)
def test_every_month_spelling_means_the_same_month(text: str) -> None:
    assert parse_date(text) == MAY


def test_month_precision_starts_on_the_first_and_ends_on_the_last_day() -> None:
    assert parse_date("109-02").first_day == date(2020, 2, 1)
    assert parse_date("109-02").last_day == date(2020, 2, 29)
    assert parse_date("110-02").last_day == date(2021, 2, 28)


def test_109_10_is_october_not_january() -> None:
    assert parse_date("109.10") == PlanDate(2020, 10)
    assert parse_date("109.1") == PlanDate(2020, 1)


@pytest.mark.parametrize("text", ["109-02-30", "109-13", "110-02-29", "0-01-01", "1800-01-01"])
def test_impossible_dates(text: str) -> None:
    with pytest.raises(ImpossibleDateError):
        parse_date(text)


@pytest.mark.parametrize("text", ["", "soon", "109", "109-05-01-02", "五月", "2020-05-01T00:00"])
def test_text_that_is_no_date(text: str) -> None:
    with pytest.raises(DateFormatError):
        parse_date(text)


def test_canonical_and_display_spellings() -> None:
    assert MAY_FIRST.canonical("roc") == "109-05-01"
    assert MAY.canonical("roc") == "109-05"
    assert MAY_FIRST.canonical("iso") == "2020-05-01"
    assert MAY_FIRST.display("roc") == "109年5月1日"
    assert MAY.display("roc") == "109年5月"
    assert MAY.display("iso") == "2020-05"
