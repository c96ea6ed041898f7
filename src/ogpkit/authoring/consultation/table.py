"""A comment export as rows of text: CSV in UTF-8 (with or without BOM) or Big5, or XLSX.

Every cell is read as the text it shows: a formula such as `=HYPERLINK(...)` stays its text,
never evaluated; numbers and dates of a spreadsheet are written as text.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ogpkit.errors import UsageError
from ogpkit.report.message import msg

ENCODINGS = ("utf-8", "cp950", "big5hkscs")


@dataclass(frozen=True)
class Table:
    """Header names and rows of cells; `first_row` is the line (CSV) or row (XLSX) of the first."""

    headers: tuple[str, ...]
    rows: list[tuple[str, ...]]
    first_row: int = 2


def decode(raw: bytes) -> str:
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    for encoding in ENCODINGS:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UsageError(msg("The file is neither UTF-8 nor Big5; save it again as CSV in UTF-8"))


def read_csv(path: Path) -> Table:
    text = decode(path.read_bytes())
    rows = [tuple(cell.strip() for cell in row) for row in csv.reader(io.StringIO(text))]
    return _table(rows)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return (
            value.date().isoformat()
            if value.time() == datetime.min.time()
            else value.isoformat(sep=" ")
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds on a damaged file
        raise UsageError(
            msg("{path} is not a readable XLSX file: {reason}", path=path.name, reason=str(error))
        ) from None
    try:
        sheet = workbook.worksheets[0]
        rows = [tuple(_cell_text(v) for v in row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()
    return _table(rows)


def _table(rows: list[tuple[str, ...]]) -> Table:
    while rows and not any(rows[0]):
        rows.pop(0)
    if not rows:
        raise UsageError(msg("The file has no header row"))
    return Table(rows[0], list(rows[1:]))


def read_table(path: Path) -> Table:
    if not path.is_file():
        raise UsageError(msg("No such file or folder: {path}", path=str(path)))
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return read_xlsx(path)
    if suffix in (".csv", ".txt"):
        return read_csv(path)
    raise UsageError(
        msg("Import reads .csv and .xlsx files, not {suffix}", suffix=suffix or path.name)
    )
