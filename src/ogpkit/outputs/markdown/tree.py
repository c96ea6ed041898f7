"""A Markdown field parsed once into a small tree that every format walks.

markdown-it-py (CommonMark, raw HTML off) gives the tokens; `parse` turns them into blocks
(paragraphs, headings, lists, code, quotes, rules) holding inlines (text, emphasis, strong,
code, links, images, line breaks). HTML (`outputs.render.tree_html`), Word and
OpenDocument (`outputs.office`) are written from this tree, so a list, a paragraph after a
list, emphasis or a link come out the same in every format. Link targets are the parser's:
`javascript:` and the like never become links.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class SoftBreak:
    pass


@dataclass(frozen=True)
class HardBreak:
    pass


@dataclass(frozen=True)
class Code:
    text: str


@dataclass(frozen=True)
class Emphasis:
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Strong:
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Link:
    href: str
    title: str | None
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Image:
    src: str
    alt: str
    title: str | None


Inline = Text | SoftBreak | HardBreak | Code | Emphasis | Strong | Link | Image


@dataclass(frozen=True)
class Para:
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class Heading:
    level: int
    children: tuple[Inline, ...]


@dataclass(frozen=True)
class ListBlock:
    ordered: bool
    start: int
    tight: bool
    items: tuple[tuple[Block, ...], ...]


@dataclass(frozen=True)
class CodeBlock:
    text: str
    info: str


@dataclass(frozen=True)
class Quote:
    children: tuple[Block, ...]


@dataclass(frozen=True)
class Rule:
    pass


Block = Para | Heading | ListBlock | CodeBlock | Quote | Rule


@cache
def _parser() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False, "typographer": False})


_MARKDOWN_SYNTAX = re.compile(
    r"[\\`*_\[\]<>!#&|~=+\-\t\r]|^\d+[.)]|^[^\S\n]|[^\S\n]$", re.MULTILINE
)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def plain_paragraphs(text: str) -> list[str] | None:
    """The paragraphs of a text without any Markdown syntax, their lines joined by newlines;
    None when it has some. Most fields are such text, and skip the parser."""
    if _MARKDOWN_SYNTAX.search(text):
        return None
    return [p.strip("\n") for p in _BLANK_LINE.split(text.strip("\n")) if p.strip()]


def _lines(paragraph: str) -> tuple[Inline, ...]:
    inlines: list[Inline] = []
    for line in paragraph.split("\n"):
        inlines += [SoftBreak(), Text(line)] if inlines else [Text(line)]
    return tuple(inlines)


@lru_cache(maxsize=65536)
def parse(text: str) -> tuple[Block, ...]:
    """The blocks of a Markdown field (the one parse every format renders from); each text is
    parsed once a process, and plain paragraphs without the parser (the same blocks)."""
    plain = plain_paragraphs(text)
    if plain is not None:
        return tuple(Para(_lines(paragraph)) for paragraph in plain)
    tokens = _parser().parse(text)
    blocks, _ = _blocks(tokens, 0, None)
    return tuple(blocks)


def _blocks(tokens: Sequence[Any], index: int, until: str | None) -> tuple[list[Block], int]:
    blocks: list[Block] = []
    while index < len(tokens):
        token = tokens[index]
        kind = token.type
        if until is not None and kind == until:
            return blocks, index + 1
        if kind == "paragraph_open":
            blocks.append(Para(_inlines(tokens[index + 1].children or [])))
            index += 3
        elif kind == "heading_open":
            level = int(token.tag[1:])
            blocks.append(Heading(level, _inlines(tokens[index + 1].children or [])))
            index += 3
        elif kind in ("bullet_list_open", "ordered_list_open"):
            block, index = _list(tokens, index)
            blocks.append(block)
        elif kind == "blockquote_open":
            inner, index = _blocks(tokens, index + 1, "blockquote_close")
            blocks.append(Quote(tuple(inner)))
        elif kind in ("code_block", "fence"):
            blocks.append(CodeBlock(token.content, token.info.strip()))
            index += 1
        elif kind == "hr":
            blocks.append(Rule())
            index += 1
        else:  # raw HTML is off; anything else unknown is skipped rather than guessed at
            index += 1
    return blocks, index


def _list(tokens: Sequence[Any], index: int) -> tuple[ListBlock, int]:
    opening = tokens[index]
    ordered = opening.type == "ordered_list_open"
    close = "ordered_list_close" if ordered else "bullet_list_close"
    start = int(opening.attrGet("start") or 1) if ordered else 1
    items: list[tuple[Block, ...]] = []
    tight = True
    first = index = index + 1
    while tokens[index].type != close:
        inner, index = _blocks(tokens, index + 1, "list_item_close")
        items.append(tuple(inner))
    for token in tokens[first:index]:
        if token.type == "paragraph_open" and token.level == opening.level + 2:
            tight = tight and token.hidden
    return ListBlock(ordered, start, tight, tuple(items)), index + 1


def _inlines(tokens: Sequence[Any]) -> tuple[Inline, ...]:
    result, _ = _inline_run(tokens, 0, None)
    return tuple(result)


def _inline_run(tokens: Sequence[Any], index: int, until: str | None) -> tuple[list[Inline], int]:
    out: list[Inline] = []
    while index < len(tokens):
        token = tokens[index]
        kind = token.type
        index += 1
        if kind == until:
            break
        if kind in ("text", "text_special", "html_inline"):
            if not token.content:
                continue
            if out and isinstance(out[-1], Text):
                out[-1] = Text(out[-1].text + token.content)
            else:
                out.append(Text(token.content))
        elif kind == "softbreak":
            out.append(SoftBreak())
        elif kind == "hardbreak":
            out.append(HardBreak())
        elif kind == "code_inline":
            out.append(Code(token.content))
        elif kind == "em_open":
            children, index = _inline_run(tokens, index, "em_close")
            out.append(Emphasis(tuple(children)))
        elif kind == "strong_open":
            children, index = _inline_run(tokens, index, "strong_close")
            out.append(Strong(tuple(children)))
        elif kind == "link_open":
            children, index = _inline_run(tokens, index, "link_close")
            title = token.attrGet("title")
            href = str(token.attrGet("href") or "")
            out.append(Link(href, None if title is None else str(title), tuple(children)))
        elif kind == "image":
            title = token.attrGet("title")
            alt = _alt(token.children or [])
            src = str(token.attrGet("src") or "")
            out.append(Image(src, alt, None if title is None else str(title)))
    return out, index


def prefixed(prefix: str, blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Blocks with `prefix` (a label, a number) at the start of their first paragraph."""
    if blocks and isinstance(blocks[0], Para):
        return (Para((Text(prefix), *blocks[0].children)), *blocks[1:])
    return (Para((Text(prefix),)), *blocks)


