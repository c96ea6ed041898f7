"""`ogpkit translations import FILE`: translated units written back into the commitment files.

The file is read by translate-toolkit (XLIFF 2.0, or gettext PO by its extension). Each unit
with a target names its field by its location (`commitments/1-1.yaml#problem`, written by
`translations export`). The import is refused as a whole, naming each unit, when a location
names no field of the plan or when the unit's source is no longer the field's Chinese (it
changed since the export); otherwise each file is written once, losslessly and atomically.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from ogpkit.errors import UsageError
from ogpkit.fixes.translation_write import with_english
from ogpkit.plan.project import Project
from ogpkit.plan.translation import sources
from ogpkit.report.message import Message, msg
from ogpkit.source import atomic

LOCATION = "location"


@dataclass(frozen=True)
class Unit:
    location: str
    source: str
    target: str


@dataclass
class ImportResult:
    written: dict[str, int] = field(default_factory=dict)
    refused: list[Message] = field(default_factory=list)


def _location(notes: str, context: str) -> str:
    for line in notes.splitlines():
        if line.startswith(f"{LOCATION}: "):
            return line.removeprefix(f"{LOCATION}: ").strip()
    return (context or notes).strip().splitlines()[0] if (context or notes).strip() else ""


def read_units(path: Path) -> list[Unit]:
    """The translated units of an XLIFF 2.0 or PO file."""
    data = path.read_bytes()
    try:
        if path.suffix.lower() == ".po":
            from translate.storage.pypo import pofile

            po: Any = cast(Any, pofile).parsestring(data)
            return [
                Unit(_location(u.getnotes("developer"), u.getcontext()), u.source, u.target or "")
                for u in po.units
                if not u.isheader() and u.target
            ]
        from translate.storage.xliff2 import Xliff2File

        xliff: Any = cast(Any, Xliff2File).parsestring(data)
        return [
            Unit(_location(u.getnotes(LOCATION), ""), u.source, u.target or "")
            for u in xliff.units
            if u.target
        ]
    except Exception as error:
        raise UsageError(
            msg(
                "{path} cannot be read as an XLIFF 2.0 or PO file: {error}",
                path=str(path),
                error=str(error) or type(error).__name__,
            )
        ) from None


def plan_import(
    project: Project, units: list[Unit]
) -> tuple[dict[str, dict[str, str]], list[Message]]:
    """The English to write, by file name then key; and why units cannot be imported."""
    files = {f.document.name: f for f in project.files if f.model is not None}
    chosen: dict[str, dict[str, str]] = {}
    refused: list[Message] = []
    for unit in units:
        name, _, key = unit.location.partition("#")
        file = files.get(name)
        current = sources(file.document.data).get(key) if file else None
        if current is None:
            refused.append(
                msg("{location} names no Chinese text of the plan", location=unit.location)
            )
        elif current != unit.source:
            refused.append(
                msg(
                    "{location}: the Chinese changed since the export, so this translation is of an old text; export again",
                    location=unit.location,
                )
            )
        else:
            chosen.setdefault(name, {})[key] = unit.target
    return chosen, refused


def import_translations(project: Project, path: Path) -> ImportResult:
    chosen, refused = plan_import(project, read_units(path))
    if refused:
        return ImportResult(refused=refused)
    files = {f.document.name: f for f in project.files}
    texts = {
        files[name].document.path: with_english(files[name].document.text, english)
        for name, english in chosen.items()
    }
    atomic.write_files({p: t.encode("utf-8") for p, t in texts.items()})
    return ImportResult(written={name: len(english) for name, english in chosen.items()})
