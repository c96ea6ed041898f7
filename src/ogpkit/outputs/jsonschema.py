"""JSON Schemas of the commitment file and the plan manifest, generated from the models."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from ogpkit.plan.model import Commitment, Plan

SCHEMA_DIR = "schema"
SCHEMAS: dict[str, type[BaseModel]] = {
    "commitment.schema.json": Commitment,
    "plan.schema.json": Plan,
}
_BASE_ID = "https://ogpkit.example/schema/"


def schema_text(name: str, model: type[BaseModel]) -> str:
    schema = model.model_json_schema(mode="validation")
    document = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": _BASE_ID + name}
    document.update(schema)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def generated() -> dict[str, str]:
    """Every schema file's name and the text it should have."""
    return {name: schema_text(name, model) for name, model in SCHEMAS.items()}


def stale(root: Path) -> list[str]:
    """The schema files under `root/schema` that are missing or differ from the models."""
    folder = root / SCHEMA_DIR
    return [
        name
        for name, text in generated().items()
        if not (folder / name).is_file() or (folder / name).read_text(encoding="utf-8") != text
    ]


def write(root: Path) -> list[str]:
    from ogpkit.source.atomic import write_text

    folder = root / SCHEMA_DIR
    folder.mkdir(exist_ok=True)
    names = stale(root)
    for name, text in generated().items():
        if name in names:
            write_text(folder / name, text)
    return names
