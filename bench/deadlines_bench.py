"""`ogpkit deadlines` against `ogpkit validate` on a repository of N files and N commits.

    python -m bench.deadlines_bench [N] [REPEAT]

The plan of N commitment files (bench/generate.py, without `submitted:` lines, so every date
comes from Git) is committed one file a commit with `git fast-import`, at times spread over
the weeks around the 109-01-10 cutoff in several time zones. Both commands read the Git
history; the issue asks that deadlines take at most twice the time of validate.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from bench.generate import generate
from bench.timing import OGPKIT, arguments, compare_in_repository

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


def build(count: int, target: Path) -> int:
    """The repository of `count` files in `target`; its number of commits."""
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
    return count + 1


def main(count: int, repeat: int) -> None:
    today = ["--today", "109-03-01"]
    commands = {
        "ogpkit validate": [OGPKIT, "validate", "--format", "json", *today],
        "ogpkit deadlines (table)": [OGPKIT, "deadlines", *today],
        "ogpkit deadlines (json)": [OGPKIT, "deadlines", "--format", "json", *today],
        "ogpkit deadlines (ics)": [OGPKIT, "deadlines", "--format", "ics", *today],
    }
    compare_in_repository(build, count, commands, repeat, "ogpkit validate")


if __name__ == "__main__":
    main(*arguments())
