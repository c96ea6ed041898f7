"""CSV cells that a spreadsheet cannot run as a formula (OWASP CSV injection).

A cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a single quote in
front, so that Excel and LibreOffice show it as text. One function, used by every CSV that
ogpkit writes.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
