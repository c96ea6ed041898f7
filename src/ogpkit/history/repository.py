"""A new Git repository with a first commit, for `ogpkit init`.

The commit is made with the user's own Git identity; when Git has none, the files stay
staged and the reason is returned, so that the command can say what to do.
"""

from __future__ import annotations

from pathlib import Path

from ogpkit.history.run import GitTimeout, run_git


def init_and_commit(folder: Path, message: str) -> str | None:
    """`git init` (branch main), add everything, commit; None when done, else Git's reason."""
    steps = (
        ("init", "--quiet", "--initial-branch=main"),
        ("add", "--all"),
        ("commit", "--quiet", "-m", message),
    )
    for args in steps:
        try:
            done = run_git(args, folder)
        except (OSError, GitTimeout) as error:
            return str(error)
        if done.returncode != 0:
            said = done.stderr.decode("utf-8", errors="replace").strip()
            return said or f"git {args[0]} failed"
    return None
