"""Git as the audit trail of progress: which commit added each line of a commitment file.

Read from the shared walk (`ogpkit.history.walk`: one `git log`, oldest first, renames followed,
and one `git cat-file --batch` for the versions of the YAML files): for every file below the
folder, each version is compared line by line with the one before it, as `git diff` does, and
the commits that added each line text are kept, in order. Merges add nothing (a line added on a
branch belongs to the branch's commit). An update is found by the line of its `date` key: the
k-th update line with the same text in a file was added by the k-th commit that added that text
(an edit that rewrites the date counts as a new report).
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ogpkit.history.walk import HistoryState, Walk, _decode, in_scope, read_walk


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


def lines_of(text: bytes) -> list[bytes]:
    """The lines of a file as Git counts them: split at LF, a last line without one kept as
    it is (it differs from the same line with an end); a file with a NUL byte has none."""
    if b"\0" in text:
        return []
    parts = text.split(b"\n")
    lines = [part + b"\n" for part in parts[:-1]]
    return [*lines, parts[-1]] if parts[-1] else lines


def added_lines(before: list[bytes], after: list[bytes]) -> list[bytes]:
    """The lines of `after` that a line diff from `before` shows as added, in order.

    The lines both versions begin and end with are set aside first; what lies between is
    compared as `git diff` does by default (Myers' shortest edit script), which takes time in
    proportion to the lines times the edits, so a small edit of a long file stays fast, where a
    longest-common-run matcher was quadratic on YAML's many equal lines. A rewrite of more than
    MOST_EDITS lines adds the lines whose text it has more of than before."""
    head = 0
    while head < len(before) and head < len(after) and before[head] == after[head]:
        head += 1
    tail = 0
    while (
        tail < len(before) - head
        and tail < len(after) - head
        and before[-1 - tail] == after[-1 - tail]
    ):
        tail += 1
    old, new = before[head : len(before) - tail], after[head : len(after) - tail]
    if not old or not new:
        return new
    inserted = _inserted(old, new)
    if inserted is None:
        return _surplus(old, new)
    return [new[index] for index in inserted]


MOST_EDITS = 1000  # beyond, a rewrite: the line texts it has more of are what it added


def _surplus(old: list[bytes], new: list[bytes]) -> list[bytes]:
    """The lines of `new` beyond the count of their text in `old`, in order: what a rewrite
    added, whatever order it put the rest in."""
    extra = Counter(new) - Counter(old)
    added = []
    for line in reversed(new):
        if extra[line]:
            extra[line] -= 1
            added.append(line)
    return added[::-1]


def _inserted(old: list[bytes], new: list[bytes]) -> list[int] | None:
    """The positions in `new` that Myers' shortest edit script from `old` inserts, ascending;
    None when the script would be longer than MOST_EDITS."""
    n, m = len(old), len(new)
    frontier = {1: 0}  # diagonal k = x - y → the furthest x reached on it
    trace = []
    for d in range(min(n + m, MOST_EDITS) + 1):
        trace.append(dict(frontier))
        for k in range(-d, d + 1, 2):
            down = k == -d or (k != d and frontier[k - 1] < frontier[k + 1])
            x = frontier[k + 1] if down else frontier[k - 1] + 1
            y = x - k
            while x < n and y < m and old[x] == new[y]:
                x, y = x + 1, y + 1
            frontier[k] = x
            if x >= n and y >= m:
                return _walk_back(trace, n, m)
    return None


def _walk_back(trace: list[dict[int, int]], x: int, y: int) -> list[int]:
    inserted = []
    for d in range(len(trace) - 1, 0, -1):
        frontier, k = trace[d], x - y
        down = k == -d or (k != d and frontier[k - 1] < frontier[k + 1])
        before_k = k + 1 if down else k - 1
        before_x = frontier[before_k]
        before_y = before_x - before_k
        if down:
            inserted.append(before_y)
        x, y = before_x, before_y
    return inserted[::-1]


def trail_of(walk: Walk, scope: str) -> dict[str, dict[str, list[Commit]]]:
    """The commits that added each line text of each YAML file below `scope`, by path."""
    texts = walk.texts(scope)
    added: dict[str, dict[str, list[Commit]]] = defaultdict(lambda: defaultdict(list))
    for commit, steps in zip(walk.commits, walk.scoped(scope), strict=True):
        if commit.is_merge or not steps:
            continue
        made = Commit(commit.sha, commit.when, commit.author)
        for step in steps:
            new = step.new if step.new and in_scope(step.new, scope) else None
            text = texts.get(step.new_blob or "")
            if new is None or text is None:
                continue
            old = step.old if step.old and in_scope(step.old, scope) else None
            if old is not None and old != new and step.status == "R":
                moved = added.pop(old, None)
                if moved:
                    for known, commits in moved.items():
                        added[new][known] = commits + added[new][known]
            before = texts.get(step.old_blob or "", b"") if old is not None else b""
            current = added[new]
            for line in added_lines(lines_of(before), lines_of(text)):
                current[_decode(line).rstrip()].append(made)
    return {name: dict(lines) for name, lines in added.items()}


def audit_of(walk: Walk, folder: Path, subfolder: str) -> AuditTrail:
    """The audit trail of `subfolder` of `folder` that `walk` gives."""
    top = walk.top
    if walk.state is not HistoryState.COMPLETE or top is None or not walk.commits:
        return AuditTrail(walk.state, top, reason=walk.reason)
    scope = walk.relative(Path(os.path.realpath(folder)) / subfolder)
    if scope is None:
        return AuditTrail(HistoryState.COMPLETE, top)
    return AuditTrail(HistoryState.COMPLETE, top, trail_of(walk, scope))


def read_audit(folder: Path, subfolder: str) -> AuditTrail:
    """The audit trail of `subfolder` (such as commitments) of the checkout that holds `folder`."""
    return audit_of(read_walk(folder), folder, subfolder)
