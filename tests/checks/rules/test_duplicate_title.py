from __future__ import annotations

from pathlib import Path

import pytest

from tests.checks.rules.helpers import commitment_text, positions


def two(first: str, second: str) -> dict[str, str]:
    return {
        "1-1.yaml": commitment_text(title=f"title: {first}"),
        "1-2.yaml": commitment_text(id="id: 1-2", title=f"title: {second}"),
    }


@pytest.mark.parametrize(
    ("first", "second", "options", "expected"),
    [
        ("政府採購資訊公開", "政府資訊公開", {}, []),
        ("政府採購資訊公開", "政府採購資訊公開", {}, [(2, 8), (2, 8)]),
        ("政府採購資訊公開", "政府採購資訊 公開。", {}, [(2, 8), (2, 8)]),
        ("（一）政府採購資訊公開", "(2) 政府採購資訊公開", {}, [(2, 8), (2, 8)]),
        ("擴大政府採購資訊公開範圍", "擴大政府採購資訊公開之範圍", {}, [(2, 8), (2, 8)]),
        ("擴大政府採購資訊公開範圍", "擴大政府採購資訊公開之範圍", {"similarity": 1}, []),
        ("Open contracting", "OPEN CONTRACTING", {}, [(2, 8), (2, 8)]),
        # two characters changed: alike (ratio 0.91) but two edits apart, so not "nearly the same"
        (
            "強化中央與地方政府採購資訊公開及民眾參與機制",
            "強化中央與地方政府標案資訊公開及民眾參與機制",
            {},
            [],
        ),
        (
            "強化中央與地方政府採購資訊公開及民眾參與機制",
            "強化中央與地方政府採購資訊公開及民眾參與制度",
            {},
            [(2, 8), (2, 8)],
        ),
        (
            "強化中央與地方政府採購資訊公開及民眾參與機制",
            "強化中央與地方政府採購資訊公開與民眾參與機制",
            {},
            [(2, 8), (2, 8)],
        ),
    ],
)
def test_duplicate_title(
    tmp_path: Path,
    first: str,
    second: str,
    options: dict[str, object],
    expected: list[tuple[int, int]],
) -> None:
    assert positions(tmp_path, "duplicate-title", two(first, second), options) == expected


def test_a_single_commitment_has_no_duplicate(tmp_path: Path) -> None:
    assert positions(tmp_path, "duplicate-title", commitment_text()) == []
