"""Timing of whole commands side by side, for a noisy machine.

Each command runs as a child process; its wall-clock time, CPU time (user + system: the
steadier measure on a shared machine) and peak memory are read with `wait4`. Commands are
interleaved, repetition by repetition, so that noise hits them alike; medians are reported
with their ratios to a baseline.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

OGPKIT = str(Path(sys.executable).parent / "ogpkit")


def compile_package() -> None:
    """Compile ogpkit's modules to bytecode before timing, as installing its wheel does: an
    editable install run with PYTHONDONTWRITEBYTECODE=1 would compile every module on every run,
    which the installed yamllint and check-jsonschema never do."""
    import compileall

    import ogpkit

    compileall.compile_dir(Path(ogpkit.__file__).parent, quiet=1)


@dataclass(frozen=True)
class Run:
    wall: float
    cpu: float
    peak_mib: float


def measure(command: Sequence[str], cwd: Path, ok_codes: Sequence[int] = (0, 1)) -> Run:
    """One run of `command`; SystemExit with its output if it exits otherwise."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert process.stderr is not None
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in ok_codes:
        raise SystemExit(f"{' '.join(command[:4])}… failed:\n{errors.decode(errors='replace')}")
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def compare(
    commands: Mapping[str, Sequence[str]], cwd: Path, repeat: int, ok_codes: Sequence[int] = (0, 1)
) -> dict[str, Run]:
    """The median run of each command over `repeat` interleaved repetitions."""
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            runs[name].append(measure(command, cwd, ok_codes))
    return {
        name: Run(
            statistics.median(r.wall for r in results),
            statistics.median(r.cpu for r in results),
            statistics.median(r.peak_mib for r in results),
        )
        for name, results in runs.items()
    }


def table(results: Mapping[str, Run], baseline: str) -> str:
    """A Markdown table of the medians and their ratios to `baseline`."""
    base = results[baseline]
    lines = [
        f"| command | wall (s) | CPU (s) | peak memory (MiB) | wall ÷ {baseline} | CPU ÷ {baseline} |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, run in results.items():
        lines.append(
            f"| {name} | {run.wall:.2f} | {run.cpu:.2f} | {run.peak_mib:.0f} "
            f"| {run.wall / base.wall:.2f} | {run.cpu / base.cpu:.2f} |"
        )
    return "\n".join(lines)


def arguments(default_count: int = 5000, default_repeat: int = 3) -> tuple[int, int]:
    """`[N] [REPEAT]` from the command line."""
    given = [int(a) for a in sys.argv[1:3]]
    count = given[0] if given else default_count
    repeat = given[1] if len(given) > 1 else default_repeat
    return count, repeat


def compare_in_repository(
    build: Callable[[int, Path], int],
    count: int,
    commands: Mapping[str, Sequence[str]],
    repeat: int,
    baseline: str,
) -> None:
    """Build a repository of `count` files (`build` returns its number of commits) in a
    temporary folder, time `commands` there and print the table against `baseline`."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "plan"
        started = time.perf_counter()
        commits = build(count, target)
        built = time.perf_counter() - started
        results = compare(commands, target, repeat)
    print(
        f"{count} files in {commits} commits (built in {built:.1f} s), medians of {repeat} runs\n"
    )
    print(table(results, baseline))
