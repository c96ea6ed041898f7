"""The pre-commit hooks and the GitHub workflow call ogpkit commands that exist, as they should."""

from __future__ import annotations

import re
import shlex

import yaml
from typer.testing import CliRunner

from ogpkit.cli.app import app
from tests.conftest import REPO


def ogpkit_accepts(command: str) -> None:
    words = shlex.split(command.replace('"$GITHUB_STEP_SUMMARY"', "summary.md"))
    words = [w.replace("$BASE_REF", "main") for w in words]
    assert words[0] == "ogpkit"
    result = CliRunner().invoke(app, [*words[1:], "--help"])
    assert result.exit_code == 0, result.output
    for option in (w for w in words if w.startswith("--")):
        assert option in result.output, f"{option} is not an option of {words[1]}"


def test_pre_commit_hooks_run_validate() -> None:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    assert {hook["id"] for hook in hooks} == {"ogpkit-validate", "ogpkit-validate-all"}
    for hook in hooks:
        ogpkit_accepts(hook["entry"])
        assert re.search(hook["files"], "commitments/1-1.yaml")
    assert not re.search(hooks[0]["files"], "plan.yaml")
    assert re.search(hooks[1]["files"], "plan.yaml")


def test_the_workflow_validates_pull_requests_and_renders_main() -> None:
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "ogpkit.yml").read_text())
    validate = workflow["jobs"]["validate"]["steps"]
    assert validate[0]["with"]["fetch-depth"] == 0
    runs = [step["run"].strip() for step in validate if "run" in step]
    command = next(run for run in runs if run.startswith("ogpkit"))
    assert "--changed" in command
    assert "--format github" in command
    assert '--summary "$GITHUB_STEP_SUMMARY"' in command
    ogpkit_accepts(command)
    render = workflow["jobs"]["render"]["steps"]
    for step in render:
        if step.get("run", "").startswith("ogpkit"):
            ogpkit_accepts(step["run"])
    assert render[-1]["uses"].startswith("actions/upload-artifact")
