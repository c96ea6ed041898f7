"""Where the current Chinese and English of each field of each commitment file come from, in Git.

Two calls whatever the size of the history: one `git log --raw` over the commits that touch
commitments/ (parents before children, renames followed, every merge kept with its parents, a
merge's changes against its first parent) names every version of every commitment file, and one
`git cat-file --batch` reads those versions. Each version is read safely
(`ogpkit.source.yaml_reader`).

For each field, as `git blame` does for lines, the *origin* of its current value is kept: the
commit where the value first appeared on the way to HEAD. A commit whose value equals one of its
parents' inherits that parent's origin (the first parent first); otherwise the commit is the
origin. The walk also records which commit is an ancestor of which, so that a translation can be
judged by ancestry (`FieldHistory.precedes`), not by the order of the walk, which means nothing
across merged branches. A version that cannot be read counts as unchanged from its first parent.
"""

from __future__ import annotations

import hashlib
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
    """A commit of the walk: its position (parents come first) and its time."""

    order: int
    when: datetime


@dataclass(frozen=True)
class FieldRecord:
    """The committed Chinese and English of one field, and the commits where they came from.

    `source_at_english` is the Chinese as it was in the commit that set the English.
    """

    source: str | None = None
    source_changed: Change | None = None
    english: str | None = None
    english_changed: Change | None = None
    source_at_english: str | None = None


@dataclass(frozen=True)
class FileRecord:
    """The fields of one file, its revisions oldest first and its last version's fields by
    their comparison-table key (`ogpkit.history.revisions`, the revision history of the HTML
    plan)."""

    fields: dict[str, FieldRecord] = field(default_factory=dict)
    revisions: tuple[FileRevision, ...] = ()
    last: dict[str, Any] | None = None


@dataclass(frozen=True)
class FieldHistory:
    """Field records by the file's path (relative to the top of the checkout) at HEAD, and the
    ancestors of each commit of the walk (bit `i` of `ancestors[j]`: commit `i` is an ancestor of
    commit `j`, or is `j`)."""

    history: History
    files: dict[str, FileRecord] = field(default_factory=dict)
    ancestors: tuple[int, ...] = ()

    def of(self, path: Path) -> FileRecord | None:
        top = self.history.top
        if top is None:
            return None
        try:
            relative = path.resolve().relative_to(top).as_posix()
        except ValueError:
            return None
        return self.files.get(relative)

    def precedes(self, earlier: Change, later: Change) -> bool:
        """Whether `earlier` is `later` or one of its ancestors."""
        if later.order >= len(self.ancestors):
            return False
        return bool(self.ancestors[later.order] >> earlier.order & 1)


def _git(args: list[str], cwd: Path, stdin: bytes | None = None) -> bytes | None:
    try:
        done = run_git(args, cwd, stdin)
    except (OSError, GitTimeout):
        return None
    return done.stdout if done.returncode == 0 else None


@dataclass(frozen=True)
class _Step:
    """One file change of a commit: the old and new paths, the new blob (or None)."""

    old: str | None
    new: str | None
    blob: str | None


@dataclass(frozen=True)
class _Commit:
    name: str
    parents: tuple[str, ...]
    change: Change
    steps: tuple[_Step, ...]


def _steps(tokens: list[bytes]) -> list[_Step]:
    steps: list[_Step] = []
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
            steps.append(_Step(old if status == b"R" else None, new, blob))
            index += 3
            continue
        if index + 1 < len(tokens):
            path = tokens[index + 1].decode()
            steps.append(_Step(path, None, None) if status == b"D" else _Step(None, path, blob))
        index += 2
    return steps


def parse_raw_log(output: bytes) -> list[_Commit]:
    """Read `git log -z --raw --no-abbrev --format=%x01%H %ct %P`: every commit, in order."""
    commits: list[_Commit] = []
    for order, record in enumerate(output.split(b"\x01")[1:]):
        tokens = record.split(b"\0")
        head = tokens[0].strip().split(b"\n")[0].decode().split()
        change = Change(order, datetime.fromtimestamp(int(head[1]), UTC))
        commits.append(_Commit(head[0], tuple(head[2:]), change, tuple(_steps(tokens))))
    return commits


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


def _same_text(a: str | None, b: str | None) -> bool:
    """Equal but for white space: a blank line added to a Chinese text (a Markdown fix) does not
    change what a translator translates."""
    if a is None or b is None:
        return a is b
    return a.split() == b.split()


