from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from ogpkit.checks.rules.sdg_target import targets
from tests.checks.rules.helpers import commitment_text, positions


def test_the_169_targets_of_the_17_goals() -> None:
    known = targets()
    assert len(known) == 169
    per_goal = Counter(int(t.split(".")[0]) for t in known)
    assert per_goal == {
        1: 7, 2: 8, 3: 13, 4: 10, 5: 9, 6: 8, 7: 5, 8: 12, 9: 8,
        10: 10, 11: 10, 12: 11, 13: 5, 14: 10, 15: 12, 16: 12, 17: 19,
    }  # fmt: skip
    assert {"16.10", "16.a", "16.b", "5.c", "3.d", "17.19", "8.10", "1.a"} <= known
    assert not {"16.11", "16.c", "17.20", "17.a", "3.e", "13.c", "0.1"} & known


@pytest.mark.parametrize(
    ("sdgs", "expected"),
    [
        ('["16.10", "5.c", "17.19"]', []),
        ("[16.10, 5.5]", []),
        ('["16.11"]', [(20, 10)]),
        ('["16.7", "18.1", "3.e"]', [(20, 18), (20, 26)]),
    ],
)
def test_sdg_target(tmp_path: Path, sdgs: str, expected: list[tuple[int, int]]) -> None:
    text = commitment_text(additional_info=f"additional_info:\n  sdgs: {sdgs}")
    assert positions(tmp_path, "sdg-target", text) == expected
