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

CODE_FONT = "Liberation Mono"
BULLETS = "•◦▪"
LEVELS = 10


class OdtStyles:
    """The styles fields need, made once a document: spans by their marks, the lists, the
    field heading, quotes and rules."""

    def __init__(self, document: Any, bold: Any) -> None:
        from odf.style import ParagraphProperties, Style, TextProperties

        self.document = document
        self.spans: dict[tuple[bool, bool, bool], Any] = {}
        self.bold = bold
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


class OdtMarkdown:
    """Writes fields into a parent element (a table cell, the body)."""

    def __init__(self, styles: OdtStyles) -> None:
        self.styles = styles

    def blocks(self, parent: Any, blocks: Iterable[Block], bold: bool = False) -> None:
        for block in blocks:
            self.block(parent, block, bold, None)

    def block(self, parent: Any, block: Block, bold: bool, style: Any) -> None:
        if isinstance(block, Para):
            self.paragraph(parent, runs(block.children, bold), style)
        elif isinstance(block, Heading):
            self.paragraph(parent, runs(block.children, bold), self.styles.heading)
        elif isinstance(block, ListBlock):
            self.list(parent, block, bold)
        elif isinstance(block, CodeBlock):
            self.paragraph(parent, [Run(block.text.removesuffix("\n"), bold, code=True)], style)
        elif isinstance(block, Quote):
            for inner in block.children:
                self.block(parent, inner, bold, self.styles.quote)
        elif isinstance(block, Rule):
            self.paragraph(parent, [], self.styles.rule)

    def list(self, parent: Any, block: ListBlock, bold: bool) -> None:
        from odf.text import List, ListItem, P

        style = self.styles.numbers if block.ordered else self.styles.bullets
        element = List(stylename=style)
        for index, entries in enumerate(block.items):
            if index == 0 and block.ordered and block.start != 1:
                item = ListItem(startvalue=str(block.start))
            else:
                item = ListItem()
            for inner in entries:
                self.block(item, inner, bold, None)
            if not entries:
                item.addElement(P())
            element.addElement(item)
        parent.addElement(element)

    def paragraph(self, parent: Any, content: Iterable[Run], style: Any = None) -> Any:
        from odf.text import P

        p = P(stylename=style) if style is not None else P()
        for run in content:
            self.run(p, run)
        parent.addElement(p)
        return p

    def run(self, p: Any, run: Run) -> None:
        from odf.text import A, LineBreak, Span

        target = p
        if run.href is not None:
            target = A(href=run.href, type="simple")
            p.addElement(target)
        if run.bold or run.italic or run.code:
            span = Span(stylename=self.styles.span(run))
            target.addElement(span)
            target = span
        for index, line in enumerate(run.text.split("\n")):
            if index:
                target.addElement(LineBreak())
            if line:
                target.addText(line)
