"""The commitment files as they were committed at the end of each reporting period.

For each due date, the last commit on the first-parent history of HEAD at or before the end
of that day in Taipei, from the shared walk (`ogpkit.history.walk`). Then one `git ls-tree` of commitments/ for
each such commit and one `git cat-file --batch` for all the periods: each blob read and parsed
once, however many periods share it, with the loader of the files on disk.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path, PurePosixPath

from ogpkit.history.run import GitTimeout, run_git
from ogpkit.history.walk import HistoryState, Walk, parse_batch, read_walk
from ogpkit.plan.model import Commitment
from ogpkit.plan.project import COMMITMENTS_DIR, YAML_SUFFIXES
from ogpkit.plan.shape import validate_shape
from ogpkit.source.document import MAX_FILE_BYTES, Document, parse_into

TAIPEI = timezone(timedelta(hours=8))
FILE_MODES = (b"100644", b"100755")


@dataclass(frozen=True)
class Unreadable:
    """A commitment file that did not parse at that commit: its theme and how many milestones
    it lists when its YAML can still be read."""

    path: str
    theme: str | None = None
    milestones: int = 0


@dataclass(frozen=True)
class Snapshot:
    due: date
    commit: str | None  # None: nothing was committed by the end of that day
    commitments: tuple[Commitment, ...] = ()
    unreadable: tuple[Unreadable, ...] = ()


@dataclass(frozen=True)
class Snapshots:
    """The state of commitments/ at each due date; empty, with the reason, when the Git
    history cannot say (not a checkout, a shallow clone, Git failing)."""

    state: HistoryState
    by_due: dict[date, Snapshot] = field(default_factory=dict)
    reason: str = ""

    @property
    def usable(self) -> bool:
        return self.state is HistoryState.COMPLETE


def cutoff(due: date) -> float:
    """The first instant after the due date in Taipei, as a Unix time."""
    return datetime.combine(due + timedelta(days=1), time(0), TAIPEI).timestamp()


def first_parents(walk: Walk) -> list[tuple[str, float]]:
    """(commit, commit time) of HEAD's first-parent history, newest first, from the walk (its
    last commit is HEAD: parents come first)."""
    by_sha = {commit.sha: commit for commit in walk.commits}
    chain, at = [], walk.commits[-1] if walk.commits else None
    while at is not None:
        chain.append((at.sha, at.when.timestamp()))
        at = by_sha.get(at.parents[0]) if at.parents else None
    return chain


def commits_at(chain: list[tuple[str, float]], dues: list[date]) -> dict[date, str | None]:
    """From the first-parent history (newest first): the first commit, in that order,
    committed before the end of each due date."""
    return {due: next((sha for sha, when in chain if when < cutoff(due)), None) for due in dues}


def _listing(top: Path, commit: str, prefix: str) -> dict[str, tuple[str, int]]:
    """Path (from the plan's folder) → blob id and size of every YAML file under
    commitments/ at `commit`, from `git ls-tree` (`prefix`: the plan's folder from the top)."""
    done = run_git(["ls-tree", "-r", "-z", "-l", commit, "--", f"{prefix}{COMMITMENTS_DIR}"], top)
    if done.returncode != 0:
        raise ValueError(done.stderr.decode("utf-8", "replace").strip())
    files = {}
    for record in done.stdout.split(b"\0"):
        meta, _, name = record.partition(b"\t")
        fields = meta.split()
        path = name.decode("utf-8", "replace").removeprefix(prefix)
        if len(fields) == 4 and fields[0] in FILE_MODES and path.endswith(YAML_SUFFIXES):
            files[path] = (fields[2].decode(), int(fields[3]))
    return dict(sorted(files.items()))


def parse_blob(root: Path, path: str, raw: bytes) -> Commitment | Unreadable:
    """A committed file read as `load_commitment` reads one on disk."""
    if len(raw) > MAX_FILE_BYTES:
        return Unreadable(path)
    try:
        text = raw.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError:
        return Unreadable(path)
    document = Document(root / PurePosixPath(path), path, text)
    parse_into(document)
    model, _ = validate_shape(document, Commitment)
    if model is not None:
        return model
    data = document.data or {}
    theme = data.get("theme")
    milestones = data.get("milestones")
    return Unreadable(
        path,
        str(theme) if isinstance(theme, str | int) and not isinstance(theme, bool) else None,
        len(milestones) if isinstance(milestones, list) else 0,
    )


def _read(
    root: Path, top: Path, commits: dict[date, str | None], prefix: str
) -> dict[date, Snapshot]:
    """The snapshot at each due date: one `ls-tree` a commit, then one `cat-file --batch` for
    every blob they list, each read and parsed once; a blob over the size limit is not read."""
    listings = {
        sha: _listing(top, sha, prefix)
        for sha in dict.fromkeys(c for c in commits.values() if c is not None)
    }
    wanted: dict[str, str] = {}  # blob → a path it has, for its messages
    parsed: dict[str, Commitment | Unreadable] = {}
    for listing in listings.values():
        for path, (oid, size) in listing.items():
            if size > MAX_FILE_BYTES:
                parsed[oid] = Unreadable(path)
            else:
                wanted.setdefault(oid, path)
    if wanted:
        names = list(wanted)
        done = run_git(
            ["cat-file", "--batch"], top, stdin="".join(f"{n}\n" for n in names).encode()
        )
        blobs = parse_batch(done.stdout, names)
        parsed.update(
            {oid: parse_blob(root, path, blobs.get(oid, b"")) for oid, path in wanted.items()}
        )
    snapshots = {}
    for due, commit in commits.items():
        if commit is None:
            snapshots[due] = Snapshot(due, None)
            continue
        states = [(path, parsed[oid]) for path, (oid, _) in listings[commit].items()]
        snapshots[due] = Snapshot(
            due,
            commit,
            tuple(s for _, s in states if isinstance(s, Commitment)),
            tuple(
                s if s.path == path else Unreadable(path, s.theme, s.milestones)
                for path, s in states
                if isinstance(s, Unreadable)
            ),
        )
    return snapshots


def period_snapshots(root: Path, dues: list[date]) -> Snapshots:
    """The commitments of the plan at `root` as committed by the end of each date of `dues`;
    the commits are the shared walk's (`read_walk`)."""
    walk = read_walk(root)
    if walk.state is not HistoryState.COMPLETE or walk.top is None:
        return Snapshots(walk.state, reason=walk.reason)
    try:
        below = Path(os.path.realpath(root)).relative_to(walk.top).as_posix()
        prefix = "" if below == "." else f"{below}/"
        commits = commits_at(first_parents(walk), dues)
        return Snapshots(HistoryState.COMPLETE, _read(root, walk.top, commits, prefix))
    except (OSError, GitTimeout, ValueError) as error:
        return Snapshots(HistoryState.FAILED, reason=str(error))
