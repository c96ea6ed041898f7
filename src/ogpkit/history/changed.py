"""The files changed on a branch: what `ogpkit validate --changed` reports on.

The base is the merge base of HEAD with `--base` (default `origin/main`, else `main`), as a
pull request sees it; changed means committed since then, modified, staged or new (untracked).
"""

from __future__ import annotations

from pathlib import Path

from ogpkit.errors import UsageError
from ogpkit.history.run import GitTimeout, run_git
from ogpkit.report.message import msg

DEFAULT_BASES = ("origin/main", "main")


class _Output:
    def __init__(self, returncode: int, stdout: bytes) -> None:
        self.returncode = returncode
        self.stdout = stdout.decode("utf-8", errors="surrogateescape")


def _git(root: Path, *args: str) -> _Output:
    try:
        done = run_git(["-C", str(root), *args], root)
    except GitTimeout as error:
        raise UsageError(
            msg(
                "--changed needs Git, and git did not answer within {seconds} seconds; check the repository (or set OGPKIT_GIT_TIMEOUT)",
                seconds=format(error.seconds, "g"),
            )
        ) from None
    except OSError as error:
        raise UsageError(
            msg(
                "--changed needs Git, and git cannot be run ({reason}); install Git or run validate without --changed",
                reason=error.strerror or str(error),
            )
        ) from None
    return _Output(done.returncode, done.stdout)


def merge_base(root: Path, base: str | None) -> str:
    """The commit that the branch started from, against `base` or the default bases."""
    inside = _git(root, "rev-parse", "--is-inside-work-tree")
    if inside.returncode != 0:
        raise UsageError(
            msg("--changed needs a Git repository, and {root} is not in one", root=str(root))
        )
    for candidate in (base,) if base else DEFAULT_BASES:
        found = _git(root, "merge-base", "HEAD", candidate)
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.strip()
    if base:
        raise UsageError(
            msg(
                "Cannot compare with {base!r}: no such branch or commit shares history with HEAD; fetch it first (git fetch origin) or name another with --base",
                base=base,
            )
        )
    raise UsageError(
        msg(
            "Cannot find origin/main or main to compare with; fetch it (git fetch origin main) or name the base with --base"
        )
    )


def changed_files(root: Path, base: str | None = None) -> set[str]:
    """Paths (relative to `root`, with /) changed since the merge base, and untracked files."""
    commit = merge_base(root, base)
    diff = _git(root, "diff", "--name-only", "-z", "--relative", "--no-renames", commit)
    untracked = _git(root, "ls-files", "--others", "--exclude-standard", "-z")
    names: set[str] = set()
    for output in (diff.stdout, untracked.stdout):
        names.update(name for name in output.split("\0") if name)
    return names
