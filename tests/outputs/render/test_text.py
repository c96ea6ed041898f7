from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markupsafe import escape

from ogpkit.outputs.render.text import (
    _plain_paragraphs,
    html_lines,
    markdown_block,
    markdown_cell,
    markdown_html,
    markdown_text,
)


@cache
def _parser() -> MarkdownIt:
    """CommonMark's reference renderer, with remote images as links: what the tree must write."""
    parser = MarkdownIt("commonmark", {"html": False, "typographer": False})
    default_image = parser.renderer.rules["image"]  # type: ignore[attr-defined]

    def image(self: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        source = str(token.attrGet("src") or "")
        if source.startswith("data:image/"):
            return str(default_image(tokens, idx, options, env))
        alt = self.renderInlineAsText(token.children or [], options, env) or source
        return f'<a href="{escape(source)}">{escape(alt)}</a> ({escape(source)})'

    parser.add_render_rule("image", image)
    return parser


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("- a\n- *b*", "<ul>\n<li>a</li>\n<li><em>b</em></li>\n</ul>"),
        ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
        ("[x](javascript:alert(1))", "<p>[x](javascript:alert(1))</p>"),
        ("{{ 7*7 }}", "<p>{{ 7*7 }}</p>"),
        ("", ""),
        (None, ""),
    ],
)
def test_markdown_html(source: str | None, expected: str) -> None:
    assert markdown_html(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("- a\n- **b**\n", "- a\n- **b**"),
        ("<script>x</script>", "&lt;script>x&lt;/script>"),
        ("a & b", "a &amp; b"),
    ],
)
def test_markdown_block_keeps_markdown_and_escapes_html(source: str, expected: str) -> None:
    assert markdown_block(source) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("政府採購", "政府採購"),
        ("# not a heading", "\\# not a heading"),
        ("1. not a list", "1\\. not a list"),
        ("a *b* [c](d) | e", "a \\*b\\* \\[c\\](d) \\| e"),
        ("two\nlines", "two lines"),
        ("<b>", "&lt;b>"),
    ],
)
def test_markdown_text_shows_text_as_written(source: str, expected: str) -> None:
    assert markdown_text(source) == expected


def test_markdown_cell_survives_pipes_and_line_breaks() -> None:
    assert markdown_cell("a | b\nc\n\nd") == "a \\| b<br>c<br>d"


def test_html_lines_escapes_and_keeps_breaks() -> None:
    assert html_lines("<a>\nb") == "&lt;a&gt;<br>b"


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from(list("ab 政府\n\t\"'.:1)-*_<&#>|\u3000\r")), max_size=40))
def test_plain_text_shortcut_matches_the_parser(text: str) -> None:
    plain = _plain_paragraphs(text)
    if plain is not None:
        assert plain == _parser().render(text).strip()


def test_bundled_plan_texts_render_as_the_parser_does() -> None:
    from ogpkit.plan.project import load_project
    from tests.conftest import REPO

    for commitment in load_project(REPO).commitments:
        for text in (commitment.problem, commitment.commitment, commitment.contribution):
            assert markdown_html(text) == _parser().render(text).strip()


MARKDOWN_PIECES = st.sampled_from(
    [
        "a",
        "政府",
        " ",
        "\n",
        "\n\n",
        "- ",
        "* ",
        "1. ",
        "3) ",
        "  ",
        "    ",
        "**",
        "*",
        "_",
        "`",
        '[x](https://g0v.tw "t")',
        "[y](javascript:alert(1))",
        "![p](https://e.x/p.png)",
        "![d](data:image/png;base64,AA)",
        "# ",
        "### ",
        "> ",
        "```py\n",
        "---",
        "<b>",
        "&amp;",
        "&",
        '"',
        "'",
        "\\",
        "\t",
    ]
)


@settings(max_examples=1500, deadline=None)
@given(st.lists(MARKDOWN_PIECES, max_size=25).map("".join))
def test_html_from_the_tree_is_the_reference_rendering(text: str) -> None:
    assert markdown_html(text) == _parser().render(text).strip()
