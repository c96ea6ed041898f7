"""Issue 10, section 6: rendering a file of 10,000 milestones is linear in their number (it
took over 30 s). Every format is rendered from 2,500 and from 10,000 milestones by the real
CLI; four times the input may cost at most six times the CPU (quadratic work would be
sixteen), and the 10,000 render every format within a fixed bound."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

from tests.conftest import copy_plan

FILE = "commitments/1-1-government-procurement.yaml"
FORMATS = "md,html,json,csv,docx,odt"


def with_milestones(root: Path, count: int) -> Path:
    copy_plan(root)
    path = root / FILE
    text = path.read_text(encoding="utf-8")
    start = text.index("milestones:\n") + len("milestones:\n")
    end = text.index("\ncontact:") + 1
    many = "".join(
        f"  - indicator: 第{n}項 *開放* <b>&amp;</b>\n    start: 109-05\n    end: 110-12\n"
        for n in range(1, count + 1)
    )
    path.write_text(text[:start] + many + text[end:], encoding="utf-8")
    return root


def render_cpu(root: Path) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [sys.executable, "-m", "ogpkit", "render", "--today", "109-01-08", "--format", FORMATS,
         "--output", "out", "--force"],
        cwd=root, capture_output=True, text=True, check=False,
    )  # fmt: skip
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert done.returncode == 0, done.stdout + done.stderr
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def test_ten_thousand_milestones_render_in_linear_time(tmp_path: Path) -> None:
    small = render_cpu(with_milestones(tmp_path / "small", 2_500))
    large_root = with_milestones(tmp_path / "large", 10_000)
    assert (large_root / FILE).stat().st_size < 1_000_000
    large = render_cpu(large_root)
    assert large <= 6 * small, (small, large)
    assert large <= 30, large
    markdown = (large_root / "out" / "plan.md").read_text(encoding="utf-8")
    assert "第10000項 " in markdown
