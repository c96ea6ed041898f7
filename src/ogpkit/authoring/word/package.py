"""The archive of a filled form (.docx or .odt), opened with limits before anything is parsed.

A real form is a few hundred kilobytes of XML; an archive built to exhaust memory or time (a
zip bomb, ten million empty paragraphs, a million-row table, an entity bomb, XML nested
thousands deep) is refused from its directory and sizes, and the XML is parsed without DTDs,
entities or network. Every refusal is a UsageError that says what is wrong (exit 2).
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from lxml import etree  # type: ignore[import-untyped]

from ogpkit.errors import UsageError
from ogpkit.report.message import Message, msg

MAX_FILE_BYTES = 10 * 1024 * 1024  # the archive itself: forms with pictures stay under this
MAX_XML_BYTES = 8 * 1024 * 1024  # the main XML part uncompressed (a 20-form file: about 1 MB)
MAX_ENTRIES = 2_000  # parts in the archive (a form: about 15)
MAX_TOTAL_BYTES = 64 * 1024 * 1024  # every part uncompressed
MAX_RATIO = 200  # uncompressed ÷ compressed size of one part (XML compresses about 10 times)
MAX_ELEMENTS = 400_000  # elements of the main XML part (a form: about 3,000)
MAX_DEPTH = 200  # nesting of the main XML part (a form: about 15)
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # .doc (Word 97-2003)
ODT_MIME = b"application/vnd.oasis.opendocument.text"

Kind = Literal["docx", "odt"]


@dataclass(frozen=True)
class FormXml:
    kind: Kind
    root: etree._Element


def _refuse(path: Path, reason: Message) -> UsageError:
    return UsageError(msg("{path} cannot be imported: {reason}", path=path.name, reason=reason))


def _limits(path: Path, archive: zipfile.ZipFile, part: str) -> None:
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise _refuse(
            path,
            msg(
                "{count} parts in the archive (at most {limit})",
                count=len(entries),
                limit=MAX_ENTRIES,
            ),
        )
    if sum(e.file_size for e in entries) > MAX_TOTAL_BYTES:
        raise _refuse(
            path, msg("more than {limit} MB uncompressed", limit=MAX_TOTAL_BYTES // 2**20)
        )
    info = archive.getinfo(part)
    if info.file_size > MAX_XML_BYTES:
        raise _refuse(
            path,
            msg(
                "{part} is {size} MB uncompressed (at most {limit} MB)",
                part=part,
                size=info.file_size // 2**20,
                limit=MAX_XML_BYTES // 2**20,
            ),
        )
    if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise _refuse(
            path,
            msg(
                "{part} is compressed {ratio} times, which no real form is",
                part=part,
                ratio=info.file_size // max(info.compress_size, 1),
            ),
        )


def _kind(path: Path, archive: zipfile.ZipFile) -> tuple[Kind, str]:
    names = set(archive.namelist())
    if "word/document.xml" in names:
        return "docx", "word/document.xml"
    if (
        "content.xml" in names
        and "mimetype" in names
        and archive.read("mimetype").strip() == ODT_MIME
    ):
        return "odt", "content.xml"
    raise UsageError(
        msg(
            "{path} is not a Word (.docx) or OpenDocument (.odt) text file; save it as .docx or .odt and try again",
            path=path.name,
        )
    )


def _parse(path: Path, data: bytes, part: str) -> etree._Element:
    try:
        events = etree.iterparse(
            _Stream(data),
            events=("start", "end"),
            resolve_entities=False,
            no_network=True,
            load_dtd=False,
            huge_tree=False,
        )
        depth = count = 0
        for event, _ in events:
            if event == "start":
                depth += 1
                count += 1
                if depth > MAX_DEPTH:
                    raise _refuse(
                        path,
                        msg(
                            "{part} is nested more than {limit} levels deep",
                            part=part,
                            limit=MAX_DEPTH,
                        ),
                    )
                if count > MAX_ELEMENTS:
                    raise _refuse(
                        path,
                        msg(
                            "{part} has more than {limit} XML elements",
                            part=part,
                            limit=MAX_ELEMENTS,
                        ),
                    )
            else:
                depth -= 1
        if events.root is not None and events.root.getroottree().docinfo.doctype:
            raise _refuse(
                path,
                msg(
                    "{part} declares a DTD, which a Word or OpenDocument file never does", part=part
                ),
            )
        root = events.root
    except (etree.XMLSyntaxError, ValueError) as error:
        raise _refuse(
            path, msg("{part} is not well-formed XML ({error})", part=part, error=str(error))
        ) from None
    return root


class _Stream:
    """Bytes as a file for iterparse, read in chunks."""

    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def read(self, size: int = -1) -> bytes:
        end = len(self.data) if size < 0 else self.at + size
        chunk, self.at = self.data[self.at : end], min(end, len(self.data))
        return chunk


def open_form(path: Path) -> FormXml:
    """The main XML part of a .docx or .odt form, checked against the limits and parsed."""
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(4)
    except OSError as error:
        raise UsageError(
            msg("Cannot read {path}: {error}", path=str(path), error=error.strerror or str(error))
        ) from None
    if head == OLE_MAGIC:
        raise UsageError(
            msg(
                "{path} is an old Word file (.doc); open it in Word or LibreOffice, save it as .docx or .odt, and import that",
                path=path.name,
            )
        )
    if size > MAX_FILE_BYTES:
        raise _refuse(
            path,
            msg(
                "the file is {size} MB (at most {limit} MB)",
                size=size // 2**20,
                limit=MAX_FILE_BYTES // 2**20,
            ),
        )
    try:
        with zipfile.ZipFile(path) as archive:
            kind, part = _kind(path, archive)
            _limits(path, archive, part)
            data = archive.read(part)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        zlib.error,
        EOFError,
        NotImplementedError,
        OSError,
    ):
        raise UsageError(
            msg(
                "{path} is not a Word (.docx) or OpenDocument (.odt) text file; save it as .docx or .odt and try again",
                path=path.name,
            )
        ) from None
    root = _parse(path, data, part)
    expected = {"docx": DOCX_ROOT, "odt": ODT_ROOT}[kind]
    if root.tag != expected:
        raise _refuse(
            path,
            msg(
                "{part} has the root element {tag!r}, not a document", part=part, tag=str(root.tag)
            ),
        )
    return FormXml(kind, root)


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX_ROOT = f"{{{W}}}document"
ODT_ROOT = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}document-content"
