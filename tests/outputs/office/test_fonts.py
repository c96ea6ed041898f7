from __future__ import annotations

import pytest

from ogpkit.outputs.office.fonts import FALLBACK, installed_families, tc_face


@pytest.mark.parametrize(
    ("installed", "face"),
    [
        ({"標楷體", "AR PL UKai TW", "Noto Serif CJK TC"}, "標楷體"),
        ({"DFKai-SB", "Noto Serif CJK TC"}, "DFKai-SB"),
        ({"AR PL UKai TW", "AR PL UKai CN", "Noto Serif CJK TC"}, "AR PL UKai TW"),
        ({"Noto Serif CJK TC", "DejaVu Sans"}, "Noto Serif CJK TC"),
        (set(), FALLBACK),
    ],
)
def test_the_government_face_first_then_the_free_tc_only_face(
    installed: set[str], face: str
) -> None:
    assert tc_face(frozenset(installed)) == face


def test_fontconfig_lists_the_families_or_nothing() -> None:
    families = installed_families()
    assert all(name == name.strip() and name for name in families)
