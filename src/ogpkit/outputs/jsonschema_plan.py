"""The plan's own names in the commitment schema: theme ids, agency and group names as choices
with their descriptions, so that editors complete them and flag a name that validate rejects."""

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


def _agency_names(plan: Plan) -> dict[str, str]:
    """Full names, short names and aliases, each once, in the order of plan.yaml."""
    choices: dict[str, str] = {}
    for agency in plan.agencies:
        english = f"（{agency.name_en}）" if agency.name_en else ""
        choices.setdefault(agency.name.strip(), f"機關全銜{english}")
        if agency.short:
            choices.setdefault(agency.short.strip(), f"{agency.name}的簡稱")
        for alias in agency.aliases:
            choices.setdefault(alias.strip(), f"{agency.name}的別名")
    return choices


def _as_choices(names: dict[str, str]) -> list[Schema]:
    return [{"const": name, "description": text} for name, text in names.items()]


def agency_choices(plan: Plan) -> list[Schema]:
    """The agencies' names: what a milestone's agency may be."""
    return _as_choices(_agency_names(plan))


def lead_choices(plan: Plan) -> list[Schema]:
    """The agencies' names, then the groups' (各機關 …) and their aliases: what a commitment
    may name as lead or support; a name of an agency stays the agency's, as in validate."""
    choices = _agency_names(plan)
    for group in plan.agency_groups:
        english = f"（{group.name_en}）" if group.name_en else ""
        scope = f"泛稱，非單一機關：{group.stands_for}"
        choices.setdefault(group.name.strip(), f"{scope}{english}")
        for alias in group.aliases:
            choices.setdefault(alias.strip(), f"{group.name}的別名（{scope}）")
    return _as_choices(choices)


def with_plan(schema: Schema, plan: Plan) -> Schema:
    """The commitment schema with `theme`, the agency lists (agencies and groups) and a
    milestone's agency (agencies only) limited to the plan's names."""
    agencies = {"type": "string", "anyOf": agency_choices(plan)}
    leads = {"type": "string", "anyOf": lead_choices(plan)}
    properties = schema["properties"]
    properties["theme"] = {**properties["theme"], "anyOf": theme_choices(plan)}
    for key in ("lead_agencies", "supporting_agencies"):
        properties[key] = {**properties[key], "items": leads}
    milestone = schema["$defs"]["Milestone"]["properties"]
    milestone["agency"] = {**milestone["agency"], "anyOf": [agencies, {"type": "null"}]}
    return schema
