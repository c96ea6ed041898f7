"""The one walk of the Git history: validate reads it once, and the audit it gives agrees with
the lines that `git log -p` shows as added."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from ogpkit.history.audit import added_lines, read_audit
from ogpkit.history.walk import read_walk, shared_walks
from tests.conftest import copy_plan
from tests.gitrepo import commit, git, init, init_repo

WRAPPER = """#!/bin/sh
printf '%s\\n' "$*" >> "{log}"
exec "{git}" "$@"
"""


def git_calls(tmp_path: Path, root: Path, *args: str) -> list[str]:
    """The Git subcommands that `ogpkit ARGS` runs in `root`, through a logging `git`."""
    folder = tmp_path / "bin"
    folder.mkdir()
    log = tmp_path / "git.log"
    real = shutil.which("git")
    assert real is not None
    wrapper = folder / "git"
    wrapper.write_text(WRAPPER.format(log=log, git=real), encoding="utf-8")
    wrapper.chmod(0o755)
    environment = {**os.environ, "PATH": f"{folder}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(
        [sys.executable, "-m", "ogpkit", *args],
        check=False,
        cwd=root,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode in (0, 1), done.stderr
    lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    # The configuration options (-c name=value) come first; the subcommand follows them.
    calls = []
    for line in lines:
        words = line.split()
        while words and words[0] == "-c":
            words = words[2:]
        calls.append(words[0] if words else "")
    return calls


def test_validate_reads_the_history_in_one_walk(tmp_path: Path) -> None:
    """The bundled plan has a submission cutoff, progress updates and English: submissions, the
    progress audit and stale translations all need the history, and share one walk."""
    root = init_repo(copy_plan(tmp_path / "plan"))
    calls = git_calls(tmp_path, root, "validate", "--today", "111-01-01", "--format", "json")
    assert calls.count("log") == 1, calls
    assert calls.count("cat-file") == 1, calls
    assert calls.count("rev-parse") == 1, calls
    assert len(calls) == 3, calls


def test_render_validates_and_draws_revisions_from_the_same_walk(tmp_path: Path) -> None:
    """`render` validates, then the HTML lists each commitment's revisions: one walk for both,
    as for `site` (cli.common.one_history_walk)."""
    root = init_repo(copy_plan(tmp_path / "plan"))
    arguments = ("render", "--today", "111-01-01", "--format", "html", "--output", "out")
    calls = git_calls(tmp_path, root, *arguments)
    assert calls.count("log") == 1, calls
    assert calls.count("cat-file") == 1, calls


def test_report_reads_its_progress_and_past_periods_from_one_walk(tmp_path: Path) -> None:
    """`report` validates (the progress audit) and draws each period's charts from the files
    as committed by its due date: one `git log` for both, then one `ls-tree` a period's commit
    and one `cat-file` for their files."""
    root = init(copy_plan(tmp_path / "plan"))
    commit(root, "2020-06-01T10:00:00+08:00", "the plan, before its first report is due")
    arguments = ("report", "--today", "113-06-01", "--format", "json", "--output", "out")
    calls = git_calls(tmp_path, root, *arguments)
    assert calls.count("log") == 1, calls
    assert calls.count("rev-parse") == 1, calls
    assert calls.count("cat-file") == 2, calls
    assert calls.count("ls-tree") >= 1, calls


def test_outside_a_shared_block_each_read_walks_afresh(tmp_path: Path) -> None:
    root = init(tmp_path / "repo")
    (root / "a.yaml").write_text("a: 1\n", encoding="utf-8")
    commit(root, "2020-01-02T10:00:00+08:00", "a")
    first = read_walk(root)
    (root / "b.yaml").write_text("b: 1\n", encoding="utf-8")
    commit(root, "2020-01-03T10:00:00+08:00", "b")
    assert len(read_walk(root).commits) == len(first.commits) + 1
    with shared_walks():
        shared = read_walk(root)
        assert read_walk(root / "sub") is shared
    assert read_walk(root) is not shared


def git_added(root: Path, scope: str) -> dict[str, dict[str, list[str]]]:
    """The oracle: the commits that added each line, from `git log -p -U0` itself."""
    out = git(
        root,
        "-c",
        "core.quotePath=false",
        "log",
        "--reverse",
        "--topo-order",
        "-p",
        "-U0",
        "--no-ext-diff",
        "--find-renames",
        "--format=%x01%H",
        "HEAD",
        "--",
        scope,
    )
    added: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for record in out.split("\x01")[1:]:
        sha, _, patch = record.partition("\n")
        current: dict[str, list[str]] | None = None
        source: str | None = None
        for raw in patch.split("\n"):
            if raw.startswith("diff --git "):
                current, source = None, None
            elif raw.startswith("rename from "):
                source = raw[12:]
            elif raw.startswith("rename to ") and source is not None:
                moved = added.pop(source, {})
                current = added[raw[10:]]
                for text, shas in moved.items():
                    current[text] = shas + current[text]
            elif raw.startswith("+++ "):
                target = raw[4:]
                current = None if target == "/dev/null" else added[target.removeprefix("b/")]
            elif raw.startswith("+") and current is not None:
                current[raw[1:].rstrip()].append(sha.strip())
    return {name: dict(lines) for name, lines in added.items()}


VERSIONS = [
    "id: 1-1\nmilestones:\n  - updates:\n      - date: 110-04-20\n",
    "id: 1-1\nmilestones:\n  - updates:\n      - date: 110-04-20\n      - date: 110-10-20\n",
    # A line changed, a line repeated.
    "id: 1-1\nmilestones:\n  - updates:\n      - date: 110-04-20\n      - date: 110-10-21\n"
    "      - date: 110-04-20\n",
    "id: 1-1\nmilestones:\n  - updates:\n      - date: 110-04-20\n      - date: 111-04-20",
    # Windows line ends and the last line given its end: every line is new to Git.
    "id: 1-1\r\nmilestones:\r\n  - updates:\r\n      - date: 110-04-20\r\n"
    "      - date: 111-04-20\r\n",
    "id: 1-1\nmilestones:\n  - updates:\n      - date: 110-04-20\n      - date: 111-04-20\n"
    "  - updates:\n      - date: 110-04-20\n",
]


def test_the_audit_agrees_with_the_lines_git_shows_as_added(tmp_path: Path) -> None:
    root = init(tmp_path / "plan")
    folder = root / "commitments"
    folder.mkdir()
    (root / "drafts").mkdir()
    (root / "drafts" / "2-1.yaml").write_text("id: 2-1\ntitle: a draft long enough\n", "utf-8")
    commit(root, "2021-01-01T09:00:00+08:00", "draft")
    name = "1-1.yaml"
    for day, text in enumerate(VERSIONS, start=2):
        (folder / name).write_bytes(text.encode())
        commit(root, f"2021-01-{day:02d}T09:00:00+08:00", f"version {day}")
        if day == 3:
            git(root, "mv", f"commitments/{name}", "commitments/1-1-renamed.yaml")
            name = "1-1-renamed.yaml"
    git(root, "mv", "drafts/2-1.yaml", "commitments/2-1.yaml")
    commit(root, "2021-02-01T09:00:00+08:00", "2-1 moved in from the drafts")
    trail = read_audit(root, "commitments")
    ours = {
        path: {text: [c.sha for c in commits] for text, commits in lines.items()}
        for path, lines in trail.added.items()
    }
    assert ours == git_added(root, "commitments")
    assert len(ours["commitments/1-1-renamed.yaml"]["      - date: 110-04-20"]) >= 3


def test_a_reordered_update_is_credited_to_the_commit_that_added_the_new_line(
    tmp_path: Path,
) -> None:
    """Two diffs are equally short here; Git's marks the moved line as added again, the walk's
    keeps it and credits the repeated line to the commit that added it. Decision: the walk's."""
    root = init(tmp_path / "plan")
    path = root / "commitments" / "1-1.yaml"
    path.parent.mkdir()
    path.write_text("updates:\n  - date: 110-04-20\n  - date: 110-10-20\n", "utf-8")
    commit(root, "2021-01-02T09:00:00+08:00", "two updates")
    path.write_text("updates:\n  - date: 110-10-20\n  - date: 110-04-20\n  - date: 110-04-20\n")
    commit(root, "2021-01-03T09:00:00+08:00", "reordered, one more")
    trail = read_audit(root, "commitments")
    first, second = (trail.commit_of(path, "  - date: 110-04-20", n) for n in (0, 1))
    moved = trail.commit_of(path, "  - date: 110-10-20", 0)
    assert first is not None
    assert second is not None
    assert moved is not None
    assert (first.when.day, second.when.day, moved.when.day) == (2, 3, 2)


