"""`ogpkit progress` and the progress checks of `ogpkit validate`, on a real repository whose
reports were committed over two years (tests/progress_repo.py). Every expected figure is
worked out by hand from that history; the comments say how."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ogpkit.cli.app import app
from tests.progress_repo import progress_repository


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return progress_repository(tmp_path_factory.mktemp("progress") / "plan")


def run(repo: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, [*args, "--root", str(repo)], catch_exceptions=False)
    return result.exit_code, result.stdout


def test_progress_json_on_110_12_15(repo: Path) -> None:
    code, out = run(repo, "progress", "--today", "110-12-15", "--format", "json")
    assert code == 0, out
    view = json.loads(out)
    # 2021-12-15 falls in P4, 110-11-01..111-04-30.
    assert view["period"] == {"number": 4, "start": "2021-11-01", "due": "2022-04-30"}
    rows = {
        (m["commitment"], m["milestone"]): (
            m["agency"],
            m["status"],
            m["last_update"],
            m["withdrawn"],
            m["owes_report"],
            m["reported"],
            m["behind"],
        )
        for m in view["milestones"]
    }
    assert rows == {
        # complete on 110-03-10; already complete before P4, so it owes nothing.
        ("1-1", 1): ("甲部", "complete", "2021-03-10", False, False, False, False),
        # went back to limited on 110-09-01; ended 110-10-31 not complete: behind; owes P4.
        ("1-1", 2): ("甲部", "limited", "2021-09-01", False, True, False, True),
        # its own agency 乙部; 111-03-01 is after today, so the last update is 110-10-20.
        ("1-1", 3): ("乙部", "limited", "2021-10-20", False, True, False, False),
        # the forward-dated 110-12-01 update falls in P4: reported.
        ("2-1", 1): ("乙部", "complete", "2021-12-01", False, True, True, False),
        # withdrawn 110-06-30: owes nothing, never behind.
        ("2-1", 2): ("乙部", "limited", "2021-02-01", True, False, False, False),
    }
    # Missing: 1-1.2 (甲部) and 1-1.3 (乙部).
    assert view["missing"] == 2
    assert view["owed_by_agency"] == {"乙部": 1, "甲部": 1}


def test_progress_before_a_report_was_due(repo: Path) -> None:
    code, out = run(repo, "progress", "--today", "109-10-01", "--format", "json")
    assert code == 0, out
    view = json.loads(out)
    # P1; 2-1.2 starts 109-11 so it owes nothing; the other four owe P1 and none has
    # reported by 109-10-01 (the first update is dated 109-10-15).
    assert view["period"]["number"] == 1
    assert view["missing"] == 3
    owed = [(m["commitment"], m["milestone"]) for m in view["milestones"] if m["owes_report"]]
    # 1-1.3 starts 110-01, after P1 ends: it owes nothing either.
    assert owed == [("1-1", 1), ("1-1", 2), ("2-1", 1)]


def test_progress_for_one_agency_as_csv_and_table(repo: Path) -> None:
    code, out = run(repo, "progress", "--today", "110-12-15", "--agency", "乙部", "-f", "csv")
    assert code == 0, out
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["commitment"], r["milestone"]) for r in rows] == [
        ("1-1", "3"),
        ("2-1", "1"),
        ("2-1", "2"),
    ]
    assert [r["reported"] for r in rows] == ["false", "true", "false"]
    code, out = run(repo, "progress", "--today", "110-12-15", "--lang", "en")
    assert code == 0, out
    assert "Reporting period 4: 110-11-01 to 111-04-30" in out
    assert "2 milestones still owe a report this period: 乙部 (1), 甲部 (1)" in out
    code, out = run(repo, "progress", "--agency", "丙部")
    assert code == 2


def test_validate_reports_ahead_backwards_and_missing(repo: Path) -> None:
    code, out = run(repo, "validate", "--today", "110-12-15", "--format", "json", "--lang", "en")
    assert code == 1, out
    found = {
        (p["file"], p["line"], p["rule"], p["level"])
        for p in json.loads(out)["problems"]
        if p["rule"].startswith(("progress-", "milestone-overdue"))
    }
    assert found == {
        # 1-1.2's third update (status on line 34) goes complete → limited with no note.
        ("commitments/1-1.yaml", 34, "progress-backwards", "warning"),
        # 1-1.2 ended 110-10 (its end on line 27) and is limited.
        ("commitments/1-1.yaml", 27, "milestone-overdue", "warning"),
        # 2-1.1's update dated 110-12-01 (line 15) was committed on 110-06-01.
        ("commitments/2-1.yaml", 15, "progress-ahead", "error"),
        # The last closed period is P3 (110-05-01..110-10-31): 2-1.1 (indicator on line 11)
        # was not_started on 110-04-30 and has no update in P3; 2-1.2 was withdrawn within
        # P3; 1-1.3 reported on 110-10-20; 1-1.1 and 1-1.2 were complete before P3 began.
        ("commitments/2-1.yaml", 11, "progress-missing", "warning"),
    }
    ahead = next(p for p in json.loads(out)["problems"] if p["rule"] == "progress-ahead")
    assert "110-06-01" in ahead["message"]


BAD_UPDATES = """\
id: 3-1
title: 壞的進度
theme: "1"
lead_agencies: [甲部]
problem: 問題說明
commitment: 承諾內容
contribution: 貢獻說明
ogp_values: {transparency: 公開資料}
contact: {name: 王小明}
milestones:
  - indicator: 110年4月前開放資料集5項
    start: 109-05
    end: 110-04
    updates:
      - status: limited
      - date: 109-10-01
        status: halfway
      - date: 109-10-02
        status: limited
        evidence:
          - url: https://example.gov.tw/
          - title: 惡意連結
            url: "javascript:alert(1)"
"""


def test_malformed_updates_are_problems_at_their_lines(repo: Path, tmp_path: Path) -> None:
    copy = tmp_path / "plan"
    copy.mkdir()
    (copy / "plan.yaml").write_text((repo / "plan.yaml").read_text("utf-8"), "utf-8")
    (copy / "commitments").mkdir()
    (copy / "commitments" / "3-1.yaml").write_text(BAD_UPDATES, "utf-8")
    code, out = run(copy, "validate", "--format", "json", "--lang", "en")
    assert code == 1, out
    problems = {(p["line"], p["rule"]) for p in json.loads(out)["problems"]}
    assert {
        (15, "required-key"),  # an update without a date
        (17, "value-type"),  # halfway is not a status
        (21, "required-key"),  # evidence without a title
        (23, "value-type"),  # a javascript: link
    } <= problems
    message = next(p["message"] for p in json.loads(out)["problems"] if p["line"] == 23)
    assert "javascript:alert(1)" in message
    assert "https://" in message


def test_the_calendar_has_each_report_due_per_agency(repo: Path) -> None:
    code, out = run(repo, "deadlines", "--today", "110-01-01", "-f", "ics")
    assert code == 0, out
    summaries = [line for line in out.splitlines() if line.startswith("SUMMARY:第")]
    # Four regular periods, for each of the two agencies with milestones.
    assert len(summaries) == 8
    assert "SUMMARY:第 4 期進度報告期限：乙部" in summaries
    assert "SUMMARY:期中自評報告期限" in out
    assert "DTSTART;VALUE=DATE:20220630" in out  # final: 111-06-30
