"""`ogpkit validate` against `check-jsonschema` on the same N generated commitment files.

    python -m bench.validate_bench [N] [REPEAT]

ogpkit does strictly more (schema, plan integrity, lint, positions, messages); the foundation
issue asks that it is not slower than check-jsonschema at 5,000 files, aiming for twice as fast.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench.generate import generate
from bench.timing import OGPKIT, arguments, compare, compile_package, table

TODAY = "109-01-08"


def main(count: int, repeat: int) -> None:
    compile_package()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "plan"
        files = [str(p.relative_to(root)) for p in generate(count, root)]
        checker = str(Path(sys.executable).parent / "check-jsonschema")
        commands = {
            "check-jsonschema": [checker, "--schemafile", "schema/commitment.schema.json", *files],
            "ogpkit validate": [OGPKIT, "validate", "--today", TODAY],
        }
        print(f"{count} files, medians of {repeat} runs\n")
        print(table(compare(commands, root, repeat), "check-jsonschema"))
        startup = compare({"ogpkit --help": [OGPKIT, "--help"]}, root, 5)["ogpkit --help"]
        print(f"\n`ogpkit --help` starts in {startup.wall:.2f} s (median of 5).")


if __name__ == "__main__":
    main(*arguments())
