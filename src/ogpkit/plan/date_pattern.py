"""The JSON Schema pattern (ECMA-262) of every plan date spelling that `parse_date` accepts.

Editors and check-jsonschema then reject what validate rejects: month 13 (`110.13`,
`111年13月`), day 0, 31 April, 29 February outside a leap year, ROC year 0 and Gregorian years
before 1912. Digits may be ASCII or full-width, separators any character that NFKC turns into
`-`, `/` or `.`. Validate also reads the digits of other scripts (Arabic-Indic, circled); the
schema does not, since no one types them in a Taiwanese plan and the `date-style` rule asks for
`109-05-01` anyway.
"""

from __future__ import annotations

import re

_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_SEPARATOR = "[-/.\ufe63\uff0d\uff0f\u2024\ufe52\uff0e]"
_YEAR_WORD = "[年\uf98e]"
_MONTH_WORD = "[月\u2f49\u328a]"
_DAY_WORD = "[日號\u2f47\u3290]"
_ROC_PREFIX = "(?:民國|中華民國)?"

_ROC_YEAR = r"0{0,2}[1-9]|0?[1-9]\d|[1-9]\d\d"
_GREGORIAN_YEAR = r"19[2-9]\d|191[2-9]|[2-9]\d\d\d"
# ROC year y is leap when y + 1911 is: y = 1 (mod 4), except the centuries 2100, 2200, 2300,
# 2500 … (ROC 189, 289, 389, 589 …) that 400 does not divide.
_ROC_LEAP = r"[159]|[02468][159]|[13579][37]|\d(?:[0246][159]|8[15]|[13579][37])|[048]89"
_GREGORIAN_LEAP = (
    r"19(?:1[26]|[2468][048]|[3579][26])"
    r"|[2-9]\d(?:0[48]|[2468][048]|[13579][26])|(?:[2468][048]|[3579][26])00"
)
_MONTH = r"0?[1-9]|1[0-2]"
_LONG_MONTH = r"0?[13578]|1[02]"
_SHORT_MONTH = r"0?[469]|11"
_FEBRUARY = r"0?2"
_DAY_31 = r"0?[1-9]|[12]\d|3[01]"
_DAY_30 = r"0?[1-9]|[12]\d|30"
_DAY_28 = r"0?[1-9]|1\d|2[0-8]"
_DAY_29 = r"29"

_TOKEN = re.compile(r"\\d|\[[^\]]*\]|\{[^}]*\}|\d|.", re.DOTALL)


def _wide(pattern: str) -> str:
    """`pattern` with each ASCII digit also matching its full-width form."""

    def widen(token: str) -> str:
        if token == r"\d":
            return "[0-9０-９]"
        if token.isdigit():
            return f"[{token}{token.translate(_FULL_WIDTH)}]"
        if token.startswith("[") and any(c.isdigit() for c in token):
            inner = token[1:-1]
            return f"[{inner}{inner.translate(_FULL_WIDTH)}]"
        return token

    return "".join(widen(m.group()) for m in _TOKEN.finditer(pattern))


def _group(*alternatives: str) -> str:
    return "(?:" + "|".join(_wide(a) for a in alternatives) + ")"


def _dates(year: str, month: str, day: str | None) -> list[str]:
    """The numeric and the written spelling of a year, month and optional day."""
    space = r"\s*"
    numeric = f"{year}{space}{_SEPARATOR}{space}{month}"
    written = f"{_ROC_PREFIX}{space}{year}{space}{_YEAR_WORD}{space}{month}{space}{_MONTH_WORD}"
    if day is None:
        return [numeric, written]
    return [
        f"{numeric}{space}{_SEPARATOR}{space}{day}",
        f"{written}{space}{day}{space}{_DAY_WORD}",
    ]


def _build() -> str:
    any_year = _group(_ROC_YEAR, _GREGORIAN_YEAR)
    leap_year = _group(_ROC_LEAP, _GREGORIAN_LEAP)
    shapes = [
        *_dates(any_year, _group(_MONTH), None),
        *_dates(any_year, _group(_LONG_MONTH), _group(_DAY_31)),
        *_dates(any_year, _group(_SHORT_MONTH), _group(_DAY_30)),
        *_dates(any_year, _group(_FEBRUARY), _group(_DAY_28)),
        *_dates(leap_year, _group(_FEBRUARY), _group(_DAY_29)),
    ]
    return r"^\s*(?:" + "|".join(shapes) + r")\s*$"


DATE_PATTERN = _build()
