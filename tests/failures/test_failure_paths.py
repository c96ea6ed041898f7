"""The failure-path matrix: each condition of issue 11 made real, each answered without a
traceback or a hang (a read-only folder, a FIFO, a `git` that sleeps, a full disk through a
size limit or /dev/full, a Big5 or ASCII output encoding, a folder that leads outside)."""

from __future__ import annotations

import json
import os
import resource
import shutil
import stat
from pathlib import Path

import pytest

from tests.conftest import copy_plan
from tests.failures.run import ogpkit
from tests.gitrepo import commit_all, init

FILE = "commitments/3-2-gender-and-ethnic-inclusion.yaml"
BIG5 = {"PYTHONIOENCODING": "cp950"}


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    return copy_plan(tmp_path / "plan")


def edit(plan: Path, old: str, new: str, name: str = FILE) -> Path:
    path = plan / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def fixable(plan: Path) -> Path:
    """A file with one fix to make (an agency by its short name)."""
    return edit(plan, "  - 行政院性別平等處", "  - 性平處")


@pytest.mark.parametrize("command", ["deadlines", "status"])
def test_the_calendars_last_day_is_a_date_like_any_other(plan: Path, command: str) -> None:
    edit(plan, "    end: 111-12", "    end: 9999-12-31")
    result = ogpkit(command, "--today", "9999-12-31", cwd=plan)
    assert result.code in (0, 1), result.output


@pytest.mark.parametrize("mode", [0o555, 0o444])
def test_fix_in_a_read_only_folder_or_file_is_refused_and_the_file_kept(
    plan: Path, mode: int
) -> None:
    path = fixable(plan)
    before = path.read_bytes()
    target = path.parent if mode == 0o555 else path
    target.chmod(mode)
    try:
        result = ogpkit("lint", "--fix", "--format", "json", "--lang", "en", cwd=plan)
    finally:
        target.chmod(0o755 if mode == 0o555 else 0o644)
    assert result.code == 1, result.output
    assert path.read_bytes() == before
    assert "lint-fix" in [p["rule"] for p in json.loads(result.stdout)["problems"]]
    assert "read-only" in result.stdout
    assert "Fixed" not in result.stderr
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]


def _file_size_limit() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))


def test_fix_on_a_full_disk_keeps_the_file(plan: Path) -> None:
    path = fixable(plan)
    before = path.read_bytes()
    assert len(before) > 1024
    result = ogpkit("lint", "--fix", "--format", "json", cwd=plan, preexec=_file_size_limit)
    assert result.code == 1, result.output
    assert path.read_bytes() == before
    rules = [p["rule"] for p in json.loads(result.stdout)["problems"]]
    assert "lint-fix" in rules
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]


def _path_without_git(tmp_path: Path) -> str:
    folder = tmp_path / "bin"  # ogpkit runs by its full path; nothing else is on PATH
    folder.mkdir()
    return str(folder)


def test_changed_without_git_is_a_usage_error(plan: Path, tmp_path: Path) -> None:
    result = ogpkit(
        "validate", "--changed", cwd=plan, env={"PATH": _path_without_git(tmp_path), **BIG5}
    )
    assert result.code == 2, result.output
    assert "--changed" in result.stderr


@pytest.mark.parametrize("where", ["", "folder", "missing/summary.md", "/dev/full"])
def test_a_summary_that_cannot_be_written_is_a_usage_error(plan: Path, where: str) -> None:
    if where == "folder":
        (plan / "folder").mkdir()
    if where == "/dev/full" and not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    result = ogpkit("validate", "--summary", where, "--lang", "en", cwd=plan)
    assert result.code == 2, result.output
    assert "Cannot append the summary" in result.stderr


