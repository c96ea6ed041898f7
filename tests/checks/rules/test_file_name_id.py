from __future__ import annotations

from pathlib import Path

import pytest

from ogpkit.checks.rules.file_name_id import expected_name
from tests.checks.rules.helpers import commitment_text, positions


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("1-1.yaml", []),
        ("1-1-government-procurement.yaml", []),
        ("1-1.yml", []),
        ("1-10.yaml", [(1, 5)]),
        ("procurement.yaml", [(1, 5)]),
        ("2-3-procurement.yaml", [(1, 5)]),
    ],
)
def test_file_name_id(tmp_path: Path, name: str, expected: list[tuple[int, int]]) -> None:
    assert positions(tmp_path, "file-name-id", commitment_text(), name=name) == expected


@pytest.mark.parametrize(
    ("stem", "new"),
    [
        ("procurement", "1-1-procurement.yaml"),
        ("2-3-procurement", "1-1-procurement.yaml"),
        ("1-10", "1-1.yaml"),
        ("2.3", "1-1.yaml"),
    ],
)
def test_expected_name_keeps_the_slug(stem: str, new: str) -> None:
    assert expected_name(stem, "1-1", ".yaml") == new
