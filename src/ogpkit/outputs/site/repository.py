"""Links from the site to evidence: an http(s) address as written, or a file of the plan's
repository, copied into the site under `repository/` so that the link works offline and on
GitHub Pages. Anything else (another scheme, a path leaving the repository, a missing file)
is shown as text, never as a link.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

REPOSITORY = "repository/"
MAX_COPIED_BYTES = 20_000_000
_ADDRESS = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)


def is_address(value: str) -> bool:
    return _ADDRESS.match(value) is not None


def _repository_file(root: Path, value: str) -> Path | None:
    parts = value.split("/")
    if not value or value.startswith(("/", "\\")) or ".." in parts or ":" in parts[0]:
        return None
    base = root.resolve()
    path = (base / value).resolve()
    if not path.is_relative_to(base) or not path.is_file():
        return None
    if path.stat().st_size > MAX_COPIED_BYTES:
        return None
    return path


def repository_copies(root: Path, values: Iterable[str | None]) -> dict[str, bytes]:
    """The repository files that `values` name, by their path in the site."""
    copies: dict[str, bytes] = {}
    for value in values:
        if not value or is_address(value):
            continue
        path = _repository_file(root, value.strip())
        if path is not None:
            copies[REPOSITORY + value.strip()] = path.read_bytes()
    return copies


def site_href(value: str | None, copied: Iterable[str]) -> str | None:
    """Where a link to `value` goes, relative to the site's folder; None: show it as text."""
    if not value:
        return None
    text = value.strip()
    if is_address(text):
        return text
    return REPOSITORY + text if REPOSITORY + text in copied else None


def page_href(value: str | None, top: str, copied: Iterable[str]) -> str | None:
    """`site_href` from a page whose way to the site's folder is `top`."""
    href = site_href(value, copied)
    return top + href if href is not None and not is_address(href) else href
