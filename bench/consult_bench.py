"""`ogpkit consult import` + `validate` of 10,000 inputs against validate of the plan itself.

    python -m bench.consult_bench [N] [REPEAT]

The bundled plan with a CSV export of N comments (UTF-8 with BOM, the columns of
join.gov.tw's export). Target (issue 14): import and validate of the inputs within 3 times
(validate of the plan without them + the time Python takes to read the CSV file). Each run of
the import starts from a plan without the round, so that nothing is skipped as a duplicate.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from bench.timing import OGPKIT, arguments, compare, table

REPO = Path(__file__).resolve().parent.parent
HEADER = "編號,日期,身分,姓名,意見內容,承諾事項\n"


def build(count: int, folder: Path) -> Path:
    plan = folder / "plan"
    plan.mkdir()
    shutil.copy(REPO / "plan.yaml", plan / "plan.yaml")
    shutil.copytree(REPO / "commitments", plan / "commitments")
    rows = [HEADER] + [
        f"{n},2020-02-{3 + n % 20:02d},個人,,第{n}則意見：建議公開更多採購資料與會議紀錄,1-{1 + n % 3}\n"
        for n in range(count)
    ]
    path = folder / "comments.csv"
    path.write_text("\ufeff" + "".join(rows), encoding="utf-8")
    return path


def main(count: int, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = build(count, folder)
        today = "--today 109-03-01"
        read = f'import csv; list(csv.reader(open("{path}", encoding="utf-8-sig")))'
        commands = {
            "ogpkit validate (plan)": ["sh", "-c", f"cd plan && {OGPKIT} validate {today}"],
            "read the CSV (python csv)": [sys.executable, "-c", read],
            "consult import + validate": [
                "sh",
                "-c",
                f"rm -rf plan/consultation && cd plan && {OGPKIT} consult import {path} "
                f"--round big && {OGPKIT} validate {today}",
            ],
        }
        results = compare(commands, folder, repeat)
    print(f"{count} inputs, medians of {repeat} interleaved runs\n")
    print(table(results, "ogpkit validate (plan)"))
    base = results["ogpkit validate (plan)"].wall + results["read the CSV (python csv)"].wall
    ratio = results["consult import + validate"].wall / base
    print(f"\nimport + validate ÷ (validate + read): {ratio:.2f} (target ≤ 3)")


if __name__ == "__main__":
    main(*arguments(10_000, 5))
