"""The office documents of issue 12: every format, PDF included, against validate.

    python -m bench.office_bench [N] [REPEAT]

Renders N commitments (default 500) three ways, interleaved with validate: the web and data
formats (md, html, json, csv), the same with the office documents (docx, odt), and all of
them with plan.pdf (LibreOffice converting the .odt). Target: every format but PDF within
3 × validate; the PDF's time is stated. Then one commitment with 600 milestones rendered to
docx and to odt (target: each under 10 s: the writers are linear in a table's rows).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.generate import generate
from bench.timing import OGPKIT, arguments, compare, table

TODAY = "111-06-15"
MILESTONE = """  - indicator: 第{number}項衡量指標：完成資料開放格式擴充並公布說明文件
    start: 110-01
    end: 110-12
    status: limited
"""


def render(folder: Path, formats: str) -> list[str]:
    output = str(folder / "build" / formats.replace(",", "-"))
    return [OGPKIT, "render", "--force", "--today", TODAY, "-f", formats, "-o", output]


def commands(folder: Path) -> dict[str, list[str]]:
    return {
        "ogpkit validate": [OGPKIT, "validate", "--format", "json", "--today", TODAY],
        "render md,html,json,csv": render(folder, "md,html,json,csv"),
        "render + docx,odt": render(folder, "md,html,json,csv,docx,odt"),
        "render + docx,odt,pdf": render(folder, "md,html,json,csv,docx,odt,pdf"),
    }


def many_milestones(folder: Path, count: int) -> None:
    """One commitment whose milestone table has `count` rows."""
    path = generate(1, folder)[0]
    text = path.read_text(encoding="utf-8")
    rows = "".join(MILESTONE.format(number=n) for n in range(count))
    path.write_text(text.replace("milestones:\n", "milestones:\n" + rows, 1), encoding="utf-8")


def main(count: int, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary) / f"plan-{count}"
        generate(count, folder)
        print(f"{count} commitments, medians of {repeat} runs\n")
        print(table(compare(commands(folder), folder, repeat), "ogpkit validate"))
        tall = Path(temporary) / "milestones"
        many_milestones(tall, 600)
        tables = {
            "ogpkit validate": [OGPKIT, "validate", "--format", "json", "--today", TODAY],
            "render docx (600 milestones)": render(tall, "docx"),
            "render odt (600 milestones)": render(tall, "odt"),
        }
        print("\none commitment with 600 milestones\n")
        print(table(compare(tables, tall, repeat), "ogpkit validate"))


if __name__ == "__main__":
    main(*arguments(default_count=500))
