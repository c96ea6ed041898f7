"""The comparison table as Word (python-docx) and OpenDocument (odfpy) files: insertions
underlined, deletions struck through, as in a 修正對照表 printed for the Executive Yuan."""

from __future__ import annotations

import io
from typing import Any

from ogpkit.history.compare import Comparison, Segment
from ogpkit.outputs.compare.labels import label
from ogpkit.outputs.compare.text import _heading, _lists, field_name, headers


def _rows(
    comparison: Comparison, lang: str
) -> list[tuple[str, list[tuple[str, tuple[Segment, ...], tuple[Segment, ...], str]]]]:
    same = label("same", lang)
    return [
        (
            f"{change.id} {change.title}",
            [
                (
                    field_name(f, lang),
                    f.new,
                    f.old,
                    "\n".join(change.explanations) if i == 0 else same,
                )
                for i, f in enumerate(change.fields)
            ],
        )
        for change in comparison.changed
    ]


def docx_bytes(comparison: Comparison, lang: str = "zh-TW") -> bytes:
    from docx import Document

    document: Any = Document()
    document.add_heading(label("title", lang), level=1)
    document.add_paragraph(_heading(comparison, lang))
    for title, items in _lists(comparison, lang):
        if items:
            document.add_heading(title, level=2)
            for item in items:
                document.add_paragraph(item, style="List Bullet")
    for title, rows in _rows(comparison, lang):
        document.add_heading(title, level=2)
        grid = document.add_table(rows=len(rows) + 1, cols=4)
        grid.style = "Table Grid"
        for column, header in enumerate(headers(lang)):
            grid.cell(0, column).paragraphs[0].add_run(header).bold = True
        for index, (name, new, old, note) in enumerate(rows, 1):
            grid.cell(index, 0).paragraphs[0].add_run(name)
            for column, segments in ((1, new), (2, old)):
                paragraph = grid.cell(index, column).paragraphs[0]
                for kind, text in segments:
                    run = paragraph.add_run(text)
                    run.underline = kind == "insert"
                    run.font.strike = kind == "delete"
            grid.cell(index, 3).paragraphs[0].add_run(note)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def odt_bytes(comparison: Comparison, lang: str = "zh-TW") -> bytes:
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, P, Span

    document = OpenDocumentText()
    inserted = Style(name="Inserted", family="text")
    inserted.addElement(
        TextProperties(
            textunderlinestyle="solid", textunderlinewidth="auto", textunderlinecolor="font-color"
        )
    )
    deleted = Style(name="Deleted", family="text")
    deleted.addElement(TextProperties(textlinethroughstyle="solid"))
    document.automaticstyles.addElement(inserted)
    document.automaticstyles.addElement(deleted)
    document.text.addElement(H(outlinelevel=1, text=label("title", lang)))
    document.text.addElement(P(text=_heading(comparison, lang)))
    for title, items in _lists(comparison, lang):
        if items:
            document.text.addElement(H(outlinelevel=2, text=title))
            listing = List()
            for item in items:
                entry = ListItem()
                entry.addElement(P(text=item))
                listing.addElement(entry)
            document.text.addElement(listing)
    for number, (title, rows) in enumerate(_rows(comparison, lang)):
        document.text.addElement(H(outlinelevel=2, text=title))
        table = Table(name=f"compare{number}")
        table.addElement(TableColumn(numbercolumnsrepeated=4))
        header = TableRow()
        for text in headers(lang):
            cell = TableCell()
            cell.addElement(P(text=text))
            header.addElement(cell)
        table.addElement(header)
        for name, new, old, note in rows:
            row = TableRow()
            for content in (name, new, old, note):
                cell = TableCell()
                paragraph = P()
                if isinstance(content, str):
                    paragraph.addText(content)
                else:
                    for kind, text in content:
                        if kind == "equal":
                            paragraph.addText(text)
                        else:
                            paragraph.addElement(
                                Span(stylename=inserted if kind == "insert" else deleted, text=text)
                            )
                cell.addElement(paragraph)
                row.addElement(cell)
            table.addElement(row)
        document.text.addElement(table)
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()
