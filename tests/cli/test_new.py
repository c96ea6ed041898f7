from __future__ import annotations

import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ogpkit.cli.app import app
from ogpkit.plan.project import load_project
from ogpkit.source.document import load_document
from tests.conftest import CLI

OGPKIT = Path(sys.executable).parent / "ogpkit"


def loaded(root: Path, name: str) -> dict[str, object]:
    document = load_document(root / "commitments" / name, root)
    assert document.problems == []
    assert document.data is not None
    return document.data


def test_no_input_writes_every_field_with_agencies_in_full(cli: CLI, plan_dir: Path) -> None:
    result = cli(
        "new", "--no-input", "--theme", "2", "--title", "公益揭露", "--lead", "金管會",
        "--support", "MOJ、廉政署", "--contact-name", "王小明", "--contact-email", "a@fsc.gov.tw",
        "--milestone", "110年底前完成", "--milestone-start", "109.5", "--milestone-end", "110.10",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    data = loaded(plan_dir, "2-4.yaml")
    assert data["id"] == "2-4"
    assert data["theme"] == "2"
    assert data["lead_agencies"] == ["金融監督管理委員會"]
    assert data["supporting_agencies"] == ["法務部", "法務部廉政署"]
    assert data["period"] == {"start": "109-05", "end": "113-05"}
    assert data["milestones"] == [
        {"indicator": "110年底前完成", "start": "109-05", "end": "110-10"}
    ]
    assert data["problem"] == "請填寫"
    assert data["ogp_values"] == dict.fromkeys(
        ("transparency", "participation", "accountability"), "請填寫；不適用時請刪除這一行"
    )
    assert (
        (plan_dir / "commitments" / "2-4.yaml")
        .read_text()
        .startswith("# yaml-language-server: $schema=../schema/commitment.schema.json\n")
    )


def test_fields_left_for_later_are_reported_until_written(cli: CLI, plan_dir: Path) -> None:
    assert cli("new", "--no-input", "--theme", "4", "--slug", "open-budget").exit_code == 0
    result = cli("validate", "commitments/4-2-open-budget.yaml", "--lang", "en")
    assert result.exit_code == 1
    assert "lead_agencies needs at least one item" in result.stdout
    assert "(template-placeholder)" in result.stdout  # every problem in one pass (issue 10)
    result = cli(
        "new", "--no-input", "--theme", "4", "--title", "公開預算", "--lead", "國發會",
        "--contact-name", "王小明", "--contact-email", "a@ndc.gov.tw",
        "--milestone", "110年底前上線1個平臺", "--milestone-start", "109.5", "--milestone-end", "110.12",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    result = cli("validate", "commitments/4-3.yaml", "--format", "json", "--today", "109-01-08")
    found = json.loads(result.stdout)["problems"]
    rules = {p["rule"] for p in found if p["file"] == "commitments/4-3.yaml"}
    assert rules == {"template-placeholder"}  # nothing else repeats what the placeholder says
    flagged = {p["line"] for p in found if p["rule"] == "template-placeholder"}
    text = (plan_dir / "commitments" / "4-3.yaml").read_text(encoding="utf-8").splitlines()
    assert {n for n, line in enumerate(text, 1) if "請填寫" in line} == flagged
    assert any(line == "problem: 請填寫" for line in text)


def test_an_existing_file_is_never_replaced(cli: CLI, plan_dir: Path) -> None:
    target = plan_dir / "commitments" / "3-3.yaml"
    target.write_text("mine\n")
    result = cli("new", "--no-input", "--theme", "3", "--id", "3-3", "--lang", "en")
    assert result.exit_code == 2
    assert "already exists and is left as it is" in result.stderr
    assert target.read_text() == "mine\n"


def test_a_used_id_and_an_unknown_agency_are_usage_errors(cli: CLI) -> None:
    result = cli("new", "--no-input", "--theme", "1", "--id", "1-1", "--lang", "en")
    assert result.exit_code == 2
    assert "next free one in theme 1 is 1-6" in result.stderr
    result = cli("new", "--no-input", "--theme", "1", "--lead", "法務布", "--lang", "en")
    assert result.exit_code == 2
    assert "did you mean '法務部'" in result.stderr


def test_no_input_needs_a_theme(cli: CLI) -> None:
    result = cli("new", "--no-input", "--lang", "en")
    assert result.exit_code == 2
    assert "--theme" in result.stderr


def test_prompts_ask_again_until_the_answer_is_usable(
    plan_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(plan_dir)
    answers = "\n".join(
        ["3", "", "強化參與", "不存在的機關", "原民會、客委會", "性平處", "林小姐", "專員", "綜合規劃處",
         "lin@example.gov.tw", "02-1234-5678", "辦理座談會", "109-13", "109-06", "110-06"]
    )  # fmt: skip
    result = CliRunner().invoke(app, ["new", "--input", "--lang", "en"], input=answers + "\n")
    assert result.exit_code == 0, result.output
    assert "not in the agency registry" in result.output
    assert "is not a date" in result.output
    data = loaded(plan_dir, "3-3.yaml")
    assert data["title"] == "強化參與"
    assert data["lead_agencies"] == ["原住民族委員會", "客家委員會"]
    assert data["supporting_agencies"] == ["行政院性別平等處"]
    assert data["contact"] == {
        "name": "林小姐",
        "title": "專員",
        "department": "綜合規劃處",
        "email": "lin@example.gov.tw",
        "phone": "02-1234-5678",
    }
    assert data["milestones"] == [{"indicator": "辦理座談會", "start": "109-06", "end": "110-06"}]


def read_until(fd: int, marker: str, seen: list[str], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while marker not in "".join(seen):
        remaining = deadline - time.monotonic()
        assert remaining > 0, f"no {marker!r} in {''.join(seen)!r}"
        ready, _, _ = select.select([fd], [], [], remaining)
        if ready:
            try:
                seen.append(os.read(fd, 4096).decode("utf-8", "replace"))
            except OSError:
                break


def test_in_a_real_terminal_it_asks_by_itself(plan_dir: Path) -> None:
    """A pseudo-terminal: stdin is a tty, so the prompts come without --input; Tab completes."""
    main, child = pty.openpty()
    env = {**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "200"}
    process = subprocess.Popen(
        [str(OGPKIT), "new", "--lang", "en"],
        cwd=plan_dir, stdin=child, stdout=child, stderr=child, env=env,
    )  # fmt: skip
    os.close(child)
    seen: list[str] = []
    steps = [
        ("Theme (its id)", "4"),
        ("Id of the commitment", ""),
        ("Title", "偏鄉寬頻"),
        ("Lead agencies", "法務部、國家通訊\t"),
        ("Supporting agencies", ""),
        ("Contact person", "陳先生"),
        ("Job title", ""),
        ("Department", ""),
        ("Email", ""),
        ("Phone", "02-3343-1234"),
        ("Milestone", ""),
    ]
    try:
        for marker, answer in steps:
            read_until(main, marker, seen)
            seen.clear()
            os.write(main, (answer + ("" if answer.endswith("\t") else "\r")).encode())
            if answer.endswith("\t"):
                time.sleep(0.3)
                os.write(main, b"\r")
        read_until(main, "Wrote", seen)
        assert process.wait(timeout=20) == 0
    finally:
        if process.poll() is None:
            process.kill()
        os.close(main)
    project = load_project(plan_dir)
    created = next(f for f in project.files if f.document.name == "commitments/4-2.yaml")
    data = created.document.data
    assert data is not None
    assert data["lead_agencies"] == ["法務部", "國家通訊傳播委員會"]
    assert data["contact"]["name"] == "陳先生"
    assert data["contact"]["phone"] == "02-3343-1234"
    assert data["milestones"] == [{"indicator": "請填寫", "start": None, "end": None}]


def test_questions_cut_short_write_nothing(plan_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(plan_dir)
    before = sorted(p.name for p in (plan_dir / "commitments").iterdir())
    result = CliRunner().invoke(app, ["new", "--input", "--lang", "en"], input="3\n\n")
    assert result.exit_code == 2
    assert "nothing was written" in result.output
    assert sorted(p.name for p in (plan_dir / "commitments").iterdir()) == before


def test_a_bad_slug_or_date_is_a_usage_error(cli: CLI) -> None:
    result = cli("new", "--no-input", "--theme", "1", "--slug", "Open Data", "--lang", "en")
    assert result.exit_code == 2
    assert "may hold only lower-case letters" in result.stderr
    result = cli("new", "--no-input", "--theme", "1", "--start", "109-13", "--lang", "en")
    assert result.exit_code == 2
    assert "--start: '109-13' is not a date" in result.stderr


@pytest.mark.parametrize(
    ("today", "late"), [("2020-01-10", False), ("2020-01-11", True)], ids=["cutoff day", "after"]
)
def test_a_file_started_after_the_cutoff_is_told_it_is_late(
    cli: CLI, plan_dir: Path, today: str, late: bool
) -> None:
    result = cli("new", "--no-input", "--theme", "2", "--today", today, "--lang", "en")
    assert result.exit_code == 0, result.output
    told = "The cutoff 109-01-10 of Agencies submit commitments has passed" in result.stdout
    assert told is late, result.stdout
    assert ("late_acceptance:" in result.stdout) is late
    chinese = cli("new", "--no-input", "--theme", "2", "--today", today, "--lang", "zh-TW")
    assert ("各部會提出承諾事項" in chinese.stdout) is late, chinese.stdout


def test_a_plan_without_a_cutoff_tells_nobody_they_are_late(cli: CLI, plan_dir: Path) -> None:
    plan = plan_dir / "plan.yaml"
    plan.write_text(plan.read_text().replace("    submission: true\n", ""))
    result = cli("new", "--no-input", "--theme", "2", "--today", "2030-01-01", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "has passed" not in result.stdout
