from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ogpkit.history.deadlines import (
    Due,
    Settings,
    deadlines,
    milestone_state,
    overdue_problems,
    preliminary_problems,
    read_settings,
    timeline,
)
from ogpkit.history.git import read_history
from ogpkit.plan.model import Milestone
from ogpkit.plan.project import load_project
from ogpkit.report.problem import Level

DAY_BEFORE_DRAFT_END = date(2020, 1, 31)


def test_timeline_month_precision_ends_on_the_last_day(plan_dir: Path) -> None:
    plan = load_project(plan_dir).plan
    items = timeline(plan, DAY_BEFORE_DRAFT_END)
    assert [(i.entry.id, i.due, i.state) for i in items] == [
        ("submission", date(2020, 1, 10), Due.PAST),
        ("draft", date(2020, 1, 31), Due.NEXT),
        ("approval", date(2020, 4, 30), Due.LATER),
        ("start", date(2020, 5, 31), Due.LATER),
    ]
    assert timeline(plan, date(2020, 2, 1))[1].state is Due.PAST


@pytest.mark.parametrize(
    ("end", "status", "today", "state"),
    [
        ("109-12", "not_started", date(2021, 1, 1), Due.OVERDUE),
        ("109-12", "not_started", date(2020, 12, 31), Due.DUE_SOON),
        ("109-12", "substantial", date(2020, 12, 1), Due.DUE_SOON),
        ("109-12", "limited", date(2020, 11, 29), Due.UPCOMING),
        ("109-12", "complete", date(2021, 1, 1), Due.COMPLETE),
        ("109-12-15", "not_started", date(2020, 12, 16), Due.OVERDUE),
    ],
)
def test_milestone_state(end: str, status: str, today: date, state: Due) -> None:
    milestone = Milestone.model_validate(
        {"indicator": "x", "start": "109-05", "end": end, "status": status}
    )
    assert milestone_state(milestone, today, 31) is state


def test_missing_agency_and_submissions_as_of_today(plan_dir: Path) -> None:
    folder = plan_dir / "commitments"
    for name in ("2-1-political-donations", "1-3-decision-making-transparency"):
        (folder / f"{name}.yaml").unlink()
    for name in ("3-1-public-participation-mechanisms", "2-2-anti-money-laundering"):
        (folder / f"{name}.yaml").unlink()
    disclosure = folder / "1-2-government-information-disclosure.yaml"
    text = disclosure.read_text(encoding="utf-8")
    disclosure.write_text(text.replace("submitted: 109-01-10", "submitted: 109-01-12"), "utf-8")
    project = load_project(plan_dir)
    before = deadlines(project, read_history(plan_dir), date(2020, 1, 11), Settings())
    assert [a.name for a in before.missing] == ["內政部", "法務部"]
    after = deadlines(project, read_history(plan_dir), date(2020, 1, 12), Settings())
    assert [a.name for a in after.missing] == ["內政部"]
    justice = next(s for s in after.submitted if s.agency.name == "法務部")
    assert justice.expected
    assert [s.commitment.id for s in justice.submissions] == ["1-2"]
    assert justice.first_day == date(2020, 1, 12)
    culture = next(s for s in after.submitted if s.agency.name == "文化部")
    assert not culture.expected


def test_agency_view_includes_supported_commitments(plan_dir: Path) -> None:
    project = load_project(plan_dir)
    corruption = project.registry.find("廉政署")
    view = deadlines(project, read_history(plan_dir), date(2021, 12, 20), Settings(), corruption)
    (group,) = view.agencies
    assert {m.commitment.id for m in group.milestones} == {"1-1"}
    assert [s.agency.name for s in view.submitted] == ["法務部廉政署"]


def test_settings_window_and_their_problems(plan_dir: Path) -> None:
    assert read_settings(load_project(plan_dir)) == (Settings(30), [])
    plan = plan_dir / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("window_days: 30", "window_days: 7"), "utf-8")
    assert read_settings(load_project(plan_dir))[0] == Settings(7)
    plan.write_text(text.replace("window_days: 30", "window_days: soon\n  windw: 3"), "utf-8")
    settings, problems = read_settings(load_project(plan_dir))
    assert settings == Settings()
    assert sorted((p.rule, p.level) for p in problems) == [("deadlines-settings", Level.ERROR)] * 2
    assert {p.line for p in problems} == {
        text.splitlines().index("  window_days: 30") + 1,
        text.splitlines().index("  window_days: 30") + 2,
    }


def test_preliminary_items_name_registry_agencies(plan_dir: Path) -> None:
    assert preliminary_problems(load_project(plan_dir)) == []
    plan = plan_dir / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("agencies: [內政部]", "agencies: [各機關]"), "utf-8")
    (problem,) = preliminary_problems(load_project(plan_dir))
    assert problem.rule == "agency-known"
    assert problem.line == text.splitlines().index("    agencies: [內政部]") + 1


def test_overdue_warnings_only_while_the_plan_runs(plan_dir: Path) -> None:
    project = load_project(plan_dir)
    during = overdue_problems(project, date(2021, 1, 1))
    assert during
    assert {(p.rule, p.level) for p in during} == {("milestone-overdue", Level.WARNING)}
    procurement = [p for p in during if p.file.endswith("1-1-government-procurement.yaml")]
    assert procurement == []
    assert overdue_problems(project, date(2024, 6, 1)) == []
