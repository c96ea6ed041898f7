"""`ogpkit deadlines` against `ogpkit validate` on a repository of N files and N commits.

python bench/deadlines_bench.py [N] [REPETITIONS]

The plan of N commitment files (bench/generate.py, without `submitted:` lines, so every date
comes from Git) is committed one file a commit with `git fast-import`, at times spread over
the weeks around the 109-01-10 cutoff in several time zones. Both commands read the Git
history; the issue asks that deadlines take at most twice the time of validate.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.generate import generate  # noqa: E402

OGPKIT = str(REPO / ".venv" / "bin" / "ogpkit")
START = 1_577_000_000  # 2019-12-22 07:33 UTC
ZONES = ("+0800", "+0000", "-0500", "+0900")
IDENTITY = {
    "GIT_AUTHOR_NAME": "Bench",
    "GIT_AUTHOR_EMAIL": "bench@example.gov.tw",
    "GIT_COMMITTER_NAME": "Bench",
    "GIT_COMMITTER_EMAIL": "bench@example.gov.tw",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def blob(path: str, data: bytes) -> bytes:
    return b"M 100644 inline " + path.encode() + b"\ndata %d\n" % len(data) + data + b"\n"


def fast_import_stream(root: Path, paths: list[Path]) -> bytes:
    """One commit for the plan, then one commit a commitment file, a few minutes apart."""
    chunks: list[bytes] = []
    setup = [root / "plan.yaml", *sorted((root / "schema").glob("*"))]
    files = [[p] for p in paths]
    for number, group in enumerate([setup, *files]):
        when = START + number * 420
        zone = ZONES[number % len(ZONES)]
        message = f"commit {number}".encode()
        chunks.append(b"commit refs/heads/main\n")
        chunks.append(b"committer Bench <bench@example.gov.tw> %d %s\n" % (when, zone.encode()))
        chunks.append(b"data %d\n%s\n" % (len(message), message))
        for path in group:
            chunks.append(blob(path.relative_to(root).as_posix(), path.read_bytes()))
    return b"".join(chunks)


def build(count: int, target: Path) -> None:
    paths = generate(count, target)
    for path in paths:
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"(?m)^submitted:.*\n", "", text), encoding="utf-8")
    environment = {**os.environ, **IDENTITY}

    def git(*args: str, data: bytes | None = None) -> None:
        subprocess.run(["git", *args], cwd=target, env=environment, input=data, check=True)

    git("init", "--quiet", "--initial-branch=main")
    git("fast-import", "--quiet", data=fast_import_stream(target, paths))
    git("reset", "--quiet")


def timed(args: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, capture_output=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode not in (0, 1):
        raise SystemExit(f"{args} failed: {done.stderr.decode()}")
    return elapsed


def main(count: int, repetitions: int) -> None:
    today = ["--today", "109-03-01"]
    commands = {
        "ogpkit validate": [OGPKIT, "validate", "--format", "json", *today],
        "ogpkit deadlines (table)": [OGPKIT, "deadlines", *today],
        "ogpkit deadlines (json)": [OGPKIT, "deadlines", "--format", "json", *today],
        "ogpkit deadlines (ics)": [OGPKIT, "deadlines", "--format", "ics", *today],
    }
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "plan"
        started = time.perf_counter()
        build(count, target)
        print(
            f"built {count} files in {count + 1} commits in {time.perf_counter() - started:.1f} s"
        )
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(repetitions):
            for name, args in commands.items():
                times[name].append(timed(args, target))
    base = statistics.median(times["ogpkit validate"])
    for name, samples in times.items():
        median = statistics.median(samples)
        print(f"{name:28} median {median:6.2f} s  ratio to validate {median / base:4.2f}")


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 5000,
        int(sys.argv[2]) if len(sys.argv) > 2 else 3,
    )
