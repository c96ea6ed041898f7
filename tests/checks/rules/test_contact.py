"""contact-phone and contact-email (phone on line 18, e-mail on line 17)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.checks.rules.helpers import commitment_text, positions


def contact(email: str, phone: str) -> str:
    return f"contact:\n  name: 王小明\n  email: {email}\n  phone: {phone}"


@pytest.mark.parametrize(
    ("phone", "expected"),
    [
        ("02-2345-6789", []),
        ("(02)2345-6789#123", []),
        ("02-2345-6789 分機 123", []),
        ("0912-345-678", []),
        ('"+886-2-2345-6789"', []),
        ("2345-678", [(18, 10)]),
        ("12345", [(18, 10)]),
        ("電話請洽總機", [(18, 10)]),
    ],
)
def test_contact_phone(tmp_path: Path, phone: str, expected: list[tuple[int, int]]) -> None:
    text = commitment_text(contact=contact("ogp@ndc.gov.tw", phone))
    assert positions(tmp_path, "contact-phone", text) == expected


@pytest.mark.parametrize(
    ("email", "expected"),
    [
        ("ogp@ndc.gov.tw", []),
        ("first.last+ogp@ey.gov.tw", []),
        ("ogp@ndc,gov.tw", [(17, 10)]),
        ("ogp.ndc.gov.tw", [(17, 10)]),
        ("ogp@@ndc.gov.tw", [(17, 10)]),
    ],
)
def test_contact_email(tmp_path: Path, email: str, expected: list[tuple[int, int]]) -> None:
    text = commitment_text(contact=contact(email, "02-2345-6789"))
    assert positions(tmp_path, "contact-email", text) == expected
