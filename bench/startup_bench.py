"""Start-up as whole processes: `ogpkit --help` against `yamllint --help`, and `ogpkit validate`
on the bundled plan against `yamllint` on the same files.

    python -m bench.startup_bench [REPEAT]

A command imports only what it needs; the layout issue asks that `--help` is no slower than
yamllint's and that validate of the bundled plan takes at most 1.5 times yamllint's CPU time.
Commands run interleaved; the figures are CPU-time medians (the steadier measure here).
ogpkit's modules are compiled to bytecode first, as an installed wheel has them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from bench.timing import OGPKIT, compare, compile_package, table

REPO = Path(__file__).resolve().parent.parent
YAMLLINT = str(Path(sys.executable).parent / "yamllint")
TODAY = "111-01-01"


def main(repeat: int) -> None:
    compile_package()
    files = [
        "plan.yaml",
        *sorted(str(p.relative_to(REPO)) for p in (REPO / "commitments").glob("*.yaml")),
    ]
    helps = {
        "yamllint --help": [YAMLLINT, "--help"],
        "ogpkit --help": [OGPKIT, "--help"],
    }
    checks = {
        "yamllint (bundled plan)": [YAMLLINT, *files],
        "ogpkit validate (bundled plan)": [OGPKIT, "validate", "--today", TODAY],
    }
    print(f"Medians of {repeat} interleaved runs\n")
    print(table(compare(helps, REPO, repeat), "yamllint --help"))
    print()
    print(table(compare(checks, REPO, repeat), "yamllint (bundled plan)"))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 21)
