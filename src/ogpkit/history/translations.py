"""Whether the English of each field is missing, stale or current.

A translation is stale when the commit where the Chinese source took its current value is not
the commit that last set the English text nor one of its ancestors: judged by ancestry, so a
branch merged later cannot make an older translation current. Both changed in the same commit
is current. The working tree counts as one commit after
HEAD, so an edit not yet committed is judged too. Pure: the field history is given.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ogpkit.history.field_history import FieldHistory, FieldRecord
from ogpkit.plan.project import Project
from ogpkit.plan.translation import english, sources
from ogpkit.source.document import Document


class State(StrEnum):
    MISSING = "missing"
    STALE = "stale"
    CURRENT = "current"


@dataclass(frozen=True)
class FieldStatus:
    file: str
    commitment: str
    key: str
    state: State
    source: str
    english: str | None
    source_changed: datetime | None = None
    previous_source: str | None = None

    @property
    def diff(self) -> str:
        """The change of the Chinese since the English was written, `[-old-]{+new+}` inline."""
        if self.previous_source is None:
            return ""
        return inline_diff(self.previous_source, self.source)


def inline_diff(old: str, new: str) -> str:
    parts: list[str] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            text = old[i1:i2]
            parts.append(text if len(text) <= 24 else f"{text[:10]}…{text[-10:]}")
            continue
        if i2 > i1:
            parts.append(f"[-{old[i1:i2]}-]")
        if j2 > j1:
            parts.append(f"{{+{new[j1:j2]}+}}")
    return "".join(parts)


def _outdated(record: FieldRecord, fields: FieldHistory) -> bool:
    if record.source_changed is None or record.english_changed is None:
        return False
    return not fields.precedes(record.source_changed, record.english_changed)


def _judge(
    name: str,
    identifier: str,
    key: str,
    source: str,
    text: str | None,
    record: FieldRecord | None,
    fields: FieldHistory,
) -> FieldStatus:
    file = name
    if text is None:
        return FieldStatus(file, identifier, key, State.MISSING, source, None)
    if record is None or record.english is None:
        return FieldStatus(file, identifier, key, State.CURRENT, source, text)
    english_edited = text != record.english
    source_edited = source != record.source
    if english_edited:
        return FieldStatus(file, identifier, key, State.CURRENT, source, text)
    if source_edited or _outdated(record, fields):
        when = None if source_edited or not record.source_changed else record.source_changed.when
        return FieldStatus(
            file, identifier, key, State.STALE, source, text, when, record.source_at_english
        )
    return FieldStatus(file, identifier, key, State.CURRENT, source, text)


def file_statuses(
    document: Document,
    identifier: str,
    fields: FieldHistory,
    chinese: dict[str, str] | None = None,
) -> list[FieldStatus]:
    """The state of each translatable field of one commitment file; `chinese`, its Chinese
    texts (`plan.translation.sources` of its data) when the caller has them already."""
    data = document.data
    record = fields.of(document.path)
    translated = english(data)
    return [
        _judge(
            document.name,
            identifier,
            key,
            source,
            translated.get(key),
            record.fields.get(key) if record else None,
            fields,
        )
        for key, source in (sources(data) if chinese is None else chinese).items()
    ]


def statuses(project: Project, fields: FieldHistory) -> list[FieldStatus]:
    """Every translatable field of every readable commitment file, in file order."""
    return [
        status
        for file in project.files
        if file.model
        for status in file_statuses(file.document, file.model.id, fields)
    ]