@pytest.mark.parametrize("command", ["deadlines", "status", "validate", "rules"])
def test_a_big5_pipe_shows_the_text(plan: Path, command: str) -> None:
    edit(plan, "title: ", "title: 🏳️‍🌈 ")  # a character Big5 does not have
    dated = () if command == "rules" else ("--today", "109-01-09")
    result = ogpkit(command, *dated, cwd=plan, env=BIG5, encoding="cp950")
    assert result.code in (0, 1), result.output
    assert result.stdout.strip()
    if command in ("deadlines", "status"):
        assert "期限" in result.stdout or "承諾事項" in result.stdout


@pytest.mark.parametrize(
    "args",
    [
        ("validate", "--format", "json"),
        ("deadlines", "--format", "json", "--today", "109-01-09"),
        ("status", "--json", "--today", "109-01-09"),
    ],
)
@pytest.mark.parametrize("encoding", ["ascii", "cp950"])
def test_json_is_exact_whatever_the_encoding(
    plan: Path, args: tuple[str, ...], encoding: str
) -> None:
    reference = ogpkit(*args, cwd=plan)
    result = ogpkit(*args, cwd=plan, env={"PYTHONIOENCODING": encoding}, encoding=encoding)
    assert result.code == reference.code, result.output
    assert json.loads(result.stdout) == json.loads(reference.stdout)


@pytest.mark.parametrize("link", [False, True])
@pytest.mark.parametrize("command", ["validate", "lint"])
def test_a_fifo_is_refused_not_waited_on(plan: Path, command: str, link: bool) -> None:
    fifo = plan / ("pipe" if link else "commitments/x.yaml")
    os.mkfifo(fifo)
    if link:
        (plan / "commitments/x.yaml").symlink_to(fifo)
    result = ogpkit(command, "--format", "json", cwd=plan, bound=30)
    assert result.code == 1, result.output
    found = [(p["file"], p["rule"]) for p in json.loads(result.stdout)["problems"]]
    assert ("commitments/x.yaml", "file-not-regular") in found


def _sleeping_git(tmp_path: Path) -> str:
    folder = tmp_path / "slow-bin"
    folder.mkdir()
    stub = folder / "git"
    stub.write_text("#!/bin/sh\nsleep 600\n")
    stub.chmod(0o755)
    return f"{folder}{os.pathsep}{os.environ['PATH']}"


@pytest.mark.parametrize(
    "args",
    [("validate",), ("deadlines", "--today", "109-01-09"), ("validate", "--changed")],
)
def test_a_hanging_git_is_bounded(plan: Path, tmp_path: Path, args: tuple[str, ...]) -> None:
    init(plan)
    commit_all(plan, "plan")
    env = {"PATH": _sleeping_git(tmp_path), "OGPKIT_GIT_TIMEOUT": "2"}
    result = ogpkit(*args, "--lang", "en", cwd=plan, env=env, bound=30)
    assert result.seconds < 20
    if "--changed" in args:
        assert result.code == 2, result.output
        assert "did not answer within 2 seconds" in result.stderr
    else:
        assert result.code in (0, 1), result.output


def test_a_syntax_error_at_the_end_is_on_the_last_line(plan: Path) -> None:
    (plan / "commitments/x.yaml").write_bytes(b"id: 1-1\ntitle")
    result = ogpkit("validate", "--format", "json", "commitments/x.yaml", cwd=plan)
    lines = [
        p["line"] for p in json.loads(result.stdout)["problems"] if p["file"].endswith("x.yaml")
    ]
    assert lines == [2]


@pytest.mark.parametrize("character", ["\u2028", "\u2029", "\x85"])
def test_unicode_line_separators_are_text(plan: Path, character: str) -> None:
    edit(
        plan,
        "# yaml-language-server",
        f"# a comment{character}with a separator\n# yaml-language-server",
    )
    edit(plan, "  - 行政院性別平等處", "  - 性平處")
    path = edit(plan, "title: ", f"title: A{character}B ")
    result = ogpkit("lint", "--format", "json", cwd=plan)
    found = [(p["line"], p["rule"]) for p in json.loads(result.stdout)["problems"]]
    line = next(
        n
        for n, text in enumerate(path.read_text(encoding="utf-8").split("\n"), 1)
        if "性平處" in text
    )
    assert found == [(line, "agency-canonical")]


