"""Write docs/rules/<id>.md for every lint rule from its docstring (`make rule-docs`)."""

from __future__ import annotations

import sys
from pathlib import Path

from ogpkit.checks.rule_docs import rule_pages

FOLDER = Path(__file__).resolve().parent.parent / "docs" / "rules"


def main() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    pages = rule_pages()
    for name, text in pages.items():
        (FOLDER / name).write_text(text, encoding="utf-8")
    for stale in FOLDER.glob("*.md"):
        if stale.name not in pages:
            stale.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
