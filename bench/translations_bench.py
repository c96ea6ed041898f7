"""`ogpkit translations` against `ogpkit validate` on N commitments and 10·N commits.

    python -m bench.translations_bench [N] [REPEAT]

The plan of N commitment files (bench/generate.py) is committed with `git fast-import`: one
commit adds each file, then nine more commits a file alternately change its Chinese title and
its English (`en:` title and problem), so that every field has a history to walk and the
three states all occur. The issue asks that `translations` on 500 commitments and 5,000
commits take at most twice the time of validate.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from bench.deadlines_bench import IDENTITY, blob
from bench.generate import generate
from bench.timing import OGPKIT, arguments, compare_in_repository

START = 1_577_000_000
VERSIONS = 10


def version(text: str, number: int) -> str:
    """The file's text at its `number`th commit: Chinese title and English take turns."""
    text = text.split("\nen:\n", 1)[0].rstrip("\n") + "\n"
    if number == 0:
        return text
    chinese = (number + 1) // 2
    english = number // 2
    text = re.sub(r"(?m)^(title: .*)$", lambda m: f"{m.group(1)}（第{chinese}版）", text, count=1)
    if english:
        text += f"en:\n  title: English title, version {english}\n  problem: English problem text {english}\n"
    return text


def fast_import_stream(root: Path, paths: list[Path]) -> bytes:
    chunks: list[bytes] = []
    texts = {p: p.read_text(encoding="utf-8") for p in paths}
    setup = [
        (p, p.read_bytes()) for p in [root / "plan.yaml", *sorted((root / "schema").glob("*"))]
    ]
    groups = [setup] + [
        [(p, version(texts[p], number).encode("utf-8"))]
        for number in range(VERSIONS)
        for p in paths
    ]
    for number, group in enumerate(groups):
        message = f"commit {number}".encode()
        chunks.append(b"commit refs/heads/main\n")
        chunks.append(b"committer Bench <bench@example.gov.tw> %d +0800\n" % (START + number * 60))
        chunks.append(b"data %d\n%s\n" % (len(message), message))
        for path, data in group:
            chunks.append(blob(path.relative_to(root).as_posix(), data))
    return b"".join(chunks)


def build(count: int, target: Path) -> int:
    paths = generate(count, target)
    environment = {**os.environ, **IDENTITY}

    def git(*args: str, data: bytes | None = None) -> None:
        subprocess.run(["git", *args], cwd=target, env=environment, input=data, check=True)

    git("init", "--quiet", "--initial-branch=main")
    git("fast-import", "--quiet", data=fast_import_stream(target, paths))
    git("reset", "--quiet", "--hard")
    return count * VERSIONS + 1


def main(count: int, repeat: int) -> None:
    commands = {
        "ogpkit validate": [OGPKIT, "validate", "--format", "json"],
        "ogpkit translations (table)": [OGPKIT, "translations"],
        "ogpkit translations (json)": [OGPKIT, "translations", "--format", "json"],
    }
    compare_in_repository(build, count, commands, repeat, "ogpkit validate")


if __name__ == "__main__":
    main(*arguments(default_count=500))
