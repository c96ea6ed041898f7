"""Answers as agencies write them, row by row: text in, keys of the commitment out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ogpkit.authoring.word.docx_form import Row
from ogpkit.authoring.word.formdata import FormReader
from ogpkit.authoring.word.wordform import Form, split_forms, split_row
from ogpkit.plan.project import load_project


def read(plan_dir: Path, *rows: tuple[str, ...]) -> Form:
    project = load_project(plan_dir)
    form = Form([Row(1, n, cells) for n, cells in enumerate(rows, start=1)])
    return FormReader(form, project.plan, project.registry).read()


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("1-6 政府預算公開", {"id": "1-6", "theme": "1", "title": "政府預算公開"}),
        ("政府預算公開（1-6）", {"id": "1-6", "theme": "1", "title": "政府預算公開"}),
        ("編號：3-10\n名稱：參與式預算", {"id": "3-10", "theme": "3", "title": "參與式預算"}),
        ("只有名稱", {"title": "只有名稱"}),
    ],
)
def test_title_and_id(plan_dir: Path, answer: str, expected: dict[str, Any]) -> None:
    data = read(plan_dir, ("承諾事項名稱與編號", answer)).data
    assert {k: data[k] for k in ("id", "theme", "title") if k in data} == expected


@pytest.mark.parametrize(
    ("answer", "lead", "supporting"),
    [
        ("金管會（法務部、文化部）", ["金融監督管理委員會"], ["法務部", "文化部"]),
        ("主辦：財政部；協辦：國發會、NCC", ["財政部"], ["國家發展委員會", "國家通訊傳播委員會"]),
        ("主辦機關：經濟部\n協辦機關：金管會", ["經濟部"], ["金融監督管理委員會"]),
        ("法務部、內政部", ["法務部", "內政部"], []),
        ("MOJ (MOI, FSC)", ["法務部"], ["內政部", "金融監督管理委員會"]),
    ],
)
def test_lead_and_supporting_agencies(
    plan_dir: Path, answer: str, lead: list[str], supporting: list[str]
) -> None:
    form = read(plan_dir, ("主（協）辦機關", answer))
    assert form.problems == []
    assert (form.data["lead_agencies"], form.data["supporting_agencies"]) == (lead, supporting)


def test_an_unknown_agency_is_a_problem_at_its_row(plan_dir: Path) -> None:
    form = read(plan_dir, ("承諾事項名稱與編號", "1-6 x"), ("主（協）辦機關", "法務布"))
    [(row, message)] = form.problems
    assert (row.table, row.row) == (1, 2)
    assert "did you mean '法務部'" in message.localize("en")


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (("Email與電話", "li@fsc.gov.tw／02-8968-0000"), ("li@fsc.gov.tw", "02-8968-0000")),
        (("Email與電話", "電話：(02)2345-6789 分機 12"), (None, "(02)2345-6789 分機 12")),
        (("Email與電話", "Email: a.b@moj.gov.tw"), ("a.b@moj.gov.tw", None)),
    ],
)
def test_email_and_phone(
    plan_dir: Path, cells: tuple[str, ...], expected: tuple[str | None, str | None]
) -> None:
    contact = read(plan_dir, cells).data["contact"]
    assert (contact["email"], contact["phone"]) == expected


def test_milestone_rows_blank_rows_and_a_period_in_one_cell(plan_dir: Path) -> None:
    form = read(
        plan_dir,
        ("可量化或驗證之衡量指標", "起始日期", "結束日期"),
        ("", "", ""),
        ("甲", "109.5-110.12", ""),
        ("乙", "110年1月", "１１１年１２月"),
        ("聯絡資訊",),
        ("承辦人員", "王"),
    )
    assert form.data["milestones"] == [
        {"indicator": "甲", "start": "109-05", "end": "110-12"},
        {"indicator": "乙", "start": "110-01", "end": "111-12"},
    ]
    assert form.data["contact"]["name"] == "王"


def test_a_bad_date_is_a_problem_at_its_row(plan_dir: Path) -> None:
    form = read(
        plan_dir, ("可量化或驗證之衡量指標", "起始日期", "結束日期"), ("甲", "明年", "110-13")
    )
    assert [row.row for row, _ in form.problems] == [2, 2]


def test_questions_with_the_answer_in_the_same_cell() -> None:
    assert split_row(Row(1, 1, ("承諾事項的起迄時間：109.5-113.5",))) == ("period", "109.5-113.5")
    assert split_row(Row(1, 1, ("其他參與人員", "相關政府機關人員", "國發會"))) == (
        "government",
        "國發會",
    )


def test_forms_start_at_their_title_row() -> None:
    rows = [
        Row(1, 1, ("與表單無關的表格",)),
        Row(2, 1, ("承諾事項名稱與編號", "1-6 甲")),
        Row(2, 2, ("承辦人員", "王")),
        Row(3, 1, ("承諾事項名稱與編號：1-7 乙",)),
    ]
    assert [[r.row for r in form.rows] for form in split_forms(rows)] == [[1, 2], [1]]
