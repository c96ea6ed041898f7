"""`ogpkit init`: a new plan repository that validates as created, never over existing files."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from ogpkit.authoring.init_plan import FALLBACK_RELEASE, release_of
from ogpkit.cli.app import app
from tests.conftest import REPO, copy_plan
from tests.gitrepo import IDENTITY, git

TITLE = '我國開放政府國家行動方案（114年至117年）: "草案" #1'


def init(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["init", *args, "--lang", "en"])
    return result.exit_code, result.output


@pytest.fixture
def identity(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in IDENTITY.items():
        monkeypatch.setenv(name, value)


def test_new_plan_validates_and_is_committed(tmp_path: Path, identity: None) -> None:
    folder = tmp_path / "plan"
    code, output = init(str(folder), "--title", TITLE, "--period", "114-01..117-12")
    assert code == 0, output
    plan = yaml.safe_load((folder / "plan.yaml").read_text(encoding="utf-8"))
    assert plan["title"] == TITLE
    assert plan["period"] == {"start": "114-01", "end": "117-12"}
    due = {entry["id"]: entry["due"] for entry in plan["timeline"]}
    assert due == {
        "submission": "113-09-10",
        "draft": "113-09",
        "consultation": "113-11",
        "approval": "113-12",
        "start": "114-01",
        "midterm": "115-12",
        "final": "118-03",
    }
    assert (
        plan["agencies"]
        == yaml.safe_load((REPO / "plan.yaml").read_text(encoding="utf-8"))["agencies"]
    )
    assert sorted(p.name for p in folder.iterdir()) == [
        ".git", ".github", ".gitignore", ".pre-commit-config.yaml", "CONTRIBUTING.md",
        "README.md", "commitments", "consultation", "forum.yaml", "plan.yaml", "schema",
    ]  # fmt: skip
    assert "consult import" in (folder / "consultation" / "README.md").read_text(encoding="utf-8")
    assert git(folder, "status", "--porcelain") == ""
    assert "ogpkit init" in git(folder, "log", "--format=%s")
    result = CliRunner().invoke(app, ["validate", "--root", str(folder), "--today", "113-06-01"])
    assert result.exit_code == 0, result.output
    assert "forum.yaml" not in result.output


def test_the_forum_example_is_read_once_uncommented(tmp_path: Path) -> None:
    folder = tmp_path / "plan"
    code, output = init(str(folder), "--title", "新方案", "--period", "114-01..117-12", "--no-git")
    assert code == 0, output
    forum = folder / "forum.yaml"
    lines = forum.read_text(encoding="utf-8").splitlines()
    first = lines.index("# name: 開放政府國家行動方案推動小組")
    example = "\n".join(line.removeprefix("# ") for line in lines[first:]) + "\n"
    validate = ["validate", "--root", str(folder), "--today", "114-03-01", "--lang", "en"]
    forum.write_text(example, encoding="utf-8")
    (folder / "docs" / "forum").mkdir(parents=True)
    for name in ("rules.md", "114-02-07.md"):
        (folder / "docs" / "forum" / name).write_text("# 紀錄\n", encoding="utf-8")
    result = CliRunner().invoke(app, validate)
    assert result.exit_code == 0, result.output
    forum.write_text(example.replace("name: 開放政府國家行動方案推動小組\n", ""), encoding="utf-8")
    result = CliRunner().invoke(app, validate)
    assert result.exit_code == 1, result.output
    assert "forum.yaml" in result.output


def test_registry_from_an_existing_plan(tmp_path: Path) -> None:
    source = copy_plan(tmp_path / "old")
    text = (source / "plan.yaml").read_text(encoding="utf-8")
    (source / "plan.yaml").write_text(
        text.replace("    aliases: [NDC]", "    aliases: [NDC, '國發會: 秘書處']"), encoding="utf-8"
    )
    folder = tmp_path / "new"
    code, output = init(
        str(folder),
        "--title",
        "新方案",
        "--period",
        "114.1-117.12",
        "--from",
        str(source),
        "--no-git",
    )
    assert code == 0, output
    plan = yaml.safe_load((folder / "plan.yaml").read_text(encoding="utf-8"))
    assert plan["agencies"][0]["aliases"] == ["NDC", "國發會: 秘書處"]
    assert not (folder / ".git").exists()


def test_the_files_written_are_named_from_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "new"
    code, output = init(str(folder), "--title", "新方案", "--period", "114-01..117-12", "--no-git")
    assert code == 0, output
    wrote = [line.removeprefix("wrote ") for line in output.splitlines()]
    assert str(Path("new", "plan.yaml")) in wrote
    assert str(Path("new", "schema", "commitment.schema.json")) in wrote
    assert not any(str(tmp_path) in line for line in wrote), output


def test_an_existing_folder_with_files_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("keep", encoding="utf-8")
    code, output = init(str(tmp_path), "--title", "x", "--period", "114-01..117-12")
    assert code == 2
    assert "is not empty" in output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


@pytest.mark.parametrize(
    ("period", "message"),
    [("114-13..117-12", "is not a period"), ("117-01..114-12", "ends before it starts")],
)
def test_a_bad_period_is_a_usage_error(tmp_path: Path, period: str, message: str) -> None:
    code, output = init(str(tmp_path / "p"), "--title", "x", "--period", period)
    assert code == 2
    assert message in output
    assert not (tmp_path / "p").exists()


def test_release_of_a_development_version() -> None:
    assert release_of("0.2.0") == "0.2.0"
    assert release_of("0.1.1.dev3+g1234.d20260101") == "0.1.0"
    assert release_of("unknown") == FALLBACK_RELEASE
    assert REPO.is_dir()
