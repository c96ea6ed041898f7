"""Writing English texts into a commitment file's `en:` block, losslessly.

English for a key already under `en:` replaces that value in its style; a new key is added at
the end of `en:`; a file without `en:` gets the block appended at its end. The edits go
through `ogpkit.fixes.edit` (the machinery of `lint --fix`), so comments, key order, quoting
and every other byte stay as they were, the result must read back to exactly the intended
data, and nothing is written otherwise.
"""

from __future__ import annotations

import io
from typing import Any

from ogpkit.checks.rules.base import SetValue
from ogpkit.fixes.edit import FixError, apply_in_memory, apply_to_text
from ogpkit.plan.translation import ENGLISH_KEY
from ogpkit.report.message import msg
from ogpkit.source.yaml_reader import parse_yaml


def normalized(text: str) -> str:
    """A text as a YAML block keeps it: several lines end with one line break."""
    text = text.replace("\r\n", "\n")
    return text.rstrip("\n") + "\n" if "\n" in text.strip("\n") else text.strip("\n")


def _block(english: dict[str, str]) -> str:
    from ruamel.yaml import YAML
    from ruamel.yaml.scalarstring import LiteralScalarString

    yaml = YAML(typ="rt")
    yaml.width = 1_000_000
    values: dict[str, Any] = {
        key: LiteralScalarString(text) if "\n" in text else text for key, text in english.items()
    }
    stream = io.StringIO()
    yaml.dump({ENGLISH_KEY: values}, stream)
    return stream.getvalue()


def with_english(text: str, english: dict[str, str]) -> str:
    """The file's text with `english` (key → English) written under `en:`."""
    english = {key: normalized(value) for key, value in english.items()}
    data = parse_yaml(text).data
    if not isinstance(data, dict):
        raise FixError(msg("This file cannot be read as a commitment; fix it first"))
    block = data.get(ENGLISH_KEY)
    if isinstance(block, dict):
        return apply_to_text(text, [SetValue((ENGLISH_KEY, k), v) for k, v in english.items()])
    if ENGLISH_KEY in data:
        raise FixError(
            msg("en: in this file is not a list of 'field: English' lines; fix it by hand first")
        )
    newline = "\r\n" if "\r\n" in text else "\n"
    body = text if text.endswith(("\n", "\r\n")) or not text else text + newline
    appended = body + _block(english).replace("\n", newline)
    expected = apply_in_memory({**data, ENGLISH_KEY: {}}, [])
    expected[ENGLISH_KEY] = english
    if parse_yaml(appended.replace("\r\n", "\n")).data != expected:
        raise FixError(
            msg(
                "The automatic fix would change more than the fixed values; make the change by hand"
            )
        )
    return appended
