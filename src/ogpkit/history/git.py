"""The few Git queries ogpkit makes, by subprocess: where a file was first added, and when.

Two calls whatever the size of the plan: `git rev-parse` (is this a checkout, where is its top,
is it shallow) and one `git log` over the whole history of the current branch.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from ogpkit.history.run import GitTimeout, run_git


class HistoryState(StrEnum):
    """How far the Git history can be trusted for submission dates."""

    COMPLETE = "complete"
    SHALLOW = "shallow"
    NOT_A_CHECKOUT = "not-a-checkout"
    FAILED = "failed"


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


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return run_git(args, cwd)


def _decode(raw: bytes) -> str:
    return raw.decode("utf-8", errors="surrogateescape")


def parse_log(output: bytes) -> dict[str, datetime]:
    """Read `git log -z --name-status --format=%x01%ct --reverse`: first addition of each path.

    Oldest commit first; a rename carries the date of the file it was renamed from.
    """
    added: dict[str, datetime] = {}
    for record in output.split(b"\x01")[1:]:
        tokens = record.split(b"\0")
        when = datetime.fromtimestamp(int(tokens[0].strip()), UTC)
        index = 1
        while index < len(tokens):
            status = tokens[index].strip()
            if status.startswith(b"A") and index + 1 < len(tokens):
                added.setdefault(_decode(tokens[index + 1]), when)
                index += 2
            elif status.startswith((b"R", b"C")) and index + 2 < len(tokens):
                source, target = _decode(tokens[index + 1]), _decode(tokens[index + 2])
                origin = added.get(source, when)
                if status.startswith(b"R") or target not in added:
                    added[target] = origin
                index += 3
            else:
                index += 1
    return added


@dataclass(frozen=True)
class Checkout:
    """Where the history of a folder can be read: its state, the top of the checkout, and the
    reason when it cannot. `walk` is True when there are commits to read."""

    state: HistoryState
    top: Path | None = None
    reason: str = ""
    walk: bool = False


def locate(folder: Path) -> Checkout:
    """The checkout that holds `folder`, as every history reader first asks for it."""
    try:
        probe = _git(["rev-parse", "--show-toplevel", "--is-shallow-repository", "HEAD"], folder)
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


def read_history(folder: Path) -> History:
    """The history of the checkout that holds `folder`; its state says whether it can be used."""
    checkout = locate(folder)
    top = checkout.top
    if not checkout.walk or top is None:
        return History(checkout.state, top, reason=checkout.reason)
    try:
        log = _git(
            [
                "log",
                "-z",
                "--reverse",
                "--topo-order",
                "--name-status",
                "--find-renames",
                "--diff-filter=AR",
                "--format=%x01%ct",
                "HEAD",
                "--",
            ],
            top,
        )
    except (OSError, GitTimeout) as error:
        return History(HistoryState.FAILED, top, reason=str(error))
    if log.returncode != 0:
        return History(HistoryState.FAILED, top, reason=_decode(log.stderr).strip())
    return History(HistoryState.COMPLETE, top, parse_log(log.stdout))
