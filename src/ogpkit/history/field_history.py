"""Where the current Chinese and English of each field of each commitment file come from, in Git.

Read from the shared walk (`ogpkit.history.walk`): its one `git log --raw` (parents before
children, renames followed, every merge kept with its parents, a merge's changes against its
first parent) names every version of every commitment file, and its one `git cat-file --batch`
reads those versions. Each version is read safely (`ogpkit.source.yaml_reader`).

For each field, as `git blame` does for lines, the *origin* of its current value is kept: the
commit where the value first appeared on the way to HEAD. A commit whose value equals one of its
parents' inherits that parent's origin (the first parent first); otherwise the commit is the
origin. The walk also records which commit is an ancestor of which, so that a translation can be
judged by ancestry (`FieldHistory.precedes`), not by the order of the walk, which means nothing
across merged branches. A version that cannot be read counts as unchanged from its first parent.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ogpkit.history.git import History, HistoryState
from ogpkit.history.revisions import FileRevision, changed_fields, revision_fields
from ogpkit.history.walk import Step, Walk, in_scope, read_walk
from ogpkit.plan.project import YAML_SUFFIXES
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


@dataclass(frozen=True)
class _Step:
    """One change of a commitment file in a commit: the old and new paths, the new blob."""

    old: str | None
    new: str | None
    blob: str | None


@dataclass(frozen=True)
class _Commit:
    name: str
    parents: tuple[str, ...]
    change: Change
    steps: tuple[_Step, ...]


def _steps(found: tuple[Step, ...], scope: str, names: set[str] | None) -> tuple[_Step, ...]:
    """The changes of `commit` to files below `scope` (of the paths `names` only, when given); a
    move across their edge is an addition or a deletion, as a log limited to them shows it."""
    steps: list[_Step] = []
    for step in found:
        old = step.old if step.old and in_scope(step.old, scope) else None
        new = step.new if step.new and in_scope(step.new, scope) else None
        if names is not None:
            old = old if old in names else None
            new = new if new in names else None
        if new is None:
            if old is not None:
                steps.append(_Step(old, None, None))
        elif step.status == "R" and old is not None:
            steps.append(_Step(old, new, step.new_blob))
        else:
            steps.append(_Step(None, new, step.new_blob))
    return tuple(steps)


def _commits(walk: Walk, scope: str, names: set[str] | None) -> list[_Commit]:
    return [
        _Commit(c.sha, c.parents, Change(c.order, c.when), _steps(found, scope, names))
        for c, found in zip(walk.commits, walk.scoped(scope), strict=True)
    ]


def lineage(walk: Walk, scope: str, paths: set[str]) -> set[str]:
    """`paths` and every path below `scope` renamed into one of them, however long ago."""
    names = set(paths)
    renames = [(s.old, s.new) for f in walk.scoped(scope) for s in f if s.status == "R" and s.old]
    grew = True
    while grew:
        before = len(names)
        names.update(old for old, new in renames if new in names and old is not None)
        grew = len(names) > before
    return names


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
    if parents and not commit.steps:
        return parents[0]
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


def field_history_of(walk: Walk, root: Path, only: Iterable[Path] | None = None) -> FieldHistory:
    """The field history of the commitment files of the plan at `root` that `walk` gives; of
    the files `only` (and their names before a rename) when given, the others left out."""
    history = History(walk.state, walk.top, reason=walk.reason)  # its top: no first additions
    scope = walk.relative(root / COMMITMENTS)
    if history.state is not HistoryState.COMPLETE or scope is None or not walk.commits:
        return FieldHistory(history)
    texts = {
        blob: text.decode("utf-8", errors="replace") for blob, text in walk.texts(scope).items()
    }
    names = None
    if only is not None:
        names = lineage(walk, scope, {name for path in only if (name := walk.relative(path))})
    last, ancestors = _walk(_commits(walk, scope, names), texts)
    files = {path: record for path, record in last.items() if path.endswith(YAML_SUFFIXES)}
    return FieldHistory(history, files, ancestors)


def read_field_history(root: Path, only: Iterable[Path] | None = None) -> FieldHistory:
    """The field history of the commitment files of the plan at `root` (of `only`, if given)."""
    return field_history_of(read_walk(root), root, only)
