"""`ogpkit schema`: generated JSON Schemas that editors and check-jsonschema can use."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import CLI, REPO


def test_committed_schemas_are_up_to_date(cli: CLI) -> None:
    result = cli("schema", "--check", "--root", str(REPO))
    assert result.exit_code == 0, result.output


def test_check_fails_on_a_stale_schema_and_schema_rewrites_it(cli: CLI, plan_dir: Path) -> None:
    target = plan_dir / "schema" / "commitment.schema.json"
    target.write_text("{}\n", encoding="utf-8")
    result = cli("schema", "--check")
    assert result.exit_code == 1
    assert "commitment.schema.json" in result.stdout
    assert cli("schema").exit_code == 0
    assert cli("schema", "--check").exit_code == 0


def test_schema_carries_the_template_words_in_chinese() -> None:
    schema = json.loads((REPO / "schema" / "commitment.schema.json").read_text(encoding="utf-8"))
    assert schema["properties"]["title"]["title"] == "承諾事項名稱"
    assert "●描述承諾事項將涉及的社會" in schema["properties"]["problem"]["description"]
    assert schema["additionalProperties"] is False
    assert "^x-" in schema["patternProperties"]


def test_every_commitment_file_names_the_schema() -> None:
    for path in sorted((REPO / "commitments").glob("**/*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../schema/commitment.schema.json", path
    plan_first = (REPO / "plan.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert plan_first == "# yaml-language-server: $schema=schema/plan.schema.json"


def test_check_jsonschema_accepts_the_bundled_commitments() -> None:
    files = sorted(str(p) for p in (REPO / "commitments").glob("**/*.yaml"))
    tool = Path(sys.executable).parent / "check-jsonschema"
    schema = REPO / "schema" / "commitment.schema.json"
    run = subprocess.run(
        [str(tool), "--schemafile", str(schema), *files],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr


def test_schema_of_a_broken_plan_is_a_configuration_error(cli: CLI, plan_dir: Path) -> None:
    """The commitment schema carries plan.yaml's themes and agencies, so it needs a readable plan."""
    plan = plan_dir / "plan.yaml"
    plan.write_text(plan.read_text(encoding="utf-8").replace("themes:", "themes: [", 1), "utf-8")
    result = cli("schema", "--check")
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output


def test_a_new_agency_in_plan_yaml_makes_the_schema_stale(cli: CLI, plan_dir: Path) -> None:
    plan = plan_dir / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    plan.write_text(text.replace("agencies:\n", "agencies:\n  - name: 數位發展部\n", 1), "utf-8")
    assert cli("schema", "--check").exit_code == 1
    assert cli("schema").exit_code == 0
    schema = json.loads((plan_dir / "schema" / "commitment.schema.json").read_text("utf-8"))
    names = [c["const"] for c in schema["properties"]["lead_agencies"]["items"]["anyOf"]]
    assert names[0] == "數位發展部"
