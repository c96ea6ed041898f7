"""The commitment files as they were committed at the end of each reporting period.

For each due date, the last commit on the first-parent history of HEAD at or before the end
of that day in Taipei: one `git log --first-parent`. Then one `git cat-file --batch` for all
the periods: the commitments/ tree of each such commit, and each blob read and parsed once,
however many periods share it, with the loader of the files on disk.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path, PurePosixPath
from typing import IO

from ogpkit.history.run import GitTimeout, git_session, run_git
from ogpkit.history.walk import HistoryState, locate
from ogpkit.plan.model import Commitment
from ogpkit.plan.project import COMMITMENTS_DIR, YAML_SUFFIXES
from ogpkit.plan.shape import validate_shape
from ogpkit.source.document import MAX_FILE_BYTES, Document, parse_into

TAIPEI = timezone(timedelta(hours=8))
TREE, FILE_MODES = "tree", (b"100644", b"100755")
TOO_LARGE = b"\xff too large"  # not UTF-8, so never read as a commitment


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


class _BatchBroken(Exception):
    pass


def cutoff(due: date) -> float:
    """The first instant after the due date in Taipei, as a Unix time."""
    return datetime.combine(due + timedelta(days=1), time(0), TAIPEI).timestamp()


def commits_at(log: str, dues: list[date]) -> dict[date, str | None]:
    """From `git log --first-parent --format='%H %ct'` (newest first): the first commit, in
    that order, committed before the end of each due date."""
    entries = [(sha, int(when)) for sha, when in (line.split() for line in log.splitlines())]
    return {due: next((sha for sha, when in entries if when < cutoff(due)), None) for due in dues}


def _read_object(out: IO[bytes], name: str) -> tuple[str, bytes] | None:
    """The type and content of the next answer of `cat-file --batch`; None when missing. The
    content of a blob over the size limit is read past and given as TOO_LARGE."""
    header = out.readline()
    if not header:
        raise _BatchBroken(name)
    parts = header.split()
    if len(parts) != 3:
        return None
    kind, size = parts[1].decode(), int(parts[2])
    if kind == "blob" and size > MAX_FILE_BYTES:
        left = size + 1
        while left:
            chunk = out.read(min(left, 1 << 16))
            if not chunk:
                raise _BatchBroken(name)
            left -= len(chunk)
        return kind, TOO_LARGE
    content = out.read(size + 1)
    if len(content) != size + 1:
        raise _BatchBroken(name)
    return kind, content[:size]


def _ask(process: subprocess.Popen[bytes], names: list[str]) -> list[tuple[str, bytes] | None]:
    """The answers to `names`, asked a pipe's worth at a time so that neither side blocks."""
    questions, answers = process.stdin, process.stdout
    if questions is None or answers is None:
        raise _BatchBroken("cat-file --batch")
    found: list[tuple[str, bytes] | None] = []
    for start in range(0, len(names), 500):
        chunk = names[start : start + 500]
        questions.write("".join(f"{n}\n" for n in chunk).encode())
        questions.flush()
        found.extend(_read_object(answers, n) for n in chunk)
    return found


def _entries(tree: bytes, width: int) -> list[tuple[bytes, str, str]]:
    """(mode, name, object id) of each entry of a raw tree object."""
    entries, at = [], 0
    while at < len(tree):
        space = tree.index(b" ", at)
        nul = tree.index(b"\0", space)
        oid = tree[nul + 1 : nul + 1 + width].hex()
        entries.append((tree[at:space], tree[space + 1 : nul].decode("utf-8", "replace"), oid))
        at = nul + 1 + width
    return entries


def _listing(process: subprocess.Popen[bytes], commit: str, prefix: str) -> dict[str, str]:
    """Path → blob id of every YAML file under commitments/ at `commit` (paths from the
    plan's folder, `prefix` from the top of the checkout)."""
    files: dict[str, str] = {}
    pending = [(f"{commit}:{prefix}{COMMITMENTS_DIR}", COMMITMENTS_DIR)]
    while pending:
        answers = _ask(process, [name for name, _ in pending])
        found, pending = list(zip(pending, answers, strict=True)), []
        for (_, folder), answer in found:
            if answer is None or answer[0] != TREE:
                continue
            width = len(commit) // 2
            for mode, entry, oid in _entries(answer[1], width):
                path = f"{folder}/{entry}"
                if mode == b"40000":
                    pending.append((oid, path))
                elif mode in FILE_MODES and entry.endswith(YAML_SUFFIXES):
                    files[path] = oid
    return dict(sorted(files.items()))


def parse_blob(root: Path, path: str, raw: bytes) -> Commitment | Unreadable:
    """A committed file read as `load_commitment` reads one on disk."""
    if raw is TOO_LARGE or len(raw) > MAX_FILE_BYTES:
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
    parsed: dict[str, Commitment | Unreadable] = {}
    listings: dict[str, dict[str, str]] = {}
    with git_session(["cat-file", "--batch"], top) as process:
        for sha in dict.fromkeys(c for c in commits.values() if c is not None):
            listing = _listing(process, sha, prefix)
            listings[sha] = listing
            new = list(dict.fromkeys(oid for oid in listing.values() if oid not in parsed))
            by_oid = dict(zip(listing.values(), listing.keys(), strict=False))
            for oid, answer in zip(new, _ask(process, new), strict=True):
                raw = answer[1] if answer is not None else b""
                parsed[oid] = parse_blob(root, by_oid[oid], raw)
    snapshots = {}
    for due, commit in commits.items():
        if commit is None:
            snapshots[due] = Snapshot(due, None)
            continue
        states = [(path, parsed[oid]) for path, oid in listings[commit].items()]
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
    """The commitments of the plan at `root` as committed by the end of each date of `dues`."""
    checkout = locate(root)
    if not checkout.walk or checkout.top is None:
        return Snapshots(checkout.state, reason=checkout.reason)
    top = checkout.top
    try:
        below = Path(os.path.realpath(root)).relative_to(top).as_posix()
        prefix = "" if below == "." else f"{below}/"
        log = run_git(["log", "--first-parent", "--format=%H %ct", "HEAD", "--"], top)
        if log.returncode != 0:
            return Snapshots(HistoryState.FAILED, reason=log.stderr.decode("utf-8", "replace"))
        commits = commits_at(log.stdout.decode(), dues)
        return Snapshots(HistoryState.COMPLETE, _read(root, top, commits, prefix))
    except (OSError, GitTimeout, _BatchBroken, ValueError) as error:
        return Snapshots(HistoryState.FAILED, reason=str(error))
