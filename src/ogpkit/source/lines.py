"""Lines as editors and GitHub count them: only `\\n`, `\\r\\n` and `\\r` end a line.

`str.splitlines` and libyaml also break lines at U+0085, U+2028 and U+2029 (and
`splitlines` at form feeds and more); ogpkit treats those as text, so that a line number in
a message is the line an editor shows.
"""

from __future__ import annotations

import re

_BREAK = re.compile(r"\r\n|\r|\n")
TEXT_BREAKS = "\x85\u2028\u2029"


def split_lines(text: str) -> list[str]:
    """The lines of `text`, without their endings; no empty last line after a final break."""
    lines = _BREAK.split(text)
    if lines and lines[-1] == "" and len(lines) > 1:
        lines.pop()
    return lines


def split_lines_keepends(text: str) -> list[str]:
    """The lines of `text`, each with its own ending (`\\n`, `\\r\\n` or `\\r`) as written."""
    result: list[str] = []
    start = 0
    for found in _BREAK.finditer(text):
        result.append(text[start : found.end()])
        start = found.end()
    if start < len(text):
        result.append(text[start:])
    return result


def line_count(text: str) -> int:
    return max(1, len(split_lines(text)))


def placeholders(text: str) -> dict[str, str]:
    """Stand-ins (private-use characters absent from `text`) for the characters in TEXT_BREAKS.

    libyaml reads U+0085, U+2028 and U+2029 as line breaks; each is swapped for one character
    of the same width before parsing, and swapped back in the values read.
    """
    present = [c for c in TEXT_BREAKS if c in text]
    if not present:
        return {}
    free = (chr(code) for code in range(0xE000, 0xF900) if chr(code) not in text)
    return {character: next(free) for character in present}
