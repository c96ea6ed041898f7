"""A new Git repository with a first commit, for `ogpkit init`.

The commit is made with the user's own Git identity; when Git has none, the files stay
staged and the reason is returned, so that the command can say what to do.
"""

from __future__ import annotations

from pathlib import Path

from ogpkit.history.run import GitTimeout, run_git


class _Done:
    def __init__(self, returncode: int, stderr: bytes) -> None:
        self.returncode = returncode
        self.stderr = stderr.decode("utf-8", errors="replace")


def _git(folder: Path, *args: str) -> _Done:
    try:
        done = run_git(args, folder)
    except GitTimeout as error:
        return _Done(1, str(error).encode())
    return _Done(done.returncode, done.stderr)


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
