from __future__ import annotations

from datetime import date
from pathlib import Path

from ogpkit.plan.project import load_project
from ogpkit.views.status import FileHealth, plan_status


def test_the_bundled_plan_at_a_glance(plan_dir: Path) -> None:
    status = plan_status(load_project(plan_dir), date(2020, 1, 5))
    assert (status.files, status.commitments) == (11, 11)
    assert [(theme.id, count) for theme, count in status.by_theme] == [
        ("1", 5),
        ("2", 3),
        ("3", 2),
        ("4", 1),
    ]
    assert status.by_lead_agency[0] == ("國家發展委員會", 4)
    assert sum(status.milestones_by_status.values()) == 45
    assert status.unhealthy == ()
    assert status.next_deadline is not None
    assert status.next_deadline.entry.id == "submission"
    assert status.next_deadline.days_left == 5


def test_deadlines_by_last_day_and_none_after_the_last(plan_dir: Path) -> None:
    project = load_project(plan_dir)
    deadline = plan_status(project, date(2020, 4, 30)).next_deadline
    assert deadline is not None
    assert (deadline.entry.id, deadline.days_left) == ("approval", 0)  # due 109-04: its last day
    assert plan_status(project, date(2020, 6, 1)).next_deadline is None


def test_files_with_errors_are_counted(plan_dir: Path) -> None:
    broken = plan_dir / "commitments" / "1-1-government-procurement.yaml"
    broken.write_text(broken.read_text().replace('theme: "1"', 'theme: "9"'))
    (plan_dir / "commitments" / "9-9.yaml").write_text("id: [\n")
    status = plan_status(load_project(plan_dir), date(2020, 1, 5))
    assert status.unhealthy == (
        FileHealth("commitments/1-1-government-procurement.yaml", 1, 0),
        FileHealth("commitments/9-9.yaml", 1, 0),
    )
    assert status.commitments == 10  # 1-1 is in no theme of the plan; 9-9 is no commitment


def test_the_next_milestone_and_the_overdue_ones(plan_dir: Path) -> None:
    status = plan_status(load_project(plan_dir), date(2021, 12, 20))
    assert status.next_deadline is None
    assert status.next_milestone is not None
    assert status.next_milestone.due == date(2021, 12, 31)
    assert status.overdue_milestones == sum(
        1
        for c in load_project(plan_dir).commitments
        for m in c.milestones
        if m.end.last_day < date(2021, 12, 20) and m.status != "complete"
    )
    assert status.overdue_milestones > 0
