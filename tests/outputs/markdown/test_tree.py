"""The one parse of a Markdown field: plain paragraphs skip the parser and give its blocks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ogpkit.outputs.markdown.tree import (
    Para,
    SoftBreak,
    Text,
    _blocks,
    _parser,
    parse,
    plain_paragraphs,
)


def parsed(text: str) -> tuple[object, ...]:
    blocks, _ = _blocks(_parser().parse(text), 0, None)
    return tuple(blocks)


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from(list("ab 政府\n\t\"'.:1)-*_<&#>|\u3000\r")), max_size=40))
def test_plain_paragraphs_give_the_parsers_blocks(text: str) -> None:
    assert parse(text) == parsed(text)


def test_a_plain_field_is_paragraphs_of_lines() -> None:
    text = "政府採購資訊公開\n第二行\n\n第二段"
    assert plain_paragraphs(text) == ["政府採購資訊公開\n第二行", "第二段"]
    assert parse(text) == (
        Para((Text("政府採購資訊公開"), SoftBreak(), Text("第二行"))),
        Para((Text("第二段"),)),
    )
    assert parse(text) == parsed(text)
    assert plain_paragraphs("- 一項") is None
