"""Output streams that cannot show every character: a Big5 (cp950) or ASCII terminal or pipe.

`PYTHONIOENCODING=cp950` (Windows in Taiwan, output redirected) or an ASCII locale must never
turn a report into a UnicodeEncodeError. Text is written through the `replace` error
handler (a character the encoding lacks becomes '?'); JSON is written with `\\u` escapes,
which every encoding can carry and every JSON reader turns back into the exact text.
"""

from __future__ import annotations

import codecs
import io
from typing import TextIO


def is_unicode(stream: TextIO) -> bool:
    """True when `stream` can carry every character (UTF-8, UTF-16 or UTF-32)."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return False
    return name.startswith("utf")


def tolerant(stream: TextIO) -> None:
    """Make `stream` replace the characters its encoding lacks instead of failing."""
    if isinstance(stream, io.TextIOWrapper) and not is_unicode(stream):
        stream.reconfigure(errors="replace")
