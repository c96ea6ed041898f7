"""One spelling of a place in a file in every message and output format: list items by their
number from 1 in words (「第 3 個衡量指標」, "milestone 3"), never `milestones[2]` or
`milestones.2`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ogpkit.plan.fields import path_text
from tests.conftest import CLI

FILE = "commitments/1-1-government-procurement.yaml"
FORMATS = ["text", "json", "github", "sarif"]
EXPECTED = {
    "zh-TW": ["「結束日期」(第 3 個衡量指標的 end)", "(第 2 個衡量指標的第 2 個進度更新的 date)"],
    "en": ["milestone 3, end:", "milestone 2, update 2, date:"],
}


def break_dates(plan_dir: Path) -> None:
    path = plan_dir / FILE
    text = path.read_text(encoding="utf-8")
    broken = text.replace(
        "    start: 110-01\n    end: 111-12\n", "    start: 110-01\n    end: 111-13\n", 1
    )
    broken = broken.replace("      - date: 110-10-20\n", "      - date: 110-10-40\n", 1)
    assert broken.count("111-13") == 1
    assert broken.count("110-10-40") == 1
    path.write_text(broken, encoding="utf-8")


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_names_the_milestone_by_its_number(
    cli: CLI, plan_dir: Path, fmt: str, lang: str
) -> None:
    break_dates(plan_dir)
    summary = plan_dir / "summary.md"
    result = cli("validate", "--format", fmt, "--lang", lang, "--summary", str(summary), FILE)
    assert result.exit_code == 1, result.output
    output = result.stdout
    if fmt in ("json", "sarif"):
        output = json.dumps(json.loads(output), ensure_ascii=False)
    for written in (output, summary.read_text(encoding="utf-8")):
        for place in EXPECTED[lang]:
            assert place in written, written
        for wrong in ("milestones[", "milestones.", "updates["):
            assert wrong not in written, written


@pytest.mark.parametrize(
    ("path", "zh", "en"),
    [
        (("title",), "title", "title"),
        (("contact", "email"), "contact.email", "contact.email"),
        (("milestones", 0), "第 1 個衡量指標", "milestone 1"),
        (("milestones", 2, "start"), "第 3 個衡量指標的 start", "milestone 3, start"),
        (("lead_agencies", 1), "第 2 個主辦機關", "lead agency 2"),
        (
            ("additional_info", "sdgs", 1),
            "additional_info 的第 2 個永續發展目標",
            "additional_info, SDG target 2",
        ),
        (
            ("milestones", 0, "withdrawn", "reason"),
            "第 1 個衡量指標的 withdrawn.reason",
            "milestone 1, withdrawn.reason",
        ),
        (("unknown_list", 4), "第 5 個 unknown_list 項目", "unknown_list item 5"),
    ],
)
def test_path_text(path: tuple[str | int, ...], zh: str, en: str) -> None:
    assert path_text(path, "zh-TW") == zh
    assert path_text(path, "en") == en
