from __future__ import annotations

from pathlib import Path

import pytest

from tests.checks.rules.helpers import commitment_text, positions


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (
            "  transparency: 公開各機關採購決標資料。\n  accountability: 機關須說明未公開之理由。",
            [],
        ),
        ("  transparency: 透明", [(10, 17)]),
        ("  transparency: 透明相關。", [(10, 17)]),
        ("  participation: Participation", [(10, 18)]),
        ('  transparency: "  "', [(10, 17)]),
        ("  transparency: 公開資料。\n  accountability: 公開資料", [(11, 19)]),
        (
            "  transparency: 公開資料。\n  participation: 公開資料\n  accountability: 公開 資料",
            [(11, 18), (12, 19)],
        ),
    ],
)
def test_ogp_value_justified(tmp_path: Path, values: str, expected: list[tuple[int, int]]) -> None:
    text = commitment_text(ogp_values="ogp_values:\n" + values)
    assert positions(tmp_path, "ogp-value-justified", text) == expected
