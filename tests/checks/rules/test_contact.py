"""contact-phone and contact-email (phone on line 18, e-mail on line 17)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ogpkit.checks.rules.contact_email import is_plain_address
from ogpkit.checks.rules.contact_phone import COMMON_SHAPES
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


PLAIN_LABEL = st.from_regex(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,8}[A-Za-z0-9])?", fullmatch=True)
ADDRESS_LIKE = st.builds(
    "{}@{}.{}".format,
    st.from_regex(r"[A-Za-z0-9._+-]{1,20}", fullmatch=True),
    st.lists(PLAIN_LABEL, min_size=1, max_size=3).map(".".join),
    st.from_regex(r"[A-Za-z0-9-]{1,8}", fullmatch=True),
)


@settings(max_examples=400, deadline=None)
@given(ADDRESS_LIKE)
def test_every_plain_address_is_one_email_validator_accepts(address: str) -> None:
    from email_validator import EmailNotValidError, validate_email

    if is_plain_address(address):
        try:
            validate_email(address, check_deliverability=False)
        except EmailNotValidError as error:
            raise AssertionError(f"{address!r} passed the plain check: {error}") from error


@pytest.mark.parametrize(
    ("address", "plain"),
    [
        ("ogp@ndc.gov.tw", True),
        ("first.last+ogp@mail.example.org", True),
        ("ogp@ndc.test", False),
        ("ogp@localhost", False),
        ("ogp..x@ndc.gov.tw", False),
        ("ogp@ndc,gov.tw", False),
        ("ogp@xn--fiq228c.tw", False),
        ("王@ndc.gov.tw", False),
    ],
)
def test_plain_address_examples(address: str, plain: bool) -> None:
    assert is_plain_address(address) is plain


@settings(max_examples=400, deadline=None)
@given(
    st.from_regex(
        r"(?:\(02\)|02)[- ]?[2-8]\d{3}[- ]?\d{4}|09[0-8]\d[- ]?\d{3}[- ]?\d{3}", fullmatch=True
    )
)
def test_every_common_shape_is_a_number_phonenumbers_accepts(text: str) -> None:
    import phonenumbers

    assert COMMON_SHAPES.fullmatch(text)
    assert phonenumbers.is_valid_number(phonenumbers.parse(text, "TW")), text
