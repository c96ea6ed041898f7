"""Mutated Word forms: a real filled form, built like the seed's template, changed the ways a
hurried hand, a hostile sender or a damaged download would: answers edited with the YAML
mutator's fragments, `word/document.xml` edited as text (markup cut, entities, a DOCTYPE,
another encoding), or the archive itself cut short, its bytes flipped or an entry lost."""

from __future__ import annotations

import dataclasses
import io
import random
import re
import zipfile
from pathlib import Path
from typing import Any

from tests.authoring.word.wordforms import filled, write_docx
from tests.failures.mutate import mutate

DOCUMENT = "word/document.xml"
XML_FRAGMENTS = (
    "<",
    ">",
    "&",
    "&bogus;",
    "&#0;",
    "]]>",
    "<![CDATA[x",
    '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>',
    "&b;",
    '<?xml version="1.0" encoding="Big5"?>',
    "</w:tc>",
    "</w:tr>",
    "<w:tr>",
    "<w:tbl>",
    "<w:p/>" * 40,
    '<w:gridSpan w:val="-3"/>',
    '<w:vMerge w:val="restart"/>',
    "<w:t>承諾事項名稱</w:t>",
    '<w:t xml:space="preserve">=HYPERLINK("http://x")</w:t>',
    "\ufeff",
    "\x00",
)
TEXT_FIELDS = tuple(
    f.name for f in dataclasses.fields(filled()) if isinstance(getattr(filled(), f.name), str)
)
# XML 1.0 has no place for these; python-docx refuses them, so a form cannot carry them.
NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def mutated_form(folder: Path, rng: random.Random) -> Path:
    """A .docx file in `folder`, one of three kinds of damage chosen by `rng`."""
    path = folder / f"form-{rng.randrange(10**9)}.docx"
    kind = rng.randrange(3)
    if kind == 0:
        return _answers_edited(path, rng)
    base = _answers_edited(path, rng, edits=0).read_bytes()
    path.write_bytes(_xml_edited(base, rng) if kind == 1 else _archive_damaged(base, rng))
    return path


def _answers_edited(path: Path, rng: random.Random, edits: int | None = None) -> Path:
    answers = filled()
    changes: dict[str, Any] = {
        name: NOT_IN_XML.sub("", mutate(getattr(answers, name), rng, 2))
        for name in rng.sample(TEXT_FIELDS, rng.randint(1, 4) if edits is None else edits)
    }
    answers = dataclasses.replace(answers, **changes)
    forms = [answers] * rng.choice((1, 1, 2))
    return write_docx(path, forms, before=rng.choice(("", "附件一")))


def _xml_edited(archive: bytes, rng: random.Random) -> bytes:
    with zipfile.ZipFile(io.BytesIO(archive)) as source:
        entries = {name: source.read(name) for name in source.namelist()}
    text = entries[DOCUMENT].decode("utf-8")
    for _ in range(rng.randint(1, 3)):
        at = rng.randrange(len(text))
        if rng.random() < 0.6:
            text = text[:at] + rng.choice(XML_FRAGMENTS) + text[at:]
        else:
            text = text[:at] + text[at + rng.randint(1, 200) :]
    entries[DOCUMENT] = text.encode("utf-8", "surrogatepass")
    return _zipped(entries)


def _archive_damaged(archive: bytes, rng: random.Random) -> bytes:
    kind = rng.randrange(3)
    if kind == 0:
        return archive[: rng.randrange(len(archive))]
    if kind == 1:
        damaged = bytearray(archive)
        for _ in range(rng.randint(1, 8)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        return bytes(damaged)
    with zipfile.ZipFile(io.BytesIO(archive)) as source:
        entries = {name: source.read(name) for name in source.namelist()}
    del entries[rng.choice(sorted(entries))]
    return _zipped(entries)


def _zipped(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries.items():
            target.writestr(name, data)
    return out.getvalue()
