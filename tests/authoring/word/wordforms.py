"""Real Word files shaped like the seed's template (承諾事項建議表), built with python-docx."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx

OGP_GUIDANCE = (
    "●承諾事項如果有利於揭露更多資訊、提升所揭露資訊之品質、促使更多社會大眾獲取這些資訊，或是提升了民眾的資訊權，即是與OGP核心價值之透明相關。\n"
    "●承諾事項如果創造或促進更多的機會、提升大眾影響決策的能力，將創造或促進有利於公民社會發展的環境，即是與OGP核心價值之公共參與相關。\n"
    "●承諾事項如果創造或促進規範、法令與機制的建立，要求政府官員必須對其決策行動提供更多的公開說明以利民眾瞭解，即是與OGP核心價值之課責相關。"
)
INFO_GUIDANCE = (
    "可參考下面內容提供更多有用資訊，例如：\n●落實承諾事項之預算\n●與其他政府相關計畫之關連性\n"
    "●與國家發展計畫或其他部門或地方性計畫之關連性\n●與其他相關計畫如國家反貪策略的關連性\n●與永續發展目標的關連性"
)


@dataclass
class Answers:
    title_id: str = ""
    period: str = "109.5-113.5"
    agencies: str = ""
    problem: str = "●描述承諾事項將涉及的社會、經濟、政治及環境相關問題，盡可能提供確切的背景資料、事實及統計數據以資佐證。"
    commitment: str = "●描述承諾事項的內容、可預期的成果以及總目標。"
    contribution: str = "●描述承諾事項將如何有助於解決問題或改變政府解決問題的運作方式。"
    ogp_values: str = OGP_GUIDANCE
    additional_info: str = INFO_GUIDANCE
    milestones: Sequence[tuple[str, str, str]] = ()
    contact_name: str = ""
    contact_title: str = ""
    contact_reach: str = ""
    government: str = ""
    civil_society: str = ""
    split_after_milestones: bool = False
    title_in_label: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def _merged_row(table: Any, text: str) -> None:
    row = table.add_row()
    cell = row.cells[0].merge(row.cells[2])
    cell.text = text


def _question(table: Any, question: str, answer: str) -> None:
    row = table.add_row()
    row.cells[0].text = question
    cell = row.cells[1].merge(row.cells[2])
    cell.text = answer


def add_form(document: Any, answers: Answers) -> None:
    """One form as the seed lays it out: a 3-column table with merged cells and blank rows."""
    document.add_paragraph("我國開放政府行動方案承諾事項建議表")
    table = document.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    if answers.title_in_label:
        _merged_row(table, f"承諾事項名稱與編號：{answers.title_id}")
    else:
        _question(table, "承諾事項名稱與編號", answers.title_id)
    _merged_row(table, f"承諾事項的起迄時間：{answers.period}")
    _question(table, "主（協）辦機關", answers.agencies)
    _merged_row(table, "承諾事項之描述")
    _question(table, "承諾事項將涉及哪些公共問題？", answers.problem)
    _question(table, "承諾事項為何？", answers.commitment)
    _question(table, "承諾事項本身對於解決這些公共問題有何貢獻與助益？", answers.contribution)
    table.add_row()  # the blank row Word leaves in the seed
    _question(
        table,
        "為何此一承諾事項與OGP的核心價值（透明、公共參與、課責）有所相關？",
        answers.ogp_values,
    )
    _question(table, "其他資訊", answers.additional_info)
    header = table.add_row()
    for cell, text in zip(
        header.cells, ("可量化或驗證之衡量指標", "起始日期", "結束日期"), strict=True
    ):
        cell.text = text
    rows = [*answers.milestones, *[("", "", "")] * max(0, 4 - len(answers.milestones))]
    for milestone in rows:
        row = table.add_row()
        for cell, text in zip(row.cells, milestone, strict=True):
            cell.text = text
    if answers.split_after_milestones:
        document.add_paragraph("（續下頁）")
        table = document.add_table(rows=0, cols=3)
    _merged_row(table, "聯絡資訊")
    _question(table, "承辦人員", answers.contact_name)
    _question(table, "職稱與部門", answers.contact_title)
    _question(table, "Email與電話", answers.contact_reach)
    first, second = table.add_row(), table.add_row()
    actors = first.cells[0].merge(second.cells[0])
    actors.text = "其他參與人員"
    first.cells[1].text, first.cells[2].text = "相關政府機關人員", answers.government
    second.cells[1].text, second.cells[2].text = (
        "公民社會團體、私部門或工作團隊",
        answers.civil_society,
    )


def write_docx(path: Path, forms: Sequence[Answers], before: str = "", after: str = "") -> Path:
    document = docx.Document()
    if before:
        document.add_heading(before, level=1)
        document.add_paragraph("說明：請依下列表格填寫。")
    for index, answers in enumerate(forms):
        if index:
            document.add_page_break()  # type: ignore[no-untyped-call]
        add_form(document, answers)
    if after:
        document.add_paragraph(after)
    document.save(str(path))
    return path


def filled(**changes: Any) -> Answers:
    """A fully filled form of the kind an agency sends back."""
    base = Answers(
        title_id="2-4 公益團體財務資訊公開",
        agencies="金管會（法務部、MOJ、文化部）",
        problem="●描述承諾事項將涉及的社會、經濟、政治及環境相關問題，盡可能提供確切的背景資料、事實及統計數據以資佐證。\n財團法人法施行後，財務資訊分散各主管機關。",
        commitment="建置財團法人財務資訊公開專區。\n每年更新。",
        contribution="集中公開使民眾易於監督。",
        ogp_values=OGP_GUIDANCE.split("\n", maxsplit=1)[0]
        + "\n公開財務報表。\n課責：主管機關須說明查核結果。",
        additional_info=INFO_GUIDANCE
        + "\n●落實承諾事項之預算：新臺幣500萬元\n●與永續發展目標的關連性：16.6、16.10",
        milestones=(
            ("完成公開專區建置", "109.5", "110年12月"),
            ("每年更新財務資訊", "111-01", "113/5/31"),
        ),
        contact_name="李小華",
        contact_title="科長／綜合規劃處",
        contact_reach="li@fsc.gov.tw／02-8968-0000",
        government="國家發展委員會",
        civil_society="台灣透明組織、開放文化基金會",
    )
    for key, value in changes.items():
        setattr(base, key, value)
    return base
