"""Markdown fields (`outputs.markdown.tree`) as WordprocessingML: paragraphs of bold, italic
and code runs, real hyperlinks, and lists numbered by Word (numbering.xml), each ordered list
restarting at its own first number. Elements are made with lxml directly, no python-docx
objects, so a field costs what its XML costs.
"""

from __future__ import annotations

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
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
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


def _abstract(number: int, ordered: bool) -> str:
    bullets = "•◦▪"
    levels = []
    for level in range(LEVELS):
        if ordered:
            shape = f'<w:numFmt w:val="decimal"/><w:lvlText w:val="%{level + 1}."/>'
        else:
            shape = f'<w:numFmt w:val="bullet"/><w:lvlText w:val="{bullets[level % 3]}"/>'
        indent = 360 * (level + 1)
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


class MarkdownWriter:
    """Writes fields into a parent element (a table cell, the body)."""

    def __init__(self, numbering: Numbering, link: Callable[[str], str]) -> None:
        self.numbering = numbering
        self.link = link

    def blocks(self, parent: Any, blocks: Iterable[Block], bold: bool = False) -> None:
        for block in blocks:
            self.block(parent, block, bold, None, 0)

    def block(
        self, parent: Any, block: Block, bold: bool, item: tuple[str, int] | None, depth: int
    ) -> None:
        """One block; `item` (list, level) numbers it as a list item; `depth` is the level a
        list inside it takes."""
        if isinstance(block, Para):
            self.paragraph(parent, runs(block.children, bold), item=item)
        elif isinstance(block, Heading):
            self.paragraph(parent, runs(block.children, bold), style=FIELD_HEADING, item=item)
        elif isinstance(block, ListBlock):
            self.list(parent, block, bold, depth)
        elif isinstance(block, CodeBlock):
            text = block.text.removesuffix("\n")
            self.paragraph(parent, [Run(text, bold, code=True)], item=item)
        elif isinstance(block, Quote):
            for inner in block.children:
                self.block(parent, inner, bold, item, depth)
        elif isinstance(block, Rule):
            p = self.paragraph(parent, [], item=item)
            ppr = p.find(w("pPr"))
            borders = sub(sub(p, "pPr") if ppr is None else ppr, "pBdr")
            sub(borders, "bottom", val="single", sz="4", space="1", color="auto")

    def list(self, parent: Any, block: ListBlock, bold: bool, depth: int) -> None:
        number = self.numbering.ordered(block.start) if block.ordered else self.numbering.bullets
        for entries in block.items:
            marked = False
            for inner in entries or (Para((Text(""),)),):
                numbered = not marked and isinstance(inner, Para | Heading | CodeBlock)
                self.block(parent, inner, bold, (number, depth) if numbered else None, depth + 1)
                marked = marked or numbered

    def paragraph(
        self,
        parent: Any,
        content: Iterable[Run],
        style: str | None = None,
        item: tuple[str, int] | None = None,
    ) -> Any:
        p = sub(parent, "p")
        if style is not None or item is not None:
            ppr = sub(p, "pPr")
            if style is not None:
                sub(ppr, "pStyle", val=style)
            if item is not None:
                numpr = sub(ppr, "numPr")
                sub(numpr, "ilvl", val=str(min(item[1], LEVELS - 1)))
                sub(numpr, "numId", val=item[0])
        for run in content:
            self.run(p, run)
        return p

    def run(self, p: Any, run: Run) -> None:
        parent = p
        if run.href is not None:
            parent = sub(p, "hyperlink")
            parent.set(f"{{{R}}}id", self.link(run.href))
        r = sub(parent, "r")
        if run.bold or run.italic or run.code or run.href is not None:
            rpr = sub(r, "rPr")
            if run.code:
                sub(rpr, "rFonts", ascii=CODE_FONT, hAnsi=CODE_FONT)
            if run.bold:
                sub(rpr, "b")
            if run.italic:
                sub(rpr, "i")
            if run.href is not None:
                sub(rpr, "color", val=LINK_COLOUR)
                sub(rpr, "u", val="single")
        for index, line in enumerate(run.text.split("\n")):
            if index:
                sub(r, "br")
            if line:
                t = sub(r, "t")
                t.set(XML_SPACE, "preserve")
                t.text = line
