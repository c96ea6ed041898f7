"""The compiled plan as an OpenDocument text file (.odt), Taiwan's document standard, with odfpy."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from typing import Any

from ogpkit.outputs.office.layout import Block, Heading, Paragraph, Table, layout
from ogpkit.plan.compiled import CompiledPlan

HEADING_SIZES = {0: "20pt", 1: "16pt", 2: "13pt"}
FONT = "Noto Sans CJK TC"


class _Styles:
    """The few automatic styles the document uses: headings, bold text, bordered cells."""

    def __init__(self, document: Any) -> None:
        from odf.style import (
            FontFace,
            MasterPage,
            PageLayout,
            PageLayoutProperties,
            ParagraphProperties,
            Style,
            TableCellProperties,
            TextProperties,
        )

        document.fontfacedecls.addElement(FontFace(name=FONT, fontfamily=FONT))
        default = Style(name="Standard", family="paragraph")
        default.addElement(
            TextProperties(fontname=FONT, fontnameasian=FONT, fontsize="11pt", fontsizeasian="11pt")
        )
        document.styles.addElement(default)
        self.headings = {}
        for level, size in HEADING_SIZES.items():
            style = Style(
                name=f"Heading_20_{level}",
                displayname=f"Heading {level}",
                family="paragraph",
                parentstylename="Standard",
            )
            style.addElement(
                TextProperties(
                    fontsize=size, fontsizeasian=size, fontweight="bold", fontweightasian="bold"
                )
            )
            style.addElement(
                ParagraphProperties(margintop="0.4cm", marginbottom="0.2cm", keepwithnext="always")
            )
            document.styles.addElement(style)
            self.headings[level] = style
        self.bold = Style(name="Bold", family="paragraph", parentstylename="Standard")
        self.bold.addElement(TextProperties(fontweight="bold", fontweightasian="bold"))
        document.automaticstyles.addElement(self.bold)
        self.cell = Style(name="Cell", family="table-cell")
        self.cell.addElement(TableCellProperties(border="0.5pt solid #000000", padding="0.1cm"))
        document.automaticstyles.addElement(self.cell)
        layout = PageLayout(name="A4")
        layout.addElement(
            PageLayoutProperties(
                pagewidth="21cm",
                pageheight="29.7cm",
                printorientation="portrait",
                margintop="2.5cm",
                marginbottom="2.5cm",
                marginleft="2.5cm",
                marginright="2.5cm",
            )
        )
        document.automaticstyles.addElement(layout)
        document.masterstyles.addElement(MasterPage(name="Standard", pagelayoutname=layout))
        self.columns: dict[float, Any] = {}
        self.document = document

    def column(self, width: float) -> Any:
        from odf.style import Style, TableColumnProperties

        if width not in self.columns:
            style = Style(name=f"Column{len(self.columns) + 1}", family="table-column")
            style.addElement(TableColumnProperties(columnwidth=f"{width}cm"))
            self.document.automaticstyles.addElement(style)
            self.columns[width] = style
        return self.columns[width]


def _table(document: Any, styles: _Styles, table: Table, number: int) -> None:
    from odf.table import Table as OdfTable
    from odf.table import TableCell, TableColumn, TableRow
    from odf.text import P

    grid = OdfTable(name=f"Table{number}")
    for width in table.widths_cm:
        grid.addElement(TableColumn(stylename=styles.column(width)))
    for row_index, row in enumerate(table.rows):
        odf_row = TableRow()
        for column, text in enumerate(row):
            bold = row_index < table.header or (table.kind in ("form", "contact") and column == 0)
            cell = TableCell(valuetype="string", stylename=styles.cell)
            for line in text.split("\n"):
                cell.addElement(P(stylename=styles.bold, text=line) if bold else P(text=line))
            odf_row.addElement(cell)
        grid.addElement(odf_row)
    document.text.addElement(grid)
    document.text.addElement(P())


def odt_bytes(compiled: CompiledPlan, lang: str, tick: Callable[[], None] = lambda: None) -> bytes:
    """The plan as OpenDocument text: headings, the template tables, the milestone tables."""
    return odt_from_blocks(
        layout(compiled, lang, compiled.plan.date_style, tick), compiled.plan.title, lang
    )


def odt_from_blocks(blocks: Iterable[Block], title: str, lang: str) -> bytes:
    """Any document of blocks (the plan, the self-assessment report) as OpenDocument text."""
    from odf.dc import Language, Title
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    document.meta.addElement(Title(text=title))
    document.meta.addElement(Language(text=lang))
    styles = _Styles(document)
    tables = 0
    for block in blocks:
        if isinstance(block, Heading):
            heading = H(
                outlinelevel=max(block.level, 1),
                stylename=styles.headings[block.level],
                text=block.text,
            )
            document.text.addElement(heading)
        elif isinstance(block, Paragraph):
            document.text.addElement(P(text=block.text))
        else:
            tables += 1
            _table(document, styles, block, tables)
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()
