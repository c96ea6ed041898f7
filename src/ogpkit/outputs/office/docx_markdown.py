"""Markdown fields (`outputs.markdown.tree`) as WordprocessingML: paragraphs of bold, italic
and code runs, real hyperlinks, and lists numbered by Word (numbering.xml), each ordered list
restarting at its own first number. Written as XML text (escaped here) that the writer
parses once, so a field costs what its XML costs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
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
    Text,
    runs,
)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
CODE_FONT = "Courier New"
LINK_COLOUR = "0563C1"
FIELD_HEADING = "FieldHeading"  # a heading inside a field: bold, but outside the contents
BULLET_ABSTRACT, NUMBER_ABSTRACT = 90, 91
LEVELS = 9


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def sub(parent: Any, tag: str, **attributes: str) -> Any:
    """A child element in the w: namespace; attributes are w: attributes too."""
    if not attributes:
        return etree.SubElement(parent, _QUALIFIED.get(tag) or _qualified(tag))
    qualified = {(_QUALIFIED.get(n) or _qualified(n)): v for n, v in attributes.items()}
    return etree.SubElement(parent, _QUALIFIED.get(tag) or _qualified(tag), qualified)


_QUALIFIED: dict[str, str] = {}


def _qualified(name: str) -> str:
    _QUALIFIED[name] = w(name)
    return _QUALIFIED[name]


# A list item's paragraph: its list (`w:numId`) and level; no list for a later paragraph of the
# item, which is indented under the first instead of numbered again.
Item = tuple[str | None, int]


def _indent(level: int) -> int:
    """The left indent of a list level's text, in twentieths of a point."""
    return 360 * (level + 1)


def _abstract(number: int, ordered: bool) -> str:
    bullets = "•◦▪"
    levels = []
    for level in range(LEVELS):
        if ordered:
            shape = f'<w:numFmt w:val="decimal"/><w:lvlText w:val="%{level + 1}."/>'
        else:
            shape = f'<w:numFmt w:val="bullet"/><w:lvlText w:val="{bullets[level % 3]}"/>'
        indent = _indent(level)
        levels.append(
            f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/>{shape}<w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr></w:lvl>'
        )
    return (
        f'<w:abstractNum xmlns:w="{W}" w:abstractNumId="{number}">'
        f'<w:multiLevelType w:val="hybridMultilevel"/>{"".join(levels)}</w:abstractNum>'
    )


class Numbering:
    """The document's list definitions: one for bullets, one `w:num` per ordered list."""

    def __init__(self, numbering: Any) -> None:
        self.element = numbering
        self.element.insert(0, etree.fromstring(_abstract(NUMBER_ABSTRACT, True)))
        self.element.insert(0, etree.fromstring(_abstract(BULLET_ABSTRACT, False)))
        self.next_id = 1 + max(
            (int(n.get(w("numId"))) for n in numbering.findall(w("num"))), default=0
        )
        self.bullets = self._num(BULLET_ABSTRACT, None)

    def _num(self, abstract: int, start: int | None) -> str:
        number = str(self.next_id)
        self.next_id += 1
        num = sub(self.element, "num", numId=number)
        sub(num, "abstractNumId", val=str(abstract))
        if start is not None:
            override = sub(num, "lvlOverride", ilvl="0")
            sub(override, "startOverride", val=str(start))
        return number

    def ordered(self, start: int) -> str:
        return self._num(NUMBER_ABSTRACT, start)


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def escape(text: str) -> str:
    """Text for XML content and attributes; characters XML cannot hold are dropped."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace('"', "&quot;")
    return _NOT_XML.sub("", text) if _NOT_XML.search(text) else text


class MarkdownWriter:
    """Writes fields as WordprocessingML text into `out`, a list of strings that becomes the
    body (a table cell, the document) when joined and parsed once."""

    def __init__(self, numbering: Numbering, link: Callable[[str], str]) -> None:
        self.numbering = numbering
        self.link = link

    def blocks(self, out: list[str], blocks: Iterable[Block], bold: bool = False) -> None:
        for block in blocks:
            self.block(out, block, bold, None, 0)

    def block(
        self, out: list[str], block: Block, bold: bool, item: Item | None, depth: int
    ) -> None:
        """One block; `item` (list, level) numbers it as a list item, or with no list indents it
        under the item it continues; `depth` is the level a list inside it takes."""
        if isinstance(block, Para):
            self.paragraph(out, runs(block.children, bold), item=item)
        elif isinstance(block, Heading):
            self.paragraph(out, runs(block.children, bold), style=FIELD_HEADING, item=item)
        elif isinstance(block, ListBlock):
            self.items(out, block, bold, depth)
        elif isinstance(block, CodeBlock):
            text = block.text.removesuffix("\n")
            self.paragraph(out, [Run(text, bold, code=True)], item=item)
        elif isinstance(block, Quote):
            for inner in block.children:
                self.block(out, inner, bold, item, depth)
        elif isinstance(block, Rule):
            border = (
                '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr>'
            )
            self.paragraph(out, [], item=item, extra=border)

    def items(self, out: list[str], block: ListBlock, bold: bool, depth: int) -> None:
        number = self.numbering.ordered(block.start) if block.ordered else self.numbering.bullets
        for entries in block.items:
            marked = False
            for inner in entries or (Para((Text(""),)),):
                numbered = not marked and isinstance(inner, Para | Heading | CodeBlock)
                self.block(out, inner, bold, (number if numbered else None, depth), depth + 1)
                marked = marked or numbered

    def paragraph(
        self,
        out: list[str],
        content: Iterable[Run],
        style: str | None = None,
        item: Item | None = None,
        extra: str = "",
    ) -> None:
        """A paragraph; `extra` is more of its properties (XML), after the style and numbering
        and before the indentation, as the schema orders them."""
        out.append("<w:p>")
        if style is not None or item is not None or extra:
            out.append("<w:pPr>")
            if style is not None:
                out.append(f'<w:pStyle w:val="{style}"/>')
            number, level = item if item is not None else (None, 0)
            level = min(level, LEVELS - 1)
            if number is not None:
                out.append(
                    f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{number}"/></w:numPr>'
                )
            out.append(extra)
            if item is not None and number is None:
                out.append(f'<w:ind w:left="{_indent(level)}"/>')
            out.append("</w:pPr>")
        for run in content:
            self.run(out, run)
        out.append("</w:p>")

    def run(self, out: list[str], run: Run) -> None:
        if run.href is not None:
            out.append(f'<w:hyperlink r:id="{escape(self.link(run.href))}">')
        out.append("<w:r>")
        if run.bold or run.italic or run.code or run.href is not None:
            out.append("<w:rPr>")
            if run.code:
                out.append(f'<w:rFonts w:ascii="{CODE_FONT}" w:hAnsi="{CODE_FONT}"/>')
            if run.bold:
                out.append("<w:b/>")
            if run.italic:
                out.append("<w:i/>")
            if run.href is not None:
                out.append(f'<w:color w:val="{LINK_COLOUR}"/><w:u w:val="single"/>')
            out.append("</w:rPr>")
        for index, line in enumerate(run.text.split("\n")):
            if index:
                out.append("<w:br/>")
            if line:
                out.append(f'<w:t xml:space="preserve">{escape(line)}</w:t>')
        out.append("</w:r>")
        if run.href is not None:
            out.append("</w:hyperlink>")
