"""Markdown fields (`outputs.markdown.tree`) as OpenDocument text: paragraphs with bold,
italic and code spans, real links (`text:a`), and lists (`text:list`) that LibreOffice
numbers, each ordered list starting at its own first number.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any

from lxml import etree  # type: ignore[import-untyped]

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


@cache
def q(name: str) -> str:
    """`text:p` as lxml's `{urn:…text:1.0}p`."""
    prefix, _, local = name.partition(":")
    return f"{{{NAMESPACES[prefix]}}}{local}"


@cache
def _attribute(keyword: str) -> str:
    """`text_style__name` is `text:style-name`."""
    return q(keyword.replace("__", "-").replace("_", ":", 1))


def sub(parent: Any, tag: str, text: str | None = None, **attributes: str) -> Any:
    """A child element; attributes are named with `_` for `:` and `__` for `-`
    (`text_style__name` is `text:style-name`)."""
    qualified = {_attribute(n): v for n, v in attributes.items()}
    element = etree.SubElement(parent, q(tag), qualified)
    if text:
        element.text = text
    return element


def name(style: Any) -> str:
    return str(style.getAttribute("name"))


class OdtMarkdown:
    """Writes fields into a parent element (a table cell, the body), as lxml elements."""

    def __init__(self, styles: OdtStyles) -> None:
        self.styles = styles
        self.heading = name(styles.heading)
        self.quote = name(styles.quote)
        self.rule = name(styles.rule)
        self.bullets = name(styles.bullets)
        self.numbers = name(styles.numbers)

    def blocks(self, parent: Any, blocks: Iterable[Block], bold: bool = False) -> None:
        for block in blocks:
            self.block(parent, block, bold, None)

    def block(self, parent: Any, block: Block, bold: bool, style: str | None) -> None:
        if isinstance(block, Para):
            self.paragraph(parent, runs(block.children, bold), style)
        elif isinstance(block, Heading):
            self.paragraph(parent, runs(block.children, bold), self.heading)
        elif isinstance(block, ListBlock):
            self.list(parent, block, bold)
        elif isinstance(block, CodeBlock):
            self.paragraph(parent, [Run(block.text.removesuffix("\n"), bold, code=True)], style)
        elif isinstance(block, Quote):
            for inner in block.children:
                self.block(parent, inner, bold, self.quote)
        elif isinstance(block, Rule):
            self.paragraph(parent, [], self.rule)

    def list(self, parent: Any, block: ListBlock, bold: bool) -> None:
        element = sub(
            parent, "text:list", text_style__name=self.numbers if block.ordered else self.bullets
        )
        for index, entries in enumerate(block.items):
            if index == 0 and block.ordered and block.start != 1:
                item = sub(element, "text:list-item", text_start__value=str(block.start))
            else:
                item = sub(element, "text:list-item")
            for inner in entries:
                self.block(item, inner, bold, None)
            if not entries:
                sub(item, "text:p")

    def paragraph(self, parent: Any, content: Iterable[Run], style: str | None = None) -> Any:
        p = (
            sub(parent, "text:p")
            if style is None
            else sub(parent, "text:p", text_style__name=style)
        )
        for run in content:
            self.run(p, run)
        return p

    def run(self, p: Any, run: Run) -> None:
        target = p
        if run.href is not None:
            target = sub(p, "text:a", xlink_type="simple", xlink_href=run.href)
        if run.bold or run.italic or run.code:
            target = sub(target, "text:span", text_style__name=name(self.styles.span(run)))
        for index, line in enumerate(run.text.split("\n")):
            if index:
                sub(target, "text:line-break")
            if line:
                _append_text(target, line)


def _append_text(element: Any, text: str) -> None:
    """Text at the end of `element` (after its last child: that child's tail)."""
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text
