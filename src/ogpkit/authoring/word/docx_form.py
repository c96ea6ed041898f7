"""The rows of a Word file's tables, as a filled template leaves them.

A merged cell appears once (Word repeats it in each grid column and each merged row); text
outside the tables is ignored. Rows keep their table and row numbers (1-based) so that every
problem can say where in the Word file it is.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ogpkit.errors import UsageError
from ogpkit.report.message import msg


@dataclass(frozen=True)
class Row:
    table: int
    row: int
    cells: tuple[str, ...]

    @property
    def blank(self) -> bool:
        return not any(cell.strip() for cell in self.cells)


def read_rows(path: Path) -> list[Row]:
    """Every row of every table of the document body, in document order ."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise UsageError(
            msg(
                "{path} is not a Word file (.docx) that can be read; save it from Word as .docx (not .doc) and try again",
                path=str(path),
            )
        ) from None
    rows: list[Row] = []
    for number, table in enumerate(document.tables, start=1):
        try:
            rows += table_rows(number, table)
        except (ValueError, IndexError, KeyError, AttributeError):
            raise UsageError(
                msg(
                    "Table {table} of {path} cannot be read (its merged cells are broken); open the file in Word, save it again, and retry",
                    table=number,
                    path=path.name,
                )
            ) from None
    return rows


def table_rows(number: int, table: Any) -> list[Row]:
    rows = []
    for index, row in enumerate(table.rows, start=1):
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            if cell._tc is previous:  # a merged cell, repeated in each grid column
                continue
            previous = cell._tc
            cells.append(cell.text.replace("\r", "\n").strip())
        rows.append(Row(number, index, tuple(cells)))
    return rows
