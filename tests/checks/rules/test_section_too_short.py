from __future__ import annotations

from pathlib import Path

import pytest

from ogpkit.checks.rules.text import text_length
from tests.checks.rules.helpers import commitment_text, positions


@pytest.mark.parametrize(
    ("chunks", "options", "expected"),
    [
        ({}, {}, []),
        ({"problem": "problem: 偏鄉網路不佳。"}, {}, [(6, 10)]),
        ({"problem": "problem: 偏鄉網路不佳。"}, {"min_length": 6}, []),
        ({"commitment": "commitment: |\n  - 公開資料\n  - 建置平臺"}, {}, [(7, 13)]),
        (
            {
                "contribution": "contribution: "
                + "Open contracting data lets citizens follow every tender " * 5
            },
            {},
            [],
        ),
        ({"contribution": "contribution: Open data helps."}, {}, [(8, 15)]),
    ],
)
def test_section_too_short(
    tmp_path: Path,
    chunks: dict[str, str],
    options: dict[str, object],
    expected: list[tuple[int, int]],
) -> None:
    assert positions(tmp_path, "section-too-short", commitment_text(**chunks), options) == expected


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("開放政府", 4),
        ("open government data", 3),
        ("公開 API 與 3 份報告。", 8),
        ("**粗體** - 項目", 4),
        ("", 0),
    ],
)
def test_text_length_counts_cjk_characters_and_words(text: str, length: int) -> None:
    assert text_length(text) == length
