"""The audit trail: which commit added each line of a commitment file, renames followed."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from ogpkit.history.audit import read_audit
from ogpkit.history.git import HistoryState
from tests.gitrepo import commit, git, init

FIRST = "milestones:\n  - updates:\n      - date: 110-04-20\n"
SECOND = FIRST + "      - date: 110-10-20\n"
AGAIN = SECOND + "      - date: 110-04-20\n"


def test_each_line_is_traced_to_the_commit_that_added_it_through_a_rename(tmp_path: Path) -> None:
    root = init(tmp_path / "plan")
    folder = root / "commitments"
    folder.mkdir()
    (folder / "1-1.yaml").write_text(FIRST, "utf-8")
    commit(root, "2021-04-21T09:00:00+08:00", "first report")
    git(root, "mv", "commitments/1-1.yaml", "commitments/1-1-renamed.yaml")
    commit(root, "2021-05-01T09:00:00+08:00", "rename")
    (folder / "1-1-renamed.yaml").write_text(SECOND, "utf-8")
    commit(root, "2021-10-21T09:00:00+08:00", "second report")
    (folder / "1-1-renamed.yaml").write_text(AGAIN, "utf-8")
    commit(root, "2021-11-02T09:00:00+08:00", "the same date line again")
    (folder / "unrelated.txt").write_text("x", "utf-8")

    trail = read_audit(root, "commitments")
    assert trail.state is HistoryState.COMPLETE
    path = folder / "1-1-renamed.yaml"
    first = trail.commit_of(path, "      - date: 110-04-20", 0)
    second = trail.commit_of(path, "      - date: 110-10-20", 0)
    third = trail.commit_of(path, "      - date: 110-04-20", 1)
    assert first is not None
    assert second is not None
    assert third is not None
    # 09:00 in Taipei is 01:00 UTC the same day.
    assert first.when == datetime(2021, 4, 21, 1, tzinfo=UTC)
    assert second.when == datetime(2021, 10, 21, 1, tzinfo=UTC)
    assert third.when == datetime(2021, 11, 2, 1, tzinfo=UTC)
    assert first.author == "Test Agency"
    assert trail.commit_of(path, "      - date: 112-01-01", 0) is None


def test_outside_a_checkout_there_is_no_trail(tmp_path: Path) -> None:
    (tmp_path / "commitments").mkdir()
    trail = read_audit(tmp_path, "commitments")
    assert trail.state is HistoryState.NOT_A_CHECKOUT
    assert trail.commit_of(tmp_path / "commitments" / "a.yaml", "x", 0) is None
