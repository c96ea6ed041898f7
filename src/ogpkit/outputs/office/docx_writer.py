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

from lxml import etree  # type: ignore[import-untyped]

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
    R,
    W,
    sub,
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
    text.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
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


def _field_runs(p: Any, *characters: tuple[str, str]) -> None:
    for kind, value in characters:
        r = sub(p, "r")
        if kind == "code":
            code = sub(r, "instrText")
            code.set(XML_SPACE, "preserve")
            code.text = value
        else:
            sub(r, "fldChar", fldCharType=value, **({"dirty": "true"} if value == "begin" else {}))


def _contents(body: Any, fields: MarkdownWriter, contents: Contents) -> None:
    """A TOC field that Word fills when the file opens; the entries are its text until then."""
    fields.paragraph(body, [Run(contents.title)], style="TOCHeading")
    toc = ("code", ' TOC \\o "1-2" \\h \\z \\u ')
    last = None
    for number, (level, text) in enumerate(contents.entries or ((1, ""),)):
        p = sub(body, "p")
        sub(sub(p, "pPr"), "ind", left=str((level - 1) * 240))
        if number == 0:
            _field_runs(p, ("char", "begin"), toc, ("char", "separate"))
        fields.run(p, Run(text))
        last = p
    _field_runs(last, ("char", "end"))


def _paragraph(body: Any, fields: MarkdownWriter, block: Paragraph) -> None:
    style = "Title" if block.role == "title" else None
    p = fields.paragraph(body, [Run(block.text)], style=style)
    if block.role == "cover":  # no style: the properties are new, and come before the runs
        ppr = sub(p, "pPr")
        sub(ppr, "jc", val="center")
        p.insert(0, ppr)


def _table(body: Any, table: Table, fields: MarkdownWriter) -> None:
    """One table as XML: fixed column widths, header rows repeated, rows kept whole."""
    tbl = sub(body, "tbl")
    tpr = sub(tbl, "tblPr")
    sub(tpr, "tblStyle", val="TableGrid")
    sub(tpr, "tblW", w=str(int(sum(table.widths_cm) * TWIP_PER_CM)), type="dxa")
    sub(tpr, "tblLayout", type="fixed")
    grid = sub(tbl, "tblGrid")
    widths = [str(int(w * TWIP_PER_CM)) for w in table.widths_cm]
    for width in widths:
        sub(grid, "gridCol", w=width)
    labelled = table.kind in ("form", "contact")
    for index, row in enumerate(table.rows):
        tr = sub(tbl, "tr")
        trpr = sub(tr, "trPr")
        sub(trpr, "cantSplit")
        if index < table.header:
            sub(trpr, "tblHeader")
        for column, cell in enumerate(row):
            bold = index < table.header or (labelled and column == 0)
            tc = sub(tr, "tc")
            sub(sub(tc, "tcPr"), "tcW", w=widths[min(column, len(widths) - 1)], type="dxa")
            if isinstance(cell, Rich):
                fields.blocks(tc, cell.blocks, bold)
                if not len(tc) > 1:
                    sub(tc, "p")
                continue
            for line in cell.split("\n"):
                p = sub(tc, "p")
                if bold or labelled:
                    ppr = sub(p, "pPr")
                    if column == 0 and labelled:
                        sub(ppr, "keepNext")
                if line:
                    r = sub(p, "r")
                    if bold:
                        sub(sub(r, "rPr"), "b")
                    t = sub(r, "t")
                    t.set(XML_SPACE, "preserve")
                    t.text = line
    sub(body, "p")


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
    # The blocks go into a plain lxml tree (python-docx's element classes cost ten times as
    # much to create) and move into the document at the end, before its section settings.
    body = etree.Element(f"{{{W}}}body", nsmap={"w": W, "r": R})
    fields = MarkdownWriter(Numbering(document.part.numbering_part.element), _linker(document))
    for block in blocks:
        if isinstance(block, Heading):
            style = f"Heading{block.level}" if block.level else "Title"
            fields.paragraph(body, [Run(block.text)], style=style)
        elif isinstance(block, Paragraph):
            _paragraph(body, fields, block)
        elif isinstance(block, Contents):
            _contents(body, fields, block)
        elif isinstance(block, PageBreak):
            sub(sub(sub(body, "p"), "r"), "br", type="page")
        else:
            _table(body, block, fields)
    target = document.element.body
    section = target.sectPr
    target.remove(section)
    target.extend(list(body))
    target.append(section)
    buffer = io.BytesIO()
    document.save(buffer)
    return stable_zip(buffer.getvalue())
