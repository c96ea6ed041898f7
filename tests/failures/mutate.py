"""A seeded mutator of YAML text: the edits a hurried hand, a hostile pull request or a
Windows editor make (characters that matter to YAML, broken indentation, lost and doubled
lines, odd line endings and separators, extreme dates, formulas)."""

from __future__ import annotations

import random

FRAGMENTS = (
    ":",
    ": ",
    "- ",
    "-",
    "\t",
    '"',
    "'",
    "&a ",
    "*a",
    "!!python/object ",
    "!x ",
    "\u2028",
    "\u2029",
    "\x85",
    "\r",
    "\r\n",
    "\n",
    "#",
    " # c",
    "|",
    ">",
    "{",
    "}",
    "[",
    "]",
    ",",
    "%",
    "@",
    "`",
    "9999-12-31",
    "0001-01-01",
    "109年13月",
    "１１０-０６",
    '=HYPERLINK("http://x")',
    "+1",
    "![x](http://evil/p.png)",
    "<script>",
    "{{ 7*7 }}",
    "\ufeff",
    "\x00",
    "\x1b[31m",
    "~",
    "null",
    "---\n",
    "...\n",
    "? ",
    "性平處",
    "多元性別",
    "  ",
    "x" * 300,
)


def mutate(text: str, rng: random.Random, edits: int | None = None) -> str:
    """`text` after a few random edits; the same seed gives the same result."""
    for _ in range(edits if edits is not None else rng.randint(1, 4)):
        lines = text.split("\n")
        choice = rng.randrange(7)
        if choice == 0 and text:
            at = rng.randrange(len(text))
            text = text[:at] + rng.choice(FRAGMENTS) + text[at:]
        elif choice == 1 and text:
            at = rng.randrange(len(text))
            text = text[:at] + text[at + rng.randint(1, 12) :]
        elif choice == 2 and len(lines) > 1:
            del lines[rng.randrange(len(lines))]
            text = "\n".join(lines)
        elif choice == 3:
            index = rng.randrange(len(lines))
            lines.insert(index, lines[index])
            text = "\n".join(lines)
        elif choice == 4:
            index = rng.randrange(len(lines))
            lines[index] = " " * rng.choice((1, 2, 3, 4)) + lines[index]
            text = "\n".join(lines)
        elif choice == 5:
            index = rng.randrange(len(lines))
            key, sep, _ = lines[index].partition(": ")
            if sep:
                lines[index] = key + sep + rng.choice(FRAGMENTS)
            text = "\n".join(lines)
        else:
            text = text.replace("\n", rng.choice(("\r\n", "\r", "\n")), rng.randint(1, 20))
    return text
