"""Outputs that must not be turned against their readers: formulas in plan.csv, remote
images in plan.html (and plan.md), and the page's Content-Security-Policy."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from ogpkit.outputs.render.opendata import FORMULA_TRIGGERS, SafeWriter
from tests.conftest import CLI

FILE = "commitments/3-2-gender-and-ethnic-inclusion.yaml"
TRIGGERS = [*FORMULA_TRIGGERS]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


@pytest.mark.parametrize("trigger", TRIGGERS)
def test_every_column_of_the_csv_writer_is_neutralised(trigger: str) -> None:
    stream = io.StringIO()
    cell = trigger + 'HYPERLINK("http://evil","x")'
    SafeWriter(stream).writerow([cell] * 11)
    (row,) = rows(stream.getvalue().encode())
    assert row == ["'" + cell] * 11


def test_numbers_and_safe_text_are_written_as_they_are() -> None:
    stream = io.StringIO()
    SafeWriter(stream).writerow([1, 0, "1-1", "2020-05-01", "政府採購"])
    assert rows(stream.getvalue().encode()) == [["1", "0", "1-1", "2020-05-01", "政府採購"]]


@pytest.mark.parametrize("trigger", TRIGGERS)
def test_plan_csv_neutralises_user_text_in_every_text_column(
    cli: CLI, plan_dir: Path, trigger: str
) -> None:
    formula = trigger + 'HYPERLINK("http://evil","x")'
    quoted = json.dumps(formula)  # a YAML double-quoted scalar: "\t" and "\r" survive
    edit(plan_dir / FILE, "title: 促進性別及族群包容性對話及參與", f"title: {quoted}")
    edit(plan_dir / "plan.yaml", "    name: 公開及透明", f"    name: {quoted}")
    result = cli("render", "--format", "csv", "--force", "--today", "109-01-09")
    assert result.exit_code == 0, result.output
    table = rows((plan_dir / "build" / "plan.csv").read_bytes())
    cells = [cell for row in table for cell in row]
    if trigger not in "\t\r":  # the models trim spaces around a title and a name
        assert cells.count("'" + formula) >= 2  # the title, and the theme on its rows
    assert not [cell for cell in cells if cell.startswith(tuple(TRIGGERS))]


def test_a_remote_image_is_a_link_and_the_page_forbids_remote_loads(
    cli: CLI, plan_dir: Path
) -> None:
    edit(
        plan_dir / FILE,
        "problem: |\n",
        "problem: |\n  ![追蹤](http://evil.example/p.png) ![嵌入](data:image/png;base64,iVBORw0KGgo=)\n",
    )
    result = cli("render", "--format", "html,md", "--force", "--today", "109-01-09")
    assert result.exit_code == 0, result.output
    page = (plan_dir / "build" / "plan.html").read_text(encoding="utf-8")
    assert '<img src="http' not in page
    assert '<a href="http://evil.example/p.png">追蹤</a>' in page
    assert '<img src="data:image/png;base64,iVBORw0KGgo=" alt="嵌入"' in page
    assert (
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:;" in page
    )
    markdown = (plan_dir / "build" / "plan.md").read_text(encoding="utf-8")
    assert "![追蹤](http" not in markdown
    assert "!\\[追蹤](http://evil.example/p.png)" in markdown
