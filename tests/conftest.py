"""Shared fixtures: a copy of the bundled plan in a temporary folder, and the CLI runner."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from ogpkit.cli.app import app

REPO = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite the golden files of snapshot tests instead of comparing (`make golden`).",
    )


CLI = Callable[..., Result]


def copy_plan(target: Path) -> Path:
    """The bundled plan (plan.yaml, commitments/, schema/) copied into `target`."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "plan.yaml", target / "plan.yaml")
    shutil.copytree(REPO / "commitments", target / "commitments")
    shutil.copytree(REPO / "schema", target / "schema")
    return target


@pytest.fixture
def plan_dir(tmp_path: Path) -> Path:
    return copy_plan(tmp_path / "plan")


@pytest.fixture
def cli(plan_dir: Path, monkeypatch: pytest.MonkeyPatch) -> CLI:
    """Run `ogpkit ARGS...` in the copied plan's folder; returns click's Result."""
    monkeypatch.chdir(plan_dir)
    monkeypatch.setenv("NO_COLOR", "1")
    runner = CliRunner()

    def run(*args: str) -> Result:
        return runner.invoke(app, list(args), catch_exceptions=False)

    return run
