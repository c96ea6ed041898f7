from __future__ import annotations

from pathlib import Path

import pytest

from ogpkit.source.atomic import write_files


def test_write_files_writes_every_file(tmp_path: Path) -> None:
    write_files({tmp_path / "a": b"1", tmp_path / "b": b"2"})
    assert (tmp_path / "a").read_bytes() == b"1"
    assert (tmp_path / "b").read_bytes() == b"2"


def test_write_files_all_or_nothing(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"old")
    with pytest.raises(FileNotFoundError):
        write_files({tmp_path / "a": b"new", tmp_path / "missing" / "b": b"2"})
    assert (tmp_path / "a").read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a"]
