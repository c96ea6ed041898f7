"""`ogpkit validate --changed` and `ogpkit status` against `ogpkit validate` on N files in Git.

python bench/agency_bench.py [N] [REPETITIONS]

--changed runs the whole validation (it checks changed files against the whole plan) plus
two Git queries; the benchmark shows what that costs. Prints medians and ratios.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.generate import generate

OGPKIT = str(Path(sys.executable).parent / "ogpkit")
GIT_ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "bench",
    "GIT_AUTHOR_EMAIL": "bench@example.org",
    "GIT_COMMITTER_NAME": "bench",
    "GIT_COMMITTER_EMAIL": "bench@example.org",
}


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, env=GIT_ENV, capture_output=True)


def timed(command: list[str], cwd: Path, repetitions: int) -> float:
    runs = []
    for _ in range(repetitions):
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, capture_output=True, check=False)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main(count: int, repetitions: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        repo = Path(folder) / "plan"
        paths = generate(count, repo)
        git(repo, "init", "-q", "-b", "main")
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", "plan")
        git(repo, "checkout", "-q", "-b", "agency")
        paths[0].write_text(paths[0].read_text(encoding="utf-8") + "\n", encoding="utf-8")
        commands = {
            "validate": [OGPKIT, "validate", "--format", "json"],
            "validate --changed": [OGPKIT, "validate", "--format", "json", "--changed"],
            "status": [OGPKIT, "status", "--json"],
        }
        medians = {name: timed(command, repo, repetitions) for name, command in commands.items()}
    base = medians["validate"]
    print(f"{count} files, median of {repetitions} runs")
    for name, seconds in medians.items():
        print(f"  {name:<20} {seconds:7.2f} s   ×{seconds / base:.2f} of validate")


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 5000,
        int(sys.argv[2]) if len(sys.argv) > 2 else 3,
    )
