from __future__ import annotations

from pathlib import Path

import pytest

from ogpkit.checks.rules.markdown_list_end import paragraph_starts
from tests.checks.rules.helpers import commitment_text, positions


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("推動：\n- 甲\n- 乙\n總目標", [12]),
        ("推動：\n- 甲\n- 乙\n\n總目標", []),
        ("推動：\n1. 甲\n2. 乙\n總目標\n", [14]),
        ("推動：\n- 甲\n  續寫\n總目標", [13]),
        ("推動：\n- 甲\n- 乙\n", []),
        ("- 甲\n總目標\n- 乙\n結語", [4, 12]),
        ("一般段落\n第二行", []),
    ],
)
def test_paragraph_starts(text: str, starts: list[int]) -> None:
    assert paragraph_starts(text) == starts


def test_reported_at_the_line_in_the_block(tmp_path: Path) -> None:
    text = commitment_text(
        commitment="commitment: |\n  本會將推動以下工作，提升採購資料的透明度與可用性，讓民眾能夠監督：\n  - 擴充決標資料欄位。\n  - 訂定資料標準。\n  總目標為讓民眾能完整檢視採購流程。"
    )
    assert positions(tmp_path, "markdown-list-end", text) == [(11, 3)]
