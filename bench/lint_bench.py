"""How much lint adds to `ogpkit validate`, on a generated plan of N commitment files.

python bench/lint_bench.py [N] [REPETITIONS]

The same files are validated twice, side by side: once with the plan's lint settings (what CI
runs) and once from a copy whose plan.yaml turns every rule off (validate without lint; no
hidden switch is needed). `ogpkit lint` alone is timed too. Prints the medians of wall-clock
and CPU time (user + system of the child process) and their ratios; the machine is shared, so
CPU time is the steadier measure and decides the exit status.
"""

from __future__ import annotations

import resource
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


def timed(args: list[str]) -> tuple[float, float]:
    """Wall-clock seconds and CPU seconds (user + system) of one run of `args`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(args, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed: {result.stderr.decode()}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return elapsed, cpu


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
        walls: dict[str, list[float]] = {name: [] for name in commands}
        cpus: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(repetitions):
            for name, args in commands.items():
                seconds, cpu_seconds = timed(args)
                walls[name].append(seconds)
                cpus[name].append(cpu_seconds)
    wall = {name: statistics.median(values) for name, values in walls.items()}
    cpu = {name: statistics.median(values) for name, values in cpus.items()}
    print(f"{count} commitment files, {repetitions} repetitions, medians in seconds:")
    print(f"  {'':<22} {'wall':>6} {'cpu':>6}")
    for name in commands:
        print(f"  {name:<22} {wall[name]:6.2f} {cpu[name]:6.2f}")
    wall_ratio = wall["validate (with lint)"] / wall["validate (lint off)"]
    cpu_ratio = cpu["validate (with lint)"] / cpu["validate (lint off)"]
    print(
        f"validate with lint / without: wall {wall_ratio:.2f}, cpu {cpu_ratio:.2f} (limit {LIMIT:.2f})"
    )
    return 0 if cpu_ratio <= LIMIT else 1


if __name__ == "__main__":
    arguments = [int(a) for a in sys.argv[1:3]]
    sys.exit(main(*(arguments + [5000, 3][len(arguments) :])))
