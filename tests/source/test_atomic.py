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


def test_a_failed_rename_puts_back_every_output_and_leaves_no_temporary(tmp_path: Path) -> None:
    import pytest

    from ogpkit.source.atomic import write_files

    for name in ("a.md", "b.html"):
        (tmp_path / name).write_text("old", encoding="utf-8")
    (tmp_path / "c.json").mkdir()
    files = {tmp_path / n: b"new" for n in ("a.md", "b.html", "c.json", "d.csv")}
    with pytest.raises(IsADirectoryError):  # a.md and b.html are replaced before c.json fails
        write_files(files)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "b.html", "c.json"]
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "old"
    assert (tmp_path / "b.html").read_text(encoding="utf-8") == "old"


def test_a_link_is_written_through_to_its_target(tmp_path: Path) -> None:
    from ogpkit.source.atomic import write_bytes

    target = tmp_path / "real.yaml"
    target.write_bytes(b"old")
    link = tmp_path / "link.yaml"
    link.symlink_to(target.name)
    write_bytes(link, b"new")
    assert link.is_symlink()
    assert target.read_bytes() == b"new"
