from __future__ import annotations

from pathlib import Path

import pytest

from ogpkit.errors import UsageError
from ogpkit.history.changed import changed_files, merge_base
from tests.gitrepo import commit_all, git, init_repo


def test_changed_since_the_branch_left_main(plan_dir: Path) -> None:
    repo = init_repo(plan_dir)
    git(repo, "checkout", "-q", "-b", "agency")
    (repo / "commitments" / "1-1-government-procurement.yaml").write_text("id: 1-1\n")
    commit_all(repo, "edit 1-1")
    git(repo, "checkout", "-q", "main")
    (repo / "later-on-main.txt").write_text("main moved on\n")
    commit_all(repo, "main moves on")
    git(repo, "checkout", "-q", "agency")
    (repo / "commitments" / "1-6.yaml").write_text("id: 1-6\n")  # new, not yet added
    (repo / "commitments" / "1-2-government-information-disclosure.yaml").write_text("x\n")
    assert changed_files(repo) == {
        "commitments/1-1-government-procurement.yaml",
        "commitments/1-2-government-information-disclosure.yaml",
        "commitments/1-6.yaml",
    }


def test_origin_main_comes_first_and_base_can_be_named(plan_dir: Path, tmp_path: Path) -> None:
    origin = init_repo(plan_dir)
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", str(origin), str(clone))
    git(clone, "checkout", "-q", "-b", "agency")
    (clone / "commitments" / "4-2.yaml").write_text("id: 4-2\n")
    commit_all(clone, "add 4-2")
    assert merge_base(clone, None) == git(clone, "rev-parse", "origin/main").strip()
    assert changed_files(clone) == {"commitments/4-2.yaml"}
    assert changed_files(clone, "HEAD") == set()


def test_paths_are_relative_to_a_plan_in_a_subfolder(tmp_path: Path, plan_dir: Path) -> None:
    repo = init_repo(tmp_path)  # the plan lives in tmp_path/plan
    git(repo, "checkout", "-q", "-b", "agency")
    (plan_dir / "commitments" / "4-2.yaml").write_text("id: 4-2\n")
    (tmp_path / "outside.txt").write_text("not in the plan\n")
    assert changed_files(plan_dir) == {"commitments/4-2.yaml"}


def test_no_repository_or_no_base_is_a_usage_error(plan_dir: Path) -> None:
    with pytest.raises(UsageError) as error:
        changed_files(plan_dir)
    assert "needs a Git repository" in error.value.message.localize("en")
    repo = init_repo(plan_dir)
    git(repo, "branch", "-q", "-m", "main", "trunk")
    with pytest.raises(UsageError) as error:
        changed_files(repo)
    assert "Cannot find origin/main or main" in error.value.message.localize("en")
    with pytest.raises(UsageError) as error:
        changed_files(repo, "nope")
    assert "Cannot compare with 'nope'" in error.value.message.localize("en")
