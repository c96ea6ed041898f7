"""The revision comparison table (修正對照表) of two revisions of the plan.

For each changed commitment and field: the new text, the old text with the changes marked
character by character (difflib), and the explanation from the consultation responses that
name the commitment and from the commit messages. Added and removed commitments, milestones
and agencies are listed.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ogpkit.history.revision import Revision, commit_messages, read_revision
from ogpkit.plan.model import Commitment, OgpValues

Segment = tuple[str, str]  # ("equal" | "insert" | "delete", text)
ADOPTING = ("adopted", "partly_adopted")


@dataclass(frozen=True)
class FieldChange:
    field: str
    label: str
    old: tuple[Segment, ...]
    new: tuple[Segment, ...]


@dataclass(frozen=True)
class CommitmentChange:
    id: str
    title: str
    fields: tuple[FieldChange, ...]
    explanations: tuple[str, ...]


@dataclass(frozen=True)
class Comparison:
    old: Revision
    new: Revision
    changed: tuple[CommitmentChange, ...]
    added: tuple[tuple[str, str], ...]
    removed: tuple[tuple[str, str], ...]
    milestones_added: tuple[tuple[str, str], ...]
    milestones_removed: tuple[tuple[str, str], ...]
    agencies_added: tuple[str, ...]
    agencies_removed: tuple[str, ...]


def marks(old: str, new: str) -> tuple[tuple[Segment, ...], tuple[Segment, ...]]:
    """The old text with deletions marked and the new text with insertions marked."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    before: list[Segment] = []
    after: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            before.append(("equal", old[i1:i2]))
            after.append(("equal", new[j1:j2]))
            continue
        if i2 > i1:
            before.append(("delete", old[i1:i2]))
        if j2 > j1:
            after.append(("insert", new[j1:j2]))
    return tuple(before), tuple(after)


def _flat(value: Any) -> str:
    if isinstance(value, list):
        return "、".join(_flat(v) for v in value)
    if isinstance(value, dict):
        return "；".join(f"{k}：{_flat(v)}" for k, v in value.items() if v not in (None, "", []))
    return "" if value is None else str(value)


def field_title(key: str) -> str:
    """The Chinese title of a field key of `fields_of`: a commitment's field,
    `ogp_values.<value>` or `milestones.<n>`; the key itself when it has none."""
    top, _, rest = key.partition(".")
    if top == "milestones" and rest:
        return f"衡量指標 {rest}"
    if top == "ogp_values" and rest in OgpValues.model_fields:
        return OgpValues.model_fields[rest].title or rest
    info = Commitment.model_fields.get(key)
    return (info.title if info else None) or key


def fields_of(commitment: Commitment) -> dict[str, tuple[str, str]]:
    """field key → (label, text), milestones one a field."""
    data = commitment.model_dump(mode="json", exclude={"submitted", "milestones", "ogp_values"})
    out: dict[str, tuple[str, str]] = {}
    for key, value in data.items():
        out[key] = (field_title(key), _flat(value))
    for key in OgpValues.model_fields:
        text = getattr(commitment.ogp_values, key)
        if text:
            out[f"ogp_values.{key}"] = (field_title(f"ogp_values.{key}"), text)
    for index, milestone in enumerate(commitment.milestones, 1):
        out[f"milestones.{index}"] = (
            field_title(f"milestones.{index}"),
            f"{milestone.indicator}（{milestone.start.canonical()}～{milestone.end.canonical()}）",
        )
    return out


def _explanations(
    commitment_id: str,
    new: Revision,
    messages: list[tuple[str, str, list[str]]],
    files: dict[str, str],
) -> tuple[str, ...]:
    lines = []
    for round_ in new.rounds:
        for item in round_.inputs:
            response = item.response
            if response is None or response.decision not in ADOPTING:
                continue
            if commitment_id in response.adopted_in:
                lines.append(f"{round_.title} {item.id}：{response.reason}")
    for short, subject, paths in messages:
        if any(files.get(p) == commitment_id for p in paths):
            lines.append(f"{subject}（{short}）")
    return tuple(dict.fromkeys(lines))


def _agencies(revision: Revision) -> set[str]:
    return {
        n for c in revision.commitments.values() for n in (*c.lead_agencies, *c.supporting_agencies)
    }


def compare_revisions(root: Path, old_name: str, new_name: str) -> Comparison:
    old, new = read_revision(root, old_name), read_revision(root, new_name)
    messages = commit_messages(root, old, new)
    files = {**old.files, **new.files}
    changed = []
    milestones_added: list[tuple[str, str]] = []
    milestones_removed: list[tuple[str, str]] = []
    for cid, after in new.commitments.items():
        before = old.commitments.get(cid)
        if before is None:
            continue
        old_fields, new_fields = fields_of(before), fields_of(after)
        changes = []
        for key in dict.fromkeys([*new_fields, *old_fields]):
            label, new_text = new_fields.get(key, (old_fields.get(key, ("", ""))[0], ""))
            old_text = old_fields.get(key, (label, ""))[1]
            if old_text != new_text:
                old_marks, new_marks = marks(old_text, new_text)
                changes.append(FieldChange(key, label, old_marks, new_marks))
        milestones_added += [(cid, m.indicator) for m in after.milestones[len(before.milestones) :]]
        milestones_removed += [
            (cid, m.indicator) for m in before.milestones[len(after.milestones) :]
        ]
        if changes:
            changed.append(
                CommitmentChange(
                    cid, after.title, tuple(changes), _explanations(cid, new, messages, files)
                )
            )
    return Comparison(
        old,
        new,
        tuple(changed),
        tuple((c.id, c.title) for cid, c in new.commitments.items() if cid not in old.commitments),
        tuple((c.id, c.title) for cid, c in old.commitments.items() if cid not in new.commitments),
        tuple(milestones_added),
        tuple(milestones_removed),
        tuple(sorted(_agencies(new) - _agencies(old))),
        tuple(sorted(_agencies(old) - _agencies(new))),
    )
