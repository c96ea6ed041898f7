"""The compiled plan as a Word file (.docx), with python-docx."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from typing import Any

from ogpkit.outputs.office.layout import Block, Heading, Paragraph, Table, layout
from ogpkit.plan.compiled import CompiledPlan

EAST_ASIAN_FONT = "標楷體"  # the usual typeface of Taiwan's government documents


def _lines(cell: Any, text: str, bold: bool = False) -> None:
    """Each line of `text` as its own paragraph of the cell."""
    first, *rest = text.split("\n") if text else [""]
    paragraph = cell.paragraphs[0]
    paragraph.add_run(first).bold = bold
    for line in rest:
        cell.add_paragraph().add_run(line).bold = bold


def _table(document: Any, table: Table) -> None:
    from docx.shared import Cm

    grid = document.add_table(rows=len(table.rows), cols=table.columns)
    grid.style = "Table Grid"
    for row_index, row in enumerate(table.rows):
        for column, text in enumerate(row):
            bold = row_index < table.header or (table.kind in ("form", "contact") and column == 0)
            _lines(grid.cell(row_index, column), text, bold)
    grid.autofit = False
    for column, width in zip(grid.columns, table.widths_cm, strict=False):
        column.width = Cm(width)
    for row in grid.rows:
        for cell, width in zip(row.cells, table.widths_cm, strict=False):
            cell.width = Cm(width)
    document.add_paragraph()


def _east_asian_font(document: Any) -> None:
    from docx.oxml.ns import qn

    fonts = document.styles["Normal"].element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)


def _a4(document: Any) -> None:
    from docx.shared import Cm

    for section in document.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin = section.bottom_margin = Cm(2.5)


def docx_bytes(compiled: CompiledPlan, lang: str, tick: Callable[[], None] = lambda: None) -> bytes:
    """The plan as a Word document: headings, the template tables, the milestone tables."""
    return docx_from_blocks(
        layout(compiled, lang, compiled.plan.date_style, tick), compiled.plan.title, lang
    )


def docx_from_blocks(blocks: Iterable[Block], title: str, lang: str) -> bytes:
    """Any document of blocks (the plan, the self-assessment report) as a Word file."""
    import docx

    document = docx.Document()
    _east_asian_font(document)
    _a4(document)
    document.core_properties.title = title
    document.core_properties.language = lang
    for block in blocks:
        if isinstance(block, Heading):
            document.add_heading(block.text, level=block.level)
        elif isinstance(block, Paragraph):
            document.add_paragraph(block.text)
        else:
            _table(document, block)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
