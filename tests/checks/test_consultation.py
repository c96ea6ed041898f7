from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import CLI, REPO

ROUND = """\
id: r1
title: 線上徵詢
channel: online
start: 109-02-01
end: 109-02-29
inputs:
  - id: A1
    received: 109-02-03
    contributor: individual
    name: 王小明
    text: 請公開投標廠商名單。
    concerns: [1-1, 9-9]
    response:
      decision: adopted
      reason: 請填寫
      agency: 工程會
      date: 109-03-01
  - id: A2
    received: 109-02-04
    contributor: anonymous
    text: 建議增加工作坊。
    concerns: [3-1]
"""


def test_every_input_answered_with_a_real_reason(cli: CLI, plan_dir: Path) -> None:
    (plan_dir / "consultation").mkdir()
    (plan_dir / "consultation" / "r1.yaml").write_text(ROUND, encoding="utf-8")
    result = cli("validate", "--lang", "en", "--today", "109-05-01", "consultation")
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert "10:11   error   This round does not allow contributors' names" in out
    assert "12:21   error   No commitment has the id 9-9" in out
    assert "15:15   error   The reason is a placeholder" in out
    assert "14:17   error   An adopted input names where it was adopted" in out
    assert "18:9    error   Input A2 has no response, due by 109-04" in out
    before = cli("validate", "--lang", "en", "--today", "109-03-01", "consultation")
    assert "consultation-response" not in before.stdout


def test_one_reason_pasted_across_many_inputs_is_a_warning(cli: CLI, plan_dir: Path) -> None:
    items = "".join(
        f"  - id: B{n}\n    received: 109-02-03\n    contributor: anonymous\n    text: 意見{n}\n"
        "    concerns: [1-1]\n    response:\n      decision: not_adopted\n"
        "      reason: 感謝您的意見，將納入參考。\n      agency: 國發會\n      date: 109-03-01\n"
        for n in range(5)
    )
    (plan_dir / "consultation").mkdir()
    (plan_dir / "consultation" / "r2.yaml").write_text(
        ROUND.split("inputs:", maxsplit=1)[0].replace("id: r1", "id: r2") + "inputs:\n" + items,
        encoding="utf-8",
    )
    result = cli("validate", "--lang", "en", "--today", "109-05-01", "consultation")
    assert result.stdout.count("The same reason answers 5 inputs") == 5, result.output
    assert result.exit_code == 0


def test_bundled_record_is_valid(cli: CLI, plan_dir: Path) -> None:
    shutil.copytree(REPO / "consultation", plan_dir / "consultation")
    shutil.copytree(REPO / "docs" / "forum", plan_dir / "docs" / "forum")
    shutil.copy(REPO / "forum.yaml", plan_dir / "forum.yaml")
    result = cli("validate", "--lang", "en", "--today", "109-11-01")
    assert result.exit_code == 0, result.output
    assert "forum-" not in result.stdout, result.output


def test_a_limit_that_is_not_a_whole_number_is_a_problem_at_its_line(
    cli: CLI, plan_dir: Path
) -> None:
    plan = plan_dir / "plan.yaml"
    lines = plan.read_text(encoding="utf-8").count("\n")
    with plan.open("a", encoding="utf-8") as stream:
        stream.write("consultation:\n  same_reason_max: three\n")
    result = cli("validate", "--lang", "en", "--today", "109-05-01")
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert (
        f"{lines + 2}:20  error   consultation: same_reason_max is three; write a whole number"
        in (result.stdout)
    ), result.output
