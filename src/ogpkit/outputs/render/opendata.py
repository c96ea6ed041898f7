"""plan.json and plan.csv: the compiled plan as open data.

plan.json has everything, dates in ISO 8601 (`2020-05` for a month, `2020-05-01` for a day),
agencies by their full names; its shape is `schema/plan-data.schema.json`. plan.csv has one
row a commitment with the columns of OGP's commitment data.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from json.encoder import encode_basestring
from typing import Any

from ogpkit.plan.agencies import AgencyRegistry
from ogpkit.plan.compiled import CompiledPlan
from ogpkit.plan.model import OGP_VALUES, Commitment

DATA_FORMAT = "ogpkit-plan-data"
DATA_VERSION = 1
CSV_COLUMNS = (
    "unique_identifier",
    "title",
    "start_date",
    "end_date",
    "lead_institution",
    "supporting_institutions",
    "transparency",
    "participation",
    "accountability",
    "theme_id",
    "theme",
    "theme_number",
)


def _commitment_data(
    commitment: Commitment, compiled: CompiledPlan, registry: AgencyRegistry
) -> dict[str, Any]:
    data = commitment.model_dump(mode="json", exclude={"submitted", "en"})
    data["period"] = commitment.effective_period(compiled.plan).model_dump(mode="json")
    data["lead_agencies"] = [registry.canonical(n) or n for n in commitment.lead_agencies]
    data["supporting_agencies"] = [
        registry.canonical(n) or n for n in commitment.supporting_agencies
    ]
    return data


def plan_data(
    compiled: CompiledPlan,
    registry: AgencyRegistry,
    tick: Callable[[], None] = lambda: None,
    untranslated: int = 0,
) -> dict[str, Any]:
    """The plan as open data; `untranslated` counts the fields the English edition shows in
    Chinese (the CSV's rows keep their fixed columns: the count is said here only)."""
    plan = compiled.plan
    commitments = []
    for commitment in compiled.commitments:
        commitments.append(_commitment_data(commitment, compiled, registry))
        tick()
    return {
        "format": DATA_FORMAT,
        "version": DATA_VERSION,
        "untranslated": untranslated,
        "plan": plan.model_dump(
            mode="json", include={"title", "title_en", "locale", "date_style", "period", "timeline"}
        ),
        "themes": [
            {
                **s.theme.model_dump(mode="json"),
                "number": plan.theme_number(s.theme.id),
                "commitments": [c.id for c in s.commitments],
            }
            for s in compiled.sections
        ],
        "commitments": commitments,
        "agencies": [
            {
                **e.agency.model_dump(mode="json"),
                "leads": [c.id for c in e.leads],
                "supports": [c.id for c in e.supports],
            }
            for e in compiled.agencies
        ],
        "summary": {
            "commitments": len(commitments),
            "commitments_by_theme": {s.theme.id: len(s.commitments) for s in compiled.sections},
            "milestones_by_status": dict(compiled.milestones_by_status),
        },
    }


def json_bytes(data: dict[str, Any]) -> bytes:
    """`json.dumps(data, ensure_ascii=False, indent=2)`, byte for byte, in about half the time:
    with `indent` the standard library uses its pure-Python encoder (10,000 milestones)."""
    parts: list[str] = []
    try:
        _encode(data, "\n", parts)
    except TypeError:
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    parts.append("\n")
    return "".join(parts).encode("utf-8")


def _encode(value: Any, newline: str, parts: list[str]) -> None:
    """Strings, whole numbers, booleans, null, lists and dicts with text keys; anything else is a
    TypeError, and json.dumps writes the document instead."""
    if isinstance(value, str):
        parts.append(encode_basestring(value))
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif type(value) is int:
        parts.append(int.__repr__(value))
    elif isinstance(value, dict):
        if not value:
            parts.append("{}")
            return
        inner = newline + "  "
        separator = "{" + inner
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(key)
            parts.append(separator)
            parts.append(encode_basestring(key))
            parts.append(": ")
            _encode(item, inner, parts)
            separator = "," + inner
        parts.append(newline + "}")
    elif isinstance(value, list):
        if not value:
            parts.append("[]")
            return
        inner = newline + "  "
        separator = "[" + inner
        for item in value:
            parts.append(separator)
            _encode(item, inner, parts)
            separator = "," + inner
        parts.append(newline + "]")
    else:
        raise TypeError(value)


FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """A cell no spreadsheet program runs as a formula: text that starts with = + - @ tab or
    CR gets a leading single quote (OWASP's advice against CSV injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


class SafeWriter:
    """`csv.writer` (CRLF rows) that neutralises formulas in every cell: every CSV of ogpkit."""

    def __init__(self, stream: io.StringIO) -> None:
        self._writer = csv.writer(stream, lineterminator="\r\n")

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow([safe_cell(value) for value in row])


def csv_bytes(
    compiled: CompiledPlan,
    registry: AgencyRegistry,
    lang: str,
    tick: Callable[[], None] = lambda: None,
) -> bytes:
    """UTF-8 with a byte-order mark (so that spreadsheet programs read the Chinese), CRLF rows."""
    stream = io.StringIO()
    writer = SafeWriter(stream)
    writer.writerow(CSV_COLUMNS)
    for section in compiled.sections:
        theme = section.theme
        theme_name = theme.name_en if lang == "en" and theme.name_en else theme.name
        for commitment in section.commitments:
            period = commitment.effective_period(compiled.plan)
            values = commitment.ogp_values
            writer.writerow(
                (
                    commitment.id,
                    commitment.title,
                    period.start.first_day.isoformat(),
                    period.end.last_day.isoformat(),
                    "; ".join(registry.shown(n, lang) for n in commitment.lead_agencies),
                    "; ".join(registry.shown(n, lang) for n in commitment.supporting_agencies),
                    *(int(bool(getattr(values, key))) for key in OGP_VALUES),
                    theme.id,
                    theme_name,
                    compiled.plan.theme_number(theme.id),
                )
            )
            tick()
    return ("\ufeff" + stream.getvalue()).encode("utf-8")
