"""Stale translations from the Git history of each field, on real repositories."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from ogpkit.cli.app import app
from tests.gitrepo import commit, git, plan_repository

FILE = "commitments/1-2-government-information-disclosure.yaml"


def states(root: Path) -> dict[str, dict[str, Any]]:
    result = CliRunner().invoke(
        app, ["translations", "--format", "json", "--root", str(root)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["fields"]
    return {f"{r['commitment']}:{r['field']}": r for r in rows}


def edit(root: Path, name: str, old: str, new: str) -> None:
    path = root / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def add_english(root: Path, name: str, lines: str) -> None:
    path = root / name
    path.write_text(path.read_text(encoding="utf-8") + "en:\n" + lines, encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """The plan committed; 1-2 without English, its title then translated in a later commit."""
    root = plan_repository(tmp_path / "repo")
    commit(root, "2020-01-06T09:00:00+08:00", "commitments")
    add_english(root, FILE, "  title: Maximising government information disclosure\n")
    commit(root, "2020-02-01T09:00:00+08:00", "English title of 1-2")
    return root


def test_a_source_changed_after_its_translation_is_stale(repo: Path) -> None:
    edit(repo, FILE, "title: 極大化政府資訊公開", "title: 極大化政府資訊主動公開")
    commit(repo, "2020-03-01T09:00:00+08:00", "1-2: proactive disclosure")
    row = states(repo)["1-2:title"]
    assert row["state"] == "stale"
    assert row["source_changed"].startswith("2020-03-01T01:00:00")
    assert row["diff"] == "極大化政府資訊{+主動+}公開"


def test_a_translation_updated_after_its_source_is_current(repo: Path) -> None:
    edit(repo, FILE, "title: 極大化政府資訊公開", "title: 極大化政府資訊主動公開")
    commit(repo, "2020-03-01T09:00:00+08:00", "1-2: proactive disclosure")
    edit(repo, FILE, "  title: Maximising", "  title: Proactively maximising")
    commit(repo, "2020-03-02T09:00:00+08:00", "1-2: English follows")
    assert states(repo)["1-2:title"]["state"] == "current"


def test_a_translation_added_with_its_source_in_one_commit_is_current(repo: Path) -> None:
    edit(repo, FILE, "title: 極大化政府資訊公開", "title: 極大化政府資訊主動公開")
    edit(repo, FILE, "  title: Maximising", "  title: Proactively maximising")
    commit(repo, "2020-03-01T09:00:00+08:00", "1-2: both languages")
    assert states(repo)["1-2:title"]["state"] == "current"


def test_fields_without_english_are_missing_and_others_untouched(repo: Path) -> None:
    found = states(repo)
    assert found["1-2:title"]["state"] == "current"
    assert found["1-2:problem"]["state"] == "missing"
    assert found["1-2:milestones.1.indicator"]["state"] == "missing"
    assert "1-2:contact.name" not in found
    assert "1-2:lead_agencies.1" not in found


def test_a_rename_keeps_the_history_of_the_fields(repo: Path) -> None:
    edit(repo, FILE, "title: 極大化政府資訊公開", "title: 極大化政府資訊主動公開")
    commit(repo, "2020-03-01T09:00:00+08:00", "1-2: proactive disclosure")
    git(repo, "mv", FILE, "commitments/1-2.yaml")
    commit(repo, "2020-03-05T09:00:00+08:00", "shorter name")
    row = states(repo)["1-2:title"]
    assert row["file"] == "commitments/1-2.yaml"
    assert row["state"] == "stale"
    assert row["source_changed"].startswith("2020-03-01")


def test_an_uncommitted_change_of_the_source_is_stale(repo: Path) -> None:
    edit(repo, FILE, "title: 極大化政府資訊公開", "title: 極大化政府資訊主動公開")
    row = states(repo)["1-2:title"]
    assert row["state"] == "stale"
    assert row["source_changed"] is None


def test_validate_warns_at_the_english_line_and_the_rule_can_be_turned_off(repo: Path) -> None:
    edit(repo, FILE, "title: 極大化政府資訊公開", "title: 極大化政府資訊主動公開")
    commit(repo, "2020-03-01T09:00:00+08:00", "1-2: proactive disclosure")
    runner = CliRunner()
    result = runner.invoke(app, ["validate", "--lang", "en", "--root", str(repo)])
    line = 1 + next(
        i
        for i, text in enumerate((repo / FILE).read_text(encoding="utf-8").splitlines())
        if text.startswith("  title: Maximising")
    )
    assert f"  {line}:" in result.output
    assert "translation-stale" in result.output
    assert "changed on 2020-03-01" in result.output
    edit(repo, "plan.yaml", "lint:\n", "lint:\n  translation-stale: off\n")
    result = runner.invoke(app, ["validate", "--lang", "en", "--root", str(repo)])
    assert "translation-stale" not in result.output


def test_a_stale_translation_is_found_in_a_subfolder_of_commitments(repo: Path) -> None:
    """Commitment files may sit in folders below commitments/; the rule finds the plan's
    history from the plan's folder, not from the file's."""
    nested = "commitments/theme-1/" + FILE.removeprefix("commitments/")
    (repo / nested).parent.mkdir()
    git(repo, "mv", FILE, nested)
    commit(repo, "2020-02-15T09:00:00+08:00", "1-2 into a folder of its theme")
    edit(repo, nested, "title: 極大化政府資訊公開", "title: 極大化政府資訊主動公開")
    commit(repo, "2020-03-01T09:00:00+08:00", "1-2: proactive disclosure")
    result = CliRunner().invoke(app, ["validate", "--lang", "en", "--root", str(repo)])
    assert "translation-stale" in result.output
    assert "changed on 2020-03-01" in result.output


def test_the_table_gives_totals(repo: Path) -> None:
    result = CliRunner().invoke(
        app, ["translations", "--lang", "en", "--root", str(repo)], catch_exceptions=False
    )
    assert result.exit_code == 0
    totals = json.loads(
        CliRunner().invoke(app, ["translations", "-f", "json", "--root", str(repo)]).output
    )["totals"]
    assert totals["stale"] == 0
    assert totals["current"] >= 1
    expected = f"{totals['missing']} missing, 0 stale, {totals['current']} current"
    assert expected in result.output


def test_a_change_of_white_space_alone_leaves_the_translation_current(repo: Path) -> None:
    edit(repo, FILE, "title: 極大化政府資訊公開", "title: '  極大化政府資訊公開  '")
    commit(repo, "2020-03-01T09:00:00+08:00", "1-2: spaces around the title")
    assert states(repo)["1-2:title"]["state"] == "current"
    edit(repo, FILE, "title: '  極大化政府資訊公開  '", "title: 極大化政府資訊主動公開")
    commit(repo, "2020-04-01T09:00:00+08:00", "1-2: proactive disclosure")
    assert states(repo)["1-2:title"]["state"] == "stale"
