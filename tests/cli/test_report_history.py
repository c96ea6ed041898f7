"""`ogpkit report`: the chart over the reporting periods shows what was committed by the end of
each due date (Taipei time), not what the files say today.

The plan of tests/progress_repo.py (periods due 109-10-31, 110-04-30, 110-10-31, 111-04-30),
committed over three years, with the past rewritten later:

- 2020-10-31 23:30 Taipei: 1-1.1 limited (dated 109-10-15)
- 2020-11-01 00:10 Taipei (still 10-31 in UTC): 1-1.2 substantial, dated 109-10-20
- 2021-04-11: 1-1.1 and 1-1.2 complete; 2-1.2 limited since 2021-02-01
- 2021-10-25: 2-1.yaml broken (an update dated 110-13-01); fixed 2021-11-05
- 2021-12-01: 1-1.3 limited, dated 110-10-20 (late)
- 2022-05-10: 1-1.1's first update rewritten to substantial, and 2-1.1 given an update dated
  110-03-01 (limited), backdated
- 2023-01-10: an unrelated commit
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ogpkit.cli.app import app
from tests.conftest import copy_plan
from tests.gitrepo import commit, git, init, init_repo
from tests.progress_repo import (
    PLAN,
    U_1_1_1A,
    U_1_1_1B,
    U_1_1_2A,
    U_1_1_2B,
    U_1_1_2C,
    U_1_1_3A,
    U_1_1_3B,
    U_2_1_1A,
    U_2_1_2A,
    commitment_1_1,
    commitment_2_1,
)

REWRITTEN_1_1_1A = U_1_1_1A.replace("status: limited", "status: substantial")
BACKDATED_2_1_1 = "      - date: 110-03-01\n        status: limited\n"
BROKEN_2_1_1 = U_2_1_1A.replace("110-12-01", "110-13-01")


def history_repository(root: Path) -> dict[str, str]:
    """The repository above; the commit of each step by its date."""
    init(root)
    (root / "commitments").mkdir()
    (root / "plan.yaml").write_text(PLAN, "utf-8")
    one, two = root / "commitments" / "1-1.yaml", root / "commitments" / "2-1.yaml"
    shas: dict[str, str] = {}

    def step(when: str, a: tuple[list[str], ...], b: tuple[list[str], list[str], bool]) -> None:
        one.write_text(commitment_1_1(*a), "utf-8")
        two.write_text(commitment_2_1(*b), "utf-8")
        commit(root, when, f"progress {when}")
        shas[when[:16]] = git(root, "rev-parse", "HEAD").strip()

    a1, b1 = [U_1_1_1A, U_1_1_1B], [U_1_1_2A, U_1_1_2B]
    step("2020-01-08T10:00:00+08:00", ([], [], []), ([], [], False))
    step("2020-10-31T23:30:00+08:00", ([U_1_1_1A], [], []), ([], [], False))
    step("2020-11-01T00:10:00+08:00", ([U_1_1_1A], [U_1_1_2A], []), ([], [], False))
    step("2021-02-01T10:00:00+08:00", ([U_1_1_1A], [U_1_1_2A], []), ([], [U_2_1_2A], False))
    step("2021-03-12T10:00:00+08:00", (a1, [U_1_1_2A], []), ([], [U_2_1_2A], False))
    step("2021-04-11T10:00:00+08:00", (a1, b1, []), ([], [U_2_1_2A], False))
    step("2021-06-01T10:00:00+08:00", (a1, b1, []), ([U_2_1_1A], [U_2_1_2A], False))
    step("2021-07-01T10:00:00+08:00", (a1, b1, []), ([U_2_1_1A], [U_2_1_2A], True))
    c1 = [*b1, U_1_1_2C]
    step("2021-09-02T10:00:00+08:00", (a1, c1, []), ([U_2_1_1A], [U_2_1_2A], True))
    step("2021-10-25T10:00:00+08:00", (a1, c1, []), ([BROKEN_2_1_1], [U_2_1_2A], True))
    step("2021-11-05T10:00:00+08:00", (a1, c1, []), ([U_2_1_1A], [U_2_1_2A], True))
    step("2021-12-01T10:00:00+08:00", (a1, c1, [U_1_1_3A]), ([U_2_1_1A], [U_2_1_2A], True))
    three = [U_1_1_3A, U_1_1_3B]
    step("2022-03-02T10:00:00+08:00", (a1, c1, three), ([U_2_1_1A], [U_2_1_2A], True))
    rewritten = [REWRITTEN_1_1_1A, U_1_1_1B]
    late = [BACKDATED_2_1_1, U_2_1_1A]
    step("2022-05-10T10:00:00+08:00", (rewritten, c1, three), (late, [U_2_1_2A], True))
    (root / "README.md").write_text("測試\n", "utf-8")
    step("2023-01-10T10:00:00+08:00", (rewritten, c1, three), (late, [U_2_1_2A], True))
    return shas


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("history") / "plan"
    return root, history_repository(root)


def report(root: Path, out: Path, formats: str = "json") -> dict[str, object]:
    args = ["report", "--root", str(root), "--period", "final", "-f", formats, "-o", str(out)]
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads((out / "report-final.json").read_text("utf-8"))
    return data


def figures(period: dict[str, object]) -> dict[str, tuple[int, ...]]:
    by_theme = period["by_theme"]
    assert isinstance(by_theme, dict)
    keys = ("not_started", "limited", "substantial", "complete", "not_reported", "total")
    return {theme: tuple(t[k] for k in keys) for theme, t in by_theme.items()}


def test_each_period_shows_what_was_committed_by_its_due_date(
    repo: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    root, shas = repo
    data = report(root, tmp_path, "json,md,html")
    summary = data["summary"]
    assert isinstance(summary, dict)
    assert summary["history"] == {"source": "git", "reason": ""}
    periods = summary["by_period"]
    assert {p["source"] for p in periods} == {"git"}
    assert [p["commit"] for p in periods] == [
        shas["2020-10-31T23:30"],  # 23:30 in Taipei counts; 00:10 the next day does not
        shas["2021-04-11T10:00"],
        shas["2021-10-25T10:00"],  # the broken file, fixed only after the due date
        shas["2022-03-02T10:00"],
    ]
    assert [figures(p) for p in periods] == [
        # 1-1.1 limited as committed (rewritten to substantial later); 1-1.2's update dated
        # 109-10-20 was committed after the end of 10-31 in Taipei: not started.
        {"1": (1, 1, 0, 0, 0, 2), "2": (1, 0, 0, 0, 0, 1)},
        # 2-1.1 had no update then (its update dated 110-03-01 came in 2022).
        {"1": (1, 0, 0, 2, 0, 3), "2": (1, 1, 0, 0, 0, 2)},
        # 1-1.3's update dated 110-10-20 was committed in December: not started. 2-1.yaml did
        # not parse: its two milestones are not reported.
        {"1": (1, 1, 0, 1, 0, 3), "2": (0, 0, 0, 0, 2, 2)},
        # 2-1.1 complete (110-12-01), 2-1.2 withdrawn.
        {"1": (0, 2, 0, 1, 0, 3), "2": (0, 0, 0, 1, 0, 1)},
    ]
    assert [p["not_reported_files"] for p in periods] == [
        [],
        [],
        ["commitments/2-1.yaml"],
        [],
    ]
    # The report as of its day still reads the current files.
    assert [t["limited"] for t in summary["by_theme"]] == [2, 0]
    markdown = (tmp_path / "report-final.md").read_text("utf-8")
    assert "第 3 期：下列檔案當時無法解析，其衡量指標計為未報告：commitments/2-1.yaml" in markdown
    assert "即當時所報告者" in markdown
    html = (tmp_path / "report-final.html").read_text("utf-8")
    assert "未報告" in html  # the legend of the white segment
    assert 'stroke-dasharray="2 2"><title>3: 2</title>' in html


def test_outside_git_the_periods_come_from_the_current_files_with_a_note(
    repo: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    root, _ = repo
    copy = tmp_path / "copy"
    shutil.copytree(root, copy, ignore=shutil.ignore_patterns(".git"))
    data = report(copy, tmp_path / "out", "json,md")
    summary = data["summary"]
    assert isinstance(summary, dict)
    assert summary["history"] == {"source": "files", "reason": "not-a-checkout"}
    # Today's files: 1-1.1 rewritten to substantial, 1-1.2 substantial since 109-10-20.
    assert figures(summary["by_period"][0]) == {
        "1": (0, 0, 2, 0, 0, 2),
        "2": (1, 0, 0, 0, 0, 1),
    }
    markdown = (tmp_path / "out" / "report-final.md").read_text("utf-8")
    assert "無法讀取 Git 歷史（不是 Git 儲存庫）" in markdown


def test_a_shallow_clone_falls_back_with_a_note(
    repo: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    root, _ = repo
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "--quiet", "--depth", "1", root.as_uri(), str(clone))
    data = report(clone, tmp_path / "out", "json,md")
    summary = data["summary"]
    assert isinstance(summary, dict)
    assert summary["history"] == {"source": "files", "reason": "shallow"}
    # 2-1.1's backdated update counts in P2 when only today's files can be read.
    assert figures(summary["by_period"][1])["2"] == (0, 2, 0, 0, 0, 2)
    markdown = (tmp_path / "out" / "report-final.md").read_text("utf-8")
    assert "淺層複製" in markdown


def test_periods_before_the_first_commit_come_from_the_current_files(tmp_path: Path) -> None:
    """The bundled plan committed today: its periods (109-05 to 113-05) all predate Git."""
    outside = copy_plan(tmp_path / "outside")
    inside = init_repo(copy_plan(tmp_path / "inside"))
    without = report(outside, tmp_path / "a")["summary"]
    within = report(inside, tmp_path / "b", "json,md")["summary"]
    assert isinstance(without, dict)
    assert isinstance(within, dict)
    assert within["history"] == {"source": "git", "reason": ""}
    assert {p["source"] for p in within["by_period"]} == {"files"}
    assert [p["by_theme"] for p in within["by_period"]] == [
        p["by_theme"] for p in without["by_period"]
    ]
    assert any(t["complete"] for p in within["by_period"] for t in p["by_theme"].values())
    markdown = (tmp_path / "b" / "report-final.md").read_text("utf-8")
    assert "第 1、2、3、4、5、6、7、8、9 期截止時尚無 Git 紀錄" in markdown
    assert "即當時所報告者" not in markdown
