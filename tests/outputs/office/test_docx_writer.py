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
    assert "壹、公開及透明" in headings
    assert "一、1-1 政府採購資訊公開" in headings
    assert "（一）承諾事項內容" in headings
    assert headings[-1].endswith("、機關索引")
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


def test_the_word_file_is_laid_out_for_publication(plan_dir: Path, tmp_path: Path) -> None:
    import zipfile
    from datetime import date

    compiled = compile_plan(load_project(plan_dir))
    data = docx_bytes(compiled, "zh-TW", today=date(2020, 5, 1))
    assert data == docx_bytes(compiled, "zh-TW", today=date(2020, 5, 1))  # byte-identical
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as archive:
        names = archive.namelist()
        body = archive.read("word/document.xml").decode()
        styles = archive.read("word/styles.xml").decode()
        footer = "".join(archive.read(n).decode() for n in names if n.startswith("word/footer"))
        header = "".join(archive.read(n).decode() for n in names if n.startswith("word/header"))
    assert any(n.startswith("word/header") for n in names)
    assert "PAGE" in footer
    assert "NUMPAGES" in footer
    assert "第 " in footer
    assert "我國開放政府國家行動方案" in header
    assert 'w:eastAsia="zh-TW"' in styles
    assert "<w:tblHeader/>" in body
    assert "<w:cantSplit/>" in body
    assert "TOC \\o" in body
    assert "國家發展委員會" in body
    assert "承諾事項：11；衡量指標：" in body
    assert 'w:color w:val="000000"' in styles


def test_a_long_title_and_many_milestones(plan_dir: Path, tmp_path: Path) -> None:
    import time

    project = load_project(plan_dir)
    compiled = compile_plan(project)
    long_title = "開放政府" * 100
    plan = compiled.plan.model_copy(update={"title": long_title})
    first = compiled.commitments[0]
    milestone = first.milestones[0]
    many = first.model_copy(update={"milestones": [milestone] * 600})
    import dataclasses

    section = dataclasses.replace(
        compiled.sections[0], commitments=(many, *compiled.sections[0].commitments[1:])
    )
    compiled = dataclasses.replace(compiled, plan=plan, sections=(section, *compiled.sections[1:]))
    started = time.perf_counter()
    target = tmp_path / "plan.docx"
    target.write_bytes(docx_bytes(compiled, "zh-TW"))
    assert time.perf_counter() - started < 10
    document = docx.Document(str(target))
    assert document.core_properties.title == long_title[:255]
    assert document.paragraphs[0].text == long_title
    assert len(document.tables[1].rows) == 601
