"""Stale translations across branches and merges: judged by ancestry, not by the order of commits.

The repository is the one of `test_translations`: the plan committed on 2020-01-06, the title of
1-2 translated on 2020-02-01. Dates are chosen so that the order of the walk and the ancestry
disagree: a branch's commit may be later than the change it does not know about.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.gitrepo import commit, git
from tests.history.test_translations import FILE, edit, repo, states

__all__ = ["repo"]

OLD_TITLE, NEW_TITLE = "title: 極大化政府資訊公開", "title: 極大化政府資訊主動公開"
OTHER = "commitments/1-3-decision-making-transparency.yaml"


def unrelated_edit(root: Path, when: str) -> None:
    """A change to another commitment, so that the merge that follows is a real merge."""
    path = root / OTHER
    path.write_text(path.read_text(encoding="utf-8") + "# reviewed\n", encoding="utf-8")
    commit(root, when, "1-3 reviewed")


def merge(root: Path, branch: str, when: str) -> None:
    git(root, "merge", "--quiet", "--no-ff", "--no-edit", branch, when=when)


def test_a_source_changed_on_a_branch_after_its_translation_is_stale_once_merged(
    repo: Path,
) -> None:
    git(repo, "checkout", "--quiet", "-b", "wording")
    edit(repo, FILE, OLD_TITLE, NEW_TITLE)
    commit(repo, "2020-03-01T09:00:00+08:00", "1-2: proactive disclosure")
    git(repo, "checkout", "--quiet", "main")
    unrelated_edit(repo, "2020-03-02T09:00:00+08:00")
    merge(repo, "wording", "2020-03-03T09:00:00+08:00")
    row = states(repo)["1-2:title"]
    assert row["state"] == "stale"
    assert row["source_changed"].startswith("2020-03-01")
    assert row["diff"] == "極大化政府資訊{+主動+}公開"


def test_a_translation_updated_on_a_branch_after_its_source_is_current_once_merged(
    repo: Path,
) -> None:
    edit(repo, FILE, OLD_TITLE, NEW_TITLE)
    commit(repo, "2020-03-01T09:00:00+08:00", "1-2: proactive disclosure")
    git(repo, "checkout", "--quiet", "-b", "english")
    edit(repo, FILE, "  title: Maximising", "  title: Proactively maximising")
    commit(repo, "2020-03-02T09:00:00+08:00", "1-2: English follows")
    git(repo, "checkout", "--quiet", "main")
    unrelated_edit(repo, "2020-03-05T09:00:00+08:00")
    merge(repo, "english", "2020-03-06T09:00:00+08:00")
    assert states(repo)["1-2:title"]["state"] == "current"


@pytest.mark.parametrize("into_main", [True, False], ids=["branch-into-main", "main-into-branch"])
def test_a_branch_merged_later_with_the_older_source_does_not_make_the_field_current(
    repo: Path, into_main: bool
) -> None:
    """Issue 15's own history: a branch made before the source changed, committed to after it
    (a lint fix elsewhere in the file), merged last; its file never had the new Chinese."""
    git(repo, "branch", "lint", "HEAD~1")
    edit(repo, FILE, OLD_TITLE, NEW_TITLE)
    commit(repo, "2020-03-01T09:00:00+08:00", "1-2: proactive disclosure")
    git(repo, "checkout", "--quiet", "lint")
    edit(repo, FILE, "budget: 由法務部", "budget: 由 法務部")
    commit(repo, "2020-03-10T09:00:00+08:00", "1-2: lint fix")
    git(repo, "checkout", "--quiet", "main" if into_main else "lint")
    merge(repo, "lint" if into_main else "main", "2020-03-15T09:00:00+08:00")
    text = (repo / FILE).read_text(encoding="utf-8")
    assert NEW_TITLE in text
    assert "budget: 由 法務部" in text
    assert "  title: Maximising" in text
    found = states(repo)
    assert found["1-2:title"]["state"] == "stale"
    assert found["1-2:title"]["source_changed"].startswith("2020-03-01")
    assert found["1-2:title"]["diff"] == "極大化政府資訊{+主動+}公開"
    assert found["1-2:problem"]["state"] == "missing"


def test_a_conflict_resolved_with_new_english_is_current(repo: Path) -> None:
    """Both sides changed the English; the merge writes a third: the merge is its origin."""
    git(repo, "checkout", "--quiet", "-b", "other")
    edit(repo, FILE, "  title: Maximising", "  title: Maximizing")
    commit(repo, "2020-02-10T09:00:00+08:00", "1-2: US spelling")
    git(repo, "checkout", "--quiet", "main")
    edit(repo, FILE, OLD_TITLE, NEW_TITLE)
    edit(repo, FILE, "  title: Maximising", "  title: Proactively maximising")
    commit(repo, "2020-03-01T09:00:00+08:00", "1-2: proactive disclosure, both languages")
    with pytest.raises(subprocess.CalledProcessError):
        merge(repo, "other", "2020-03-02T09:00:00+08:00")
    text = (repo / FILE).read_text(encoding="utf-8")
    start, end = text.index("<<<<<<<"), text.index(">>>>>>>")
    end = text.index("\n", end) + 1
    resolved = text[:start] + "  title: Proactively maximizing\n" + text[end:]
    (repo / FILE).write_text(resolved, encoding="utf-8")
    commit(repo, "2020-03-02T09:00:00+08:00", "merge other")
    assert len(git(repo, "log", "-1", "--format=%P").split()) == 2
    assert states(repo)["1-2:title"]["state"] == "current"
