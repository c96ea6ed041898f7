from __future__ import annotations

from pathlib import Path

import docx

from ogpkit.outputs.office.docx_writer import docx_bytes
from ogpkit.plan.compiled import compile_plan
from ogpkit.plan.project import load_project


def test_the_word_file_opens_with_headings_and_tables(plan_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "plan.docx"
    target.write_bytes(docx_bytes(compile_plan(load_project(plan_dir)), "zh-TW"))
    document = docx.Document(str(target))
    headings = [
        p.text
        for p in document.paragraphs
        if p.style is not None and str(p.style.name).startswith(("Heading", "Title"))
    ]
    assert headings[0] == "我國開放政府國家行動方案（109年至113年）"
    assert "1-1 政府採購資訊公開" in headings
    assert headings[-1] == "機關索引"
    assert len(document.tables) == 34
    form = document.tables[0]
    assert form.cell(0, 0).text == "承諾事項名稱與編號"
    assert form.cell(3, 1).text.startswith("政府採購涉及各級機關龐大的公共支出")
    milestones = document.tables[1]
    assert [c.text for c in milestones.rows[0].cells] == [
        "可量化或驗證之衡量指標",
        "起始日期",
        "結束日期",
        "執行狀態",
    ]
    width = document.sections[0].page_width
    assert width is not None
    assert round(width.cm, 1) == 21.0
    assert document.core_properties.title == "我國開放政府國家行動方案（109年至113年）"
