"""The pre-commit instructions name a rev that exists in this repository and holds the hooks."""

from __future__ import annotations

import re
import subprocess

import yaml

from tests.conftest import REPO


def documented_rev() -> str:
    text = (REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    match = re.search(r"^#\s+rev: (\S+)$", text, re.MULTILINE)
    assert match, "the comment of .pre-commit-hooks.yaml shows no rev"
    return match.group(1)


def test_documented_rev_exists_and_has_the_hooks() -> None:
    rev = documented_rev()
    tags = subprocess.run(
        ["git", "tag", "--list"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    if not tags:
        # A clone made without tags (as CI's may be) cannot show the tag; the release must
        # still be one the changelog records.
        changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
        assert re.search(rf"^## \[?v?{re.escape(rev.lstrip('v'))}\]?$", changelog, re.MULTILINE), (
            rev
        )
        return
    shown = subprocess.run(
        ["git", "show", f"{rev}:.pre-commit-hooks.yaml"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert shown.returncode == 0, f"{rev} is not a tag of this repository: {shown.stderr}"
    hooks = {hook["id"] for hook in yaml.safe_load(shown.stdout)}
    assert {"ogpkit-validate", "ogpkit-validate-all"} <= hooks


def test_every_document_uses_the_same_rev() -> None:
    rev = documented_rev()
    for path in [REPO / "README.md", REPO / "docs" / "agency.md", REPO / "action.yml"]:
        if path.is_file():
            for found in re.findall(
                r"(?:rev: |ogpkit@|ogpkit==)(v?\d+\.\d+\.\d+)", path.read_text(encoding="utf-8")
            ):
                assert found.lstrip("v") == rev.lstrip("v"), f"{path.name} names {found}"
