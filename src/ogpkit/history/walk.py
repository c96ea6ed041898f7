"""The one walk of a checkout's Git history that every reader of the history shares.

`read_walk` asks `git rev-parse` where the checkout is and whether it is shallow, then runs one
`git log --raw` over every commit reachable from HEAD (parents before children, renames found,
a merge's changes against its first parent). When a reader first asks for the contents of the
YAML files below a folder, one `git cat-file --batch` reads every version of them.

Inside `shared_walks()` (as `ogpkit validate` runs its checks), a checkout is walked once: the
submission dates (`history.git`), the progress audit (`history.audit`) and the field history
(`history.field_history`) all read the same walk. Outside it, each read walks afresh.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from ogpkit.history.run import GitTimeout, run_git
from ogpkit.plan.project import YAML_SUFFIXES

NO_BLOB = "0" * 40


class HistoryState(StrEnum):
    """How far the Git history can be trusted."""

    COMPLETE = "complete"
    SHALLOW = "shallow"
    NOT_A_CHECKOUT = "not-a-checkout"
    FAILED = "failed"


def _decode(raw: bytes) -> str:
    return raw.decode("utf-8", errors="surrogateescape")


@dataclass(frozen=True)
class Checkout:
    """Where the history of a folder can be read: its state, the top of the checkout, and the
    reason when it cannot. `walk` is True when there are commits to read."""

    state: HistoryState
    top: Path | None = None
    reason: str = ""
    walk: bool = False


def locate(folder: Path) -> Checkout:
    """The checkout that holds `folder`: one `git rev-parse`."""
    try:
        probe = run_git(["rev-parse", "--show-toplevel", "--is-shallow-repository", "HEAD"], folder)
    except OSError as error:
        return Checkout(HistoryState.FAILED, reason=f"git: {error.strerror or error}")
    except GitTimeout as error:
        return Checkout(HistoryState.FAILED, reason=str(error))
    lines = _decode(probe.stdout).split("\n")
    if len(lines) < 2 or not lines[0]:
        reason = _decode(probe.stderr).strip()
        state = (
            HistoryState.NOT_A_CHECKOUT
            if "not a git repository" in reason.lower()
            else HistoryState.FAILED
        )
        return Checkout(state, reason=reason)
    top = Path(os.path.realpath(lines[0]))
    if lines[1].strip() == "true":
        return Checkout(HistoryState.SHALLOW, top)
    return Checkout(HistoryState.COMPLETE, top, walk=probe.returncode == 0)


@dataclass(frozen=True)
class Step:
    """One file change of a commit: its status letter (A, M, D, R, …), the old and new paths
    and blobs (None where there is none)."""

    status: str
    old: str | None
    new: str | None
    old_blob: str | None
    new_blob: str | None


@dataclass(frozen=True)
class WalkCommit:
    """A commit of the walk: its position (parents come first), name, parents, committer time,
    author, and its `--raw -z` changes (against its first parent), parsed when asked for."""

    order: int
    sha: str
    parents: tuple[str, ...]
    when: datetime
    author: str
    raw: bytes = b""

    @property
    def is_merge(self) -> bool:
        return len(self.parents) > 1

    def steps(self, scope: str | None = None, statuses: str | None = None) -> tuple[Step, ...]:
        """The changes of this commit: those that touch a path below `scope` (every one when
        None), of the status letters `statuses` (every one when None)."""
        prefix = None if scope is None or scope in ("", ".") else scope.encode() + b"/"
        found: list[Step] = []
        for match in ENTRY.finditer(self.raw):
            old_blob, new_blob, moved, source, target, status, path = match.groups()
            letter = (moved or status).decode()
            if statuses is not None and letter not in statuses:
                continue
            old, new = (source, target) if moved else (path, path)
            if prefix is not None and not (old.startswith(prefix) or new.startswith(prefix)):
                continue
            found.append(
                Step(
                    letter,
                    None if letter == "A" else _decode(old),
                    None if letter == "D" else _decode(new),
                    None if letter == "A" else _blob(old_blob),
                    None if letter == "D" else _blob(new_blob),
                )
            )
        return tuple(found)


# One entry of `git log --raw -z`: modes, blobs, the status, then one path (two for R and C).
ENTRY = re.compile(
    rb":[0-7]+ [0-7]+ ([0-9a-f]+) ([0-9a-f]+) "
    rb"(?:([RC])[0-9]*\0([^\0]*)\0([^\0]*)|([A-Z])[0-9]*\0([^\0]*))\0"
)


@dataclass
class Walk:
    """The walk of one checkout. `state` and `reason` say whether it could be read."""

    checkout: Checkout
    commits: tuple[WalkCommit, ...] = ()
    failed: str = ""
    _texts: dict[str, dict[str, bytes]] = field(default_factory=dict)
    _scoped: dict[str, tuple[tuple[Step, ...], ...]] = field(default_factory=dict)

    @property
    def state(self) -> HistoryState:
        return HistoryState.FAILED if self.failed else self.checkout.state

    @property
    def top(self) -> Path | None:
        return self.checkout.top

    @property
    def reason(self) -> str:
        return self.failed or self.checkout.reason

    def relative(self, folder: Path) -> str | None:
        """`folder` relative to the top of the checkout, or None when outside it."""
        if self.top is None:
            return None
        try:
            return Path(os.path.realpath(folder)).relative_to(self.top).as_posix()
        except ValueError:
            return None

    def scoped(self, scope: str) -> tuple[tuple[Step, ...], ...]:
        """The changes of each commit (by its order) that touch a path below `scope`."""
        if scope not in self._scoped:
            self._scoped[scope] = tuple(commit.steps(scope) for commit in self.commits)
        return self._scoped[scope]

    def texts(self, scope: str) -> dict[str, bytes]:
        """Every version of every YAML file below `scope` (relative to the top), by blob name:
        one `git cat-file --batch`, read once per scope."""
        if scope not in self._texts:
            self._texts[scope] = self._read_texts(scope)
        return self._texts[scope]

    def _read_texts(self, scope: str) -> dict[str, bytes]:
        wanted = {
            blob
            for steps in self.scoped(scope)
            for step in steps
            for path, blob in ((step.old, step.old_blob), (step.new, step.new_blob))
            if blob and path and in_scope(path, scope) and path.endswith(YAML_SUFFIXES)
        }
        if not wanted or self.top is None:
            return {}
        names = sorted(wanted)
        try:
            done = run_git(["cat-file", "--batch"], self.top, ("\n".join(names) + "\n").encode())
        except (OSError, GitTimeout):
            return {}
        return parse_batch(done.stdout, names) if done.returncode == 0 else {}


def in_scope(path: str, scope: str) -> bool:
    """Whether `path` is at or below the folder `scope` ("" or "." is the whole checkout)."""
    return scope in ("", ".") or path == scope or path.startswith(scope + "/")


def parse_batch(output: bytes, names: list[str]) -> dict[str, bytes]:
    """Read the output of `git cat-file --batch` for `names`, in that order."""
    texts: dict[str, bytes] = {}
    position = 0
    for name in names:
        end = output.find(b"\n", position)
        if end < 0:
            break
        header = output[position:end].split(b" ")
        position = end + 1
        if len(header) < 3:
            continue
        size = int(header[2])
        texts[name] = output[position : position + size]
        position += size + 1
    return texts


def _blob(name: bytes) -> str | None:
    text = name.decode()
    return None if text == NO_BLOB else text


def parse_walk(output: bytes) -> tuple[WalkCommit, ...]:
    """Read `git log -z --raw --no-abbrev --format=%x01%H %ct %P%x00%an`: every commit, in order."""
    commits: list[WalkCommit] = []
    for order, record in enumerate(output.split(b"\x01")[1:]):
        head, _, rest = record.partition(b"\0")
        author, _, raw = rest.partition(b"\0")
        words = head.decode().split()
        when = datetime.fromtimestamp(int(words[1]), UTC)
        commits.append(WalkCommit(order, words[0], tuple(words[2:]), when, _decode(author), raw))
    return tuple(commits)


LOG = [
    "log",
    "-z",
    "--reverse",
    "--topo-order",
    "--diff-merges=first-parent",
    "--raw",
    "--no-abbrev",
    "--find-renames",
    "--no-ext-diff",
    "--format=%x01%H %ct %P%x00%an",
    "HEAD",
    "--",
]


def _read(folder: Path) -> Walk:
    checkout = locate(folder)
    if not checkout.walk or checkout.top is None:
        return Walk(checkout)
    try:
        log = run_git(LOG, checkout.top)
    except (OSError, GitTimeout) as error:
        return Walk(checkout, failed=str(error) or "git failed")
    if log.returncode != 0:
        return Walk(checkout, failed=_decode(log.stderr).strip() or "git log failed")
    return Walk(checkout, parse_walk(log.stdout))


_SHARED: ContextVar[list[tuple[Path, Walk]] | None] = ContextVar("ogpkit_walks", default=None)


@contextmanager
def shared_walks() -> Iterator[None]:
    """Within this block, a checkout's history is walked once and every reader shares it; a
    block inside another shares the outer one's walks."""
    if _SHARED.get() is not None:
        yield
        return
    token = _SHARED.set([])
    try:
        yield
    finally:
        _SHARED.reset(token)


def read_walk(folder: Path) -> Walk:
    """The walk of the checkout that holds `folder` (shared inside `shared_walks()`)."""
    shared = _SHARED.get()
    if shared is None:
        return _read(folder)
    here = Path(os.path.realpath(folder))
    for asked, walk in shared:
        top = walk.top
        if here == asked or (top is not None and here.is_relative_to(top)):
            return walk
    walk = _read(folder)
    shared.append((here, walk))
    return walk
