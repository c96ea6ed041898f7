"""progress.csv, plan.csv's companion: one row a progress update of a milestone."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

from tests.conftest import CLI
from tests.samples import VALID, write

PROCUREMENT = "commitments/1-1-government-procurement.yaml"


def rows(plan_dir: Path) -> list[dict[str, str]]:
    text = (plan_dir / "build" / "progress.csv").read_bytes().decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def test_one_row_an_update_of_the_bundled_plan(cli: CLI, plan_dir: Path) -> None:
    result = cli("render", "--today", "113-06-01", "--format", "json,csv")
    assert result.exit_code == 0, result.output
    table = rows(plan_dir)
    assert list(table[0]) == [
        "commitment_id",
        "milestone",
        "agency",
        "date",
        "status",
        "done",
        "evidence_titles",
        "evidence_urls",
    ]
    # 1-1's first milestone (commitments/1-1-government-procurement.yaml): two updates.
    first = [r for r in table if (r["commitment_id"], r["milestone"]) == ("1-1", "1")]
    assert [(r["date"], r["status"]) for r in first] == [
        ("2020-10-20", "substantial"),
        ("2021-04-20", "complete"),
    ]
    assert first[1]["agency"] == "行政院公共工程委員會"
    assert first[1]["done"] == "已依衡量指標完成，成果已公開。"
    assert first[1]["evidence_titles"] == "1-1 第1項衡量指標成果"
    assert first[1]["evidence_urls"] == "https://data.gov.tw/"
    assert first[0]["evidence_titles"] == first[0]["evidence_urls"] == ""
    # As many rows as plan.json has updates, every one of them.
    data = json.loads((plan_dir / "build" / "plan.json").read_text("utf-8"))
    updates = [
        (c["id"], n, u["date"], u["status"])
        for c in data["commitments"]
        for n, m in enumerate(c["milestones"], start=1)
        for u in m["updates"]
    ]
    assert len(updates) > 100
    assert [(r["commitment_id"], int(r["milestone"]), r["date"], r["status"]) for r in table] == (
        updates
    )


def test_formula_looking_values_are_neutralised(cli: CLI, plan_dir: Path) -> None:
    path = plan_dir / PROCUREMENT
    text = path.read_text("utf-8")
    text = text.replace("done: 已依衡量指標完成，成果已公開。", 'done: "=HYPERLINK(\\"x\\")"', 1)
    text = text.replace("- title: 1-1 第1項衡量指標成果", '- title: "@SUM(A1)"', 1)
    path.write_text(text, "utf-8")
    result = cli("render", "--today", "113-06-01", "--format", "csv")
    assert result.exit_code == 0, result.output
    row = next(r for r in rows(plan_dir) if r["evidence_titles"].endswith("SUM(A1)"))
    assert row["done"] == '\'=HYPERLINK("x")'
    assert row["evidence_titles"] == "'@SUM(A1)"


def test_a_plan_without_updates_has_no_progress_csv(cli: CLI, plan_dir: Path) -> None:
    shutil.rmtree(plan_dir / "commitments")
    write(plan_dir, "9-1.yaml", VALID)
    result = cli("render", "--today", "110-01-01", "--format", "csv")
    assert result.exit_code == 0, result.output
    assert (plan_dir / "build" / "plan.csv").is_file()
    assert not (plan_dir / "build" / "progress.csv").exists()
