"""Issue 10, section 1: a file with a shape problem is still linted on what can be read, and
messages never speak Python or a library's English."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import CLI

FILE = "commitments/1-1-government-procurement.yaml"


def edit(plan_dir: Path, old: str, new: str) -> None:
    path = plan_dir / FILE
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems(cli: CLI, *args: str) -> list[dict[str, object]]:
    result = cli("validate", FILE, "--format", "json", *args)
    found: list[dict[str, object]] = json.loads(result.stdout)["problems"]
    return found


def test_an_empty_milestone_date_does_not_hide_the_placeholders(cli: CLI, plan_dir: Path) -> None:
    edit(plan_dir, "    end: 109-12\n", "    end:\n")
    edit(plan_dir, "title: 政府採購資訊公開", "title: 請填寫")
    edit(plan_dir, "  budget: 由", "  budget: 請填寫。由")
    found = problems(cli)
    rules = [(p["line"], p["rule"]) for p in found]
    assert (37, "value-type") in rules or (37, "date-format") in rules, rules
    assert (4, "template-placeholder") in rules, rules
    assert (29, "template-placeholder") in rules, rules
    skipped = [p for p in found if p["rule"] == "lint-skipped"]
    assert len(skipped) == 1, skipped
    assert "milestones" in str(skipped[0]["message"]), skipped


def test_an_empty_date_is_described_in_words(cli: CLI, plan_dir: Path) -> None:
    edit(plan_dir, "    end: 109-12\n", "    end:\n")
    messages = [str(p["message"]) for p in problems(cli)]
    assert any("是空的" in m for m in messages), messages
    assert not any("None" in m for m in messages), messages


def test_a_chinese_status_names_its_level_and_the_choices_have_no_english(
    cli: CLI, plan_dir: Path
) -> None:
    edit(plan_dir, "    status: complete", "    status: 已完成")
    edit(plan_dir, "    status: substantial", "    status: 差不多")
    messages = [str(p["message"]) for p in problems(cli) if p["rule"] == "value-type"]
    assert any("「已完成」" in m and "complete" in m for m in messages), messages
    choices = [m for m in messages if "差不多" in m]
    assert len(choices) == 1, messages
    assert " or " not in choices[0], choices
    assert "not_started" in choices[0], choices


def test_an_email_reason_is_ogpkits_own(cli: CLI, plan_dir: Path) -> None:
    edit(plan_dir, "ogp-example@pcc.gov.tw", "ogp-example＠pcc.gov.tw")
    messages = [str(p["message"]) for p in problems(cli) if p["rule"] == "contact-email"]
    assert len(messages) == 1, messages
    assert "半形的「@」" in messages[0], messages
    assert "The " not in messages[0], messages
