"""Markdown fields (`outputs.markdown.tree`) as OpenDocument text: paragraphs with bold,
italic and code spans, real links (`text:a`), and lists (`text:list`) that LibreOffice
numbers, each ordered list starting at its own first number.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ogpkit.outputs.markdown.tree import (
    Block,
    CodeBlock,
    Heading,
    ListBlock,
    Para,
    Quote,
    Rule,
    Run,
    runs,
)
from ogpkit.outputs.office.docx_markdown import escape

NAMESPACES = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
}
CODE_FONT = "Liberation Mono"
BULLETS = "•◦▪"
LEVELS = 10


class OdtStyles:
    """The styles fields need, made once a document: spans by their marks, the lists, the
    field heading, quotes and rules."""

    def __init__(self, document: Any) -> None:
        from odf.style import ParagraphProperties, Style, TextProperties

        self.document = document
        self.spans: dict[tuple[bool, bool, bool], Any] = {}
        self.heading = Style(
            name="Field_20_Heading", displayname="Field Heading", family="paragraph"
        )
        self.heading.addElement(TextProperties(fontweight="bold", fontweightasian="bold"))
        self.heading.addElement(ParagraphProperties(keepwithnext="always"))
        document.automaticstyles.addElement(self.heading)
        self.quote = Style(name="Field_20_Quote", family="paragraph")
        self.quote.addElement(ParagraphProperties(marginleft="0.6cm"))
        document.automaticstyles.addElement(self.quote)
        self.rule = Style(name="Field_20_Rule", family="paragraph")
        self.rule.addElement(ParagraphProperties(borderbottom="0.5pt solid #000000"))
        document.automaticstyles.addElement(self.rule)
        self.bullets = self._list("Field_20_Bullets", ordered=False)
        self.numbers = self._list("Field_20_Numbers", ordered=True)

    def _list(self, name: str, ordered: bool) -> Any:
        from odf.style import ListLevelProperties
        from odf.text import ListLevelStyleBullet, ListLevelStyleNumber, ListStyle

        style = ListStyle(name=name)
        for level in range(1, LEVELS + 1):
            if ordered:
                shape = ListLevelStyleNumber(level=level, numformat="1", numsuffix=".")
            else:
                shape = ListLevelStyleBullet(level=level, bulletchar=BULLETS[(level - 1) % 3])
            shape.addElement(
                ListLevelProperties(spacebefore=f"{0.6 * (level - 1)}cm", minlabelwidth="0.6cm")
            )
            style.addElement(shape)
        self.document.automaticstyles.addElement(style)
        return style

    def span(self, run: Run) -> Any:
        from odf.style import Style, TextProperties

        key = (run.bold, run.italic, run.code)
        if key not in self.spans:
            style = Style(name=f"Span{len(self.spans) + 1}", family="text")
            properties: dict[str, str] = {}
            if run.bold:
                properties.update(fontweight="bold", fontweightasian="bold")
            if run.italic:
                properties.update(fontstyle="italic", fontstyleasian="italic")
            if run.code:
                properties.update(fontname=CODE_FONT, fontfamily=CODE_FONT)
            style.addElement(TextProperties(**properties))
            self.document.automaticstyles.addElement(style)
            self.spans[key] = style
        return self.spans[key]


def name(style: Any) -> str:
    return str(style.getAttribute("name"))


class OdtMarkdown:
    """Writes fields as OpenDocument XML text into `out`, a list of strings parsed once."""

    def __init__(self, styles: OdtStyles) -> None:
        self.styles = styles
        self.heading = name(styles.heading)
        self.quote = name(styles.quote)
        self.rule = name(styles.rule)
        self.bullets = name(styles.bullets)
        self.numbers = name(styles.numbers)

    def blocks(self, out: list[str], blocks: Iterable[Block], bold: bool = False) -> None:
        for block in blocks:
            self.block(out, block, bold, None)

    def block(self, out: list[str], block: Block, bold: bool, style: str | None) -> None:
        if isinstance(block, Para):
            self.paragraph(out, runs(block.children, bold), style)
        elif isinstance(block, Heading):
            self.paragraph(out, runs(block.children, bold), self.heading)
        elif isinstance(block, ListBlock):
            self.items(out, block, bold)
        elif isinstance(block, CodeBlock):
            self.paragraph(out, [Run(block.text.removesuffix("\n"), bold, code=True)], style)
        elif isinstance(block, Quote):
            for inner in block.children:
                self.block(out, inner, bold, self.quote)
        elif isinstance(block, Rule):
            self.paragraph(out, [], self.rule)

    def items(self, out: list[str], block: ListBlock, bold: bool) -> None:
        style = self.numbers if block.ordered else self.bullets
        out.append(f'<text:list text:style-name="{style}">')
        for index, entries in enumerate(block.items):
            if index == 0 and block.ordered and block.start != 1:
                out.append(f'<text:list-item text:start-value="{block.start}">')
            else:
                out.append("<text:list-item>")
            for inner in entries:
                self.block(out, inner, bold, None)
            if not entries:
                out.append("<text:p/>")
            out.append("</text:list-item>")
        out.append("</text:list>")

    def paragraph(self, out: list[str], content: Iterable[Run], style: str | None = None) -> None:
        out.append("<text:p>" if style is None else f'<text:p text:style-name="{style}">')
        for run in content:
            self.run(out, run)
        out.append("</text:p>")

    def run(self, out: list[str], run: Run) -> None:
        if run.href is not None:
            out.append(f'<text:a xlink:type="simple" xlink:href="{escape(run.href)}">')
        marked = run.bold or run.italic or run.code
        if marked:
            out.append(f'<text:span text:style-name="{name(self.styles.span(run))}">')
        out.append("<text:line-break/>".join(escape(line) for line in run.text.split("\n")))
        if marked:
            out.append("</text:span>")
        if run.href is not None:
            out.append("</text:a>")
