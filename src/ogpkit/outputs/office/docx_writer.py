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

from ogpkit.outputs.office.blocks import Block, Contents, Heading, PageBreak, Paragraph, Table
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


def _contents(document: Any, contents: Contents) -> None:
    document.add_paragraph(
        contents.title, style="TOC Heading" if _has(document, "TOC Heading") else "Title"
    )
    paragraph = document.add_paragraph()
    run = paragraph.add_run()
    run._r.append(_element("w:fldChar", fldCharType="begin", dirty="true"))
    code = _child(paragraph.add_run()._r, "w:instrText")
    code.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    code.text = ' TOC \\o "1-2" \\h \\z \\u '
    paragraph.add_run()._r.append(_element("w:fldChar", fldCharType="separate"))
    for number, (level, text) in enumerate(contents.entries):
        entry = paragraph if number == 0 else document.add_paragraph()
        entry.paragraph_format.left_indent = (level - 1) * 240 * 635  # EMU: 0.42 cm a level
        entry.add_run(text)
    last = document.paragraphs[-1] if contents.entries else paragraph
    last.add_run()._r.append(_element("w:fldChar", fldCharType="end"))


def _has(document: Any, style: str) -> bool:
    try:
        document.styles[style]
    except KeyError:
        return False
    return True


def _table(body: Any, table: Table) -> None:
    """One table as XML: fixed column widths, header rows repeated, rows kept whole."""
    tbl = _element("w:tbl")
    tpr = _child(tbl, "w:tblPr")
    _child(tpr, "w:tblStyle", val="TableGrid")
    _child(tpr, "w:tblW", w=str(int(sum(table.widths_cm) * TWIP_PER_CM)), type="dxa")
    _child(tpr, "w:tblLayout", type="fixed")
    grid = _child(tbl, "w:tblGrid")
    widths = [str(int(w * TWIP_PER_CM)) for w in table.widths_cm]
    for width in widths:
        _child(grid, "w:gridCol", w=width)
    for index, row in enumerate(table.rows):
        tr = _child(tbl, "w:tr")
        trpr = _child(tr, "w:trPr")
        _child(trpr, "w:cantSplit")
        if index < table.header:
            _child(trpr, "w:tblHeader")
        for column, text in enumerate(row):
            bold = index < table.header or (table.kind in ("form", "contact") and column == 0)
            tc = _child(tr, "w:tc")
            _child(
                _child(tc, "w:tcPr"), "w:tcW", w=widths[min(column, len(widths) - 1)], type="dxa"
            )
            for line in text.split("\n"):
                p = _child(tc, "w:p")
                if bold or table.kind in ("form", "contact"):
                    ppr = _child(p, "w:pPr")
                    if column == 0 and table.kind in ("form", "contact"):
                        _child(ppr, "w:keepNext")
                if line:
                    r = _child(p, "w:r")
                    if bold:
                        _child(_child(r, "w:rPr"), "w:b")
                    t = _child(r, "w:t")
                    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                    t.text = line
    sect = body.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr")
    if sect is not None:
        sect.addprevious(tbl)
        sect.addprevious(_element("w:p"))
    else:
        body.append(tbl)
        body.append(_element("w:p"))


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


def stable_zip(data: bytes) -> bytes:
    """The archive again with fixed entry times, so identical input gives identical bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, FIXED_TIME)
            entry.compress_type = (
                zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            )
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
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


def docx_from_blocks(blocks: Iterable[Block], title: str, lang: str) -> bytes:
    """Any document of blocks (the plan, the self-assessment report) as a Word file."""
    import docx

    document = docx.Document()
    _styles(document, lang)
    _a4(document)
    _core(document, title, lang)
    _header_footer(document, title, lang)
    _update_on_open(document)
    body = document.element.body
    for block in blocks:
        if isinstance(block, Heading):
            document.add_heading(block.text, level=block.level)
        elif isinstance(block, Paragraph):
            style = "Title" if block.role == "title" else None
            paragraph = document.add_paragraph(block.text, style=style)
            if block.role == "cover":
                from docx.enum.text import WD_ALIGN_PARAGRAPH

                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif isinstance(block, Contents):
            _contents(document, block)
        elif isinstance(block, PageBreak):
            from docx.enum.text import WD_BREAK

            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            _table(body, block)
    buffer = io.BytesIO()
    document.save(buffer)
    return stable_zip(buffer.getvalue())