def _record(text: str, change: Change, before: list[FileRecord]) -> FileRecord | None:
    """The file's record at `change`, each value's origin taken from the first parent's record
    (`before`, first parent first) that has the same value."""
    parsed = parse_yaml(text.removeprefix("\ufeff"))
    if parsed.issues or not isinstance(parsed.data, dict):
        return None
    chinese, translated = sources(parsed.data), english(parsed.data)
    fields: dict[str, FieldRecord] = {}
    for key in chinese.keys() | translated.keys():
        source, text_en = chinese.get(key), translated.get(key)
        earlier = [r for r in (b.fields.get(key) for b in before) if r is not None]
        source_from = next((r for r in earlier if _same_text(r.source, source)), None)
        english_from = next((r for r in earlier if r.english == text_en), None)
        fields[key] = FieldRecord(
            source,
            source_from.source_changed if source_from else change,
            text_en,
            english_from.english_changed if english_from else change,
            english_from.source_at_english if english_from else source,
        )
    return FileRecord(fields, *_revised(before[0] if before else None, parsed.data, change))


def _revised(
    previous: FileRecord | None, data: dict[Any, Any], change: Change
) -> tuple[tuple[FileRevision, ...], dict[str, Any]]:
    """The file's revisions with `change` added when it changed a field, and its fields now."""
    current = revision_fields(data)
    revisions = previous.revisions if previous else ()
    if previous is None or previous.last is None:
        revisions += (FileRevision(change.when, (), added=True),)
    elif changed := changed_fields(previous.last, current):
        revisions += (FileRevision(change.when, changed),)
    return revisions, current


Tree = dict[str, FileRecord]


def _tree(commit: _Commit, parents: list[Tree], texts: dict[str, str]) -> Tree:
    """The records of every file at `commit`: its first parent's, with its own changes."""
    tree = dict(parents[0]) if parents else {}
    for step in commit.steps:
        previous = tree.pop(step.old, None) if step.old is not None else None
        if step.new is None:
            continue
        previous = previous or tree.get(step.new)
        before = [previous] if previous else []
        before += [p[step.new] for p in parents[1:] if step.new in p]
        text = texts.get(step.blob or "")
        record = _record(text, commit.change, before) if text is not None else None
        tree[step.new] = record or previous or FileRecord()
    return tree


def _walk(commits: list[_Commit], texts: dict[str, str]) -> tuple[Tree, tuple[int, ...]]:
    """The records at the last commit (HEAD's), and the ancestors of every commit."""
    index = {c.name: c.change.order for c in commits}
    waiting = [0] * len(commits)
    for commit in commits:
        for name in dict.fromkeys(commit.parents):
            if name in index:
                waiting[index[name]] += 1
    trees: dict[int, Tree] = {}
    ancestors: list[int] = []
    last: Tree = {}
    for commit in commits:
        parents = [index[p] for p in dict.fromkeys(commit.parents) if p in index]
        mask = 1 << commit.change.order
        for parent in parents:
            mask |= ancestors[parent]
        ancestors.append(mask)
        last = _tree(commit, [trees[p] for p in parents], texts)
        trees[commit.change.order] = last
        for parent in parents:
            waiting[parent] -= 1
            if waiting[parent] == 0:
                del trees[parent]
    return last, tuple(ancestors)


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
            "--full-history",
            "--parents",
            "--diff-merges=first-parent",
            "--raw",
            "--no-abbrev",
            "--find-renames",
            "--format=%x01%H %ct %P",
            "HEAD",
            "--",
            COMMITMENTS,
        ],
        top,
    )
    if log is None:
        return FieldHistory(history)
    key = (top, hashlib.blake2b(log).digest())
    if key not in _WALKED:
        _WALKED.clear()
        _WALKED[key] = _walk_log(log, top)
    files, ancestors = _WALKED[key]
    return FieldHistory(history, files, ancestors)


# The last walk, by checkout and log: `validate` (stale translations) and the HTML render
# (revision history) of one `ogpkit site` read the same history; the log names every version,
# so an equal log means an equal walk.
_WALKED: dict[tuple[Path, bytes], tuple[dict[str, FileRecord], tuple[int, ...]]] = {}


def _walk_log(log: bytes, top: Path) -> tuple[dict[str, FileRecord], tuple[int, ...]]:
    commits = parse_raw_log(log)
    wanted = [
        s.blob
        for c in commits
        for s in c.steps
        if s.blob and (s.new or "").endswith((".yaml", ".yml"))
    ]
    last, ancestors = _walk(commits, _read_blobs(wanted, top))
    files = {path: record for path, record in last.items() if path.endswith((".yaml", ".yml"))}
    return files, ancestors
