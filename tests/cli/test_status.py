from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import CLI


def test_status_on_one_screen(cli: CLI) -> None:
    result = cli("status", "--today", "109-01-05", "--lang", "en")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "11 commitments in 11 files, none with errors" in out
    assert "Openness and transparency" in out
    assert "國家發展委員會" in out
    assert "Not started" in out
    assert "No problems found" in out
    assert "Next deadline: Agencies submit commitments, 109-01-10 (5 days left)" in out
    assert len(out.splitlines()) < 40


def test_status_lists_files_with_problems_and_json(cli: CLI, plan_dir: Path) -> None:
    (plan_dir / "commitments" / "9-9.yaml").write_text("id: 9-9\n")
    result = cli("status", "--today", "113-06-01", "--lang", "en")
    assert "Files with problems" in result.stdout
    assert "1 file(s) have errors" in result.stdout  # never called valid
    assert "commitments/9-9.yaml" in result.stdout
    assert "No deadline ahead" in result.stdout
    data = json.loads(cli("status", "--json", "--today", "109-02-01").stdout)
    assert data["files_with_problems"][0]["file"] == "commitments/9-9.yaml"
    assert data["next_deadline"]["id"] == "approval"


@pytest.mark.parametrize(
    "command",
    [
        ("status", "--format", "json"),
        ("status", "--json"),
        ("validate", "--format", "json"),
        ("lint", "--format", "json"),
        ("deadlines", "--format", "json"),
    ],
)
def test_a_broken_plan_is_json_too(cli: CLI, plan_dir: Path, command: tuple[str, ...]) -> None:
    (plan_dir / "plan.yaml").write_text("title: [\n", encoding="utf-8")
    result = cli(*command)
    assert result.exit_code == 2, result.output
    problem = json.loads(result.stdout)["problems"][0]
    assert problem["file"] == "plan.yaml", problem
    assert problem["rule"] == "yaml-syntax", problem


def test_no_plan_at_all_is_json_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from ogpkit.cli.app import app

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["status", "--format", "json"])
    assert result.exit_code == 2, result.output
    assert json.loads(result.stdout)["problems"][0]["rule"] == "config-error"


def test_long_theme_names_wrap_instead_of_being_cut(cli: CLI, plan_dir: Path) -> None:
    plan = plan_dir / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    long_name = "開放政府與資訊透明及公共參與暨課責機制之強化與數位治理"
    plan.write_text(text.replace("name: 公開及透明", f"name: {long_name}", 1), encoding="utf-8")
    result = cli("status", "--today", "109-01-05")
    assert result.exit_code == 0, result.output
    assert "…" not in result.stdout
    assert all(part in result.stdout for part in (long_name[:10], long_name[-6:])), result.stdout
