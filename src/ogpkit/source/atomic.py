"""Atomic writes: a temporary file in the same folder, then a rename (or a link) onto the target.

A crash leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _temporary(path: Path, data: bytes) -> str:
    """A fully written temporary file beside `path`, with `path`'s permissions (or 0644)."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, path.stat().st_mode & 0o7777 if path.exists() else 0o644)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return temporary


def write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path`, replacing it atomically."""
    write_files({path: data})


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def write_files(files: dict[Path, bytes]) -> None:
    """Write several files all or nothing: every temporary file first, then the renames.

    A failure while writing leaves every target as it was.
    """
    written: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            written.append((_temporary(path, data), path))
    except BaseException:
        for temporary, _ in written:
            Path(temporary).unlink(missing_ok=True)
        raise
    for temporary, path in written:
        os.replace(temporary, path)


def create_text(path: Path, text: str) -> None:
    """Write a new file atomically; FileExistsError if `path` exists, which is never replaced."""
    temporary = _temporary(path, text.encode("utf-8"))
    try:
        os.link(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)
