"""User text in the outputs: Markdown fields to safe HTML, and safe Markdown for plan.md.

Fields are CommonMark (markdown-it-py, parsed once in `outputs.markdown.tree`) with raw HTML disabled: `<script>` stays text. An
image is never loaded from elsewhere (a tracking pixel in a government page): only an
embedded `data:` image is shown, any other becomes a link to its address. In
plan.md, HTML from a field is escaped (`<` becomes `&lt;`) so that GitHub and HackMD, which
do pass raw HTML, show it as written. Nothing here evaluates a template.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markupsafe import Markup, escape

from ogpkit.outputs.markdown.tree import parse, plain_paragraphs
from ogpkit.outputs.render.tree_html import blocks_html


def _plain_paragraphs(text: str) -> str | None:
    """What CommonMark makes of text without any Markdown syntax (None when it has some)."""
    paragraphs = plain_paragraphs(text)
    if paragraphs is None:
        return None
    return "\n".join("<p>" + p.replace('"', "&quot;") + "</p>" for p in paragraphs)


@lru_cache(maxsize=65536)
def markdown_html(text: str | None) -> Markup:
    """A Markdown field as HTML; raw HTML in it is shown as text, unsafe links are dropped.

    Written from the field's one parse (`outputs.markdown.tree`), which Word and OpenDocument also
    walk. Most fields are plain paragraphs; those skip the parser (same result, a test proves it).
    Each text is converted once a process: the site shows a field in both editions (English
    falls back to the Chinese) and again in the plan.html download.
    """
    if not text:
        return Markup("")
    plain = _plain_paragraphs(text)
    return Markup(plain if plain is not None else blocks_html(parse(text)).strip())


_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]|~])")
_BLOCK_MARK = re.compile(r"^([#>+\-=])")
_LIST_NUMBER = re.compile(r"^(\d+)([.)])")


def markdown_block(text: str | None) -> str:
    """A Markdown field for plan.md: its Markdown kept, raw HTML escaped, ends trimmed."""
    if not text:
        return ""
    return text.strip().replace("&", "&amp;").replace("<", "&lt;").replace("![", "!\\[")


def markdown_text(text: str | None) -> str:
    """Plain text (a title, a name) for plan.md: shown exactly as written, on one line."""
    if not text:
        return ""
    cleaned = " ".join(text.split())
    cleaned = cleaned.replace("&", "&amp;").replace("<", "&lt;")
    cleaned = _MARKDOWN_INLINE.sub(r"\\\1", cleaned)
    cleaned = _BLOCK_MARK.sub(r"\\\1", cleaned)
    return _LIST_NUMBER.sub(r"\1\\\2", cleaned)


def markdown_cell(text: str | None) -> str:
    """Text for a cell of a Markdown table: `|` escaped, line breaks as `<br>`."""
    if not text:
        return ""
    lines = [markdown_text(line) for line in text.strip().splitlines()]
    return "<br>".join(line for line in lines if line)


def html_lines(text: str | None) -> Markup:
    """Plain text for HTML with its line breaks kept."""
    if not text:
        return Markup("")
    return Markup("<br>").join(escape(line) for line in text.strip().splitlines())
