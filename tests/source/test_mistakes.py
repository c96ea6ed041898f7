"""Section 2 of issue 10: the YAML mistakes of a Chinese typist, each at its own line and
column, in words, through the real CLI on a copy of a bundled commitment."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import CLI

FILE = "commitments/1-1-government-procurement.yaml"
INDICATOR = "  - indicator: 109年12月前完成政府電子採購網決標資料開放格式擴充，新增3項欄位"

# (line replaced, its new text, expected line, column, rule)
CASES: list[tuple[int, str, int, int, str]] = [
    (4, "title：政府採購資訊公開", 4, 6, "yaml-colon"),
    (4, "title ：政府採購資訊公開", 4, 7, "yaml-colon"),
    (4, "title：　政府採購資訊公開", 4, 6, "yaml-colon"),
    (3, "id：1-1", 3, 3, "yaml-colon"),
    (7, "  start：109-05", 7, 8, "yaml-colon"),
    (36, "    start：109-05", 36, 10, "yaml-colon"),
    (35, INDICATOR.replace(": ", "："), 35, 14, "yaml-colon"),
    (55, "  email：ogp-example@pcc.gov.tw", 55, 8, "yaml-colon"),
    (56, "  phone：02-2345-6789", 56, 8, "yaml-colon"),
    (29, "  budget:110年度公務預算", 29, 9, "yaml-colon"),
    (5, 'theme:"1"', 5, 6, "yaml-colon"),
    (38, "    status:complete", 38, 11, "yaml-colon"),
    (7, "\u3000start: 109-05", 7, 1, "yaml-indent"),
    (7, "\u3000\u3000start: 109-05", 7, 1, "yaml-indent"),
    (8, "  \u3000end: 113-05", 8, 3, "yaml-indent"),
    (8, "\tend: 113-05", 8, 1, "yaml-indent"),
    (36, "  \t  start: 109-05", 36, 3, "yaml-indent"),
    (10, "  － 行政院公共工程委員會", 10, 3, "yaml-list-marker"),
    (10, "  • 行政院公共工程委員會", 10, 3, "yaml-list-marker"),
    (59, "    ・國家發展委員會", 59, 5, "yaml-list-marker"),
    (12, "  -法務部廉政署", 12, 3, "yaml-list-marker"),
    (10, "  - 行政院公共工程委員會\n   - 法務部", 11, 4, "yaml-list-indent"),
    (10, "  - 行政院公共工程委員會\n - 法務部", 11, 2, "yaml-list-indent"),
    (12, "  - 法務部廉政署\n    - 內政部", 13, 5, "yaml-list-indent"),
    (4, 'title: "政府採購資訊公開', 4, 8, "yaml-quote"),
    (4, "title: '政府採購資訊公開", 4, 8, "yaml-quote"),
    (52, '  name: "（範例）承辦人', 52, 9, "yaml-quote"),
    (4, "title: *重要* 政府採購資訊公開", 4, 8, "yaml-quote"),
    (4, "title: @政府採購資訊公開", 4, 8, "yaml-quote"),
    (4, "title: 「政府採購」: 資訊公開", 4, 14, "yaml-syntax"),
    (4, "承諾事項名稱: 政府採購資訊公開", 4, 1, "chinese-key"),
    (9, "主辦機關:", 9, 1, "chinese-key"),
    (52, "  承辦人員: （範例）承辦人", 52, 3, "chinese-key"),
    (35, INDICATOR.replace("indicator", "衡量指標"), 35, 5, "chinese-key"),
    (38, "    status: 已完成", 38, 13, "value-type"),
]

PYTHON_OR_PARSER = ("None", "True", "while scanning", "could not find", "cannot be read here")


# The cases name lines of this copy of 1-1 (as drafted, before its progress updates), so that
# the bundled file may grow without moving them.
SOURCE = Path(__file__).parent / "fixtures" / "1-1-before-progress.yaml"


@pytest.fixture(autouse=True)
def drafted(plan_dir: Path) -> None:
    (plan_dir / FILE).write_bytes(SOURCE.read_bytes())


def broken(plan_dir: Path, line: int, text: str) -> None:
    path = plan_dir / FILE
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[line - 1] = text
    path.write_text("\n".join(lines), encoding="utf-8")


@pytest.mark.parametrize(("line", "text", "at_line", "column", "rule"), CASES)
def test_each_mistake_is_reported_where_it_was_made(
    cli: CLI, plan_dir: Path, line: int, text: str, at_line: int, column: int, rule: str
) -> None:
    broken(plan_dir, line, text)
    result = cli("validate", FILE, "--format", "json")
    assert result.exit_code == 1, result.output
    found = [
        (p["line"], p["column"], p["rule"], p["message"])
        for p in json.loads(result.stdout)["problems"]
        if p["file"] == FILE
    ]
    assert (at_line, column, rule) in [f[:3] for f in found], found
    for *_, message in found:
        assert not any(word in message for word in PYTHON_OR_PARSER), message


def test_there_are_at_least_thirty_cases() -> None:
    assert len(CASES) >= 30


def test_messages_are_chinese_by_default(cli: CLI, plan_dir: Path) -> None:
    broken(plan_dir, 4, "title：政府採購資訊公開")
    result = cli("validate", FILE)
    assert "全形冒號" in result.stdout, result.stdout


@pytest.mark.parametrize(
    ("line", "text"),
    [
        (4, "title：政府採購資訊公開"),
        (29, "  budget:110年度公務預算"),
        (7, "\u3000start: 109-05"),
        (4, "承諾事項名稱: 政府採購資訊公開"),
        (38, "    status: 已完成"),
    ],
)
def test_lint_fix_repairs_the_unambiguous_ones(
    cli: CLI, plan_dir: Path, line: int, text: str
) -> None:
    original = (plan_dir / FILE).read_text(encoding="utf-8")
    broken(plan_dir, line, text)
    result = cli("lint", "--fix", FILE)
    assert result.exit_code == 0, result.output
    fixed = (plan_dir / FILE).read_text(encoding="utf-8").split("\n")
    expected = original.split("\n")
    changed = [i + 1 for i, (a, b) in enumerate(zip(fixed, expected, strict=True)) if a != b]
    assert changed in ([], [line]), changed
    assert cli("validate", FILE).exit_code == 0


def test_lint_fix_leaves_ambiguous_ones_alone(cli: CLI, plan_dir: Path) -> None:
    broken(plan_dir, 10, "  － 行政院公共工程委員會")
    before = (plan_dir / FILE).read_bytes()
    cli("lint", "--fix", FILE)
    assert (plan_dir / FILE).read_bytes() == before


@pytest.mark.parametrize(
    "text",
    [
        'id: 1-1\ntitle: [政府採購\ntheme: "1"\n',
        'id: 1-1\ntitle: "政府\\q採購"\n',
        "id: 1-1\ntitle: 政府採購\n  theme: x\n",
        "id: 1-1\nlead_agencies:\n  - 甲\n - 乙\nx: 1\n",
        "id: 1-1\ntitle: {政府\n",
        "id: 1-1\ntitle: %政府\n",
        "id: [",
    ],
)
def test_no_english_parser_text_is_left(cli: CLI, plan_dir: Path, text: str) -> None:
    (plan_dir / FILE).write_text(text, encoding="utf-8")
    result = cli("validate", FILE, "--format", "json")
    assert result.exit_code == 1, result.output
    found = json.loads(result.stdout)["problems"]
    assert found
    for problem in found:
        assert not re.search(r"[a-z]{3,} [a-z]{3,} [a-z]{3,}", problem["message"]), problem
