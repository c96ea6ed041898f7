from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema

from ogpkit.outputs.render.opendata import CSV_COLUMNS
from tests.conftest import CLI, REPO

SCHEMA = REPO / "schema" / "plan-data.schema.json"


def rendered(cli: CLI, plan_dir: Path, name: str) -> bytes:
    result = cli("render", "--format", "json,csv")
    assert result.exit_code == 0, result.output
    return (plan_dir / "build" / name).read_bytes()


def test_plan_json_follows_its_schema(cli: CLI, plan_dir: Path) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads(rendered(cli, plan_dir, "plan.json"))
    jsonschema.Draft202012Validator(schema).validate(data)
    assert data["summary"]["commitments"] == 11
    assert data["commitments"][0]["period"] == {"start": "2020-05", "end": "2024-05"}


def test_plan_json_names_agencies_by_full_name(cli: CLI, plan_dir: Path) -> None:
    data = json.loads(rendered(cli, plan_dir, "plan.json"))
    registry = {a["name"] for a in data["agencies"]}
    for commitment in data["commitments"]:
        assert set(commitment["lead_agencies"]) <= registry


def test_plan_csv_has_ogp_columns(cli: CLI, plan_dir: Path) -> None:
    data = rendered(cli, plan_dir, "plan.csv")
    assert data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 11
    first = rows[0]
    assert first["unique_identifier"] == "1-1"
    assert (first["start_date"], first["end_date"]) == ("2020-05-01", "2024-05-31")
    assert first["lead_institution"] == "行政院公共工程委員會"
    assert {first[k] for k in ("transparency", "participation", "accountability")} <= {"0", "1"}
    assert first["theme"] == "公開及透明"
