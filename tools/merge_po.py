"""Resolve Git conflict blocks in the .po catalogue by keeping both sides (entries are
independent and sorted again by `messages.py update`)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from messages import CATALOGUE

BLOCK = re.compile(r"<<<<<<< [^\n]*\n(.*?)=======\n(.*?)>>>>>>> [^\n]*\n", re.DOTALL)


def main() -> int:
    text = CATALOGUE.read_text(encoding="utf-8")
    merged = BLOCK.sub(lambda m: m.group(1) + "\n" + m.group(2), text)
    Path(CATALOGUE).write_text(merged, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
