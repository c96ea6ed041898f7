"""A contact e-mail address with bad syntax.

The address is checked with the email-validator library, for syntax only: no DNS query
and no message is sent.

Passing:

    contact:
      email: ogp@ndc.gov.tw

Failing:

    contact:
      email: ogp@ndc,gov.tw
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ogpkit.checks.rules.base import Context, Finding, Options, Rule
from ogpkit.report.message import msg
from ogpkit.report.problem import Level


@lru_cache(maxsize=4096)
def email_error(address: str) -> str | None:
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError as error:
        return str(error)
    return None


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
