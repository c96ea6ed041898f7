"""A new Git repository with a first commit, for `ogpkit init`.

The commit is made with the user's own Git identity; when Git has none, the files stay
staged and the reason is returned, so that the command can say what to do.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from ogpkit.history.git import GIT_CONFIG


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *GIT_CONFIG, *args], cwd=folder, capture_output=True, text=True, check=False
    )


def init_and_commit(folder: Path, message: str) -> str | None:
    """`git init` (branch main), add everything, commit; None when done, else Git's reason."""
    try:
        for args in (("init", "--quiet", "--initial-branch=main"), ("add", "--all")):
            done = _git(folder, *args)
            if done.returncode != 0:
                return done.stderr.strip() or f"git {args[0]} failed"
        done = _git(folder, "commit", "--quiet", "-m", message)
    except OSError as error:
        return str(error)
    return None if done.returncode == 0 else (done.stderr.strip() or "git commit failed")
