"""The rows of a form's tables, as a filled template leaves them, from .docx or .odt XML.

A merged cell appears once in its row (Word and LibreOffice repeat it in each grid column it
spans); a cell merged down from the row above shows that cell's text again, as Word does.
Text outside the tables is ignored. Rows keep their table and row numbers (1-based) so that
every problem can say where in the file it is. The XML is walked directly (no python-docx),
so a table of any size is read in one linear pass.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

from ogpkit.authoring.word.package import W, open_form

TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


@dataclass(frozen=True)
class Row:
    table: int
    row: int
    cells: tuple[str, ...]

    @property
    def blank(self) -> bool:
        return not any(cell.strip() for cell in self.cells)


def _w(name: str) -> str:
    return f"{{{W}}}{name}"


def _docx_paragraph(paragraph: etree._Element) -> str:
    parts = []
    for node in paragraph.iter(_w("t"), _w("tab"), _w("br"), _w("cr"), _w("noBreakHyphen")):
        if node.tag == _w("t"):
            parts.append(node.text or "")
        elif node.tag == _w("tab"):
            parts.append("\t")
        elif node.tag == _w("noBreakHyphen"):
            parts.append("-")
        else:
            parts.append("\n")
    return "".join(parts)


def _docx_cell(cell: etree._Element) -> str:
    return "\n".join(_docx_paragraph(p) for p in cell.iterchildren(_w("p")))


def _int(value: str | None, default: int = 1) -> int:
    try:
        return max(1, min(int(value or default), 64))
    except ValueError:
        return default


def _docx_rows(number: int, table: etree._Element) -> list[Row]:
    rows: list[Row] = []
    above: dict[int, str] = {}  # grid column → text of the cell there in the previous row
    for index, tr in enumerate(table.iterchildren(_w("tr")), start=1):
        cells: list[str] = []
        column = 0
        here: dict[int, str] = {}
        for tc in tr.iterchildren(_w("tc")):
            span = _int(tc.xpath("string(w:tcPr/w:gridSpan/@w:val)", namespaces={"w": W}))
            merge = tc.find(f"{_w('tcPr')}/{_w('vMerge')}")
            continued = merge is not None and merge.get(_w("val"), "continue") == "continue"
            text = above.get(column, "") if continued else _docx_cell(tc)
            cells.append(text.replace("\r", "\n").strip())
            for offset in range(span):
                here[column + offset] = text
            column += span
        above = here
        rows.append(Row(number, index, tuple(cells)))
    return rows


def _odt_text(node: etree._Element) -> str:
    """The text of a paragraph of OpenDocument, with its spaces, tabs and line breaks."""
    parts = [node.text or ""]
    for child in node:
        name = etree.QName(child).localname if isinstance(child.tag, str) else ""
        if name == "s":
            parts.append(" " * _int(child.get(f"{{{TEXT_NS}}}c")))
        elif name == "tab":
            parts.append("\t")
        elif name == "line-break":
            parts.append("\n")
        elif name not in ("note", "annotation"):
            parts.append(_odt_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _odt_cell(cell: etree._Element) -> str:
    paragraphs = [c for c in cell if c.tag in (f"{{{TEXT_NS}}}p", f"{{{TEXT_NS}}}h")]
    return "\n".join(_odt_text(p) for p in paragraphs)


def _odt_rows(number: int, table: etree._Element) -> list[Row]:
    rows: list[Row] = []
    above: dict[int, str] = {}
    trs = table.iter(f"{{{TABLE_NS}}}table-row")
    for index, tr in enumerate(trs, start=1):
        cells: list[str] = []
        here: dict[int, str] = {}
        column = 0
        for tc in tr:
            name = etree.QName(tc).localname if isinstance(tc.tag, str) else ""
            repeat = _int(tc.get(f"{{{TABLE_NS}}}number-columns-repeated"))
            if name == "table-cell":
                text = _odt_cell(tc).strip()
                span = _int(tc.get(f"{{{TABLE_NS}}}number-columns-spanned"))
                for _ in range(repeat if not text else 1):
                    cells.append(text)
                    for offset in range(span):
                        here[column + offset] = text
                    column += span
            elif name == "covered-table-cell":
                for _ in range(repeat):
                    if (
                        column not in here
                        and column in above
                        and (not cells or cells[-1] != above[column])
                    ):
                        cells.append(above[column])  # merged down from the row above
                    here.setdefault(column, above.get(column, ""))
                    column += 1
        above = here
        rows.append(Row(number, index, tuple(cells)))
    return rows


def read_rows(path: Path) -> list[Row]:
    """Every row of every table of the document body, in document order."""
    form = open_form(path)
    rows: list[Row] = []
    if form.kind == "docx":
        body = form.root.find(_w("body"))
        tables = [] if body is None else list(body.iterchildren(_w("tbl")))
        for number, table in enumerate(tables, start=1):
            rows += _docx_rows(number, table)
        return rows
    body = form.root.find("{urn:oasis:names:tc:opendocument:xmlns:office:1.0}body")
    text = (
        None
        if body is None
        else body.find("{urn:oasis:names:tc:opendocument:xmlns:office:1.0}text")
    )
    tables = [] if text is None else list(text.iterchildren(f"{{{TABLE_NS}}}table"))
    for number, table in enumerate(tables, start=1):
        rows += _odt_rows(number, table)
    return rows
