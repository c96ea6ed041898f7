"""`ogpkit validate`, the core: every problem of the plan, as a value."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ogpkit.checks import PLAN_CHECKS
from ogpkit.problem import Problem
from ogpkit.project import PLAN_FILE, Project


@dataclass(frozen=True)
class Validation:
    project: Project
    problems: tuple[Problem, ...]


def validate_project(project: Project, today: date) -> Validation:
    """Shape problems of each file, then the checks that need the whole plan, as on `today`."""
    problems = [problem for file in project.files for problem in file.problems]
    for check in PLAN_CHECKS:
        problems += check(project, today)
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
