"""JSON Schemas of the commitment file and the plan manifest, generated from the models and,
for the commitment file, the plan's own themes and agencies."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from ogpkit.outputs.jsonschema_english import with_english_keys
from ogpkit.outputs.jsonschema_plan import with_plan
from ogpkit.plan.model import Commitment, Plan

SCHEMA_DIR = "schema"
SCHEMAS: dict[str, type[BaseModel]] = {
    "commitment.schema.json": Commitment,
    "plan.schema.json": Plan,
}
# Where the bundled plan's schemas are published: their raw files on ogpkit's main branch.
BASE_ID = "https://raw.githubusercontent.com/ogpkit/ogpkit/main/schema/"


def schema_text(name: str, model: type[BaseModel], plan: Plan | None = None) -> str:
    schema = model.model_json_schema(mode="validation")
    if model is Commitment:
        schema = with_english_keys(schema, model)
    if plan is not None and model is Commitment:
        schema = with_plan(schema, plan)
    document = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": BASE_ID + name}
    document.update(schema)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def generated(plan: Plan | None = None) -> dict[str, str]:
    """Every schema file's name and the text it should have for `plan`."""
    return {name: schema_text(name, model, plan) for name, model in SCHEMAS.items()}


def _plan(root: Path) -> Plan:
    from ogpkit.plan.project import load_plan

    return load_plan(root)[0]


def _stale(folder: Path, texts: dict[str, str]) -> list[str]:
    return [
        name
        for name, text in texts.items()
        if not (folder / name).is_file() or (folder / name).read_text(encoding="utf-8") != text
    ]


def stale(root: Path) -> list[str]:
    """The schema files under `root/schema` that are missing or differ from the models and
    the plan of `root`."""
    return _stale(root / SCHEMA_DIR, generated(_plan(root)))


def write(root: Path) -> list[str]:
    from ogpkit.source.atomic import write_text

    texts = generated(_plan(root))
    folder = root / SCHEMA_DIR
    folder.mkdir(exist_ok=True)
    names = _stale(folder, texts)
    for name in names:
        write_text(folder / name, texts[name])
    return names
