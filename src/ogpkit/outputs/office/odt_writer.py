"""The compiled plan as an OpenDocument text file (.odt), Taiwan's document standard, with odfpy.

The same layout as the Word file: a cover, a table of contents (an index LibreOffice updates),
the plan title in the header and 「第 X 頁／共 Y 頁」 in the footer, numbered black headings,
text in a Traditional Chinese face with the language zh-TW, table header rows repeated on
every page and rows kept whole; the archive has fixed times, so the bytes are reproducible.
"""

from __future__ import annotations

import io
import re
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
from ogpkit.outputs.office.docx_markdown import escape
from ogpkit.outputs.office.docx_writer import stable_zip
from ogpkit.outputs.office.fonts import FALLBACK
from ogpkit.outputs.office.labels import label
from ogpkit.outputs.office.layout import layout
from ogpkit.outputs.office.odt_markdown import (
    NAMESPACES,
    OdtMarkdown,
    OdtStyles,
    name,
)
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


def _table(out: list[str], styles: _Styles, table: Table, number: int, fields: OdtMarkdown) -> None:
    out.append(f'<table:table table:name="Table{number}">')
    for width in table.widths_cm:
        out.append(f'<table:table-column table:style-name="{name(styles.column(width))}"/>')
    row_style, cell_style, bold_style = name(styles.row), name(styles.cell), name(styles.bold)
    labelled = table.kind in ("form", "contact")
    for row_index, row in enumerate(table.rows):
        if row_index == 0 and table.header:
            out.append("<table:table-header-rows>")
        out.append(f'<table:table-row table:style-name="{row_style}">')
        for column, text in enumerate(row):
            bold = row_index < table.header or (labelled and column == 0)
            out.append(
                f'<table:table-cell office:value-type="string" table:style-name="{cell_style}">'
            )
            if isinstance(text, Rich):
                fields.blocks(out, text.blocks, bold)
                if not text.blocks:
                    out.append("<text:p/>")
            else:
                opening = f'<text:p text:style-name="{bold_style}">' if bold else "<text:p>"
                out.extend(f"{opening}{escape(line)}</text:p>" for line in text.split("\n"))
            out.append("</table:table-cell>")
        out.append("</table:table-row>")
        if row_index == table.header - 1:
            out.append("</table:table-header-rows>")
    out.append("</table:table><text:p/>")


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


def _element(
    out: list[str], tag: str, text: str, style: Any = None, level: int | None = None
) -> None:
    """`<tag>text</tag>`: a paragraph, or a heading of outline `level`, in `style`."""
    attributes = f' text:outline-level="{level}"' if level is not None else ""
    if style is not None:
        attributes += f' text:style-name="{name(style)}"'
    out.append(f"<{tag}{attributes}>{escape(text)}</{tag}>")


ENTRY_TEMPLATE = (
    "<text:index-entry-chapter/><text:index-entry-text/>"
    '<text:index-entry-tab-stop style:type="right" style:leader-char="."/>'
    "<text:index-entry-page-number/>"
)


def _contents(out: list[str], styles: _Styles, contents: Contents) -> None:
    """An index LibreOffice updates; the entries are its text until then."""
    out.append('<text:table-of-content text:name="Contents" text:protected="true">')
    out.append('<text:table-of-content-source text:outline-level="2">')
    _element(out, "text:index-title-template", contents.title)
    for level in (1, 2):
        out.append(
            f'<text:table-of-content-entry-template text:outline-level="{level}"'
            f' text:style-name="{name(styles.centre)}">{ENTRY_TEMPLATE}'
            "</text:table-of-content-entry-template>"
        )
    out.append(
        '</text:table-of-content-source><text:index-body><text:index-title text:name="Contents_Head">'
    )
    _element(out, "text:h", contents.title, styles.headings[0], level=1)
    out.append("</text:index-title>")
    for level, text in contents.entries:
        _element(out, "text:p", ("\u3000" * (level - 1)) + text)
    out.append("</text:index-body></text:table-of-content>")


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
    """Any document of blocks (the plan, the self-assessment report) as OpenDocument text.

    odfpy writes the styles, the meta data and the manifest; the body is written as XML text
    into content.xml in the one pass that also fixes the archive's times."""
    from odf.dc import Language, Title
    from odf.opendocument import OpenDocumentText

    document = OpenDocumentText()
    document.meta.addElement(Title(text=title))
    document.meta.addElement(Language(text=lang))
    styles = _Styles(document, font)
    _header_footer(styles, title, lang)
    fields = OdtMarkdown(OdtStyles(document))
    out: list[str] = []  # the body as XML text, parsed once by whoever opens the file
    tables = 0
    breaking = False
    for block in blocks:
        if isinstance(block, PageBreak):
            breaking = True
            continue
        if breaking:
            out.append(f'<text:p text:style-name="{name(styles.breaking)}"/>')
            breaking = False
        if isinstance(block, Contents):
            _contents(out, styles, block)
        elif isinstance(block, Heading):
            level = max(block.level, 1)
            _element(out, "text:h", block.text, styles.headings[block.level], level)
        elif isinstance(block, Paragraph):
            style = {"title": styles.title, "cover": styles.centre}.get(block.role)
            _element(out, "text:p", block.text, style)
        elif isinstance(block, Rich):
            fields.blocks(out, block.blocks)
        else:
            tables += 1
            _table(out, styles, block, tables, fields)
    skeleton = io.BytesIO()
    document.write(skeleton)
    return stable_zip(skeleton.getvalue(), _replaced(document, "".join(out)))


def _content(document: Any, body: str) -> bytes:
    """content.xml: the font faces and every automatic style but the page layout, then the body,
    written as text (moving parsed elements into a body costs time that grows with the square
    of their number)."""
    from io import StringIO

    styles = StringIO()
    document.fontfacedecls.toXml(1, styles)
    styles.write("<office:automatic-styles>")
    for style in document.automaticstyles.childNodes:
        if style.qname[1] != "page-layout":
            style.toXml(2, styles)
    styles.write("</office:automatic-styles>")
    declarations = " ".join(f'xmlns:{p}="{uri}"' for p, uri in NAMESPACES.items())
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {declarations} office:version="1.2">'
        f"{styles.getvalue()}<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    ).encode()


def _replaced(document: Any, body: str) -> Callable[[str, bytes], bytes]:
    """What goes into the archive instead of odfpy's content.xml and its dated meta.xml."""

    def replace(filename: str, content: bytes) -> bytes:
        if filename == "content.xml":
            return _content(document, body)
        if filename == "meta.xml":
            content = re.sub(rb"<meta:creation-date>[^<]*</meta:creation-date>", b"", content)
            content = re.sub(rb"<dc:date>[^<]*</dc:date>", b"", content)
            content = re.sub(rb"<meta:generator>[^<]*</meta:generator>", b"", content)
        return content

    return replace
