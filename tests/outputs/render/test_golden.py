"""Snapshot tests: the outputs of the bundled plan with its co-creation record, byte for byte.

After a deliberate change of the output, rewrite the golden files with `make golden`
(`pytest tests/outputs/render/test_golden.py --update-golden`) and review the diff.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import CLI, REPO
from tests.gitrepo import commit, init

GOLDEN = Path(__file__).parent / "golden"
TODAY = "111-06-15"
FILES = ("plan.md", "plan.html", "plan.json", "plan.csv", "consultation.csv", "progress.csv")


@pytest.fixture(autouse=True)
def record(plan_dir: Path) -> None:
    """The bundled consultation rounds and forum, as `make plan` renders them, committed to Git
    on one chosen day (after every progress update), so plan.html shows the revision history."""
    shutil.copytree(REPO / "consultation", plan_dir / "consultation")
    shutil.copytree(REPO / "docs" / "forum", plan_dir / "docs" / "forum")
    shutil.copy(REPO / "forum.yaml", plan_dir / "forum.yaml")
    commit(init(plan_dir), "2024-06-01T10:00:00+08:00", "plan")


@pytest.fixture(scope="module")
def update(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.mark.parametrize("lang", ["zh-TW", "en"])
def test_outputs_match_golden_files(cli: CLI, plan_dir: Path, lang: str, update: bool) -> None:
    result = cli("render", "--today", TODAY, "--lang", lang)
    assert result.exit_code == 0, result.output
    folder = GOLDEN / lang
    for name in FILES:
        rendered = (plan_dir / "build" / name).read_bytes()
        golden = folder / name
        if update:
            folder.mkdir(parents=True, exist_ok=True)
            golden.write_bytes(rendered)
            continue
        assert golden.is_file(), f"no golden file {golden}; run `make golden`"
        assert rendered == golden.read_bytes(), (
            f"{name} ({lang}) differs from {golden}; if the change is intended, run `make golden`"
        )


def test_same_input_gives_identical_bytes(cli: CLI, plan_dir: Path) -> None:
    first = cli("render", "--today", TODAY, "--output", "first")
    second = cli("render", "--today", TODAY, "--output", "second")
    assert first.exit_code == second.exit_code == 0, first.output + second.output
    for name in FILES:
        assert (plan_dir / "first" / name).read_bytes() == (plan_dir / "second" / name).read_bytes()
