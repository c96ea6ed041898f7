"""Help speaks the user's language: zh-TW by default, English with --lang en, the plan's
locale or LANG; no Python type name (`<list[Path]>`, `<str>`) in any command's help."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer.main

from ogpkit.cli.app import app
from ogpkit.cli.help_zh import ZH_TW, key
from tests.conftest import copy_plan

TYPE_NAME = re.compile(
    r"<(?:list\[[^>]*\]|bool|str|int|float|path|Path|datetime|[^<>\s]*\|[^<>]*)>"
)


def command_paths() -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []

    def walk(command: Any, path: tuple[str, ...]) -> None:
        found.append(path)
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, (*path, name))

    walk(typer.main.get_command(app), ())
    return found


def help_texts() -> list[str]:
    texts: list[str] = []

    def walk(command: Any) -> None:
        texts.append(command.help or "")
        texts.extend(p.help for p in command.params if getattr(p, "help", None))
        for sub in getattr(command, "commands", {}).values():
            walk(sub)

    walk(typer.main.get_command(app))
    return [key(text) for text in texts if text]


def ogpkit(*args: str, cwd: Path, lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=lang, NO_COLUMNS="1", COLUMNS="100")
    return subprocess.run(
        [sys.executable, "-m", "ogpkit", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_plan(tmp_path_factory.mktemp("help") / "plan")


def test_every_help_text_has_its_zh_tw_text_and_every_zh_tw_text_a_help() -> None:
    texts = set(help_texts())
    assert sorted(texts - set(ZH_TW)) == []
    assert sorted(set(ZH_TW) - texts - {"Show this message and exit."}) == []


@pytest.mark.parametrize("path", command_paths(), ids=lambda p: " ".join(p) or "ogpkit")
def test_help_of_every_command_in_both_languages_without_type_names(
    plan: Path, path: tuple[str, ...]
) -> None:
    chinese = ogpkit(*path, "--help", cwd=plan)
    english = ogpkit(*path, "--help", "--lang", "en", cwd=plan)
    for result in (chinese, english):
        assert result.returncode == 0, result.stderr
        assert TYPE_NAME.search(result.stdout) is None, result.stdout
    assert chinese.stdout.startswith("用法：ogpkit"), chinese.stdout
    assert "選項：" in chinese.stdout
    assert english.stdout.startswith("Usage: ogpkit"), english.stdout
    assert "Show this message and exit." in english.stdout
    assert "Show this message and exit." not in chinese.stdout


def test_validate_help_in_chinese_by_default(plan: Path) -> None:
    result = ogpkit("validate", "--help", cwd=plan)
    assert "依綱要、行動方案及審閱規則檢核每一個承諾事項檔案。" in result.stdout
    assert "--root 路徑" in result.stdout
    assert "--today 日期" in result.stdout
    assert "Check every commitment file" not in result.stdout


def test_validate_help_in_english_with_lang_en(plan: Path) -> None:
    result = ogpkit("validate", "--help", "--lang", "en", cwd=plan)
    assert "Check every commitment file against the schema" in result.stdout
    assert "--root PATH" in result.stdout
    assert "--today DATE" in result.stdout
    assert "[PATH]..." in result.stdout


def test_lang_en_environment_outside_a_plan_gives_english(tmp_path: Path) -> None:
    english = ogpkit("lint", "--help", cwd=tmp_path, lang="en_US.UTF-8")
    chinese = ogpkit("lint", "--help", cwd=tmp_path, lang="zh_TW.UTF-8")
    assert "Judge what each commitment says" in english.stdout
    assert "審閱每一項承諾事項的內容" in chinese.stdout


def test_the_plan_locale_chooses_the_language(tmp_path: Path) -> None:
    plan = copy_plan(tmp_path / "plan")
    text = (plan / "plan.yaml").read_text(encoding="utf-8")
    (plan / "plan.yaml").write_text(text.replace("locale: zh-TW", "locale: en"), "utf-8")
    result = ogpkit("render", "--help", cwd=plan / "commitments", lang="zh_TW.UTF-8")
    assert "Write the compiled plan" in result.stdout
    overview = ogpkit("--help", cwd=plan)
    assert "Check every commitment file" in overview.stdout


def test_a_command_without_lang_takes_it_for_help(plan: Path) -> None:
    result = ogpkit("schema", "--help", "--lang", "en", cwd=plan)
    assert result.returncode == 0, result.stderr
    assert "Exit 1 if the committed schemas are out of date." in result.stdout
