from __future__ import annotations

from pathlib import Path

import pytest

from ogpkit.checks.rules.date_style import RULE
from tests.checks.rules.helpers import commitment_text, positions


def milestone(start: str, end: str) -> str:
    return (
        f"milestones:\n  - indicator: 110年6月前公開資料集20項\n    start: {start}\n    end: {end}"
    )


@pytest.mark.parametrize(
    ("start", "end", "style", "expected"),
    [
        ("109-05", "110-06-30", "roc", []),
        ("109年5月", "110-06", "roc", [(13, 12)]),
        ("109.5", "110/6/30", "roc", [(13, 12), (14, 10)]),
        ("１０９-０５", "110-06", "roc", [(13, 12)]),
        ("2020-05", "2021-06-30", "roc", [(13, 12), (14, 10)]),
        ("2020-05", "2021-06-30", "iso", []),
        ("109-05", "2021-06", "iso", [(13, 12)]),
    ],
)
def test_date_style(
    tmp_path: Path, start: str, end: str, style: str, expected: list[tuple[int, int]]
) -> None:
    text = commitment_text(milestones=milestone(start, end))
    found = positions(
        tmp_path, "date-style", text, plan_replace=("date_style: roc", f"date_style: {style}")
    )
    assert found == expected


def test_period_and_submitted_dates_are_checked(tmp_path: Path) -> None:
    text = commitment_text(
        period="period:\n  start: 109/05\n  end: 113-05", submitted="submitted: 109年1月10日"
    )
    assert positions(tmp_path, "date-style", text) == [(20, 10), (22, 12)]


def test_date_style_is_fixable() -> None:
    assert RULE.fixable
