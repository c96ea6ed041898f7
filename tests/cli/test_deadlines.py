from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from icalendar import Calendar
from typer.testing import CliRunner

from ogpkit.cli.app import app
from ogpkit.plan.project import load_project
from tests.conftest import CLI
from tests.gitrepo import commit, git, plan_repository


def test_table_shows_timeline_submissions_and_milestones(cli: CLI) -> None:
    result = cli("deadlines", "--today", "110年12月20日")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "110年12月20日" in out
    assert "109年1月31日" in out
    assert "逾期" in out
    assert "即將到期" in out
    assert "國家通訊傳播委員會" in out


def test_english_and_iso_dates(cli: CLI, plan_dir: Path) -> None:
    plan = plan_dir / "plan.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("date_style: roc", "date_style: iso"), "utf-8"
    )
    result = cli("deadlines", "--today", "2020-01-20", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "Deadlines as of 2020-01-20" in result.stdout
    assert "2020-01-31" in result.stdout
    assert "next" in result.stdout


def test_json_lists_the_missing_agency(cli: CLI, plan_dir: Path) -> None:
    (plan_dir / "commitments" / "4-1-rural-broadband-access.yaml").unlink()
    for name in ("3-2-gender-and-ethnic-inclusion",):
        (plan_dir / "commitments" / f"{name}.yaml").unlink()
    result = cli("deadlines", "--format", "json", "--today", "109-01-11")
    assert result.exit_code == 0, result.output
    view = json.loads(result.stdout)
    assert view["today"] == "2020-01-11"
    assert view["history"] == "not-a-checkout"
    assert view["missing"] == ["行政院性別平等處", "原住民族委員會", "客家委員會"]
    assert [t["state"] for t in view["timeline"]] == ["past", "next", "later", "later"]
    states = {m["state"] for a in view["agencies"] for m in a["milestones"]}
    assert states == {"upcoming", "complete"}


def test_agency_by_short_name(cli: CLI) -> None:
    result = cli("deadlines", "--format", "json", "--agency", "金管會", "--today", "109-12-15")
    assert result.exit_code == 0, result.output
    view = json.loads(result.stdout)
    (group,) = view["agencies"]
    assert group["agency"] == "金融監督管理委員會"
    assert {m["commitment"] for m in group["milestones"]} == {"2-2", "2-3"}
    assert {m["state"] for m in group["milestones"] if m["due"] == "2020-12-31"} <= {
        "due",
        "complete",
    }


def test_unknown_agency_is_a_usage_error(cli: CLI) -> None:
    result = cli("deadlines", "--agency", "金管", "--lang", "en")
    assert result.exit_code == 2
    assert "金管會" in result.stderr


def test_bad_settings_are_a_configuration_error(cli: CLI, plan_dir: Path) -> None:
    plan = plan_dir / "plan.yaml"
    plan.write_text(
        plan.read_text(encoding="utf-8").replace("window_days: 30", "window_days: -3"), "utf-8"
    )
    result = cli("deadlines", "--format", "json")
    assert result.exit_code == 2
    (problem,) = json.loads(result.stdout)["problems"]
    assert (problem["file"], problem["rule"]) == ("plan.yaml", "deadlines-settings")
    assert cli("validate").exit_code == 1


def test_ics_has_every_timeline_date_and_milestone_end(cli: CLI, plan_dir: Path) -> None:
    result = cli("deadlines", "--format", "ics", "--today", "109-06-01")
    assert result.exit_code == 0, result.output
    assert b"\r\n" in result.stdout_bytes
    calendar = Calendar.from_ical(result.stdout)
    events = list(calendar.walk("VEVENT"))
    uids = [str(e["uid"]) for e in events]
    milestones = sum(len(c.milestones) for c in load_project(plan_dir).commitments)
    reports = [u for u in uids if "-report-" in u]
    # 109-05..113-05 in periods of six months: 8 full ones and 113-05 alone, for the 7
    # agencies with milestones; then the midterm and the final report.
    assert len(reports) == 9 * 7 + 2
    assert len(uids) == len(set(uids)) == 4 + milestones + len(reports) == 4 + 45 + 65
    starts = {str(e["uid"]): e.decoded("dtstart") for e in events}
    assert starts["plan-2020-05-timeline-submission@ogpkit"] == date(2020, 1, 10)
    assert starts["plan-2020-05-timeline-start@ogpkit"] == date(2020, 5, 31)
    assert starts["plan-2020-05-milestone-1-1-1@ogpkit"] == date(2020, 12, 31)
    again = cli("deadlines", "--format", "ics", "--today", "109-06-01")
    assert again.stdout == result.stdout


def test_validate_warns_about_overdue_milestones_without_failing(cli: CLI) -> None:
    result = cli("validate", "--format", "json", "--today", "110-01-05")
    assert result.exit_code == 0, result.output
    problems = json.loads(result.stdout)["problems"]
    assert problems
    assert {(p["rule"], p["level"]) for p in problems} == {("milestone-overdue", "warning")}


def test_validate_reports_a_late_submission_from_git(tmp_path: Path) -> None:
    root = plan_repository(tmp_path / "repo")
    commit(root, "2020-01-10T23:59:59+08:00", "on time")
    late = root / "commitments" / "9-9-late.yaml"
    late.write_text(
        (root / "commitments" / "1-1-government-procurement.yaml")
        .read_text(encoding="utf-8")
        .replace("id: 1-1", "id: 9-9")
        .replace("title: 政府採購資訊公開", "title: 逾期提交的承諾事項"),
        "utf-8",
    )
    commit(root, "2020-01-10T16:00:00Z", "late")
    runner = CliRunner()
    args = ["--root", str(root), "--format", "json", "--today", "109-03-01"]
    result = runner.invoke(app, ["validate", *args], catch_exceptions=False)
    assert result.exit_code == 1, result.output
    problems = json.loads(result.stdout)["problems"]
    # 9-9 is 1-1 under a new title: its English title (1-1's) draws translation warnings too.
    (problem,) = [p for p in problems if not p["rule"].startswith("translation-")]
    assert problem["file"] == "commitments/9-9-late.yaml"
    assert (problem["line"], problem["rule"], problem["level"]) == (3, "submission-late", "error")
    assert "109年1月11日" in problem["message"]
    shown = runner.invoke(
        app, ["deadlines", "--root", str(root), "-f", "json", "--today", "109-03-01"]
    )
    view = json.loads(shown.stdout)
    late_ones = [c for s in view["submitted"] for c in s["commitments"] if c["late"]]
    assert {(c["id"], c["date"], c["source"]) for c in late_ones} == {("9-9", "2020-01-11", "git")}


def test_shallow_clone_is_explained_in_the_view(tmp_path: Path) -> None:
    root = plan_repository(tmp_path / "repo")
    commit(root, "2020-01-09T10:00:00+08:00", "submissions")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "--quiet", "--depth", "1", f"file://{root}", str(clone))
    runner = CliRunner(env={"NO_COLOR": "1"})
    table = runner.invoke(app, ["deadlines", "--root", str(clone), "--lang", "en"])
    assert table.exit_code == 0, table.output
    assert "git fetch --unshallow" in table.stdout
    shown = runner.invoke(app, ["deadlines", "--root", str(clone), "-f", "json"])
    view = json.loads(shown.stdout)
    assert view["history"] == "shallow"
    assert "fetch-depth: 0" in view["history_note"]
    dates = {c["date"] for s in view["submitted"] for c in s["commitments"]}
    assert dates == {None}