def test_all_or_nothing_when_one_output_cannot_be_replaced(plan: Path) -> None:
    build = plan / "build"
    build.mkdir()
    for name in ("plan.md", "plan.html", "plan.csv"):
        (build / name).write_text("old", encoding="utf-8")
    (build / "plan.json").mkdir()
    result = ogpkit("render", "--today", "109-01-09", cwd=plan)
    assert result.code == 2, result.output
    assert sorted(p.name for p in build.iterdir()) == [
        "plan.csv",
        "plan.html",
        "plan.json",
        "plan.md",
    ]
    for name in ("plan.md", "plan.html", "plan.csv"):
        assert (build / name).read_text(encoding="utf-8") == "old"


def test_fixes_keep_each_lines_ending_and_the_space_before_a_comment(plan: Path) -> None:
    path = fixable(plan)
    text = path.read_text(encoding="utf-8").replace("    end: 111-12", "    end: 111年12月  # c")
    lines = text.split("\n")
    mixed = (
        "".join(line + ("\r\n" if n % 2 else "\n") for n, line in enumerate(lines[:-1])) + lines[-1]
    )
    path.write_bytes(mixed.encode("utf-8"))
    result = ogpkit("lint", "--fix", cwd=plan)
    assert result.code in (0, 1), result.output
    fixed = path.read_bytes().decode("utf-8")
    expected = mixed.replace("性平處", "行政院性別平等處").replace("111年12月  # c", "111-12  # c")
    assert fixed == expected


def test_fix_writes_through_a_link_inside_the_repository(plan: Path) -> None:
    path = fixable(plan)
    real = plan / "drafts" / path.name
    real.parent.mkdir()
    shutil.move(path, real)
    path.symlink_to(Path("..") / "drafts" / path.name)
    result = ogpkit("lint", "--fix", cwd=plan)
    assert result.code in (0, 1), result.output
    assert path.is_symlink()
    assert "行政院性別平等處" in real.read_text(encoding="utf-8")


@pytest.mark.parametrize("folder", ["commitments", "templates"])
def test_a_folder_leading_outside_is_refused_unread(
    plan: Path, tmp_path: Path, folder: str
) -> None:
    outside = tmp_path / "secrets"
    outside.mkdir()
    (outside / "1-1.yaml").write_text("submitted: 'DB_PASSWORD=hunter2'\n", encoding="utf-8")
    (outside / "plan.html.j2").write_text("DB_PASSWORD=hunter2", encoding="utf-8")
    if folder == "commitments":
        shutil.rmtree(plan / folder)
    (plan / folder).symlink_to(outside)
    command = ("validate", "--format", "json") if folder == "commitments" else ("render",)
    result = ogpkit(*command, cwd=plan)
    assert "hunter2" not in result.output
    assert result.code in (1, 2), result.output
    if folder == "commitments":
        rules = [p["rule"] for p in json.loads(result.stdout)["problems"]]
        assert rules == ["file-symlink"]
    else:
        assert not (plan / "build").exists()


def test_a_long_value_is_quoted_as_a_short_excerpt(plan: Path) -> None:
    edit(plan, "    end: 111-12", "    end: " + "x" * 500)
    result = ogpkit("validate", "--format", "json", cwd=plan)
    messages = [p["message"] for p in json.loads(result.stdout)["problems"]]
    assert messages
    assert all("x" * 41 not in m for m in messages)
    assert any("x" * 40 + "…" in m for m in messages)


def test_read_only_is_decided_by_the_mode_bits_for_root_too(plan: Path) -> None:
    path = fixable(plan)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        assert os.access(path, os.W_OK) == (os.geteuid() == 0)
        result = ogpkit("lint", "--fix", cwd=plan)
    finally:
        path.chmod(0o644)
    assert "性平處" in path.read_text(encoding="utf-8"), result.output
