"""Appending imported inputs to a round's file: never an input twice, the file's text kept.

An input counts as already imported when a row has its id, or the same date and text. The new
inputs are appended as text after the last item of `inputs:` (which must be the file's last
key), so that comments and layout above stay byte for byte; the result is read back and
checked against the model before it is written, atomically.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ogpkit.authoring.consultation import columns
from ogpkit.authoring.consultation.table import read_table
from ogpkit.errors import ConfigError
from ogpkit.plan.consultation import CONSULTATION_DIR, Round, RoundFile, load_round
from ogpkit.plan.dates import DateFormatError, PlanDate
from ogpkit.plan.project import Project
from ogpkit.plan.shape import validate_shape
from ogpkit.report.message import Message, msg
from ogpkit.source.atomic import write_text
from ogpkit.source.document import Document, parse_into

_SPACE = re.compile(r"\s+")


@dataclass
class ImportResult:
    path: Path
    added: int = 0
    already: int = 0
    created: bool = False
    problems: list[Message] = field(default_factory=list)


@dataclass(frozen=True)
class Options:
    round_id: str
    mapping: dict[str, str]
    concerns: tuple[str, ...] = ()
    channel: str = "online"


def _key(day: str, text: str) -> tuple[str, str]:
    return day, _SPACE.sub("", text)


def _quote(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _item(values: dict[str, Any], style: str) -> str:
    lines = [f"  - id: {_quote(values['id'])}"]
    day: PlanDate = values["received"]
    lines.append(f"    received: {day.canonical(style)}")  # type: ignore[arg-type]
    lines.append(f"    contributor: {values['contributor']}")
    if values.get("name"):
        lines.append(f"    name: {_quote(values['name'])}")
    lines.append(f"    text: {_quote(values['text'])}")
    lines.append("    concerns: [" + ", ".join(_quote(c) for c in values["concerns"]) + "]")
    return "\n".join(lines) + "\n"


def _find_round(project: Project, round_id: str) -> RoundFile | None:
    for file in project.rounds:
        if file.model is not None and file.model.id == round_id:
            return file
        if file.model is None and file.document.path.stem == round_id:
            raise ConfigError(
                msg("{file} has problems; fix them first", file=file.document.name), file.problems
            )
    return None


def _new_round_text(options: Options, first: PlanDate, last: PlanDate, style: str) -> str:
    return (
        f"id: {_quote(options.round_id)}\n"
        f"title: {_quote(options.round_id)}\n"
        f"channel: {options.channel}\n"
        f"start: {first.canonical(style)}\n"  # type: ignore[arg-type]
        f"end: {last.canonical(style)}\n"  # type: ignore[arg-type]
        "publish_names: false\n"
        "inputs:\n"
    )


def _appendable(document: Document) -> str:
    """The file's text ready for items to be appended after it."""
    data = document.data or {}
    text = document.text if document.text.endswith("\n") else document.text + "\n"
    if "inputs" not in data:
        return text + "inputs:\n"
    if list(data)[-1] != "inputs":
        raise ConfigError(
            msg(
                "Move inputs: to the end of {file} so that imported inputs can be appended",
                file=document.name,
            )
        )
    line = document.text.splitlines()[document.position(("inputs",), key=True).line - 1]
    rest = line.split(":", 1)[1].split("#", 1)[0].strip()
    if rest == "[]":
        return text.replace(line, line.replace("[]", "", 1).rstrip(), 1)
    if rest:
        raise ConfigError(
            msg(
                "Write inputs: of {file} as a block list (one '- id:' a line) so that imported inputs can be appended",
                file=document.name,
            )
        )
    return text


def _parse_row(
    number: int, cell: dict[str, str], options: Options
) -> tuple[PlanDate, list[str]] | Message:
    """The date and the commitments of a row, or the problem that keeps it out."""
    if not cell.get("text"):
        return columns.row_problem(number, msg("the text is empty"))
    if not cell.get("received"):
        return columns.row_problem(number, msg("no date received"))
    try:
        day = columns.received(cell["received"])
    except (DateFormatError, ValueError):
        return columns.row_problem(number, columns.date_problem(cell["received"]))
    concerns = columns.concerns(cell.get("concerns", "")) or list(options.concerns)
    if not concerns:
        return columns.row_problem(
            number, msg("no commitment named; add a column or use --concerns")
        )
    return day, concerns


def import_inputs(project: Project, source: Path, options: Options) -> ImportResult:
    table = read_table(source)
    where = columns.column_of(table.headers, options.mapping)
    existing = _find_round(project, options.round_id)
    path = (
        existing.document.path
        if existing
        else project.root / CONSULTATION_DIR / f"{options.round_id}.yaml"
    )
    model: Round | None = existing.model if existing else None
    publish = model.publish_names if model else False
    ids = {i.id for i in model.inputs} if model else set()
    seen = {_key(i.received.iso(), i.text) for i in model.inputs} if model else set()
    result = ImportResult(path, created=existing is None)
    style = project.plan.date_style
    items: list[str] = []
    days: list[PlanDate] = []
    counter = len(ids)
    for offset, cells in enumerate(table.rows):
        number = table.first_row + offset
        if not any(cells):
            continue
        cell = {f: cells[i] if i < len(cells) else "" for f, i in where.items()}
        parsed = _parse_row(number, cell, options)
        if not isinstance(parsed, tuple):
            result.problems.append(parsed)
            continue
        day, concerns = parsed
        identifier = cell.get("id") or ""
        if identifier in ids or _key(day.iso(), cell["text"]) in seen:
            result.already += 1
            continue
        if not identifier:
            counter += 1
            while f"I{counter:05d}" in ids:
                counter += 1
            identifier = f"I{counter:05d}"
        ids.add(identifier)
        seen.add(_key(day.iso(), cell["text"]))
        days.append(day)
        values = {
            "id": identifier,
            "received": day,
            "contributor": columns.contributor(cell.get("contributor", "")),
            "name": cell.get("name") if publish else None,
            "text": cell["text"],
            "concerns": concerns,
        }
        items.append(_item(values, style))
    if not items:
        return result
    if existing is not None:
        head = _appendable(existing.document)
    else:
        head = _new_round_text(
            options,
            min(days, key=lambda d: d.first_day),
            max(days, key=lambda d: d.last_day),
            style,
        )
    text = head + "".join(items)
    _check(path, project.root, text, (len(model.inputs) if model else 0) + len(items))
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text(path, text)
    result.added = len(items)
    return result


def _check(path: Path, root: Path, text: str, expected: int) -> None:
    """The new text reads back to a valid round with the expected inputs, or nothing is written."""
    document = Document(path, path.name, text)
    parse_into(document)
    model, problems = validate_shape(document, Round)
    if model is None or document.problems or problems or len(model.inputs) != expected:
        raise ConfigError(
            msg(
                "The imported inputs would not read back from {file}; nothing was written",
                file=path.name,
            ),
            document.problems + problems,
        )


__all__ = ["ImportResult", "Options", "import_inputs", "load_round"]
