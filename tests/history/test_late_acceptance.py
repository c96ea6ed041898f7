"""Issue 10, section 4: a commitment submitted after the cutoff is late. `ogpkit new` says so
when it creates a file after the cutoff; the secretariat accepts a late commitment with
`late_acceptance: {by, date, reason}`, which turns the error into a notice (exit 0) and is
shown in the rendered plan and in `deadlines`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.gitrepo import commit, plan_repository

OGPKIT = [sys.executable, "-m", "ogpkit"]
LATE = "commitments/2-1-political-donations.yaml"
ACCEPTANCE = (
    "late_acceptance:\n  by: 國家發展委員會\n  date: 109-01-20\n  reason: 配合立法院決議新增\n"
)


def run(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*OGPKIT, *args],
        cwd=root,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
        check=False,
    )


def repository(tmp_path: Path, accepted: bool) -> Path:
    root = plan_repository(tmp_path / "repo")
    on_time = [
        p.relative_to(root).as_posix()
        for p in (root / "commitments").glob("*.yaml")
        if p.relative_to(root).as_posix() != LATE
    ]
    commit(root, "2020-01-06T09:00:00+08:00", "on time", *on_time)
    if accepted:
        with (root / LATE).open("a", encoding="utf-8") as stream:
            stream.write(ACCEPTANCE)
    commit(root, "2020-01-15T09:00:00+08:00", "late", LATE)
    return root


def test_a_late_file_is_an_error_until_it_is_accepted(tmp_path: Path) -> None:
    root = repository(tmp_path, accepted=False)
    result = run(root, "validate", "--today", "109-02-01", "--lang", "en", "--format", "json")
    assert result.returncode == 1, result.stdout
    found = [p for p in json.loads(result.stdout)["problems"] if p["rule"] == "submission-late"]
    assert [(p["file"], p["level"]) for p in found] == [(LATE, "error")]
    assert "after the cutoff 109-01-10 of Agencies submit commitments" in found[0]["message"]


def test_accepted_late_is_a_notice_and_is_shown(tmp_path: Path) -> None:
    root = repository(tmp_path, accepted=True)
    result = run(root, "validate", "--today", "109-02-01", "--lang", "en", "--format", "json")
    assert result.returncode == 0, result.stdout
    found = [p for p in json.loads(result.stdout)["problems"] if p["rule"] == "submission-late"]
    assert [(p["file"], p["level"]) for p in found] == [(LATE, "notice")]
    assert "accepted by 國家發展委員會 on" in found[0]["message"]
    assert "配合立法院決議新增" in found[0]["message"]
    strict = run(root, "lint", "--strict", LATE)
    assert strict.returncode == 0, strict.stdout
    text = run(root, "validate", "--today", "109-02-01")
    assert "附註" in text.stdout
    rendered = run(root, "render", "--today", "109-02-01", "--output", "out", "--format", "md,html")
    assert rendered.returncode == 0, rendered.stderr
    markdown = (root / "out" / "plan.md").read_text(encoding="utf-8")
    assert "| 逾期受理 | 109年1月20日 由 國家發展委員會 同意受理：配合立法院決議新增 |" in markdown
    html = (root / "out" / "plan.html").read_text(encoding="utf-8")
    assert (
        "<dt>逾期受理</dt><dd>109年1月20日 由 國家發展委員會 同意受理：配合立法院決議新增</dd>"
        in html
    )
    deadlines = run(root, "deadlines", "--today", "109-02-01", "--lang", "en")
    assert "2-1 (late, accepted)" in deadlines.stdout


def test_new_says_a_file_started_after_the_cutoff_is_late(tmp_path: Path) -> None:
    root = plan_repository(tmp_path / "repo")
    before = run(root, "new", "--no-input", "--theme", "4", "--today", "109-01-10", "--lang", "en")
    assert before.returncode == 0, before.stderr
    assert "submitted late" not in before.stdout
    assert "late_acceptance" not in before.stdout
    after = run(root, "new", "--no-input", "--theme", "4", "--today", "109-01-11", "--lang", "en")
    assert after.returncode == 0, after.stderr
    assert "has passed, so this commitment is submitted late" in after.stdout
    assert "late_acceptance:" in after.stdout
