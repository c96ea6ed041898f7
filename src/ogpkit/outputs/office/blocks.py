"""The blocks of an office document (headings, paragraphs, contents, tables) that writers lay out.

A module of its own so that the plan's layout and the co-creation annex build the same blocks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ogpkit.outputs.markdown.tree import Block as MarkdownBlock
from ogpkit.outputs.markdown.tree import blocks_text


@dataclass(frozen=True)
class Heading:
    level: int  # 0 the title, 1 a theme (壹、), 2 a commitment (一、), 3 a part of it (（一）)
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    role: Literal["body", "cover", "title"] = "body"


@dataclass(frozen=True)
class Contents:
    """The table of contents: a field (docx) or index (odt) the word processor updates;
    `entries` (level, text) are its text until then."""

    title: str
    entries: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Rich:
    """Markdown fields, as parsed once (`outputs.markdown.tree`): lists, emphasis and links
    are kept, not flattened. A table's cell, or body text of its own (a report's results)."""

    blocks: tuple[MarkdownBlock, ...]


Cell = str | Rich


def cell_text(cell: Cell) -> str:
    """A cell's text without its Markdown marks, a line a paragraph or list item."""
    return cell if isinstance(cell, str) else blocks_text(cell.blocks)


@dataclass(frozen=True)
class Table:
    """Rows of cells; each cell a text of one or more lines, or Markdown. `header` rows are
    shown bold."""

    rows: tuple[tuple[Cell, ...], ...]
    header: int = 0
    kind: Literal[
        "form", "milestones", "contact", "index", "tally", "inputs", "forum", "progress", "summary"
    ] = "form"

    @property
    def columns(self) -> int:
        return max(len(row) for row in self.rows)

    @property
    def widths_cm(self) -> tuple[float, ...]:
        """Column widths on an A4 page (16 cm of text width)."""
        return COLUMN_WIDTHS_CM[self.kind]


COLUMN_WIDTHS_CM: dict[str, tuple[float, ...]] = {
    "form": (5.0, 11.0),
    "contact": (5.0, 11.0),
    "milestones": (8.4, 2.8, 2.8, 2.0),
    "index": (8.0, 4.0, 4.0),
    "tally": (4.6, 1.9, 1.9, 1.9, 1.9, 1.9, 1.9),
    "inputs": (1.6, 5.6, 2.0, 6.8),
    "forum": (5.0, 3.0, 4.0, 4.0),
    "progress": (5.0, 2.4, 2.2, 4.4, 2.0),
    "summary": (4.0, 2.4, 2.4, 2.4, 2.4, 2.4),
}


Block = Heading | Paragraph | Rich | Table | Contents | PageBreak
