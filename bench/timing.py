"""Timing of whole commands, side by side: medians of alternating runs, for a noisy machine."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

BIN = Path(sys.executable).parent


def run_once(command: Sequence[str], cwd: Path, ok_codes: Sequence[int] = (0,)) -> float:
    start = time.perf_counter()
    completed = subprocess.run(command, cwd=cwd, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if completed.returncode not in ok_codes:
        raise SystemExit(
            f"{' '.join(command[:3])}… exited {completed.returncode}:\n"
            + completed.stdout.decode(errors="replace")[-2000:]
            + completed.stderr.decode(errors="replace")[-2000:]
        )
    return elapsed


def medians(
    commands: Mapping[str, Sequence[str]], cwd: Path, repeat: int, ok_codes: Sequence[int] = (0,)
) -> dict[str, float]:
    """Run the commands in turn `repeat` times (interleaved, so noise hits them alike)."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            times[name].append(run_once(command, cwd, ok_codes))
    return {name: statistics.median(values) for name, values in times.items()}


def table(rows: dict[str, float], baseline: str) -> str:
    """A Markdown table of medians and ratios to `baseline`."""
    lines = ["| command | median (s) | ratio to " + baseline + " |", "|---|---:|---:|"]
    for name, seconds in rows.items():
        lines.append(f"| {name} | {seconds:.2f} | {seconds / rows[baseline]:.2f} |")
    return "\n".join(lines)
