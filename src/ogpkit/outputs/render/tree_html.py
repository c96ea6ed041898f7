"""The HTML of a parsed Markdown field (`outputs.markdown.tree`), as CommonMark's reference renderer
writes it: every text escaped, an image from elsewhere shown as a link to its address."""

from __future__ import annotations

from collections.abc import Sequence

from ogpkit.outputs.markdown.tree import (
    Block,
    Code,
    CodeBlock,
    Emphasis,
    HardBreak,
    Heading,
    Inline,
    Link,
    ListBlock,
    Para,
    Quote,
    Rule,
    SoftBreak,
    Strong,
    Text,
)


def escape(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def _title(title: str | None) -> str:
    return "" if title is None else f' title="{escape(title)}"'


def inline_html(inlines: Sequence[Inline]) -> str:
    parts: list[str] = []
    for node in inlines:
        if isinstance(node, Text):
            parts.append(escape(node.text))
        elif isinstance(node, SoftBreak):
            parts.append("\n")
        elif isinstance(node, HardBreak):
            parts.append("<br />\n")
        elif isinstance(node, Code):
            parts.append(f"<code>{escape(node.text)}</code>")
        elif isinstance(node, Emphasis):
            parts.append(f"<em>{inline_html(node.children)}</em>")
        elif isinstance(node, Strong):
            parts.append(f"<strong>{inline_html(node.children)}</strong>")
        elif isinstance(node, Link):
            href = escape(node.href)
            parts.append(f'<a href="{href}"{_title(node.title)}>{inline_html(node.children)}</a>')
        elif node.src.startswith("data:image/"):
            src, alt = escape(node.src), escape(node.alt)
            parts.append(f'<img src="{src}" alt="{alt}"{_title(node.title)} />')
        else:
            src = escape(node.src)
            parts.append(f'<a href="{src}">{escape(node.alt or node.src)}</a> ({src})')
    return "".join(parts)


def blocks_html(blocks: Sequence[Block], tight: bool = False) -> str:
    """Blocks as HTML; in a tight list's item, paragraphs are written without <p>."""
    parts: list[str] = []
    after_bare = False  # the reference renderer starts a new line after a bare paragraph
    for block in blocks:
        lead = "\n" if after_bare else ""
        after_bare = False
        if isinstance(block, Para):
            if tight:
                parts.append(inline_html(block.children))
                after_bare = True
            else:
                parts.append(f"<p>{inline_html(block.children)}</p>\n")
        elif isinstance(block, Heading):
            tag = f"h{block.level}"
            parts.append(f"{lead}<{tag}>{inline_html(block.children)}</{tag}>\n")
        elif isinstance(block, ListBlock):
            parts.append(lead + list_html(block))
        elif isinstance(block, CodeBlock):
            info = block.info.split()[0] if block.info else ""
            language = f' class="language-{escape(info)}"' if info else ""
            parts.append(f"<pre><code{language}>{escape(block.text)}</code></pre>\n")
        elif isinstance(block, Quote):
            inner = blocks_html(block.children)
            parts.append(
                f"{lead}<blockquote>{chr(10) if block.children else ''}{inner}</blockquote>\n"
            )
        elif isinstance(block, Rule):
            parts.append(f"{lead}<hr />\n")
    return "".join(parts)


def list_html(block: ListBlock) -> str:
    if block.ordered:
        start = f' start="{block.start}"' if block.start != 1 else ""
        opening, closing = f"<ol{start}>\n", "</ol>\n"
    else:
        opening, closing = "<ul>\n", "</ul>\n"
    items = []
    for item in block.items:
        inner = blocks_html(item, block.tight)
        bare_first = bool(item) and block.tight and isinstance(item[0], Para)
        items.append(f"<li>{'' if bare_first or not item else chr(10)}{inner}</li>\n")
    return opening + "".join(items) + closing
