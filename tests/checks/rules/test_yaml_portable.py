from __future__ import annotations

from pathlib import Path

import pytest

from ogpkit.checks.rules.yaml_portable import read_otherwise
from tests.checks.rules.helpers import commitment_text, positions

CONTACT = "contact:\n  name: 王小明\n  email: ogp@pcc.gov.tw\n  phone: {phone}"


@pytest.mark.parametrize(
    ("phone", "expected"),
    [
        ("02-2345-6789", []),
        ('"0223165300"', []),
        ("0223165300", [(18, 10)]),
        ("223165300", [(18, 10)]),
        ("yes", [(18, 10)]),
    ],
)
def test_phone(tmp_path: Path, phone: str, expected: list[tuple[int, int]]) -> None:
    text = commitment_text(contact=CONTACT.format(phone=phone))
    assert positions(tmp_path, "yaml-portable", text) == expected


def test_sdgs_and_dates(tmp_path: Path) -> None:
    text = commitment_text(
        additional_info='additional_info:\n  sdgs: [16.10, "16.5", 5.c]',
        submitted="submitted: 2020-01-08",
    )
    assert positions(tmp_path, "yaml-portable", text) == [(20, 10), (21, 12)]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("16.10", True),
        ("109.10", True),
        ("0223165300", True),
        ("on", True),
        ("No", True),
        ("2020-05-01", True),
        ("1_000", True),
        ("0223456789", True),
        ("1e3", True),
        ("109-05", False),
        ("1-1", False),
        ("5.c", False),
        ("02-2345-6789", False),
        ("政府採購", False),
        ("none", False),
    ],
)
def test_which_texts_other_readers_read_otherwise(text: str, other: bool) -> None:
    assert read_otherwise(text) is other
