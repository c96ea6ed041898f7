"""Atomic writes: temporary files in the same folder, then renames onto the targets.

A crash leaves either the old file or the new one, never half of one. Several files are
written all or nothing: every one is staged first, and when a rename fails the targets
already replaced get their old content back, so a failure leaves every old file and no
temporary file. A symbolic link is written through (its target is replaced, the link stays).
A read-only file or folder (no write bit set, as `chmod a-w` leaves it) is refused, for root
too, as editors refuse it: `ReadOnlyError`.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from pathlib import Path


class ReadOnlyError(PermissionError):
    """The file or its folder is read-only: decided from the mode bits, not only os.access."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EACCES, "read-only", str(path))


def _writable(target: Path) -> None:
    """Refuse a read-only target or folder, whoever runs ogpkit (root ignores permissions)."""
    for path in (target, target.parent):
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            continue
        if not mode & 0o222 or not os.access(path, os.W_OK):
            raise ReadOnlyError(path)


def _temporary(path: Path, data: bytes, suffix: str = ".tmp") -> str:
    """A fully written temporary file beside `path`, with `path`'s permissions (or 0644)."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        mode = path.stat().st_mode if path.is_file() else 0o644
        os.chmod(temporary, stat.S_IMODE(mode))
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return temporary


def _backup(path: Path) -> str | None:
    """A second name for the current content of `path` (a hard link, else a copy), or None."""
    if not path.is_file():
        return None
    handle, backup = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".old", dir=path.parent)
    os.close(handle)
    try:
        os.unlink(backup)
        try:
            os.link(path, backup)
        except OSError:
            shutil.copy2(path, backup)
    except BaseException:
        Path(backup).unlink(missing_ok=True)
        raise
    return backup


def resolved(path: Path) -> Path:
    """The file a write to `path` changes: a symbolic link's target, the path itself otherwise."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path`, replacing it atomically."""
    write_files({path: data})


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def write_files(files: dict[Path, bytes]) -> None:
    """Write several files all or nothing; on any failure every target keeps its old content."""
    targets = {resolved(path): data for path, data in files.items()}
    for target in targets:
        _writable(target)
    staged: list[tuple[str, Path]] = []
    backups: list[tuple[str | None, Path]] = []
    try:
        for target, data in targets.items():
            staged.append((_temporary(target, data), target))
        for _, target in staged:
            backups.append((_backup(target), target))
        replaced: list[tuple[str | None, Path]] = []
        try:
            for (temporary, target), backup in zip(staged, backups, strict=True):
                os.replace(temporary, target)
                replaced.append((backup[0], target))
        except BaseException:
            for old, target in reversed(replaced):
                if old is None:
                    target.unlink(missing_ok=True)
                else:
                    os.replace(old, target)
            raise
    finally:
        for temporary, _ in staged:
            Path(temporary).unlink(missing_ok=True)
        for old, _ in backups:
            if old is not None:
                Path(old).unlink(missing_ok=True)


def create_text(path: Path, text: str) -> None:
    """Write a new file atomically; FileExistsError if `path` exists, which is never replaced."""
    _writable(path)
    temporary = _temporary(path, text.encode("utf-8"))
    try:
        os.link(temporary, path)
    finally:
        Path(temporary).unlink(missing_ok=True)
