"""`ogpkit translations`, the views: each field's translation state as a table, JSON or CSV.

A row a translatable field (commitment, key, state, the date of the source change and the
change of the Chinese for stale ones); totals by state. CSV cells that a spreadsheet would
read as a formula are quoted with a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from ogpkit.history.translations import FieldStatus, State
from ogpkit.report.message import msg, translate

COLUMNS = ("file", "commitment", "field", "state", "source_changed", "diff")


def totals(rows: Sequence[FieldStatus]) -> dict[str, int]:
    counts = Counter(row.state.value for row in rows)
    return {state.value: counts.get(state.value, 0) for state in State}


def _record(row: FieldStatus) -> dict[str, Any]:
    return {
        "file": row.file,
        "commitment": row.commitment,
        "field": row.key,
        "state": row.state.value,
        "source_changed": row.source_changed.isoformat() if row.source_changed else None,
        "diff": row.diff or None,
        "source": row.source,
        "english": row.english,
    }


def as_json(rows: Sequence[FieldStatus], lang: str) -> str:
    data = {"fields": [_record(row) for row in rows], "totals": totals(rows)}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def as_csv(rows: Sequence[FieldStatus], lang: str) -> str:
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        record = _record(row)
        writer.writerow([_cell(record[c]) for c in COLUMNS])
    return "\ufeff" + stream.getvalue()


STATE_NAMES = {
    State.MISSING: msg("missing"),
    State.STALE: msg("stale"),
    State.CURRENT: msg("current"),
}


def as_table(rows: Sequence[FieldStatus], lang: str) -> str:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=translate(msg("Translations into English"), lang))
    for header in (msg("Commitment"), msg("Field"), msg("State"), msg("Change of the Chinese")):
        table.add_column(translate(header, lang))
    for row in rows:
        changed = ""
        if row.state is State.STALE:
            day = row.source_changed.date().isoformat() if row.source_changed else ""
            changed = f"{day or translate(msg('not yet committed'), lang)} {row.diff}".strip()
        table.add_row(
            row.commitment, row.key, translate(STATE_NAMES[row.state], lang), Text(changed)
        )
    counts = totals(rows)
    stream = io.StringIO()
    console = Console(file=stream, width=120, color_system=None, highlight=False)
    console.print(table)
    console.print(
        translate(
            msg(
                "{missing} missing, {stale} stale, {current} current",
                missing=counts["missing"],
                stale=counts["stale"],
                current=counts["current"],
            ),
            lang,
        )
    )
    return stream.getvalue()


WRITERS: dict[str, Callable[[Sequence[FieldStatus], str], str]] = {
    "table": as_table,
    "json": as_json,
    "csv": as_csv,
}
