"""A contact e-mail address with bad syntax.

The address is checked with the email-validator library, for syntax only: no DNS query
and no message is sent. An address of the plainest form (letters and digits joined by `.`,
`_`, `+` or `-`, at a domain of such labels under a top-level domain of letters that is not
reserved) is accepted without loading the library, which costs a sixth of validating a small
plan; a property test checks that the library accepts every such address too.

Passing:

    contact:
      email: ogp@ndc.gov.tw

Failing:

    contact:
      email: ogp@ndc,gov.tw
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ogpkit.checks.rules.base import Context, Finding, Options, Rule
from ogpkit.report.message import Message, msg
from ogpkit.report.problem import Level

_PLAIN = re.compile(
    r"[A-Za-z0-9]+(?:[._+-][A-Za-z0-9]+)*@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)
_RESERVED_TOP_LEVEL = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})


def is_plain_address(address: str) -> bool:
    """An address that every validator accepts: checked without email-validator."""
    local, _, domain = address.partition("@")
    return (
        len(address) <= 254
        and len(local) <= 64
        and "--" not in domain
        and _PLAIN.fullmatch(address) is not None
        and domain.rsplit(".", 1)[-1].lower() not in _RESERVED_TOP_LEVEL
    )


@lru_cache(maxsize=4096)
def email_error(address: str) -> Message | None:
    """Why `address` is not an e-mail address, in ogpkit's words (never the library's)."""
    if is_plain_address(address):
        return None
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError:
        return reason(address)
    return None


def reason(address: str) -> Message:
    local, _, domain = address.partition("@")
    if "@" not in address or "＠" in address:
        return msg("it has no half-width '@'")
    if address.count("@") > 1:
        return msg("it has more than one '@'")
    if any(char.isspace() for char in address):
        return msg("it contains a space")
    if not local or not domain:
        return msg("nothing is written before or after the '@'")
    if not address.isascii():
        return msg("it contains full-width or non-Latin characters")
    if "." not in domain or domain.rsplit(".", 1)[-1].lower() in _RESERVED_TOP_LEVEL:
        return msg("the part after '@' is not a domain name like agency.gov.tw")
    return msg("a character or a dot is out of place")


def check(context: Context, options: Options) -> Iterator[Finding]:
    email = context.commitment.contact.email
    reason = email_error(email) if email is not None else None
    if reason is not None:
        yield Finding(
            ("contact", "email"),
            msg(
                "{email!r} is not a valid e-mail address ({reason}); write it like name@agency.gov.tw",
                email=email or "",
                reason=reason,
            ),
        )


RULE = Rule(
    id="contact-email",
    level=Level.ERROR,
    options=Options,
    doc=__doc__ or "",
    check=check,
)
