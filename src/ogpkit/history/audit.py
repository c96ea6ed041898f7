"""Git as the audit trail of progress: which commit added each line of a commitment file.

One `git log -p -U0` over the whole history of `commitments/` (oldest first, renames
followed), read once: for every file, the commits that added each line text, in order. An
update is found by the line of its `date` key: the k-th update line with the same text in a
file was added by the k-th commit that added that text (an edit that rewrites the date counts
as a new report).
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ogpkit.history.git import HistoryState, _decode, _git, locate
from ogpkit.history.run import GitTimeout

COMMIT_MARK = b"\x01"


@dataclass(frozen=True)
class Commit:
    sha: str
    when: datetime
    author: str


@dataclass(frozen=True)
class AuditTrail:
    """The commits that added each line text, by file path relative to the top of the checkout."""

    state: HistoryState
    top: Path | None = None
    added: dict[str, dict[str, list[Commit]]] = field(default_factory=dict)
    reason: str = ""

    def relative(self, path: Path) -> str | None:
        if self.top is None:
            return None
        try:
            return Path(os.path.realpath(path)).relative_to(self.top).as_posix()
        except ValueError:
            return None

    def commit_of(self, path: Path, line: str, occurrence: int) -> Commit | None:
        """The commit that added the `occurrence`-th (from 0) copy of `line` in the file."""
        name = self.relative(path)
        found = self.added.get(name, {}).get(line.rstrip()) if name else None
        if not found:
            return None
        return found[min(occurrence, len(found) - 1)]


def _target(name: bytes) -> str | None:
    text = _decode(name)
    return None if text == "/dev/null" else text.removeprefix("b/")


def parse_patch_log(output: bytes) -> dict[str, dict[str, list[Commit]]]:
    """Read `git log -p -U0 --format=%x01%H%x00%ct%x00%an --reverse`."""
    added: dict[str, dict[str, list[Commit]]] = defaultdict(lambda: defaultdict(list))
    for record in output.split(COMMIT_MARK)[1:]:
        header, _, patch = record.partition(b"\n")
        sha, stamp, author = ([*header.split(b"\x00"), b"", b""])[:3]
        commit = Commit(_decode(sha), datetime.fromtimestamp(int(stamp), UTC), _decode(author))
        current: dict[str, list[Commit]] | None = None
        rename_from: str | None = None
        for raw in patch.split(b"\n"):
            if raw.startswith(b"diff --git "):
                current, rename_from = None, None
            elif raw.startswith(b"rename from "):
                rename_from = _decode(raw[12:])
            elif raw.startswith(b"rename to ") and rename_from is not None:
                moved = added.pop(rename_from, None)
                current = added[_decode(raw[10:])]
                if moved:
                    for text, commits in moved.items():
                        current[text] = commits + current[text]
            elif raw.startswith(b"+++ "):
                target = _target(raw[4:])
                current = added[target] if target else None
            elif raw.startswith(b"+") and current is not None:
                current[_decode(raw[1:]).rstrip()].append(commit)
    return {name: dict(lines) for name, lines in added.items()}


def read_audit(folder: Path, subfolder: str) -> AuditTrail:
    """The audit trail of `subfolder` (such as commitments) of the checkout that holds `folder`."""
    checkout = locate(folder)
    top = checkout.top
    if not checkout.walk or top is None:
        return AuditTrail(checkout.state, top, reason=checkout.reason)
    scope = (Path(os.path.realpath(folder)) / subfolder).relative_to(top).as_posix()
    try:
        log = _git(
            [
                "log",
                "--reverse",
                "--topo-order",
                "-p",
                "-U0",
                "--no-ext-diff",
                "--find-renames",
                "--format=%x01%H%x00%ct%x00%an",
                "HEAD",
                "--",
                scope,
            ],
            top,
        )
    except (OSError, GitTimeout) as error:
        return AuditTrail(HistoryState.FAILED, top, reason=str(error))
    if log.returncode != 0:
        return AuditTrail(HistoryState.FAILED, top, reason=_decode(log.stderr).strip())
    return AuditTrail(HistoryState.COMPLETE, top, parse_patch_log(log.stdout))
