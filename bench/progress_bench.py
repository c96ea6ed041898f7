"""`ogpkit progress` and `ogpkit report` against `ogpkit validate` on a repository of N
commitments (about 4N milestones) and 10N commits.

    python -m bench.progress_bench [N] [REPEAT]      (default N = 500: 2,045 milestones)

The N files (bench/generate.py, the bundled commitments with their progress updates) are
committed with `git fast-import`: each first without updates, then once a reporting period
with the updates dated up to that period's end, a day after it; the withdrawals and results
with the last. validate and report read the whole Git history once; report also reads every
file as committed at each due date, and as every file changes every period here, that is its
worst case (history/snapshots.py). The issue asks that progress and report take at most twice
the time of validate.
"""

from __future__ import annotations

import os
import re
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bench.deadlines_bench import IDENTITY, blob
from bench.generate import generate
from bench.timing import OGPKIT, arguments, compare_in_repository
from ogpkit.plan.dates import parse_date

DUES = [
    date(2020, 10, 31),
    date(2021, 4, 30),
    date(2021, 10, 31),
    date(2022, 4, 30),
    date(2022, 10, 31),
    date(2023, 4, 30),
    date(2023, 10, 31),
    date(2024, 4, 30),
    date(2024, 5, 31),
]
UPDATE = re.compile(r"^      - date: (\S+)$")


def version(text: str, cutoff: date | None, last: bool) -> str:
    """The file with only the updates dated on or before `cutoff` (none when None)."""
    out: list[str] = []
    block: list[str] = []
    keep_item = False
    kept_any = False

    def flush() -> None:
        if kept_any:
            out.extend(block)

    lines = text.split("\n")
    in_updates = False
    for line in lines:
        if line == "    updates:":
            in_updates, block, kept_any = True, [line], False
            continue
        if in_updates and (line.startswith("      ") or line == ""):
            match = UPDATE.match(line)
            if match:
                keep_item = cutoff is not None and parse_date(match[1]).last_day <= cutoff
                kept_any = kept_any or keep_item
            if keep_item:
                block.append(line)
            continue
        if in_updates:
            flush()
            in_updates = False
        out.append(line)
    if in_updates:
        flush()
    result = "\n".join(out)
    if not last:
        result = re.sub(r"(?m)^    withdrawn:\n(?:      .*\n)*", "", result)
        result = re.sub(r"(?m)^results:\n(?:  .*\n)*", "", result)
    return result


def stream(root: Path, paths: list[Path]) -> bytes:
    chunks: list[bytes] = []
    moment = datetime(2020, 1, 5, tzinfo=UTC)

    def commit(when: datetime, files: list[tuple[str, bytes]], number: int) -> None:
        message = f"commit {number}".encode()
        chunks.append(b"commit refs/heads/main\n")
        chunks.append(b"committer Bench <bench@example.gov.tw> %d +0800\n" % when.timestamp())
        chunks.append(b"data %d\n%s\n" % (len(message), message))
        for name, data in files:
            chunks.append(blob(name, data))

    setup = [root / "plan.yaml", *sorted((root / "schema").glob("*"))]
    commit(moment, [(p.relative_to(root).as_posix(), p.read_bytes()) for p in setup], 0)
    texts = {p: p.read_text(encoding="utf-8") for p in paths}
    number = 1
    for step, cutoff in enumerate([None, *DUES]):
        start = moment if cutoff is None else datetime.combine(cutoff, datetime.min.time(), UTC)
        start += timedelta(days=1)
        for index, path in enumerate(paths):
            data = version(texts[path], cutoff, step == len(DUES)).encode("utf-8")
            commit(
                start + timedelta(seconds=30 * index),
                [(path.relative_to(root).as_posix(), data)],
                number,
            )
            number += 1
    return b"".join(chunks)


def build(count: int, target: Path) -> int:
    paths = generate(count, target)
    environment = {**os.environ, **IDENTITY}
    data = stream(target, paths)

    def git(*args: str, data: bytes | None = None) -> None:
        subprocess.run(["git", *args], cwd=target, env=environment, input=data, check=True)

    git("init", "--quiet", "--initial-branch=main")
    git("fast-import", "--quiet", data=data)
    git("reset", "--quiet", "--hard")
    return 1 + count * (len(DUES) + 1)


def main(count: int, repeat: int) -> None:
    today = ["--today", "113-04-15"]
    commands = {
        "ogpkit validate": [OGPKIT, "validate", "--format", "json", *today],
        "ogpkit progress (table)": [OGPKIT, "progress", *today],
        "ogpkit progress (json)": [OGPKIT, "progress", "--format", "json", *today],
        "ogpkit report (md,html,json,csv)": [OGPKIT, "report", "--period", "final", "-o", "out"],
    }
    compare_in_repository(build, count, commands, repeat, "ogpkit validate")


if __name__ == "__main__":
    main(*arguments(default_count=500))
