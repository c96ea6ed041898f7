"""Message catalogues: extract `msg(...)` strings, update the zh_TW catalogue, compile it.

    python tools/messages.py update   # add new messages (untranslated), drop unused, compile
    python tools/messages.py check    # exit 1 if a message is untranslated or the .mo is stale

Entries are sorted by message id and carry no source locations, so that changes from
different branches merge cleanly.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "ogpkit"
CATALOGUE = PACKAGE / "locale" / "zh_TW" / "LC_MESSAGES" / "ogpkit.po"
KEYWORDS = {"msg": None}


def extracted() -> set[str]:
    found = extract_from_dir(
        str(PACKAGE), method_map=[("**.py", "python")], keywords=KEYWORDS, comment_tags=()
    )
    return {message for _, _, message, _, _ in found if isinstance(message, str)}


def read() -> Catalog:
    if not CATALOGUE.exists():
        return Catalog(locale="zh_TW", domain="ogpkit")
    with CATALOGUE.open("rb") as stream:
        return read_po(stream, locale="zh_TW", domain="ogpkit")


def po_bytes(catalog: Catalog) -> bytes:
    stream = io.BytesIO()
    write_po(stream, catalog, omit_header=False, sort_output=True, no_location=True, width=0)
    return stream.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    stream = io.BytesIO()
    write_mo(stream, catalog)
    return stream.getvalue()


def updated(old: Catalog) -> Catalog:
    new = Catalog(locale="zh_TW", domain="ogpkit", project="ogpkit", version="0", fuzzy=False)
    new.creation_date = old.creation_date
    new.revision_date = old.creation_date
    for msgid in sorted(extracted()):
        previous = old.get(msgid)
        new.add(msgid, previous.string if previous else "")
    return new


def untranslated(catalog: Catalog) -> list[str]:
    return sorted(str(m.id) for m in catalog if m.id and not m.string)


def update() -> int:
    catalog = updated(read())
    CATALOGUE.parent.mkdir(parents=True, exist_ok=True)
    CATALOGUE.write_bytes(po_bytes(catalog))
    CATALOGUE.with_suffix(".mo").write_bytes(mo_bytes(catalog))
    for msgid in untranslated(catalog):
        print(f"untranslated: {msgid}")
    return 0


def check() -> int:
    catalog = read()
    missing = sorted(extracted() - {str(m.id) for m in catalog if m.id})
    problems = [f"not in the catalogue: {m}" for m in missing]
    problems += [f"untranslated: {m}" for m in untranslated(catalog)]
    mo = CATALOGUE.with_suffix(".mo")
    if not mo.exists() or mo.read_bytes() != mo_bytes(catalog):
        problems.append(f"{mo.name} is stale: run `make messages`")
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit({"update": update, "check": check}[sys.argv[1]]())
