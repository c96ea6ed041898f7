from __future__ import annotations

import inspect
import subprocess
import sys

import pytest

from ogpkit.cli.app import app
from ogpkit.cli.overview import DESCRIPTION, SUMMARIES, in_language


def first_paragraph(callback: object) -> str:
    return " ".join((inspect.getdoc(callback) or "").split("\n\n")[0].split())


def test_the_overview_names_every_command_with_the_first_paragraph_of_its_help() -> None:
    registered = {
        command.name or command.callback.__name__: first_paragraph(command.callback)
        for command in app.registered_commands
        if command.callback is not None
    }
    for group in app.registered_groups:
        assert group.typer_instance is not None
        info = group.typer_instance.info
        assert isinstance(info.name, str)
        assert isinstance(info.help, str)
        registered[info.name] = " ".join(info.help.split())
    assert registered == SUMMARIES
    assert app.info.help == DESCRIPTION


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ogpkit", *args], capture_output=True, text=True, check=False
    )


def test_every_summary_has_its_zh_tw_text() -> None:
    for text in (DESCRIPTION, *SUMMARIES.values()):
        chinese = in_language(text, "zh-TW")
        assert chinese != text
        assert not chinese.isascii(), text


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_help_answers_without_loading_typer_or_the_commands(lang: str) -> None:
    probe = (
        f"import sys, runpy; sys.argv = ['ogpkit', '--help', '--lang', '{lang}']\n"
        "try:\n    runpy.run_module('ogpkit', run_name='__main__')\n"
        "except SystemExit as exit:\n    code = exit.code\n"
        "loaded = [m for m in sys.modules if m.startswith(('typer', 'pydantic', 'ogpkit.cli.app'))]\n"
        "print(code, loaded, file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stderr.strip() == "0 []"
    for name, summary in SUMMARIES.items():
        assert f"  {name} " in result.stdout
        assert in_language(summary, lang) in result.stdout
    assert in_language(DESCRIPTION, lang) in result.stdout


def test_no_arguments_shows_the_overview_with_exit_status_2_like_a_usage_error() -> None:
    result = run("--lang", "zh-TW")
    assert result.returncode == 2
    assert result.stdout.startswith("用法：ogpkit")
    assert run("--lang", "en").stdout.startswith("Usage: ogpkit")


def test_a_command_still_runs_through_typer() -> None:
    result = run("rules", "--help", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "Usage: ogpkit rules" in result.stdout
