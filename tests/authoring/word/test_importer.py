from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ogpkit.authoring.word.importer import import_docx
from ogpkit.checks.validate import validate_project
from ogpkit.plan.model import Commitment
from ogpkit.plan.project import load_project
from ogpkit.plan.shape import validate_shape
from ogpkit.report.problem import Level
from ogpkit.source.document import load_document
from tests.authoring.word.wordforms import Answers, filled, write_docx


def test_a_filled_form_becomes_a_valid_commitment(plan_dir: Path, tmp_path: Path) -> None:
    source = write_docx(
        tmp_path / "form.docx", [filled()], before="附件一", after="聯絡窗口：秘書處"
    )
    [result] = import_docx(load_project(plan_dir), source, plan_dir / "commitments")
    assert result.problems == []
    assert result.written == plan_dir / "commitments" / "2-4.yaml"
    project = load_project(plan_dir)
    from datetime import date

    found = validate_project(project, date(2020, 1, 5)).problems
    assert [(p.file, p.rule) for p in found if p.level is Level.ERROR] == []
    model = next(c for c in project.commitments if c.id == "2-4")
    assert model.title == "公益團體財務資訊公開"
    assert model.theme == "2"
    assert model.lead_agencies == ["金融監督管理委員會"]
    assert model.supporting_agencies == ["法務部", "文化部"]
    assert model.problem == "財團法人法施行後，財務資訊分散各主管機關。"
    assert model.ogp_values.transparency == "公開財務報表。"
    assert model.ogp_values.participation is None
    assert model.ogp_values.accountability == "主管機關須說明查核結果。"
    assert model.additional_info is not None
    assert model.additional_info.budget == "新臺幣500萬元"
    assert model.additional_info.sdgs == ["16.6", "16.10"]
    assert [(m.indicator, m.start.canonical(), m.end.canonical()) for m in model.milestones] == [
        ("完成公開專區建置", "109-05", "110-12"),
        ("每年更新財務資訊", "111-01", "113-05-31"),
    ]
    assert model.contact.model_dump() == {
        "name": "李小華",
        "title": "科長",
        "department": "綜合規劃處",
        "email": "li@fsc.gov.tw",
        "phone": "02-8968-0000",
    }
    assert model.other_actors is not None
    assert model.other_actors.civil_society == ["台灣透明組織", "開放文化基金會"]


def test_missing_answers_are_listed_at_their_table_and_row(plan_dir: Path, tmp_path: Path) -> None:
    empty = Answers(title_id="3-3 參與機制", agencies="國發會（不存在局）", contact_reach="02-1234")
    source = write_docx(tmp_path / "form.docx", [empty])
    [result] = import_docx(load_project(plan_dir), source, plan_dir / "commitments", strict=True)
    assert result.written is None
    assert not (plan_dir / "commitments" / "3-3.yaml").exists()
    [lenient] = import_docx(load_project(plan_dir), source, plan_dir / "commitments")
    assert lenient.written == plan_dir / "commitments" / "3-3.yaml"
    assert lenient.problems == result.problems
    where = {(p.table, p.row, p.rule) for p in result.problems}
    assert (1, 3, "import-form") in where  # the unknown supporting agency
    assert (1, 5, "value-type") in where  # 公共問題: only the guidance left
    assert (1, 6, "value-type") in where
    assert (1, 7, "value-type") in where
    assert (1, 11, "value-type") in where  # no milestone under the header
    assert (1, 17, "value-type") in where  # 承辦人員
    messages = [str(p.message) for p in result.problems]
    assert any("'不存在局' is not in the agency registry" in m for m in messages)


def test_several_forms_split_tables_and_title_in_the_label(plan_dir: Path, tmp_path: Path) -> None:
    forms = [
        filled(),
        filled(
            title_id="1-6 政府預算公開", agencies="主辦：財政部；協辦：國發會", title_in_label=True
        ),
        filled(title_id="4-2 偏鄉數位近用", agencies="NCC", split_after_milestones=True),
    ]
    source = write_docx(tmp_path / "forms.docx", forms, before="各部會承諾事項")
    results = import_docx(load_project(plan_dir), source, tmp_path / "out")
    assert [r.problems for r in results] == [[], [], []]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "1-6.yaml",
        "2-4.yaml",
        "4-2.yaml",
    ]
    project = load_project(plan_dir)
    assert project.commitments  # the plan itself is untouched by --output
    second = (tmp_path / "out" / "1-6.yaml").read_text()
    assert "title: 政府預算公開\n" in second
    assert "lead_agencies:\n  - 財政部\n" in second
    assert "supporting_agencies:\n  - 國家發展委員會\n" in second
    third = (tmp_path / "out" / "4-2.yaml").read_text()
    assert "name: 李小華" in third  # the contact block of the table after the page break


def test_forms_without_id_are_numbered_in_the_given_theme(plan_dir: Path, tmp_path: Path) -> None:
    forms = [filled(title_id="甲"), filled(title_id="乙")]
    source = write_docx(tmp_path / "forms.docx", forms)
    results = import_docx(load_project(plan_dir), source, plan_dir / "commitments", theme="3")
    assert [r.written.name if r.written else None for r in results] == ["3-3.yaml", "3-4.yaml"]


def test_a_form_without_id_and_theme_is_not_written(plan_dir: Path, tmp_path: Path) -> None:
    source = write_docx(tmp_path / "form.docx", [filled(title_id="沒有編號")])
    [result] = import_docx(load_project(plan_dir), source, plan_dir / "commitments")
    assert result.written is None
    assert [(p.table, p.row, p.rule) for p in result.problems] == [(1, 1, "import-form")]


ANSWER = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title_id=ANSWER,
    period=ANSWER,
    agencies=ANSWER,
    ogp=ANSWER,
    info=ANSWER,
    milestone=st.tuples(ANSWER, ANSWER, ANSWER),
    reach=ANSWER,
)
def test_any_answers_give_a_file_or_problems_never_a_traceback(
    plan_dir: Path,
    tmp_path: Path,
    title_id: str,
    period: str,
    agencies: str,
    ogp: str,
    info: str,
    milestone: tuple[str, str, str],
    reach: str,
) -> None:
    answers = filled(
        title_id=title_id,
        period=period,
        agencies=agencies,
        ogp_values=ogp,
        additional_info=info,
        milestones=(milestone,),
        contact_reach=reach,
    )
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        source = write_docx(Path(folder) / "form.docx", [answers])
        results = import_docx(
            load_project(plan_dir), source, Path(folder) / "out", theme="4", strict=True
        )
        for result in results:
            errors = [p for p in result.problems if p.level is Level.ERROR]
            assert (result.written is None) == bool(errors)
            if result.written is not None:
                document = load_document(result.written, Path(folder))
                model, problems = validate_shape(document, Commitment)
                assert (document.problems, problems) == ([], [])
                assert model is not None
        for result in import_docx(load_project(plan_dir), source, Path(folder) / "lenient", "4"):
            assert result.written is not None  # written with its problems listed
            assert load_document(result.written, Path(folder)).problems == []
