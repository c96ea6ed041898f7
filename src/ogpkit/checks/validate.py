"""`ogpkit validate`, the core: every problem of the plan, as a value."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ogpkit.checks.characters import control_characters
from ogpkit.checks.consultation import check_consultation
from ogpkit.checks.forum import check_forum
from ogpkit.checks.integrity import check_each_commitment, check_ids
from ogpkit.checks.lengths import field_lengths
from ogpkit.checks.lint import lint_check
from ogpkit.checks.progress import check_progress
from ogpkit.checks.typing import typing_problems
from ogpkit.history.deadlines import overdue_problems, preliminary_problems, read_settings
from ogpkit.history.git import read_history
from ogpkit.history.submissions import cutoff_entry, submission_problems
from ogpkit.history.walk import shared_walks
from ogpkit.plan.project import PLAN_FILE, Project
from ogpkit.report.problem import Problem


def check_deadlines(project: Project, today: date) -> list[Problem]:
    """Submission dates against the cutoff (Git history read once), overdue milestones."""
    problems = read_settings(project)[1] + preliminary_problems(project)
    if cutoff_entry(project.plan) is not None:
        problems += submission_problems(project, read_history(project.root), today)
    return problems + overdue_problems(project, today)


PlanCheck = Callable[[Project, date], list[Problem]]
PLAN_CHECKS: tuple[PlanCheck, ...] = (
    check_each_commitment,
    check_ids,
    check_deadlines,
    lint_check,
    check_consultation,
    check_forum,
    check_progress,
    control_characters,
    field_lengths,
)


@dataclass(frozen=True)
class Validation:
    project: Project
    problems: tuple[Problem, ...]


def validate_project(project: Project, today: date) -> Validation:
    """Shape problems of each file, then the checks that need the whole plan, as on `today`."""
    problems = [problem for file in project.files for problem in file.problems]
    with shared_walks():  # submissions, the progress audit and stale translations: one walk
        for check in PLAN_CHECKS:
            problems += check(project, today)
    problems += typing_problems(project, problems)
    return Validation(project, tuple(sorted(set(problems), key=lambda p: p.sort_key)))


def only_files(problems: Iterable[Problem], names: set[str] | None) -> tuple[Problem, ...]:
    """The problems of the named files (all of them when `names` is None), and always those of
    plan.yaml: a problem of the whole plan (such as a shallow clone) concerns every file."""
    return tuple(p for p in problems if names is None or p.file in names or p.file == PLAN_FILE)


def selected_names(root: Path, paths: Iterable[Path]) -> set[str]:
    """The display names of the files at or below `paths`."""
    names: set[str] = set()
    for path in paths:
        resolved = path.absolute()
        targets = (
            [p for p in resolved.rglob("*") if p.is_file()] if resolved.is_dir() else [resolved]
        )
        names.update(t.relative_to(root).as_posix() for t in targets if t.is_relative_to(root))
    return names
