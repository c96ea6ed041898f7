"""The plan as it was at a Git revision: its commitments and consultation rounds, read from
the blobs (`git ls-tree` and one `git cat-file --batch` per revision, never a process a file)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ogpkit.errors import UsageError
from ogpkit.history.run import GitTimeout, run_git
from ogpkit.history.walk import parse_batch
from ogpkit.plan.consultation import CONSULTATION_DIR, Round
from ogpkit.plan.model import Commitment
from ogpkit.plan.project import COMMITMENTS_DIR, YAML_SUFFIXES
from ogpkit.plan.shape import validate_shape
from ogpkit.report.message import msg
from ogpkit.source.document import Document, parse_into


@dataclass(frozen=True)
class Revision:
    name: str
    commit: str
    date: str
    commitments: dict[str, Commitment]
    files: dict[str, str]
    rounds: tuple[Round, ...]


def _git(root: Path, *args: str, stdin: bytes | None = None) -> bytes:
    try:
        done = run_git(args, root, stdin)
    except (OSError, GitTimeout) as error:
        raise UsageError(
            msg(
                "Git cannot read revision {args}: {error}",
                args=" ".join(args[1:]),
                error=str(error),
            )
        ) from None
    if done.returncode != 0:
        raise UsageError(
            msg(
                "Git cannot read revision {args}: {error}",
                args=" ".join(args[1:]),
                error=done.stderr.decode("utf-8", "replace").strip(),
            )
        )
    return done.stdout


def _blobs(root: Path, ids: list[str]) -> list[str]:
    """The texts of the blobs `ids`, in order, from one `git cat-file --batch`."""
    out = _git(root, "cat-file", "--batch", stdin="".join(f"{i}\n" for i in ids).encode())
    found = parse_batch(out, ids)
    return [found.get(i, b"").decode("utf-8", "replace").removeprefix("\ufeff") for i in ids]


def read_revision(root: Path, name: str) -> Revision:
    if name.startswith("-"):
        raise UsageError(msg("Not a revision: {name}", name=name))
    resolved = _git(root, "rev-parse", "--verify", "--quiet", name).decode().strip()
    commit_line = _git(
        root, "log", "-1", "--format=%H %cs", f"{resolved}^{{commit}}", "--"
    ).decode()
    commit, day = commit_line.split()
    listing = _git(root, "ls-tree", "-r", "-z", commit, "--", COMMITMENTS_DIR, CONSULTATION_DIR)
    entries = []
    for record in listing.decode("utf-8", "replace").split("\0"):
        if not record:
            continue
        meta, path = record.split("\t", 1)
        if meta.split()[1] == "blob" and path.endswith(YAML_SUFFIXES):
            entries.append((path, meta.split()[2]))
    texts = _blobs(root, [blob for _, blob in entries])
    commitments: dict[str, Commitment] = {}
    files: dict[str, str] = {}
    rounds = []
    for (path, _), text in zip(entries, texts, strict=True):
        document = Document(root / path, path, text)
        parse_into(document)
        if path.startswith(CONSULTATION_DIR + "/"):
            round_model, _ = validate_shape(document, Round)
            if round_model is not None:
                rounds.append(round_model)
            continue
        model, _ = validate_shape(document, Commitment)
        if model is not None:
            commitments[model.id] = model
            files[path] = model.id
    return Revision(name, commit, day, commitments, files, tuple(rounds))


def commit_messages(root: Path, old: Revision, new: Revision) -> list[tuple[str, str, list[str]]]:
    """(commit, subject, paths) of each commit after `old` up to `new` that touched a commitment."""
    out = _git(
        root,
        "log",
        "-z",
        "--format=%x1e%h%x1f%s",
        "--name-only",
        f"{old.commit}..{new.commit}",
        "--",
        COMMITMENTS_DIR,
    ).decode("utf-8", "replace")
    commits = []
    for record in out.split("\x1e")[1:]:
        head, _, names = record.partition("\n")
        short, _, subject = head.partition("\x1f")
        commits.append(
            (short, subject.strip("\0"), [n for n in names.strip("\n\0").split("\0") if n.strip()])
        )
    return commits
