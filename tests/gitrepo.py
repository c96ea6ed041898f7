"""Real Git repositories for tests: commits at chosen dates, whatever the machine's Git set-up."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from tests.conftest import copy_plan

IDENTITY = {
    "GIT_AUTHOR_NAME": "Test Agency",
    "GIT_AUTHOR_EMAIL": "agency@example.gov.tw",
    "GIT_COMMITTER_NAME": "Test Agency",
    "GIT_COMMITTER_EMAIL": "agency@example.gov.tw",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(repo: Path, *args: str, when: str | None = None) -> str:
    environment = {**os.environ, **IDENTITY}
    if when is not None:
        environment |= {"GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    done = subprocess.run(
        ["git", *args], cwd=repo, env=environment, capture_output=True, text=True, check=True
    )
    return done.stdout


def init(repo: Path) -> Path:
    repo.mkdir(parents=True, exist_ok=True)
    git(repo, "init", "--quiet", "--initial-branch=main")
    return repo


def commit(repo: Path, when: str, message: str, *paths: str) -> None:
    """Stage `paths` (everything when none) and commit with author and committer date `when`."""
    git(repo, "add", "--all", *paths)
    git(repo, "commit", "--quiet", "--allow-empty", "-m", message, when=when)


def commit_all(repo: Path, message: str) -> None:
    """Stage everything and commit it now."""
    git(repo, "add", "--all")
    git(repo, "commit", "--quiet", "-m", message)


def init_repo(folder: Path) -> Path:
    """`folder` (holding a plan) as a repository with everything committed on main."""
    init(folder)
    commit_all(folder, "plan")
    return folder


def plan_without_submitted(target: Path) -> Path:
    """The bundled plan as it was submitted: the `submitted:` lines removed, so that dates come
    from Git, and no progress yet (updates, withdrawals and results come years later)."""
    copy_plan(target)
    for path in (target / "commitments").glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"(?m)^submitted:.*\n", "", text)
        text = re.sub(r"(?m)^    (updates|withdrawn):\n(?:      .*\n)*", "", text)
        text = re.sub(r"(?m)^results:\n(?:  .*\n)*", "", text)
        path.write_text(text, encoding="utf-8")
    return target


def plan_repository(target: Path, when: str = "2020-01-05T10:00:00+08:00") -> Path:
    """The bundled plan in a new repository: everything but commitments/ committed at `when`;
    commitment files are left for the test to commit."""
    plan_without_submitted(init(target))
    commit(target, when, "plan", "plan.yaml", "schema")
    return target
