"""How much lint adds to `ogpkit validate`, on a generated plan of N commitment files.

python bench/lint_bench.py [N] [REPETITIONS]

The same files are validated twice, side by side: once with the plan's lint settings (what CI
runs) and once from a copy whose plan.yaml turns every rule off (validate without lint; no
hidden switch is needed). `ogpkit lint` alone is timed too. Prints medians and the ratio.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import generate
from ogpkit.rules import RULES

OGPKIT = str(Path(sys.executable).parent / "ogpkit")
LIMIT = 1.30


def without_lint(source: Path, target: Path) -> None:
    shutil.copytree(source, target)
    plan = target / "plan.yaml"
    text = plan.read_text(encoding="utf-8")
    text = text[: text.index("\nlint:")] if "\nlint:" in text else text
    plan.write_text(
        text + "\nlint:\n" + "".join(f"  {rule.id}: off\n" for rule in RULES), encoding="utf-8"
    )


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(args, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed: {result.stderr.decode()}")
    return elapsed


def main(count: int, repetitions: int) -> int:
    with tempfile.TemporaryDirectory() as folder:
        with_lint, no_lint = Path(folder) / "with-lint", Path(folder) / "no-lint"
        generate(count, with_lint)
        without_lint(with_lint, no_lint)
        commands = {
            "validate (lint off)": [OGPKIT, "validate", "--root", str(no_lint), "-f", "json"],
            "validate (with lint)": [OGPKIT, "validate", "--root", str(with_lint), "-f", "json"],
            "lint": [OGPKIT, "lint", "--root", str(with_lint), "-f", "json"],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(repetitions):
            for name, args in commands.items():
                times[name].append(timed(args))
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"{count} commitment files, {repetitions} repetitions, median seconds:")
    for name, value in medians.items():
        print(f"  {name:<22} {value:6.2f}")
    ratio = medians["validate (with lint)"] / medians["validate (lint off)"]
    print(f"validate with lint / without: {ratio:.2f} (limit {LIMIT:.2f})")
    return 0 if ratio <= LIMIT else 1


if __name__ == "__main__":
    arguments = [int(a) for a in sys.argv[1:3]]
    sys.exit(main(*(arguments + [5000, 3][len(arguments) :])))
