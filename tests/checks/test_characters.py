"""Issue 10, section 6: a control character written as an escape is a problem at its line,
and render refuses the plan instead of crashing in the Word writer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import CLI

FILE = "commitments/1-1-government-procurement.yaml"


@pytest.mark.parametrize("escape", ["\\0", "\\x07", "\\e", "\\ud800", "\\x7f", "\\uffff"])
def test_an_escaped_control_character_is_a_problem(cli: CLI, plan_dir: Path, escape: str) -> None:
    path = plan_dir / FILE
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: 政府採購資訊公開", f'title: "政府{escape}採購"'), "utf-8")
    result = cli("validate", "--format", "json")
    assert result.exit_code == 1, result.output
    found = [
        (p["line"], p["rule"]) for p in json.loads(result.stdout)["problems"] if p["file"] == FILE
    ]
    assert (4, "control-character") in found or (4, "yaml-syntax") in found, found
    rendered = cli("render", "--format", "docx,odt", "--output", str(plan_dir / "out"))
    assert rendered.exit_code == 1, rendered.output
