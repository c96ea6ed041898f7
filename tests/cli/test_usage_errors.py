"""click's own error messages (a wrong option, a missing value, an invalid choice, the usage
line and the help hint) in zh-TW by default and in English with --lang en, from the real
program."""

from __future__ import annotations

from pathlib import Path

import pytest

from ogpkit.cli.usage_errors import translate
from tests.cli.test_help_language import ogpkit
from tests.conftest import copy_plan

CASES = [
    (("validate", "--bogus"), "沒有 --bogus 這個選項", "No such option: --bogus"),
    (
        ("validate", "--format", "xml"),
        "'--format' / '-f' 的值無效：'xml' 不是可用的值；請從 'text'、'json'、'github'、'sarif' 中選擇",
        "Invalid value for '--format' / '-f'",
    ),
    (("deadlines", "--agency"), "選項 '--agency' 後面須接一個值", "requires an argument"),
    (("nosuch",), "沒有 'nosuch' 這個指令", "No such command 'nosuch'"),
    (("rules", "a", "b"), "多了無法辨識的引數：b", "Got unexpected extra argument"),
    (("compare",), "缺少引數 '版本'", "Missing argument"),
]


@pytest.mark.parametrize(
    ("args", "chinese", "english"), CASES, ids=lambda v: " ".join(v) if isinstance(v, tuple) else ""
)
def test_click_errors_speak_the_users_language(
    tmp_path: Path, args: tuple[str, ...], chinese: str, english: str
) -> None:
    plan = copy_plan(tmp_path / "plan")
    zh = ogpkit(*args, cwd=plan)
    assert zh.returncode == 2, zh.stderr
    assert f"錯誤：{chinese}" in zh.stderr, zh.stderr
    for word in ("Error", "Usage", "Try '", "No such", "Invalid value", "Missing"):
        assert word not in zh.stderr, zh.stderr
    (plan / "plan.yaml").write_text(
        (plan / "plan.yaml").read_text(encoding="utf-8").replace("locale: zh-TW", "locale: en"),
        encoding="utf-8",
    )
    en = ogpkit(*args, cwd=plan)
    assert en.returncode == 2, en.stderr
    assert english in en.stderr, en.stderr
    assert "錯誤" not in en.stderr


def test_usage_line_and_help_hint_are_chinese(tmp_path: Path) -> None:
    result = ogpkit("validate", "--bogus", cwd=copy_plan(tmp_path / "plan"))
    assert result.stderr.splitlines()[:2] == [
        "用法：ogpkit validate [選項] [路徑]...",
        "請執行「ogpkit validate --help」查看說明。",
    ]


def test_lang_en_gives_clicks_english(tmp_path: Path) -> None:
    result = ogpkit("validate", "--lang", "en", "--bogus", cwd=copy_plan(tmp_path / "plan"))
    assert result.returncode == 2
    assert "Try 'ogpkit validate --help' for help." in result.stderr
    assert "Error: No such option: --bogus" in result.stderr


def test_a_message_no_pattern_knows_is_shown_as_written() -> None:
    assert translate("Something click says one day.") == "Something click says one day."
    assert translate("Missing option '--theme'. Choose from:\n\ta,\n\tb") == (
        "缺少選項 '--theme'；可用的值：a、b"
    )
