"""The compiled plan as a Word file (.docx), with python-docx and its XML.

Laid out as a Taiwanese government document: a cover, a table of contents (a TOC field that
Word updates when the file opens), the plan title in the header and 「第 X 頁／共 Y 頁」 in the
footer, black headings in a defined style set, text in 標楷體 with the language zh-TW (so
Word and LibreOffice choose Traditional Chinese glyphs), table header rows repeated on every
page, rows never split. Tables are written as XML in one pass (python-docx's cell access is
quadratic in a table's rows), and the archive is written with fixed times and order, so the
same input gives the same bytes.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from ogpkit.outputs.markdown.tree import Run
from ogpkit.outputs.office.blocks import (
    Block,
    Contents,
    Heading,
    PageBreak,
    Paragraph,
    Rich,
    Table,
)
from ogpkit.outputs.office.docx_markdown import (
    XML_SPACE,
    MarkdownWriter,
    Numbering,
    escape,
)
from ogpkit.outputs.office.labels import label
from ogpkit.outputs.office.layout import layout
from ogpkit.plan.compiled import CompiledPlan

EAST_ASIAN_FONT = "標楷體"  # the usual typeface of Taiwan's government documents
LATIN_FONT = "Times New Roman"
LANGUAGE = "zh-TW"
MAX_CORE_PROPERTY = 255  # Word's limit on a core property such as the title
TWIP_PER_CM = 567
STYLE_SIZES = {
    "Normal": 12,
    "Title": 26,
    "Heading 1": 18,
    "Heading 2": 14,
    "Heading 3": 12,
    "TOC Heading": 16,
}
FIXED_TIME = (1980, 1, 1, 0, 0, 0)


def _element(tag: str, **attributes: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


def _child(parent: Any, tag: str, **attributes: str) -> Any:
    element = _element(tag, **attributes)
    parent.append(element)
    return element


def _fonts(rpr: Any, lang: str) -> None:
    from docx.oxml.ns import qn

    for tag in ("w:rFonts", "w:lang"):
        for old in rpr.findall(qn(tag)):
            rpr.remove(old)
    rpr.insert(
        0,
        _element("w:rFonts", ascii=LATIN_FONT, hAnsi=LATIN_FONT, eastAsia=EAST_ASIAN_FONT),
    )
    language = "en-US" if lang == "en" else LANGUAGE
    rpr.append(_element("w:lang", val=language, eastAsia=LANGUAGE, bidi="ar-SA"))


def _styles(document: Any, lang: str) -> None:
    """The style set: every style in the same faces and language, headings black and bold."""
    from docx.shared import Pt, RGBColor

    for name, size in STYLE_SIZES.items():
        try:
            style = document.styles[name]
        except KeyError:
            continue
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.font.name = LATIN_FONT
        if name != "Normal":
            style.font.bold = True
            style.font.italic = False
        _fonts(style.element.get_or_add_rPr(), lang)
    title = document.styles["Title"].element
    from docx.oxml.ns import qn

    ppr = title.find(qn("w:pPr"))
    if ppr is not None:
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)
    document.styles["Title"].paragraph_format.alignment = 1  # centred
    from docx.enum.style import WD_STYLE_TYPE

    field_heading = document.styles.add_style("Field Heading", WD_STYLE_TYPE.PARAGRAPH)
    field_heading.base_style = document.styles["Normal"]
    field_heading.font.bold = True
    field_heading.paragraph_format.keep_with_next = True


def _field(paragraph: Any, instruction: str, shown: str = "1") -> None:
    run = paragraph.add_run()
    run._r.append(_element("w:fldChar", fldCharType="begin"))
    code = paragraph.add_run()._r
    text = _child(code, "w:instrText")
    text.set(XML_SPACE, "preserve")
    text.text = f" {instruction} "
    paragraph.add_run()._r.append(_element("w:fldChar", fldCharType="separate"))
    paragraph.add_run(shown)
    paragraph.add_run()._r.append(_element("w:fldChar", fldCharType="end"))


def _header_footer(document: Any, title: str, lang: str) -> None:
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = title[:120]
    header.alignment = 1
    footer = section.footer.paragraphs[0]
    footer.alignment = 1
    before, middle, after = _page_words(lang)
    footer.add_run(before)
    _field(footer, "PAGE")
    footer.add_run(middle)
    _field(footer, "NUMPAGES")
    footer.add_run(after)


def _page_words(lang: str) -> tuple[str, str, str]:
    words = label("page", lang)
    before, _, rest = words.partition("{page}")
    middle, _, after = rest.partition("{pages}")
    return before, middle, after


def _field_runs(out: list[str], *characters: tuple[str, str]) -> None:
    for kind, value in characters:
        if kind == "code":
            out.append(
                f'<w:r><w:instrText xml:space="preserve">{escape(value)}</w:instrText></w:r>'
            )
        else:
            dirty = ' w:dirty="true"' if value == "begin" else ""
            out.append(f'<w:r><w:fldChar w:fldCharType="{value}"{dirty}/></w:r>')


def _contents(out: list[str], fields: MarkdownWriter, contents: Contents) -> None:
    """A TOC field that Word fills when the file opens; the entries are its text until then."""
    fields.paragraph(out, [Run(contents.title)], style="TOCHeading")
    toc = ("code", ' TOC \\o "1-2" \\h \\z \\u ')
    entries = contents.entries or ((1, ""),)
    for number, (level, text) in enumerate(entries):
        out.append(f'<w:p><w:pPr><w:ind w:left="{(level - 1) * 240}"/></w:pPr>')
        if number == 0:
            _field_runs(out, ("char", "begin"), toc, ("char", "separate"))
        fields.run(out, Run(text))
        if number == len(entries) - 1:
            _field_runs(out, ("char", "end"))
        out.append("</w:p>")


def _paragraph(out: list[str], fields: MarkdownWriter, block: Paragraph) -> None:
    if block.role == "cover":
        fields.paragraph(out, [Run(block.text)], extra='<w:jc w:val="center"/>')
    else:
        fields.paragraph(out, [Run(block.text)], style="Title" if block.role == "title" else None)


def _table(out: list[str], table: Table, fields: MarkdownWriter) -> None:
    """One table as XML: fixed column widths, header rows repeated, rows kept whole."""
    total = int(sum(table.widths_cm) * TWIP_PER_CM)
    out.append(
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>'
        f'<w:tblW w:w="{total}" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>'
    )
    widths = [str(int(w * TWIP_PER_CM)) for w in table.widths_cm]
    out.extend(f'<w:gridCol w:w="{width}"/>' for width in widths)
    out.append("</w:tblGrid>")
    labelled = table.kind in ("form", "contact")
    for index, row in enumerate(table.rows):
        header = "<w:tblHeader/>" if index < table.header else ""
        out.append(f"<w:tr><w:trPr><w:cantSplit/>{header}</w:trPr>")
        for column, cell in enumerate(row):
            bold = index < table.header or (labelled and column == 0)
            width = widths[min(column, len(widths) - 1)]
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>')
            if isinstance(cell, Rich):
                before = len(out)
                fields.blocks(out, cell.blocks, bold)
                if len(out) == before:
                    out.append("<w:p/>")
            else:
                keep = "<w:keepNext/>" if column == 0 and labelled else ""
                properties = f"<w:pPr>{keep}</w:pPr>" if bold or labelled else ""
                for line in cell.split("\n"):
                    out.append(f"<w:p>{properties}")
                    if line:
                        mark = "<w:rPr><w:b/></w:rPr>" if bold else ""
                        out.append(
                            f'<w:r>{mark}<w:t xml:space="preserve">{escape(line)}</w:t></w:r>'
                        )
                    out.append("</w:p>")
            out.append("</w:tc>")
        out.append("</w:tr>")
    out.append("</w:tbl><w:p/>")


def _a4(document: Any) -> None:
    from docx.shared import Cm

    for section in document.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin = section.bottom_margin = Cm(2.5)


def _core(document: Any, title: str, lang: str) -> None:
    from datetime import datetime

    properties = document.core_properties
    properties.title = title[:MAX_CORE_PROPERTY]
    properties.language = "en-US" if lang == "en" else LANGUAGE
    properties.author = properties.last_modified_by = "ogpkit"
    properties.revision = 1
    properties.created = properties.modified = datetime(2000, 1, 1)
    properties.last_printed = datetime(2000, 1, 1)


def _update_on_open(document: Any) -> None:
    settings = document.settings.element
    from docx.oxml.ns import qn

    if settings.find(qn("w:updateFields")) is None:
        settings.append(_element("w:updateFields", val="true"))


def stable_zip(
    data: bytes, replace: Callable[[str, bytes], bytes] = lambda _name, content: content
) -> bytes:
    """The archive again with fixed entry times, so identical input gives identical bytes;
    `replace` may change an entry's content on the way."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, FIXED_TIME)
            entry.compress_type = (
                zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            )
            entry.external_attr = 0o644 << 16
            target.writestr(entry, replace(info.filename, source.read(info.filename)))
    return out.getvalue()


