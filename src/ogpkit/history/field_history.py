"""When each field of each commitment file changed, in Chinese and in English, from Git.

Two calls whatever the size of the history: one `git log --raw` over the current branch
(oldest first, renames followed) names every version of every commitment file, and one
`git cat-file --batch` reads those versions. Each version is read safely
(`ogpkit.source.yaml_reader`), and for each field the commit of its last change is kept: the
Chinese source's and the English text's (`ogpkit.plan.translation`), and each commit that
changed the file with the fields it changed (`ogpkit.history.revisions`, the revision history
of the HTML plan). A version that cannot be read is skipped, as if the file had not changed in that commit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ogpkit.history.git import History, HistoryState, read_history
from ogpkit.history.revisions import FileRevision, changed_fields, revision_fields
from ogpkit.history.run import GitTimeout, run_git
from ogpkit.plan.translation import english, sources
from ogpkit.source.yaml_reader import parse_yaml

COMMITMENTS = "commitments"


@dataclass(frozen=True)
class Change:
    """A commit that changed a text: its order in the walk (later is larger) and its time."""

    order: int
    when: datetime


@dataclass
class FieldRecord:
    """The last committed Chinese and English of one field, and the commits that changed them.

    `source_at_english` is the Chinese as it was when the English was last changed.
    """

    source: str | None = None
    source_changed: Change | None = None
    english: str | None = None
    english_changed: Change | None = None
    source_at_english: str | None = None


@dataclass
class FileRecord:
    """The fields of one file, and its revisions oldest first (`ogpkit.history.revisions`)."""

    fields: dict[str, FieldRecord] = field(default_factory=dict)
    revisions: list[FileRevision] = field(default_factory=list)
    last: dict[str, Any] | None = None


@dataclass(frozen=True)
class FieldHistory:
    """Field records by the file's path (relative to the top of the checkout) at HEAD."""

    history: History
    files: dict[str, FileRecord] = field(default_factory=dict)

    def of(self, path: Path) -> FileRecord | None:
        top = self.history.top
        if top is None:
            return None
        try:
            relative = path.resolve().relative_to(top).as_posix()
        except ValueError:
            return None
        return self.files.get(relative)


def _git(args: list[str], cwd: Path, stdin: bytes | None = None) -> bytes | None:
    try:
        done = run_git(args, cwd, stdin)
    except (OSError, GitTimeout):
        return None
    return done.stdout if done.returncode == 0 else None


@dataclass(frozen=True)
class _Step:
    """One file change of the walk: the commit, the old and new paths, the new blob (or None)."""

    change: Change
    old: str | None
    new: str | None
    blob: str | None


def parse_raw_log(output: bytes) -> list[_Step]:
    """Read `git log -z --raw --no-abbrev --format=%x01%ct`: every file change, in order."""
    steps: list[_Step] = []
    for order, record in enumerate(output.split(b"\x01")[1:]):
        tokens = record.split(b"\0")
        head = tokens[0].strip().split(b"\n")
        change = Change(order, datetime.fromtimestamp(int(head[0]), UTC))
        index = 1
        while index < len(tokens):
            meta = tokens[index].strip()
            if not meta.startswith(b":"):
                index += 1
                continue
            parts = meta[1:].split(b" ")
            blob, status = parts[3].decode(), parts[4][:1]
            if status in (b"R", b"C") and index + 2 < len(tokens):
                old, new = tokens[index + 1].decode(), tokens[index + 2].decode()
                steps.append(_Step(change, old if status == b"R" else None, new, blob))
                index += 3
                continue
            if index + 1 < len(tokens):
                path = tokens[index + 1].decode()
                if status == b"D":
                    steps.append(_Step(change, path, None, None))
                else:
                    steps.append(_Step(change, None, path, blob))
            index += 2
    return steps


def _read_blobs(blobs: list[str], top: Path) -> dict[str, str]:
    unique = list(dict.fromkeys(blobs))
    output = _git(["cat-file", "--batch"], top, ("\n".join(unique) + "\n").encode())
    texts: dict[str, str] = {}
    if output is None:
        return texts
    position = 0
    for name in unique:
        end = output.index(b"\n", position)
        header = output[position:end].split(b" ")
        position = end + 1
        if len(header) < 3:
            continue
        size = int(header[2])
        texts[name] = output[position : position + size].decode("utf-8", errors="replace")
        position += size + 1
    return texts


def _revise(record: FileRecord, data: dict[Any, Any], change: Change) -> None:
    current = revision_fields(data)
    if record.last is None:
        record.revisions.append(FileRevision(change.when, (), added=True))
    elif changed := changed_fields(record.last, current):
        record.revisions.append(FileRevision(change.when, changed))
    record.last = current


def _apply(record: FileRecord, text: str, change: Change) -> None:
    parsed = parse_yaml(text.removeprefix("\ufeff"))
    if parsed.issues or not isinstance(parsed.data, dict):
        return
    _revise(record, parsed.data, change)
    chinese, translated = sources(parsed.data), english(parsed.data)
    for key in chinese.keys() | translated.keys():
        entry = record.fields.setdefault(key, FieldRecord())
        source, text_en = chinese.get(key), translated.get(key)
        if source != entry.source:
            entry.source, entry.source_changed = source, change
        if text_en != entry.english:
            entry.english, entry.english_changed = text_en, change
            entry.source_at_english = source
    for key in record.fields.keys() - chinese.keys() - translated.keys():
        del record.fields[key]


def read_field_history(folder: Path) -> FieldHistory:
    """The field history of the commitment files of the checkout that holds `folder`."""
    history = read_history(folder)
    if history.state is not HistoryState.COMPLETE or history.top is None:
        return FieldHistory(history)
    top = history.top
    log = _git(
        [
            "log",
            "-z",
            "--reverse",
            "--topo-order",
            "--raw",
            "--no-abbrev",
            "--find-renames",
            "--format=%x01%ct",
            "HEAD",
            "--",
            COMMITMENTS,
        ],
        top,
    )
    if log is None:
        return FieldHistory(history)
    steps = [s for s in parse_raw_log(log) if s.new is None or s.new.endswith((".yaml", ".yml"))]
    texts = _read_blobs([s.blob for s in steps if s.blob], top)
    files: dict[str, FileRecord] = {}
    for step in steps:
        record = files.pop(step.old, None) if step.old is not None else None
        if step.new is None:
            continue
        record = record or files.get(step.new) or FileRecord()
        files[step.new] = record
        text = texts.get(step.blob or "")
        if text is not None:
            _apply(record, text, step.change)
    return FieldHistory(history, files)
