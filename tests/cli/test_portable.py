"""Issue 10, section 3: after `lint --fix`, other YAML readers read the files as ogpkit does:
check-jsonschema accepts every file that `ogpkit validate` accepts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import CLI
from tests.needs import executable

FILE = "commitments/1-1-government-procurement.yaml"
HOSTILE = [
    ('theme: "1"', "theme: 1"),
    ("phone: 02-2345-6789", "phone: 0223456789"),
    ('sdgs: ["12.7", "16.5", "16.6"]', "sdgs: [12.7, 16.10, 16.6]"),
    ("submitted: 109-01-10", "submitted: 2020-01-10"),
    ("  department: 企劃處", "  department: yes"),
]


def check_jsonschema(plan_dir: Path, *options: str) -> subprocess.CompletedProcess[str]:
    program = executable(
        "check-jsonschema",
        str(Path(sys.executable).parent / "check-jsonschema"),
        what="check-jsonschema",
        package="check-jsonschema",
    )
    files = sorted(str(p) for p in (plan_dir / "commitments").glob("*.yaml"))
    schema = str(plan_dir / "schema" / "commitment.schema.json")
    return subprocess.run(
        [program, *options, "--schemafile", schema, *files],
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_bundled_plan_reads_alike_everywhere(cli: CLI, plan_dir: Path) -> None:
    assert cli("validate").exit_code == 0
    result = check_jsonschema(plan_dir)
    assert result.returncode == 0, result.stdout + result.stderr


def test_hostile_values_are_quoted_by_lint_fix(cli: CLI, plan_dir: Path) -> None:
    path = plan_dir / FILE
    text = path.read_text(encoding="utf-8")
    for old, new in HOSTILE:
        assert old in text
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    assert cli("validate").exit_code == 0
    assert check_jsonschema(plan_dir).returncode != 0
    assert cli("lint", "--fix").exit_code == 0
    fixed = path.read_text(encoding="utf-8")
    for quoted in ('theme: "1"', 'phone: "0223456789"', '["12.7", "16.10", "16.6"]'):
        assert quoted in fixed
    assert 'submitted: "109-01-10"' in fixed
    assert 'department: "yes"' in fixed
    assert cli("validate").exit_code == 0
    result = check_jsonschema(plan_dir)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_number_field_is_not_a_portability_problem(cli: CLI, plan_dir: Path) -> None:
    """`replaced_by: 4` is the milestone number 4 to ogpkit and to every other reader."""
    result = cli("lint", "--format", "json")
    assert result.exit_code == 0, result.output
    assert "replaced_by" in (
        plan_dir / "commitments" / "4-1-rural-broadband-access.yaml"
    ).read_text(encoding="utf-8")
    assert "yaml-portable" not in result.output
