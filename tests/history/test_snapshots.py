"""history/snapshots.py on real repositories: the commitments as committed at each due date."""

from __future__ import annotations

import os
import shutil
import time
from datetime import date
from pathlib import Path

import pytest

from ogpkit.history.git import HistoryState
from ogpkit.history.snapshots import period_snapshots
from tests.gitrepo import commit, git, init
from tests.progress_repo import PLAN, U_1_1_1A, commitment_1_1, commitment_2_1

P1, P2 = date(2020, 10, 31), date(2021, 4, 30)


def plan_in_a_subfolder(top: Path) -> Path:
    """A repository whose plan lives in plan/, its commitments in a nested folder."""
    init(top)
    root = top / "plan"
    (root / "commitments" / "theme-2").mkdir(parents=True)
    (root / "plan.yaml").write_text(PLAN, "utf-8")
    (root / "commitments" / "1-1.yaml").write_text(commitment_1_1([], [], []), "utf-8")
    commit(top, "2020-01-08T10:00:00+08:00", "plan")
    (root / "commitments" / "1-1.yaml").write_text(commitment_1_1([U_1_1_1A], [], []), "utf-8")
    (root / "commitments" / "theme-2" / "2-1.yml").write_text(
        commitment_2_1([], [], False), "utf-8"
    )
    (root / "commitments" / "notes.txt").write_text("not a commitment", "utf-8")
    commit(top, "2020-10-31T23:59:00+08:00", "first report")
    (root / "commitments" / "1-1.yaml").write_text("id: [", "utf-8")
    commit(top, "2021-01-10T10:00:00+08:00", "broken")
    return root


def test_nested_folders_a_plan_below_the_top_and_files_that_do_not_parse(tmp_path: Path) -> None:
    root = plan_in_a_subfolder(tmp_path / "repo")
    before = date(2019, 12, 31)
    found = period_snapshots(root, [before, P1, P2])
    assert found.state is HistoryState.COMPLETE
    assert found.by_due[before].commit is None
    first = found.by_due[P1]
    assert first.commit == git(root, "rev-parse", "HEAD~1").strip()
    assert sorted(c.id for c in first.commitments) == ["1-1", "2-1"]
    one = next(c for c in first.commitments if c.id == "1-1")
    assert [u.status for u in one.milestones[0].updates] == ["limited"]
    second = found.by_due[P2]
    assert [c.id for c in second.commitments] == ["2-1"]
    # Not YAML at all: neither its theme nor its milestones can be told.
    assert [(u.path, u.theme, u.milestones) for u in second.unreadable] == [
        ("commitments/1-1.yaml", None, 0)
    ]


def test_a_hanging_cat_file_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = plan_in_a_subfolder(tmp_path / "repo")
    real = shutil.which("git")
    stub = tmp_path / "bin" / "git"
    stub.parent.mkdir()
    stub.write_text(
        f'#!/bin/sh\ncase "$*" in *cat-file*) sleep 600;; esac\nexec {real} "$@"\n', "utf-8"
    )
    stub.chmod(0o755)
    monkeypatch.setenv("PATH", f"{stub.parent}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("OGPKIT_GIT_TIMEOUT", "2")
    started = time.monotonic()
    found = period_snapshots(root, [P1])
    assert time.monotonic() - started < 20
    assert found.state is HistoryState.FAILED
    assert "2 seconds" in found.reason


def test_a_committed_file_over_the_size_limit_is_not_read(tmp_path: Path) -> None:
    root = plan_in_a_subfolder(tmp_path / "repo")
    huge = root / "commitments" / "1-1.yaml"
    huge.write_text(commitment_1_1([], [], []) + "#" * 2_000_000 + "\n", "utf-8")
    commit(root, "2021-02-10T10:00:00+08:00", "huge")
    found = period_snapshots(root, [P2])
    assert found.state is HistoryState.COMPLETE
    assert [u.path for u in found.by_due[P2].unreadable] == ["commitments/1-1.yaml"]
    assert [c.id for c in found.by_due[P2].commitments] == ["2-1"]