def docx_bytes(
    compiled: CompiledPlan,
    lang: str,
    tick: Callable[[], None] = lambda: None,
    today: date | None = None,
    untranslated: int = 0,
) -> bytes:
    """The plan as a Word document: cover, contents, the template tables, the milestone tables;
    the cover says how many fields are `untranslated`, if any."""
    plan = compiled.plan
    title = plan.title_en if lang == "en" and plan.title_en else plan.title
    return docx_from_blocks(
        layout(compiled, lang, plan.date_style, tick, today, untranslated), title, lang
    )


def _linker(document: Any) -> Callable[[str], str]:
    """The relationship id of each link's address, one relationship an address."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    ids: dict[str, str] = {}

    def link(href: str) -> str:
        if href not in ids:
            ids[href] = document.part.relate_to(href, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        return ids[href]

    return link


def docx_from_blocks(blocks: Iterable[Block], title: str, lang: str) -> bytes:
    """Any document of blocks (the plan, the self-assessment report) as a Word file."""
    import docx

    document = docx.Document()
    _styles(document, lang)
    _a4(document)
    _core(document, title, lang)
    _header_footer(document, title, lang)
    _update_on_open(document)
    # The blocks are written as XML text and put into document.xml as text when the archive
    # is written: python-docx's objects cost ten times as much a paragraph, and moving parsed
    # elements into its tree costs time that grows with the square of their number.
    out: list[str] = []
    fields = MarkdownWriter(Numbering(document.part.numbering_part.element), _linker(document))
    for block in blocks:
        if isinstance(block, Heading):
            style = f"Heading{block.level}" if block.level else "Title"
            fields.paragraph(out, [Run(block.text)], style=style)
        elif isinstance(block, Paragraph):
            _paragraph(out, fields, block)
        elif isinstance(block, Contents):
            _contents(out, fields, block)
        elif isinstance(block, PageBreak):
            out.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        elif isinstance(block, Rich):
            fields.blocks(out, block.blocks)
        else:
            _table(out, block, fields)
    body = "".join(out).encode("utf-8")
    buffer = io.BytesIO()
    document.save(buffer)
    return stable_zip(
        buffer.getvalue(),
        lambda name, content: _with_body(content, body) if name == DOCUMENT_PART else content,
    )


DOCUMENT_PART = "word/document.xml"


def _with_body(document_xml: bytes, body: bytes) -> bytes:
    """document.xml with `body` before the section settings that end its body."""
    at = document_xml.rindex(b"<w:sectPr")
    return document_xml[:at] + body + document_xml[at:]
