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


def test_the_workflow_uses_the_action_for_pull_requests_and_main() -> None:
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "ogpkit.yml").read_text())
    for job, command in (("validate", "validate"), ("site", "site")):
        steps = workflow["jobs"][job]["steps"]
        assert steps[0]["with"]["fetch-depth"] == 0
        (action,) = [step for step in steps if step.get("uses") == "./"]
        assert action["with"]["command"] == command
    assert workflow["jobs"]["site"]["steps"][-1]["uses"].startswith("actions/upload-artifact")
    assert "pip install ." not in (REPO / ".github" / "workflows" / "ogpkit.yml").read_text()


def test_the_action_runs_commands_that_exist() -> None:
    action = yaml.safe_load((REPO / "action.yml").read_text())
    runs = [step["run"].strip() for step in action["runs"]["steps"] if "run" in step]
    commands = [line for run in runs for line in run.splitlines() if line.startswith("ogpkit")]
    assert len(commands) == 3
    validate = next(command for command in commands if "--changed" in command)
    assert "--format github" in validate
    assert '--summary "$GITHUB_STEP_SUMMARY"' in validate
    for command in commands:
        ogpkit_accepts(command)
    install = next(run for run in runs if "pip install" in run)
    assert "GITHUB_ACTION_PATH" in install
