"""`ogpkit site` against `ogpkit validate` on the same generated plan in a Git repository.

    python -m bench.site_bench [N] [REPEAT]

The site of N = 500 commitments, search index included (target: within 5 × validate), and
without search, to show what the index costs. The plan is one Git commit, so the changes
feed and the revision history read a real history.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from bench.generate import generate
from bench.timing import OGPKIT, arguments, compare, table

TODAY = "111-06-15"


def commands(folder: Path) -> dict[str, list[str]]:
    site = [OGPKIT, "site", "--today", TODAY, "--output", str(folder / "build" / "site")]
    return {
        "ogpkit validate": [OGPKIT, "validate", "--format", "json", "--today", TODAY],
        "ogpkit site": site,
        "ogpkit site --no-search": [*site, "--no-search"],
        "ogpkit site --formats md,html,json,csv": [*site, "--formats", "md,html,json,csv"],
        "… and --no-search": [*site, "--formats", "md,html,json,csv", "--no-search"],
    }


def commit(folder: Path) -> None:
    identity = ["-c", "user.name=bench", "-c", "user.email=bench@example.gov.tw"]
    subprocess.run(["git", "init", "--quiet", "--initial-branch=main"], cwd=folder, check=True)
    subprocess.run(["git", "add", "--all"], cwd=folder, check=True)
    subprocess.run(["git", *identity, "commit", "--quiet", "-m", "plan"], cwd=folder, check=True)


def main(count: int, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / f"plan-{count}"
        generate(count, folder)
        commit(folder)
        print(f"{count} commitments, medians of {repeat} runs\n")
        print(table(compare(commands(folder), folder, repeat), "ogpkit validate"))
        site = folder / "build" / "site"
        files = [p for p in site.rglob("*") if p.is_file()]
        size = sum(p.stat().st_size for p in files)
        print(f"\nsite: {len(files)} files, {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main(*arguments(500, 3))