def long_file(milestones: int) -> list[str]:
    return [
        line
        for n in range(milestones)
        for line in (
            f"  - indicator: 第{n}項\n",
            "    status: complete\n",
            "    start: 109-05\n",
            "    updates:\n",
            "      - date: 110-04-20\n",
        )
    ]


def test_far_apart_edits_of_a_long_file_agree_with_git_and_stay_fast(tmp_path: Path) -> None:
    """Thousands of equal lines (status, start, date) and edits at both ends and the middle:
    the audit matches Git's own diff, and a line-matching that is quadratic on equal lines
    (21 s on 20,000 lines) would not finish within the bound."""
    root = init(tmp_path / "plan")
    path = root / "commitments" / "1-1.yaml"
    path.parent.mkdir()
    lines = long_file(4000)
    path.write_text("milestones:\n" + "".join(lines), "utf-8")
    commit(root, "2021-01-02T09:00:00+08:00", "4,000 milestones")
    lines[1] = "    status: limited\n"
    lines.insert(10_000, "      - date: 111-04-20\n")
    lines[-2] = "    updates: []\n"
    path.write_text("milestones:\n" + "".join(lines), "utf-8")
    commit(root, "2021-01-03T09:00:00+08:00", "three edits far apart")
    start = time.monotonic()
    trail = read_audit(root, "commitments")
    assert time.monotonic() - start < 5
    ours = {
        name: {text: [c.sha for c in commits] for text, commits in texts.items()}
        for name, texts in trail.added.items()
    }
    assert ours == git_added(root, "commitments")


def test_a_rewrite_adds_the_lines_it_has_more_of() -> None:
    """Beyond MOST_EDITS, the line texts a version has more of than before are its additions;
    reordered lines are not."""
    before = [line.encode() for line in long_file(400)]
    after = [*before[::-1], b"      - date: 113-05-20\n"]
    assert added_lines(before, after) == [b"      - date: 113-05-20\n"]
