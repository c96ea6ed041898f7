from __future__ import annotations

import io
import json

from ogpkit.report.message import listing, msg
from ogpkit.report.problem import Level, Problem
from ogpkit.report.reporters import REPORTERS

PROBLEMS = [
    Problem(
        "commitments/a,b.yaml",
        3,
        5,
        Level.ERROR,
        "value-type",
        msg("{field} is too long", field=listing(["x\n100%"])),
    ),
    Problem("commitments/c.yaml", 1, 1, Level.WARNING, "section-too-short", msg("a list")),
]


def render(name: str, lang: str = "en") -> str:
    stream = io.StringIO()
    REPORTERS[name](PROBLEMS, stream, lang)
    return stream.getvalue()


def test_github_escapes_data_and_properties() -> None:
    assert render("github").splitlines() == [
        "::error file=commitments/a%2Cb.yaml,line=3,col=5,title=value-type::x%0A100%25 is too long",
        "::warning file=commitments/c.yaml,line=1,col=1,title=section-too-short::a list",
    ]


def test_json_has_the_documented_keys_and_a_summary() -> None:
    document = json.loads(render("json", "zh-TW"))
    assert document["problems"][1] == {
        "file": "commitments/c.yaml",
        "line": 1,
        "column": 1,
        "level": "warning",
        "rule": "section-too-short",
        "message": "一個清單",
    }
    assert document["summary"] == {"errors": 1, "warnings": 1, "files": 2}


def test_text_in_chinese_counts_errors_and_warnings() -> None:
    text = render("text", "zh-TW")
    assert "警告" in text
    assert text.rstrip().endswith("共 2 個檔案有 1 個錯誤、1 個警告")


def test_text_without_problems() -> None:
    stream = io.StringIO()
    REPORTERS["text"]([], stream, "en")
    assert stream.getvalue() == "No problems found\n"
