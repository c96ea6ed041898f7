"""The compiled plan as an OpenDocument text file (.odt), Taiwan's document standard, with odfpy.

The same layout as the Word file: a cover, a table of contents (an index LibreOffice updates),
the plan title in the header and 「第 X 頁／共 Y 頁」 in the footer, numbered black headings,
text in a Traditional Chinese face with the language zh-TW, table header rows repeated on
every page and rows kept whole; the archive has fixed times, so the bytes are reproducible.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from ogpkit.outputs.office.blocks import (
    Block,
    Contents,
    Heading,
    PageBreak,
    Paragraph,
    Rich,
    Table,
)
from ogpkit.outputs.office.docx_writer import stable_zip
from ogpkit.outputs.office.fonts import FALLBACK
from ogpkit.outputs.office.labels import label
from ogpkit.outputs.office.layout import layout
from ogpkit.outputs.office.odt_markdown import OdtMarkdown, OdtStyles
from ogpkit.plan.compiled import CompiledPlan

HEADING_SIZES = {0: "20pt", 1: "16pt", 2: "13pt", 3: "12pt"}


class _Styles:
    """The few automatic styles the document uses: headings, bold text, bordered cells."""

    def __init__(self, document: Any, font: str) -> None:
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

        document.fontfacedecls.addElement(FontFace(name=font, fontfamily=font))
        default = Style(name="Standard", family="paragraph")
        default.addElement(
            TextProperties(
                fontname=font,
                fontnameasian=font,
                fontsize="12pt",
                fontsizeasian="12pt",
                language="zh",
                country="TW",
                languageasian="zh",
                countryasian="TW",
            )
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
        self.master = MasterPage(name="Standard", pagelayoutname=layout)
        document.masterstyles.addElement(self.master)
        self.centre = Style(name="Centre", family="paragraph", parentstylename="Standard")
        self.centre.addElement(ParagraphProperties(textalign="center"))
        document.automaticstyles.addElement(self.centre)
        self.title = Style(name="Cover_20_Title", family="paragraph", parentstylename="Standard")
        self.title.addElement(
            ParagraphProperties(textalign="center", margintop="6cm", marginbottom="1cm")
        )
        self.title.addElement(
            TextProperties(
                fontsize="26pt", fontsizeasian="26pt", fontweight="bold", fontweightasian="bold"
            )
        )
        document.styles.addElement(self.title)
        self.breaking = Style(name="PageBreak", family="paragraph", parentstylename="Standard")
        self.breaking.addElement(ParagraphProperties(breakbefore="page"))
        document.automaticstyles.addElement(self.breaking)
        self.row = Style(name="Row", family="table-row")
        from odf.style import TableRowProperties

        self.row.addElement(TableRowProperties(keeptogether="always"))
        document.automaticstyles.addElement(self.row)
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


def _table(document: Any, styles: _Styles, table: Table, number: int, fields: OdtMarkdown) -> None:
    from odf.table import Table as OdfTable
    from odf.table import TableCell, TableColumn, TableHeaderRows, TableRow
    from odf.text import P

    grid = OdfTable(name=f"Table{number}")
    for width in table.widths_cm:
        grid.addElement(TableColumn(stylename=styles.column(width)))
    header = TableHeaderRows()
    if table.header:
        grid.addElement(header)
    for row_index, row in enumerate(table.rows):
        odf_row = TableRow(stylename=styles.row)
        for column, text in enumerate(row):
            bold = row_index < table.header or (table.kind in ("form", "contact") and column == 0)
            cell = TableCell(valuetype="string", stylename=styles.cell)
            if isinstance(text, Rich):
                fields.blocks(cell, text.blocks, bold)
                if not text.blocks:
                    cell.addElement(P())
            else:
                for line in text.split("\n"):
                    cell.addElement(P(stylename=styles.bold, text=line) if bold else P(text=line))
            odf_row.addElement(cell)
        (header if row_index < table.header else grid).addElement(odf_row)
    document.text.addElement(grid)
    document.text.addElement(P())


def _header_footer(styles: _Styles, title: str, lang: str) -> None:
    from odf.style import Footer, Header
    from odf.text import P, PageCount, PageNumber

    header = Header()
    header.addElement(P(stylename=styles.centre, text=title[:120]))
    footer = Footer()
    words = label("page", lang)
    before, _, rest = words.partition("{page}")
    middle, _, after = rest.partition("{pages}")
    line = P(stylename=styles.centre)
    line.addText(before)
    line.addElement(PageNumber(selectpage="current", text="1"))
    line.addText(middle)
    line.addElement(PageCount(text="1"))
    line.addText(after)
    footer.addElement(line)
    styles.master.addElement(header)
    styles.master.addElement(footer)


def _contents(document: Any, styles: _Styles, contents: Contents) -> None:
    from odf.text import (
        H,
        IndexBody,
        IndexEntryChapter,
        IndexEntryPageNumber,
        IndexEntryTabStop,
        IndexEntryText,
        IndexTitle,
        IndexTitleTemplate,
        P,
        TableOfContent,
        TableOfContentEntryTemplate,
        TableOfContentSource,
    )

    toc = TableOfContent(name="Contents", protected="true")
    source = TableOfContentSource(outlinelevel=2)
    source.addElement(IndexTitleTemplate(text=contents.title))
    for level in (1, 2):
        template = TableOfContentEntryTemplate(outlinelevel=level, stylename=styles.centre)
        template.addElement(IndexEntryChapter())
        template.addElement(IndexEntryText())
        template.addElement(IndexEntryTabStop(type="right", leaderchar="."))
        template.addElement(IndexEntryPageNumber())
        source.addElement(template)
    toc.addElement(source)
    body = IndexBody()
    title = IndexTitle(name="Contents_Head")
    title.addElement(H(outlinelevel=1, stylename=styles.headings[0], text=contents.title))
    body.addElement(title)
    for level, text in contents.entries:
        body.addElement(P(text=("\u3000" * (level - 1)) + text))
    toc.addElement(body)
    document.text.addElement(toc)


def odt_bytes(
    compiled: CompiledPlan,
    lang: str,
    tick: Callable[[], None] = lambda: None,
    today: date | None = None,
    font: str = FALLBACK,
    untranslated: int = 0,
) -> bytes:
    """The plan as OpenDocument text: headings, the template tables, the milestone tables;
    `font` is the Traditional Chinese face (`ogpkit.outputs.office.fonts.tc_face`); the cover
    says how many fields are `untranslated`, if any."""
    plan = compiled.plan
    title = plan.title_en if lang == "en" and plan.title_en else plan.title
    return odt_from_blocks(
        layout(compiled, lang, plan.date_style, tick, today, untranslated), title, lang, font
    )


def odt_from_blocks(blocks: Iterable[Block], title: str, lang: str, font: str = FALLBACK) -> bytes:
    """Any document of blocks (the plan, the self-assessment report) as OpenDocument text."""
    from odf.dc import Language, Title
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    document.meta.addElement(Title(text=title))
    document.meta.addElement(Language(text=lang))
    styles = _Styles(document, font)
    _header_footer(styles, title, lang)
    fields = OdtMarkdown(OdtStyles(document, styles.bold))
    tables = 0
    breaking = False
    for block in blocks:
        if isinstance(block, PageBreak):
            breaking = True
            continue
        if breaking:
            document.text.addElement(P(stylename=styles.breaking))
            breaking = False
        if isinstance(block, Contents):
            _contents(document, styles, block)
            continue
        if isinstance(block, Heading):
            heading = H(
                outlinelevel=max(block.level, 1),
                stylename=styles.headings[block.level],
                text=block.text,
            )
            document.text.addElement(heading)
        elif isinstance(block, Paragraph):
            style = {"title": styles.title, "cover": styles.centre}.get(block.role)
            document.text.addElement(
                P(stylename=style, text=block.text) if style else P(text=block.text)
            )
        else:
            tables += 1
            _table(document, styles, block, tables, fields)
    buffer = io.BytesIO()
    document.write(buffer)
    return stable_zip(_without_dates(buffer.getvalue()))


def _without_dates(data: bytes) -> bytes:
    """odfpy stamps meta.xml with the time of writing; the same input must give the same bytes."""
    import re
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "meta.xml":
                content = re.sub(rb"<meta:creation-date>[^<]*</meta:creation-date>", b"", content)
                content = re.sub(rb"<dc:date>[^<]*</dc:date>", b"", content)
                content = re.sub(rb"<meta:generator>[^<]*</meta:generator>", b"", content)
            target.writestr(info, content)
    return out.getvalue()
