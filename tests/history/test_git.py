from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from ogpkit.history.git import HistoryState, read_history
from tests.gitrepo import commit, git, init


def write(path: Path, text: str = "x\n") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_first_addition_with_time_zones(tmp_path: Path) -> None:
    repo = init(tmp_path / "repo")
    write(repo / "c" / "a.yaml")
    commit(repo, "2020-01-10T23:59:59+08:00", "a")
    write(repo / "c" / "b.yaml")
    commit(repo, "2020-01-10T16:00:00Z", "b")
    write(repo / "c" / "a.yaml", "changed\n")
    commit(repo, "2020-02-01T09:00:00-05:00", "change a")
    history = read_history(repo)
    assert history.state is HistoryState.COMPLETE
    assert history.added_at(repo / "c" / "a.yaml") == datetime(2020, 1, 10, 15, 59, 59, tzinfo=UTC)
    assert history.added_at(repo / "c" / "b.yaml") == datetime(2020, 1, 10, 16, 0, tzinfo=UTC)


def test_rename_keeps_the_first_date_and_unicode_names(tmp_path: Path) -> None:
    repo = init(tmp_path / "repo")
    write(repo / "drafts" / "政府採購.yaml", "id: 1-1\ntitle: long enough to be a rename\n")
    commit(repo, "2020-01-02T10:00:00+08:00", "draft")
    (repo / "c").mkdir()
    git(repo, "mv", "drafts/政府採購.yaml", "c/1-1-政府採購.yaml")
    commit(repo, "2020-03-01T10:00:00+08:00", "move")
    history = read_history(repo)
    assert history.added_at(repo / "c" / "1-1-政府採購.yaml") == datetime(
        2020, 1, 2, 2, 0, tzinfo=UTC
    )
    assert history.added_at(repo / "drafts" / "政府採購.yaml") is not None


def test_merge_keeps_the_branch_commit_date(tmp_path: Path) -> None:
    repo = init(tmp_path / "repo")
    write(repo / "README")
    commit(repo, "2020-01-01T10:00:00+08:00", "start")
    git(repo, "checkout", "--quiet", "-b", "agency")
    write(repo / "c" / "x.yaml")
    commit(repo, "2020-01-09T10:00:00+08:00", "submit")
    git(repo, "checkout", "--quiet", "main")
    write(repo / "other")
    commit(repo, "2020-01-12T10:00:00+08:00", "other work")
    git(
        repo,
        "merge",
        "--quiet",
        "--no-ff",
        "-m",
        "merge",
        "agency",
        when="2020-01-15T10:00:00+08:00",
    )
    history = read_history(repo)
    assert history.added_at(repo / "c" / "x.yaml") == datetime(2020, 1, 9, 2, 0, tzinfo=UTC)


def test_a_file_on_another_branch_is_not_on_the_current_one(tmp_path: Path) -> None:
    repo = init(tmp_path / "repo")
    write(repo / "README")
    commit(repo, "2020-01-01T10:00:00+08:00", "start")
    git(repo, "checkout", "--quiet", "-b", "elsewhere")
    write(repo / "c" / "x.yaml")
    commit(repo, "2020-01-09T10:00:00+08:00", "submit")
    git(repo, "checkout", "--quiet", "main")
    assert read_history(repo).added_at(repo / "c" / "x.yaml") is None


def test_uncommitted_and_empty_repository(tmp_path: Path) -> None:
    repo = init(tmp_path / "repo")
    write(repo / "c" / "new.yaml")
    history = read_history(repo)
    assert history.state is HistoryState.COMPLETE
    assert history.added_at(repo / "c" / "new.yaml") is None


def test_subfolder_of_a_checkout(tmp_path: Path) -> None:
    repo = init(tmp_path / "repo")
    write(repo / "plans" / "2020" / "c" / "a.yaml")
    commit(repo, "2020-01-03T00:30:00+08:00", "a")
    history = read_history(repo / "plans" / "2020")
    assert history.added_at(repo / "plans" / "2020" / "c" / "a.yaml") == datetime(
        2020, 1, 2, 16, 30, tzinfo=UTC
    )


def test_not_a_checkout(tmp_path: Path) -> None:
    folder = tmp_path / "plain"
    folder.mkdir()
    history = read_history(folder)
    assert history.state is HistoryState.NOT_A_CHECKOUT
    assert history.added_at(folder / "a.yaml") is None


def test_shallow_clone_is_detected(tmp_path: Path) -> None:
    repo = init(tmp_path / "repo")
    for day in (1, 2, 3):
        write(repo / f"{day}.yaml")
        commit(repo, f"2020-01-0{day}T10:00:00+08:00", f"day {day}")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "--quiet", "--depth", "1", f"file://{repo}", str(clone))
    history = read_history(clone)
    assert history.state is HistoryState.SHALLOW
    assert history.added == {}


def test_without_git_the_history_failed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = init(tmp_path / "repo")
    monkeypatch.setenv("PATH", str(tmp_path / "no-such-bin"))
    history = read_history(repo)
    assert history.state is HistoryState.FAILED
    assert history.reason.startswith("git: ")
