from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import CLI
from tests.gitrepo import commit_all, git, init_repo

BROKEN_THEME = 'theme: "1"'


def break_theme(path: Path) -> None:
    path.write_text(path.read_text().replace(BROKEN_THEME, 'theme: "9"'))


def files_reported(cli: CLI, *args: str) -> set[str]:
    result = cli("validate", "--format", "json", "--changed", *args)
    assert result.exit_code in (0, 1), result.output
    return {p["file"] for p in json.loads(result.stdout)["problems"]}


def test_only_changed_files_are_reported_but_checked_against_the_plan(
    cli: CLI, plan_dir: Path
) -> None:
    old = plan_dir / "commitments" / "1-1-government-procurement.yaml"
    break_theme(old)  # a problem already on main: not this branch's business
    repo = init_repo(plan_dir)
    git(repo, "checkout", "-q", "-b", "agency")
    assert files_reported(cli) == set()
    assert cli("validate", "--changed").exit_code == 0
    clash = plan_dir / "commitments" / "1-6.yaml"
    clash.write_text(
        (plan_dir / "commitments" / "1-3-decision-making-transparency.yaml").read_text()
    )
    assert files_reported(cli) == {"commitments/1-6.yaml"}  # its id clashes with unchanged 1-3
    commit_all(repo, "add 1-6")
    assert files_reported(cli) == {"commitments/1-6.yaml"}
    assert files_reported(cli, "--base", "HEAD") == set()
    everything = cli("validate", "--format", "json")
    assert {p["file"] for p in json.loads(everything.stdout)["problems"]} == {
        "commitments/1-1-government-procurement.yaml",
        "commitments/1-3-decision-making-transparency.yaml",
        "commitments/1-6.yaml",
    }


def test_a_changed_plan_reports_everything(cli: CLI, plan_dir: Path) -> None:
    break_theme(plan_dir / "commitments" / "1-1-government-procurement.yaml")
    repo = init_repo(plan_dir)
    git(repo, "checkout", "-q", "-b", "agency")
    plan = plan_dir / "plan.yaml"
    plan.write_text(plan.read_text().replace("title_en: Taiwan", "title_en: The Taiwan"))
    assert files_reported(cli) == {"commitments/1-1-government-procurement.yaml"}


def test_summary_is_appended_for_the_job(cli: CLI, plan_dir: Path) -> None:
    repo = init_repo(plan_dir)
    git(repo, "checkout", "-q", "-b", "agency")
    break_theme(plan_dir / "commitments" / "1-1-government-procurement.yaml")
    summary = plan_dir / "summary.md"
    summary.write_text("earlier step\n")
    result = cli(
        "validate", "--changed", "--format", "github", "--summary", str(summary), "--lang", "en"
    )
    assert result.exit_code == 1
    assert result.stdout.startswith("::error file=commitments/1-1-government-procurement.yaml,")
    text = summary.read_text()
    assert text.startswith("earlier step\n### ogpkit validate\n")
    assert "Unknown theme '9'" in text


def test_changed_outside_git_is_a_usage_error(cli: CLI) -> None:
    result = cli("validate", "--changed", "--lang", "en")
    assert result.exit_code == 2
    assert "needs a Git repository" in result.stderr
