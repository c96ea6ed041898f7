"""The plan's own names in the commitment schema: theme ids and agency names as choices with
their descriptions, so that editors complete them and flag a name that validate rejects."""

from __future__ import annotations

from typing import Any

from ogpkit.plan.model import Plan

Schema = dict[str, Any]


def theme_choices(plan: Plan) -> list[Schema]:
    return [
        {
            "const": theme.id,
            "description": theme.name + (f"（{theme.name_en}）" if theme.name_en else ""),
        }
        for theme in plan.themes
    ]


def agency_choices(plan: Plan) -> list[Schema]:
    """Full names, short names and aliases, each once, in the order of plan.yaml."""
    choices: dict[str, str] = {}
    for agency in plan.agencies:
        english = f"（{agency.name_en}）" if agency.name_en else ""
        choices.setdefault(agency.name.strip(), f"機關全銜{english}")
        if agency.short:
            choices.setdefault(agency.short.strip(), f"{agency.name}的簡稱")
        for alias in agency.aliases:
            choices.setdefault(alias.strip(), f"{agency.name}的別名")
    return [{"const": name, "description": text} for name, text in choices.items()]


def with_plan(schema: Schema, plan: Plan) -> Schema:
    """The commitment schema with `theme`, the agency lists and a milestone's agency limited
    to the plan's names."""
    agencies = {"type": "string", "anyOf": agency_choices(plan)}
    properties = schema["properties"]
    properties["theme"] = {**properties["theme"], "anyOf": theme_choices(plan)}
    for key in ("lead_agencies", "supporting_agencies"):
        properties[key] = {**properties[key], "items": agencies}
    milestone = schema["$defs"]["Milestone"]["properties"]
    milestone["agency"] = {**milestone["agency"], "anyOf": [agencies, {"type": "null"}]}
    return schema
