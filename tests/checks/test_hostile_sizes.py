"""Issue 10, section 6: oversized values cannot stall CI. A 100,000-character title (the
near-duplicate search used to build every one-character deletion of it) and a 900 KB one-line
value: validate, lint, status and render each take at most 2 s of CPU time."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest

COMMANDS = [
    ["validate", "--today", "109-01-08"],
    ["lint"],
    ["status", "--today", "109-01-08"],
    ["render", "--force", "--today", "109-01-08", "--output", "out"],
]


def cpu_seconds(args: list[str], cwd: Path) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(
        [sys.executable, "-m", "ogpkit", *args], cwd=cwd, capture_output=True, check=False
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_huge_values_are_bounded(plan_dir: Path, args: list[str]) -> None:
    title = plan_dir / "commitments" / "1-1-government-procurement.yaml"
    text = title.read_text(encoding="utf-8")
    title.write_text(text.replace("title: 政府採購資訊公開", "title: " + "政" * 100_000), "utf-8")
    big = plan_dir / "commitments" / "1-2-government-information-disclosure.yaml"
    text = big.read_text(encoding="utf-8")
    big.write_text(
        text.replace("problem: |", "problem: " + "資料開放" * 75_000 + "\nx-old: |", 1), "utf-8"
    )
    assert 800_000 < big.stat().st_size < 1_000_000
    assert cpu_seconds(args, plan_dir) <= 2.0
