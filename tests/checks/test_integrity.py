"""Plan integrity: the manifest's own checks (exit 2 at plan.yaml's line)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import CLI


def edit_plan(plan_dir: Path, old: str, new: str) -> None:
    plan = plan_dir / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    assert old in text
    plan.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "rule", "line"),
    [
        ('  - id: "2"\n', '  - id: "1"\n', "plan-unique", 31),
        ("  - id: draft\n", "  - id: submission\n", "plan-unique", 15),
        ("    due: 109-04\n", "    due: 109-04\n    submission: true\n", "plan-submission", 23),
        ("  end: 113-05\n", "  end: 108-05\n", "period-order", 8),
        ("title: 我國", "titel: 我國", "unknown-key", 2),
        ("    due: 109-04\n", "    due: someday\n", "date-format", 22),
        ("    short: 金管會\n", "    short: 國發會\n", "plan-unique", None),
    ],
)
def test_a_broken_manifest_is_exit_2_at_its_line(
    cli: CLI, plan_dir: Path, old: str, new: str, rule: str, line: int | None
) -> None:
    edit_plan(plan_dir, old, new)
    result = cli("validate", "--format", "json", "--lang", "en")
    assert result.exit_code == 2, result.output
    found = json.loads(result.stdout)["problems"]
    assert [(p["file"], p["rule"]) for p in found] == [("plan.yaml", rule)]
    if line is not None:
        assert found[0]["line"] == line
    assert "plan.yaml has problems" in result.stderr
