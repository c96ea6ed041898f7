from __future__ import annotations

from pathlib import Path

import pytest

from ogpkit.checks.rules.terminology import replace_term
from tests.checks.rules.helpers import commitment_text, positions

TERMS = {"terms": {"多元性別": "性別"}}


@pytest.mark.parametrize(
    ("chunks", "options", "expected"),
    [
        ({}, TERMS, []),
        ({"title": "title: 促進多元性別及族群包容性對話"}, TERMS, [(2, 10)]),
        ({"title": "title: 促進多元性別及族群包容性對話"}, {}, []),
        (
            {"ogp_values": "ogp_values:\n  participation: 擴大多元性別參與的機會與管道。"},
            TERMS,
            [(10, 20)],
        ),
        ({"lead_agencies": "lead_agencies:\n  - 多元性別處"}, TERMS, []),
        (
            {"title": "title: 多元性別與數位落差"},
            {"terms": {"多元性別": "性別", "數位落差": "數位包容"}},
            [(2, 8), (2, 13)],
        ),
    ],
)
def test_terminology(
    tmp_path: Path,
    chunks: dict[str, str],
    options: dict[str, object],
    expected: list[tuple[int, int]],
) -> None:
    assert positions(tmp_path, "terminology", commitment_text(**chunks), options) == expected


@pytest.mark.parametrize(
    ("text", "avoid", "preferred", "fixed"),
    [
        ("多元性別平等", "多元性別", "性別", "性別平等"),
        ("台灣與臺灣", "台灣", "臺灣", "臺灣與臺灣"),
        ("性別與多元性別", "性別", "多元性別", "多元性別與多元性別"),
    ],
)
def test_replace_term_leaves_the_preferred_term(
    text: str, avoid: str, preferred: str, fixed: str
) -> None:
    assert replace_term(text, avoid, preferred) == fixed
    assert replace_term(fixed, avoid, preferred) == fixed
