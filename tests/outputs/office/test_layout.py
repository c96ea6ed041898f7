from __future__ import annotations

import itertools
from pathlib import Path

from ogpkit.outputs.markdown.tree import ListBlock, Para, Strong, Text, parse
from ogpkit.outputs.office.blocks import Contents, Heading, Paragraph, Rich, Table, cell_text
from ogpkit.outputs.office.layout import layout
from ogpkit.plan.compiled import compile_plan
from ogpkit.plan.project import load_project


def test_the_plan_laid_out_as_the_template(plan_dir: Path) -> None:
    blocks = list(layout(compile_plan(load_project(plan_dir)), "zh-TW", "roc"))
    headings = [b for b in blocks if isinstance(b, Heading)]
    assert blocks[0] == Paragraph("我國開放政府國家行動方案（109年至113年）", "title")
    assert headings[0] == Heading(1, "壹、公開及透明")
    assert Heading(2, "一、1-1 政府採購資訊公開") in headings
    contents = next(b for b in blocks if isinstance(b, Contents))
    assert contents.entries[:2] == ((1, "壹、公開及透明"), (2, "一、1-1 政府採購資訊公開"))
    assert any(
        isinstance(b, Paragraph) and b.text.startswith("承諾事項：11；衡量指標：") for b in blocks
    )
    tables = [b for b in blocks if isinstance(b, Table)]
    assert len(tables) == 11 * 3 + 1
    form = tables[0]
    assert form.rows[0] == ("承諾事項名稱與編號", "1-1 政府採購資訊公開")
    assert form.rows[1] == ("承諾事項的起迄時間", "109年5月 – 113年5月")
    assert form.rows[2] == ("主（協）辦機關", "行政院公共工程委員會（法務部廉政署）")
    second = next(t for t in tables if cell_text(t.rows[0][1]).startswith("1-2 "))
    assert "國家發展委員會" in cell_text(
        second.rows[2][1]
    )  # full names, as md, html, json and csv print
    assert "國發會" not in cell_text(second.rows[2][1])
    milestones = tables[1]
    assert milestones.rows[0] == ("可量化或驗證之衡量指標", "起始日期", "結束日期", "執行狀態")
    assert milestones.rows[1][1:] == ("109年5月", "109年12月", "完成")
    assert cell_text(milestones.rows[1][0]).startswith("1. 109年12月前")
    assert cell_text(milestones.rows[2][0]).startswith("2. ")
    assert tables[-1].kind == "index"


def test_headings_numbered_as_official_documents_each_kept_with_its_table(
    plan_dir: Path,
) -> None:
    blocks = list(layout(compile_plan(load_project(plan_dir)), "zh-TW", "roc"))
    start = blocks.index(Heading(2, "一、1-1 政府採購資訊公開"))
    assert blocks[start - 1] == Heading(1, "壹、公開及透明")
    assert blocks[start + 1] == Heading(3, "（一）承諾事項內容")
    assert isinstance(blocks[start + 2], Table)
    assert blocks[start + 3] == Heading(3, "（二）衡量指標")
    assert isinstance(blocks[start + 4], Table)
    assert blocks[start + 5] == Heading(3, "（三）聯絡資訊與其他參與人員")
    assert isinstance(blocks[start + 6], Table)
    for before, after in itertools.pairwise(blocks):
        if isinstance(before, Heading) and before.level == 3:
            assert isinstance(after, Table)  # no label left alone above a page break


def test_english_and_iso_dates(plan_dir: Path) -> None:
    blocks = list(layout(compile_plan(load_project(plan_dir)), "en", "iso"))
    tables = [b for b in blocks if isinstance(b, Table)]
    assert tables[0].rows[1] == ("Period", "2020-05 – 2024-05")
    assert tables[0].rows[2] == (
        "Lead (supporting) agencies",
        "Public Construction Commission, Executive Yuan (Agency Against Corruption, Ministry of Justice)",
    )
    assert tables[1].rows[1][3] == "Complete"


def test_markdown_fields_keep_their_lists_and_emphasis(plan_dir: Path) -> None:
    text = "總目標：\n- **開放**格式\n* 批次下載\n"
    blocks = parse(text)
    assert blocks[0] == Para((Text("總目標："),))
    assert isinstance(blocks[1], ListBlock)
    assert not blocks[1].ordered
    assert blocks[1].items[0] == (Para((Strong((Text("開放"),)), Text("格式"))),)
    laid_out = list(layout(compile_plan(load_project(plan_dir)), "zh-TW", "roc"))
    form = next(b for b in laid_out if isinstance(b, Table))
    assert isinstance(form.rows[4][1], Rich)  # the commitment: its Markdown, not flattened
    values = form.rows[6][1]
    assert isinstance(values, Rich)
    assert cell_text(values).startswith("透明：")
