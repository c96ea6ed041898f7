"""`ogpkit compare` of two revisions of a plan of N commitments (issue 14: N = 500, under 5 s).

    python -m bench.compare_bench [N] [REPEAT]

The plan (bench/generate.py) is committed twice with Git: the draft, then a revision that
rewrites the problem text of every commitment and a milestone of every fifth one. compare
writes md and html; `ogpkit validate` of the same plan is shown beside it for scale.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from bench.deadlines_bench import IDENTITY
from bench.generate import generate
from bench.timing import OGPKIT, arguments, compare, table


def build(count: int, target: Path) -> None:
    paths = generate(count, target)
    environment = {**os.environ, **IDENTITY}

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=target, env=environment, check=True)

    git("init", "--quiet", "--initial-branch=main")
    git("add", "-A")
    git("commit", "--quiet", "-m", "Draft of the plan sent to the forum")
    for number, path in enumerate(paths):
        text = path.read_text(encoding="utf-8")
        text = text.replace("problem: |\n  ", "problem: |\n  依公眾意見修正：", 1)
        if number % 5 == 0:
            text = text.replace("indicator: ", "indicator: 每季公開進度，", 1)
        path.write_text(text, encoding="utf-8")
    git("commit", "--quiet", "-am", "Plan for the Executive Yuan")


def main(count: int, repeat: int) -> None:
    commands = {
        "ogpkit validate": [OGPKIT, "validate", "--today", "109-03-01"],
        "ogpkit compare (md, html)": [OGPKIT, "compare", "HEAD~1", "HEAD", "--format", "md,html"],
    }
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "plan"
        build(count, target)
        results = compare(commands, target, repeat)
    print(f"{count} commitments, two revisions, medians of {repeat} interleaved runs\n")
    print(table(results, "ogpkit validate"))
    print(f"\ncompare: {results['ogpkit compare (md, html)'].wall:.2f} s (target < 5 s)")


if __name__ == "__main__":
    main(*arguments(500, 5))
