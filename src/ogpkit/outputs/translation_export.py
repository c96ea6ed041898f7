"""`ogpkit translations export`: the missing and stale fields for a translator's tool.

XLIFF 2.0 (`Xliff2File`) and gettext PO (`pofile`) are written by translate-toolkit, not by
hand. Each field is one unit: the Chinese as source, the target left empty; as notes, its
location (`commitments/1-1.yaml#milestones.1.indicator`, which `translations import` reads
back), the previous English of a stale field with the change of the Chinese, and the glossary
terms its source holds. In PO the location is also the message context, so that equal
Chinese texts in different fields stay apart.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ogpkit.history.translations import FieldStatus, State

LOCATION = "location"
SOURCE_LANG, TARGET_LANG = "zh-TW", "en"


def location(row: FieldStatus) -> str:
    return f"{row.file}#{row.key}"


def notes(row: FieldStatus, glossary: dict[str, str]) -> list[str]:
    found: list[str] = []
    if row.state is State.STALE and row.english:
        found.append(f"Previous English: {row.english}")
        if row.diff:
            found.append(f"Change of the Chinese since: {row.diff}")
    terms = [f"{zh} → {en}" for zh, en in glossary.items() if zh and en and zh in row.source]
    if terms:
        found.append("Glossary: " + "; ".join(terms))
    return found


def xliff_bytes(rows: Sequence[FieldStatus], glossary: dict[str, str]) -> bytes:
    from translate.storage.xliff2 import Xliff2File

    store: Any = Xliff2File()
    store.setsourcelanguage(SOURCE_LANG)
    store.settargetlanguage(TARGET_LANG)
    for index, row in enumerate(rows, start=1):
        unit = store.addsourceunit(row.source)
        unit.setid(f"u{index}")
        unit.addnote(location(row), origin=LOCATION)
        for note in notes(row, glossary):
            unit.addnote(note, origin="developer")
    return bytes(store)


def po_bytes(rows: Sequence[FieldStatus], glossary: dict[str, str]) -> bytes:
    from translate.storage.pypo import pofile

    store: Any = pofile()
    store.settargetlanguage(TARGET_LANG)
    for row in rows:
        unit = store.addsourceunit(row.source)
        unit.setcontext(location(row))
        unit.addnote(f"{LOCATION}: {location(row)}", origin="developer")
        for note in notes(row, glossary):
            unit.addnote(note, origin="developer")
    return bytes(store)


EXPORTERS = {"xliff": (xliff_bytes, "xlf"), "po": (po_bytes, "po")}
