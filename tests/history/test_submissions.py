from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ogpkit.history.git import read_history
from ogpkit.history.submissions import Source, submission_problems, submissions
from ogpkit.plan.project import load_project
from ogpkit.report.message import translate
from ogpkit.report.problem import Level, Problem
from tests.gitrepo import commit, git, plan_repository, plan_without_submitted

AFTER = date(2020, 2, 1)
FILES = {
    "1-1": "commitments/1-1-government-procurement.yaml",
    "1-2": "commitments/1-2-government-information-disclosure.yaml",
    "1-3": "commitments/1-3-decision-making-transparency.yaml",
    "2-1": "commitments/2-1-political-donations.yaml",
}


def problems_of(root: Path, today: date = AFTER) -> list[Problem]:
    project = load_project(root)
    return submission_problems(project, read_history(root), today)


def late_files(problems: list[Problem]) -> set[str]:
    return {p.file for p in problems if p.rule == "submission-late"}


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """Every commitment committed on time, except the four of FILES, left uncommitted."""
    root = plan_repository(tmp_path / "repo")
    others = [
        p.relative_to(root).as_posix()
        for p in (root / "commitments").glob("*.yaml")
        if p.relative_to(root).as_posix() not in FILES.values()
    ]
    commit(root, "2020-01-06T09:00:00+08:00", "early submissions", *others)
    return root


@pytest.mark.parametrize(
    ("when", "late"),
    [
        ("2020-01-10T23:59:59+08:00", False),
        ("2020-01-10T15:59:59Z", False),
        ("2020-01-10T11:59:59-04:00", False),
        ("2020-01-10T16:00:00Z", True),
        ("2020-01-11T00:00:00+08:00", True),
        ("2020-01-10T12:00:00-04:00", True),
        ("2020-01-11T01:00:00+09:00", True),
    ],
)
def test_the_cutoff_holds_until_midnight_in_taipei(repo: Path, when: str, late: bool) -> None:
    commit(repo, when, "submission", FILES["1-1"])
    assert late_files(problems_of(repo)) >= ({FILES["1-1"]} if late else set())
    assert (FILES["1-1"] in late_files(problems_of(repo))) is late


def test_late_error_is_at_the_id_line_and_names_both_dates(repo: Path) -> None:
    commit(repo, "2020-01-10T16:00:00Z", "late", FILES["1-1"])
    commit(repo, "2020-01-10T15:59:59Z", "on time", FILES["1-2"])
    commit(repo, "2020-01-10T23:59:59+08:00", "on time", FILES["1-3"], FILES["2-1"])
    problems = problems_of(repo)
    assert late_files(problems) == {FILES["1-1"]}
    (late,) = problems
    assert (late.line, late.column, late.level) == (3, 5, Level.ERROR)
    text = translate(late.message, "zh-TW")
    assert "109年1月11日" in text
    assert "109年1月10日" in text


def test_a_file_added_after_the_cutoff_and_a_rename(repo: Path) -> None:
    commit(repo, "2020-01-09T10:00:00+08:00", "on time", FILES["1-1"], FILES["1-2"])
    commit(repo, "2020-03-02T10:00:00+08:00", "late", FILES["1-3"], FILES["2-1"])
    git(repo, "mv", FILES["1-1"], "commitments/1-1-procurement.yaml")
    commit(repo, "2020-04-01T10:00:00+08:00", "rename after the cutoff")
    assert late_files(problems_of(repo)) == {FILES["1-3"], FILES["2-1"]}


def test_submitted_field_wins_and_a_later_one_is_a_warning(repo: Path) -> None:
    late = repo / FILES["1-1"]
    late.write_text(late.read_text(encoding="utf-8") + "submitted: 109-01-08\n", encoding="utf-8")
    later = repo / FILES["1-2"]
    later.write_text(later.read_text(encoding="utf-8") + "submitted: 109/1/9\n", encoding="utf-8")
    commit(repo, "2020-03-02T10:00:00+08:00", "paper submission recorded", FILES["1-1"])
    commit(repo, "2020-01-05T10:00:00+08:00", "git first", FILES["1-2"], FILES["1-3"])
    commit(repo, "2020-01-05T10:00:00+08:00", "git first", FILES["2-1"])
    problems = problems_of(repo)
    assert late_files(problems) == set()
    (warning,) = problems
    assert (warning.file, warning.rule, warning.level) == (
        FILES["1-2"],
        "submission-date",
        Level.WARNING,
    )
    assert warning.line == later.read_text(encoding="utf-8").count("\n")


def test_uncommitted_files_count_as_submitted_today(repo: Path) -> None:
    assert late_files(problems_of(repo, date(2020, 1, 10))) == set()
    assert late_files(problems_of(repo, date(2020, 1, 11))) == set(FILES.values())
    found = submissions(load_project(repo), read_history(repo), date(2020, 1, 11))
    sources = {s.file.document.name: s.source for s in found}
    assert sources[FILES["1-1"]] is Source.UNCOMMITTED


def test_not_a_checkout_is_a_warning_and_dates_are_today(tmp_path: Path) -> None:
    root = plan_without_submitted(tmp_path / "plain")
    problems = problems_of(root, date(2020, 1, 9))
    (warning,) = problems
    assert (warning.file, warning.rule, warning.level) == (
        "plan.yaml",
        "submission-history",
        Level.WARNING,
    )
    assert "git clone" in translate(warning.message, "en")
    assert len(late_files(problems_of(root, date(2020, 1, 11)))) == 11


def test_shallow_clone_is_an_error_that_says_how_to_fetch(repo: Path, tmp_path: Path) -> None:
    commit(repo, "2020-01-09T10:00:00+08:00", "on time")
    commit(repo, "2021-06-01T10:00:00+08:00", "later work")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "--quiet", "--depth", "1", f"file://{repo}", str(clone))
    problems = problems_of(clone)
    (error,) = problems
    assert (error.file, error.rule, error.level) == ("plan.yaml", "submission-history", Level.ERROR)
    english = translate(error.message, "en")
    assert "git fetch --unshallow" in english
    assert "fetch-depth: 0" in english


def test_bundled_plan_needs_no_history(tmp_path: Path) -> None:
    from tests.conftest import copy_plan

    root = copy_plan(tmp_path / "bundled")
    assert problems_of(root, date(2026, 11, 27)) == []
