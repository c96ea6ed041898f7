"""Benchmark of `ogpkit render` against `ogpkit validate` on the same generated plan.

    python bench/render_bench.py [COUNT] [REPEAT]     # default 5000 commitments, 3 runs each

Renders all four formats (md, html, json, csv) and validates, side by side, a few times
each; prints the medians of wall-clock and CPU time (user + system; steadier on a shared
machine) and the ratio (target: render within 3 × validate). Then measures the peak
resident memory of render at COUNT/4, COUNT/2 and COUNT commitments: memory that grows
linearly adds about the same per commitment in each step.
"""

from __future__ import annotations

import itertools
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.generate import generate  # noqa: E402

OGPKIT = str(Path(sys.executable).with_name("ogpkit"))
OUT = HERE / "out"
TODAY = "111-06-15"


def measure(args: list[str], cwd: Path) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and peak RSS (KiB) of one run of a command."""
    start = time.perf_counter()
    process = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed with status {status}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def commands(folder: Path) -> dict[str, list[str]]:
    return {
        "validate": [OGPKIT, "validate", "--format", "json", "--today", TODAY],
        "render": [OGPKIT, "render", "--today", TODAY, "--output", str(folder / "build")],
    }


def timing(count: int, repeat: int) -> None:
    folder = OUT / f"plan-{count}"
    generate(count, folder)
    runs: dict[str, list[tuple[float, float, int]]] = {name: [] for name in commands(folder)}
    for _ in range(repeat):
        for name, args in commands(folder).items():
            runs[name].append(measure(args, folder))
    print(f"{count} commitments, {repeat} runs each (median):")
    medians = {}
    for name, results in runs.items():
        wall = statistics.median(r[0] for r in results)
        cpu = statistics.median(r[1] for r in results)
        rss = statistics.median(r[2] for r in results)
        medians[name] = (wall, cpu)
        print(
            f"  ogpkit {name:<9} wall {wall:6.2f} s   cpu {cpu:6.2f} s   peak RSS {rss / 1024:6.0f} MiB"
        )
    wall_ratio = medians["render"][0] / medians["validate"][0]
    cpu_ratio = medians["render"][1] / medians["validate"][1]
    print(f"  render / validate: wall {wall_ratio:.2f}x, cpu {cpu_ratio:.2f}x (target: within 3x)")
    sizes = {p.name: p.stat().st_size for p in sorted((folder / "build").iterdir())}
    print("  output: " + ", ".join(f"{name} {size / 1e6:.1f} MB" for name, size in sizes.items()))


def memory(count: int) -> None:
    print("peak RSS of render by size:")
    points = []
    for size in (count // 4, count // 2, count):
        folder = OUT / f"plan-{size}"
        generate(size, folder)
        _, _, rss = measure(commands(folder)["render"], folder)
        points.append((size, rss / 1024))
        print(f"  {size:>6} commitments: {rss / 1024:7.0f} MiB")
    steps = [(b[1] - a[1]) / (b[0] - a[0]) for a, b in itertools.pairwise(points)]
    print(
        "  growth per commitment: "
        + ", ".join(f"{step * 1024:.0f} KiB" for step in steps)
        + " (about equal: linear)"
    )


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    timing(count, repeat)
    memory(count)
    return 0


if __name__ == "__main__":
    sys.exit(main())
