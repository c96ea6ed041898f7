from __future__ import annotations

from ogpkit.report.message import msg
from ogpkit.report.problem import Level, Problem
from ogpkit.report.summary import MAX_ROWS, cell, markdown_summary


def problem(file: str, line: int, text: str, level: Level = Level.ERROR) -> Problem:
    return Problem(file, line, 3, level, "value-type", msg(text))


def test_a_table_row_for_each_problem() -> None:
    problems = [
        problem("commitments/1-6.yaml", 4, "a | b <script>"),
        problem("commitments/1-6.yaml", 9, "two\nlines", Level.WARNING),
    ]
    text = markdown_summary(problems, "en")
    assert text.startswith("### ogpkit validate\n\n1 error(s) and 1 warning(s) in 1 file(s)\n")
    assert "| File | Line | Level | Message | Rule |" in text
    assert "| `commitments/1-6.yaml` | 4 | error | a \\| b &lt;script&gt; | `value-type` |" in text
    assert "| 9 | warning | two<br>lines |" in text


def test_in_chinese_and_without_problems() -> None:
    assert "沒有發現問題" in markdown_summary([], "zh-TW")
    text = markdown_summary([problem("a.yaml", 1, "x")], "zh-TW")
    assert "| 檔案 | 行 | 等級 | 訊息 | 規則 |" in text
    assert "| 錯誤 |" in text


def test_long_lists_are_cut_with_a_note() -> None:
    problems = [problem("a.yaml", n, "x") for n in range(1, MAX_ROWS + 6)]
    text = markdown_summary(problems, "en")
    assert text.count("\n| `a.yaml`") == MAX_ROWS
    assert "and 5 more" in text


def test_cell_keeps_a_table_intact() -> None:
    assert cell("a|b\r\nc`d") == "a\\|b<br>c'd"
