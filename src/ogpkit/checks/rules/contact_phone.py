"""A contact phone number that is not a valid Taiwan number.

The number is read with the phonenumbers library as a number of Taiwan (region TW), so
`02-2345-6789`, `(02)2345-6789`, `0912-345-678` and `+886-2-2345-6789` are all accepted;
an extension may follow as `#123`, `ext. 123`, `分機123` or `轉123`. No call is made.
The two commonest shapes, a Taipei line (`02-2345-6789`) and a mobile (`0912-345-678`), are
accepted without loading the library (a sixth of validating a small plan); a property test
checks that the library accepts every number of these shapes too.

Passing:

    contact:
      phone: 02-2345-6789#123

Failing:

    contact:
      phone: 2345-678
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ogpkit.checks.rules.base import Context, Finding, Options, Rule
from ogpkit.report.message import msg
from ogpkit.report.problem import Level

_EXTENSION = re.compile(r"\s*(?:分機|轉)\s*")


COMMON_SHAPES = re.compile(r"(?:\(02\)|02)[- ]?[2-8]\d{3}[- ]?\d{4}|09[0-8]\d[- ]?\d{3}[- ]?\d{3}")


@lru_cache(maxsize=4096)
def is_taiwan_number(text: str) -> bool:
    if COMMON_SHAPES.fullmatch(text):
        return True
    import phonenumbers

    try:
        number = phonenumbers.parse(_EXTENSION.sub(" ext. ", text), "TW")
    except phonenumbers.NumberParseException:
        return False
    return bool(phonenumbers.is_valid_number(number))


def check(context: Context, options: Options) -> Iterator[Finding]:
    phone = context.commitment.contact.phone
    if phone is not None and not is_taiwan_number(phone):
        yield Finding(
            ("contact", "phone"),
            msg(
                "{phone!r} is not a valid Taiwan phone number; write it with the area code, like 02-2345-6789 or 02-2345-6789#123",
                phone=phone,
            ),
        )


RULE = Rule(
    id="contact-phone",
    level=Level.ERROR,
    options=Options,
    doc=__doc__ or "",
    check=check,
)
