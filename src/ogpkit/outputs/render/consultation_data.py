"""The consultation and the forum as open data: a part of plan.json, and consultation.csv.

consultation.csv has one row an input with its response; a contributor's name only where
the round's `publish_names` is true; every cell passes `csv_safe.safe_cell`.
"""

from __future__ import annotations

import csv
import io
from dataclasses import asdict
from typing import Any

from ogpkit.outputs.render.csv_safe import safe_cell
from ogpkit.plan.cocreation import CoCreation
from ogpkit.plan.consultation import Input, Round

CSV_COLUMNS = (
    "round_id",
    "round_title",
    "channel",
    "input_id",
    "received",
    "contributor",
    "name",
    "concerns",
    "text",
    "decision",
    "reason",
    "responding_agency",
    "response_date",
    "adopted_in",
)


def _input_data(round_: Round, item: Input) -> dict[str, Any]:
    data = item.model_dump(mode="json", exclude={"name"} if not round_.publish_names else set())
    return data


def cocreation_data(record: CoCreation) -> dict[str, Any]:
    """The keys `consultation` and `forum` of plan.json (absent when the plan has neither)."""
    data: dict[str, Any] = {}
    if record.rounds:
        data["consultation"] = {
            "rounds": [
                {
                    **round_.model_dump(mode="json", exclude={"inputs"}),
                    "summary": asdict(counts),
                    "inputs": [_input_data(round_, item) for item in round_.inputs],
                }
                for round_, counts in record.rounds
            ],
            "by_commitment": {group.key: asdict(group.tally) for group in record.groups},
            "summary": asdict(record.total),
        }
    if record.forum is not None:
        data["forum"] = record.forum.model_dump(mode="json")
    return data


def consultation_csv(record: CoCreation) -> bytes:
    """UTF-8 with a byte-order mark, CRLF rows, as plan.csv."""
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for round_, _ in record.rounds:
        for item in round_.inputs:
            response = item.response
            row = (
                round_.id,
                round_.title,
                round_.channel,
                item.id,
                item.received.first_day.isoformat(),
                item.contributor,
                item.name if round_.publish_names and item.name else "",
                "; ".join(item.concerns),
                item.text,
                response.decision if response else "",
                response.reason if response else "",
                response.agency if response else "",
                response.date.first_day.isoformat() if response else "",
                "; ".join(response.adopted_in) if response else "",
            )
            writer.writerow([safe_cell(cell) for cell in row])
    return ("\ufeff" + stream.getvalue()).encode("utf-8")
