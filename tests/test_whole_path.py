"""The whole path of a data repository, on real Git repositories with the real `ogpkit` command.

`ogpkit init` a new plan, add two commitments with `ogpkit new --no-input` (then written as an
agency would), validate, render, build the site, and run the data repository's workflow
steps locally: the commands of this repository's `action.yml` that its generated workflow
uses, with the inputs that workflow gives, on a pull request branch and on main.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import REPO
from tests.gitrepo import IDENTITY, git

OGPKIT = str(Path(sys.executable).with_name("ogpkit"))
TEXT = "偏鄉地區的預算資訊難以取得，民眾無法了解政府如何分配資源，也難以監督各項計畫的執行與成效，需要以開放資料的方式公開。"


def ogpkit(folder: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [OGPKIT, *args],
        cwd=folder,
        env={**os.environ, **IDENTITY},
        capture_output=True,
        text=True,
        check=False,
    )
    if check:
        assert done.returncode == 0, done.stdout + done.stderr
    return done


def write_as_an_agency(path: Path) -> None:
    """Replace every 請填寫 as the agency would; drop the optional lines that do not apply."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if "不適用時請刪除這一行" in line and "transparency" not in line:
            continue
        lines.append(line.replace("請填寫；不適用時請刪除這一行", TEXT).replace("請填寫", TEXT))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def add_commitment(plan: Path, theme: str, title: str, milestone: str) -> Path:
    ogpkit(
        plan, "new", "--no-input", "--theme", theme, "--title", title, "--lead", "國發會",
        "--contact-name", "王小明", "--contact-email", "wang@example.gov.tw",
        "--contact-phone", "02-2345-6789", "--milestone", milestone,
        "--milestone-start", "118-01", "--milestone-end", "118-12",
    )  # fmt: skip
    (path,) = [
        p
        for p in (plan / "commitments").glob(f"{theme}-*.yaml")
        if title in p.read_text(encoding="utf-8")
    ]
    write_as_an_agency(path)
    return path


def action_steps(command: str) -> list[dict[str, Any]]:
    """The steps of action.yml that run for `command`, except installing ogpkit (done here)."""
    action = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    steps = []
    for step in action["runs"]["steps"]:
        if "run" not in step or step.get("id") == "install":
            continue
        condition = step.get("if")
        if condition is None or condition == f"inputs.command == '{command}'":
            steps.append(step)
    return steps


def run_action(
    plan: Path, command: str, summary: Path, base: str = "main"
) -> subprocess.CompletedProcess[str]:
    """Run the action's steps for `command` as GitHub would: bash, its env, the step summary."""
    inputs = {"inputs.base-ref": base, "inputs.command": command}
    output = []
    for step in action_steps(command):
        environment = {**os.environ, **IDENTITY, "GITHUB_STEP_SUMMARY": str(summary)}
        environment["PATH"] = f"{Path(OGPKIT).parent}{os.pathsep}{environment['PATH']}"
        for name, value in step.get("env", {}).items():
            environment[name] = re.sub(
                r"\$\{\{ *([\w.-]+) *\}\}", lambda m: inputs[m.group(1)], value
            )
        done = subprocess.run(
            ["bash", "-e", "-c", step["run"]],
            cwd=plan,
            env=environment,
            capture_output=True,
            text=True,
            check=False,
        )
        output.append(done)
        if done.returncode != 0:
            return done
    return output[-1]


def workflow_commands(plan: Path) -> dict[str, str]:
    """The generated workflow's jobs: the action each uses (ogpkit/ogpkit@tag) with its command."""
    workflow = yaml.safe_load(
        (plan / ".github" / "workflows" / "ogpkit.yml").read_text(encoding="utf-8")
    )
    used = {}
    for name, job in workflow["jobs"].items():
        for step in job["steps"]:
            if str(step.get("uses", "")).startswith("ogpkit/ogpkit@"):
                used[name] = step["with"]["command"]
                assert step["uses"] == "ogpkit/ogpkit@v0.1.0" or re.fullmatch(
                    r"ogpkit/ogpkit@v\d+\.\d+\.\d+", step["uses"]
                )
        assert "pip install ." not in str(job)
    return used


def test_init_new_validate_render_site_and_the_workflow(tmp_path: Path) -> None:
    plan = tmp_path / "plan"
    ogpkit(
        tmp_path,
        "init",
        "plan",
        "--title",
        "我國開放政府國家行動方案（118年至121年）",
        "--period",
        "118-01..121-12",
    )
    assert git(plan, "log", "--format=%s").strip().startswith("ogpkit init")
    assert ogpkit(plan, "validate").returncode == 0
    assert workflow_commands(plan) == {"validate": "validate", "site": "site"}

    origin = tmp_path / "origin.git"
    git(tmp_path, "clone", "--quiet", "--bare", str(plan), str(origin))
    git(plan, "remote", "add", "origin", str(origin))
    git(plan, "fetch", "--quiet", "origin")
    git(plan, "switch", "--quiet", "-c", "add-commitments")
    first = add_commitment(plan, "1", "政府預算資訊公開", "118年12月前開放預算資料集3項")
    second = add_commitment(plan, "2", "公民參與預算審議", "118年12月前辦理預算審議座談會4場")
    git(plan, "add", "--all")
    git(plan, "commit", "--quiet", "-m", "新增承諾事項 1-1、2-1", when="2028-08-01T10:00:00+08:00")

    assert ogpkit(plan, "validate").returncode == 0
    ogpkit(plan, "render", "--format", "md,html,json,csv,docx,odt")
    assert (plan / "build" / "plan.odt").is_file()
    ogpkit(plan, "site")
    assert (
        plan / "build" / "site" / "commitments" / f"{first.stem.split('-')[0]}-1.html"
    ).is_file()

    summary = tmp_path / "summary.md"
    done = run_action(plan, "validate", summary)
    assert done.returncode == 0, done.stdout + done.stderr
    assert summary.read_text(encoding="utf-8")

    second.write_text(
        second.read_text(encoding="utf-8").replace("theme: '2'", "thme: '2'"), encoding="utf-8"
    )
    git(plan, "commit", "--quiet", "-am", "typo", when="2028-08-02T10:00:00+08:00")
    failed = run_action(plan, "validate", summary)
    assert failed.returncode == 1
    assert re.search(r"::error file=commitments/2-1\.yaml,line=\d+", failed.stdout), failed.stdout
    git(plan, "revert", "--no-edit", "HEAD")

    git(plan, "switch", "--quiet", "main")
    git(
        plan,
        "merge",
        "--quiet",
        "--no-ff",
        "-m",
        "Merge add-commitments",
        "add-commitments",
        when="2028-08-03T10:00:00+08:00",
    )
    built = run_action(plan, "site", summary)
    assert built.returncode == 0, built.stdout + built.stderr
    site = plan / "build" / "site"
    assert {p.name for p in (site / "commitments").glob("*.html")} == {"1-1.html", "2-1.html"}
    assert "2-1" in (site / "search-index.js").read_text(encoding="utf-8")
    assert "新增承諾事項 1-1、2-1" in (site / "feed.xml").read_text(encoding="utf-8")
