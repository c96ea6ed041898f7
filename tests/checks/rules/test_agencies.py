"""agency-canonical and agency-lead-and-support."""

from __future__ import annotations

from pathlib import Path

import pytest

from ogpkit.checks.rules.base import SetValue
from tests.checks.rules.helpers import commitment_text, make_plan, positions

AGENCIES = "lead_agencies:\n  - {lead}\nsupporting_agencies:\n  - {support}"


@pytest.mark.parametrize(
    ("lead", "support", "options", "expected"),
    [
        ("金融監督管理委員會", "法務部", {}, []),
        ("金管會", "法務部", {}, [(5, 5)]),
        ("FSC", "MOJ", {}, [(5, 5), (7, 5)]),
        ("金管會", "法務部", {"prefer": "short"}, []),
        ("金融監督管理委員會", "法務部", {"prefer": "short"}, [(5, 5)]),
        ("不在名冊的機關", "法務部", {}, []),
    ],
)
def test_agency_canonical(
    tmp_path: Path,
    lead: str,
    support: str,
    options: dict[str, object],
    expected: list[tuple[int, int]],
) -> None:
    text = commitment_text(lead_agencies=AGENCIES.format(lead=lead, support=support))
    assert positions(tmp_path, "agency-canonical", text, options) == expected


def test_agency_canonical_fix_is_the_full_name(tmp_path: Path) -> None:
    from ogpkit.checks.lint import lint_project
    from ogpkit.plan.project import load_project

    text = commitment_text(lead_agencies=AGENCIES.format(lead="金管會", support="法務部"))
    project = load_project(make_plan(tmp_path, {"1-1.yaml": text}))
    fixes = [r.fix for r in lint_project(project) if r.problem.rule == "agency-canonical"]
    assert fixes == [SetValue(("lead_agencies", 0), "金融監督管理委員會")]


@pytest.mark.parametrize(
    ("lead", "support", "expected"),
    [
        ("金融監督管理委員會", "法務部", []),
        ("金融監督管理委員會", "金融監督管理委員會", [(7, 5)]),
        ("金融監督管理委員會", "金管會", [(7, 5)]),
        ("金管會", " FSC", [(7, 6)]),
    ],
)
def test_agency_lead_and_support(
    tmp_path: Path, lead: str, support: str, expected: list[tuple[int, int]]
) -> None:
    text = commitment_text(lead_agencies=AGENCIES.format(lead=lead, support=support))
    assert positions(tmp_path, "agency-lead-and-support", text) == expected