def _alt(tokens: Sequence[Any]) -> str:
    """An image's alternative text as CommonMark renders it: text and line breaks only."""
    parts: list[str] = []
    for token in tokens:
        if token.type in ("text", "text_special"):
            parts.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            parts.append("\n")
        elif token.type == "image":
            parts.append(_alt(token.children or []))
    return "".join(parts)


def plain_text(inlines: Sequence[Inline]) -> str:
    """The text of inlines without marks (an image's alternative text, a cell's plain form)."""
    parts: list[str] = []
    for node in inlines:
        if isinstance(node, Text | Code):
            parts.append(node.text)
        elif isinstance(node, SoftBreak | HardBreak):
            parts.append("\n")
        elif isinstance(node, Image):
            parts.append(node.alt)
        else:
            parts.append(plain_text(node.children))
    return "".join(parts)


def blocks_text(blocks: Sequence[Block]) -> str:
    """The text of blocks, a line a paragraph or list item, without marks."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Para | Heading):
            lines.append(plain_text(block.children))
        elif isinstance(block, ListBlock):
            lines.extend(blocks_text(item) for item in block.items)
        elif isinstance(block, CodeBlock):
            lines.append(block.text.rstrip("\n"))
        elif isinstance(block, Quote):
            lines.append(blocks_text(block.children))
    return "\n".join(lines)


@dataclass(frozen=True)
class Run:
    """A stretch of inline text with its marks, as a word processor stores it."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    href: str | None = None


def runs(inlines: Sequence[Inline], bold: bool = False, italic: bool = False) -> Iterator[Run]:
    """Inlines flattened into runs; a line break is a run of "\\n"; an image that is not
    embedded is its link, as in HTML."""
    for node in inlines:
        if isinstance(node, Text):
            yield Run(node.text, bold, italic)
        elif isinstance(node, SoftBreak | HardBreak):
            yield Run("\n", bold, italic)
        elif isinstance(node, Code):
            yield Run(node.text, bold, italic, code=True)
        elif isinstance(node, Emphasis):
            yield from runs(node.children, bold, True)
        elif isinstance(node, Strong):
            yield from runs(node.children, True, italic)
        elif isinstance(node, Link):
            for run in runs(node.children, bold, italic):
                yield Run(run.text, run.bold, run.italic, run.code, node.href)
        elif node.src.startswith("data:image/"):
            yield Run(node.alt, bold, italic)
        else:
            yield Run(node.alt or node.src, bold, italic, href=node.src)
            if node.alt:
                yield Run(f" ({node.src})", bold, italic)
