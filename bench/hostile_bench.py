"""Hostile sizes (issue 10, section 6): a commitment file of about 1 MB, the most ogpkit reads,
through validate, lint, status and render; the bound is 2 s for each.

    python -m bench.hostile_bench [REPEAT]

Three files, each in a copy of the bundled plan:
- `milestones`: about 10,000 milestones in 990 KB (a valid file: render writes md, html,
  json and csv);
- `one-value`: one 900 KB line in `problem` (refused by field-too-long at its line);
- `title`: a 100,000-character title (the near-duplicate search once took over a minute).
Medians of wall-clock and CPU time are printed; the exit status is 1 when a median CPU time is
over the bound (CPU time is the steadier measure on a shared machine).
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from tests.conftest import copy_plan

from bench.timing import OGPKIT, compare, compile_package

FILE = "commitments/1-1-government-procurement.yaml"
BOUND = 2.0
SIZE = 990_000
TODAY = "109-01-08"
COMMANDS = {
    "validate": [OGPKIT, "validate", "--today", TODAY],
    "lint": [OGPKIT, "lint"],
    "status": [OGPKIT, "status", "--today", TODAY],
    "render": [OGPKIT, "render", "--today", TODAY, "--force", "--output", "out"],
}


def milestones(text: str) -> str:
    """As many milestones as fit in 990,000 bytes (files over 1,000,000 are refused unread)."""
    start = text.index("milestones:\n") + len("milestones:\n")
    end = text.index("\ncontact:") + 1
    one = "  - indicator: 第{n:05d}項衡量指標：完成*開放*資料檢核\n    start: 109-05\n    end: 110-12\n"
    rest = len((text[:start] + text[end:]).encode("utf-8"))
    count = (SIZE - rest) // len(one.format(n=0).encode("utf-8"))
    many = "".join(one.format(n=n) for n in range(1, count + 1))
    return text[:start] + many + text[end:]


def one_value(text: str) -> str:
    return text.replace("problem: |", "problem: " + "資料開放" * 75_000 + "\nx-old: |", 1)


def title(text: str) -> str:
    return text.replace("title: 政府採購資訊公開", "title: " + "政" * 100_000, 1)


CASES: dict[str, Callable[[str], str]] = {
    "milestones": milestones,
    "one-value": one_value,
    "title": title,
}


def plan(folder: Path, change: Callable[[str], str]) -> Path:
    copy_plan(folder)
    path = folder / FILE
    path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    return folder


def main(repeat: int) -> int:
    compile_package()
    over = []
    print(f"medians of {repeat} runs; bound {BOUND:.1f} s CPU\n")
    print("| file | size (KB) | command | wall (s) | CPU (s) |")
    print("|---|---:|---|---:|---:|")
    with tempfile.TemporaryDirectory() as temporary:
        for name, change in CASES.items():
            root = plan(Path(temporary) / name, change)
            size = (root / FILE).stat().st_size / 1000
            for command, run in compare(COMMANDS, root, repeat).items():
                print(f"| {name} | {size:.0f} | {command} | {run.wall:.2f} | {run.cpu:.2f} |")
                if run.cpu > BOUND:
                    over.append(f"{name} {command}")
    if over:
        print(f"\nover {BOUND:.1f} s: " + ", ".join(over))
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 3))
