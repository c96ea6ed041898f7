"""`ogpkit validate --changed` and `ogpkit status` against `ogpkit validate` on N files in Git.

    python -m bench.agency_bench [N] [REPEAT]

--changed runs the whole validation (changed files are checked against the whole plan) plus
two Git queries; the benchmark shows what that costs.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from bench.generate import generate
from bench.timing import OGPKIT, arguments, compare, table

GIT_ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "bench",
    "GIT_AUTHOR_EMAIL": "bench@example.org",
    "GIT_COMMITTER_NAME": "bench",
    "GIT_COMMITTER_EMAIL": "bench@example.org",
}


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, env=GIT_ENV, capture_output=True)


def main(count: int, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        repo = Path(folder) / "plan"
        paths = generate(count, repo)
        git(repo, "init", "-q", "-b", "main")
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", "plan")
        git(repo, "checkout", "-q", "-b", "agency")
        paths[0].write_text(paths[0].read_text(encoding="utf-8") + "\n", encoding="utf-8")
        commands = {
            "ogpkit validate": [OGPKIT, "validate", "--format", "json"],
            "ogpkit validate --changed": [OGPKIT, "validate", "--format", "json", "--changed"],
            "ogpkit status": [OGPKIT, "status", "--json"],
        }
        results = compare(commands, repo, repeat)
    print(f"{count} files, medians of {repeat} runs\n")
    print(table(results, "ogpkit validate"))


if __name__ == "__main__":
    main(*arguments())
