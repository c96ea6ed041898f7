"""What changed in the plan, commit by commit: the entries of the site's Atom feed.

One `git log` over `plan.yaml` and `commitments/` (following nothing: a rename is a deletion
and an addition, which is what a reader of the feed sees). Outside a checkout, or when Git
fails, there are no changes: the feed is then empty, never an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ogpkit.history.run import GitTimeout, run_git

RECORD, FIELD = "\x1e", "\x1f"
ACTIONS = {"A": "added", "M": "modified", "D": "deleted", "R": "renamed", "C": "copied"}


@dataclass(frozen=True)
class FileChange:
    action: str  # added, modified, deleted, renamed, copied
    path: str  # relative to the plan's root, as it is after the commit


@dataclass(frozen=True)
class Change:
    commit: str
    when: datetime
    author: str
    subject: str
    files: tuple[FileChange, ...]


def parse_changes(output: str, prefix: str) -> list[Change]:
    """Read `git log --name-status --format=<RECORD>%H<FIELD>%ct<FIELD>%an<FIELD>%s`."""
    changes = []
    for record in output.split(RECORD)[1:]:
        head, _, body = record.partition("\n")
        parts = head.split(FIELD)
        if len(parts) != 4 or not parts[1].isdigit():
            continue
        files = []
        for line in body.splitlines():
            columns = line.split("\t")
            if len(columns) < 2 or not columns[0]:
                continue
            path = columns[-1]
            files.append(
                FileChange(ACTIONS.get(columns[0][0], "modified"), path.removeprefix(prefix))
            )
        when = datetime.fromtimestamp(int(parts[1]), tz=UTC)
        changes.append(Change(parts[0], when, parts[2], parts[3], tuple(files)))
    return changes


def plan_changes(root: Path, limit: int = 100) -> list[Change]:
    """The latest `limit` commits that touched plan.yaml or commitments/, newest first."""
    try:
        where = run_git(["rev-parse", "--show-prefix"], root)
        if where.returncode != 0:
            return []
        prefix = where.stdout.decode("utf-8", errors="replace").strip()
        log = run_git(
            [
                "log",
                f"-{limit}",
                "--name-status",
                f"--format={RECORD}%H{FIELD}%ct{FIELD}%an{FIELD}%s",
                "--",
                "plan.yaml",
                "commitments",
            ],
            root,
        )
    except (OSError, GitTimeout):
        return []
    if log.returncode != 0:
        return []
    return parse_changes(log.stdout.decode("utf-8", errors="replace"), prefix)
