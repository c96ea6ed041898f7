"""`ogpkit validate` against `check-jsonschema` on the same N generated commitment files.

    python bench/validate_bench.py [N] [REPEAT]

ogpkit does strictly more (schema, plan integrity, positions, messages); the foundation
issue asks that it is not slower than check-jsonschema at 5,000 files, aiming for twice as fast.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench.generate import generate
from bench.timing import BIN, medians, table


def main(count: int = 5000, repeat: int = 3) -> str:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "plan"
        files = [str(p.relative_to(root)) for p in generate(count, root)]
        commands = {
            "ogpkit validate": [str(BIN / "ogpkit"), "validate"],
            "check-jsonschema": [
                str(BIN / "check-jsonschema"),
                "--schemafile",
                "schema/commitment.schema.json",
                *files,
            ],
        }
        rows = medians(commands, root, repeat)
        startup = medians({"ogpkit --help": [str(BIN / "ogpkit"), "--help"]}, root, 5)
    report = f"{count} files, median of {repeat} runs\n\n" + table(rows, "check-jsonschema")
    return report + f"\n\n`ogpkit --help` starts in {startup['ogpkit --help']:.2f} s (median of 5)."


if __name__ == "__main__":
    arguments = [int(a) for a in sys.argv[1:3]]
    print(main(*arguments))
