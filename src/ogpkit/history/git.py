"""When each file reachable from HEAD was first added (renames followed), from the shared walk.

The walk (`ogpkit.history.walk`) is one `git rev-parse` and one `git log` over the whole history
of the current branch; merges add nothing here (a file added on a branch carries the date of
the branch's commit).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ogpkit.history.walk import HistoryState, Walk, read_walk

__all__ = ["History", "HistoryState", "history_of", "read_history"]


@dataclass(frozen=True)
class History:
    """When each file reachable from HEAD was first added (following renames), by its path."""

    state: HistoryState
    top: Path | None = None
    added: dict[str, datetime] = field(default_factory=dict)
    reason: str = ""

    def added_at(self, path: Path) -> datetime | None:
        """The committer time (UTC) of the first commit that added the file at `path`."""
        if self.top is None:
            return None
        try:
            relative = Path(os.path.realpath(path)).relative_to(self.top).as_posix()
        except ValueError:
            return None
        return self.added.get(relative)


def first_additions(walk: Walk) -> dict[str, datetime]:
    """Oldest commit first; a rename carries the date of the file it was renamed from."""
    added: dict[str, datetime] = {}
    for commit in walk.commits:
        if commit.is_merge:
            continue
        for step in commit.steps(statuses="ARC"):
            if step.new is None:
                continue
            if step.status == "A":
                added.setdefault(step.new, commit.when)
            elif step.status in ("R", "C") and step.old is not None:
                origin = added.get(step.old, commit.when)
                if step.status == "R" or step.new not in added:
                    added[step.new] = origin
    return added


def history_of(walk: Walk) -> History:
    """The submission history that `walk` gives; its state says whether it can be used."""
    if walk.state is not HistoryState.COMPLETE or not walk.commits:
        return History(walk.state, walk.top, reason=walk.reason)
    return History(HistoryState.COMPLETE, walk.top, first_additions(walk))


def read_history(folder: Path) -> History:
    """The history of the checkout that holds `folder`; its state says whether it can be used."""
    return history_of(read_walk(folder))
