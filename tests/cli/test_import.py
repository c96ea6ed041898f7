from __future__ import annotations

from pathlib import Path

from tests.authoring.word.wordforms import Answers, filled, write_docx
from tests.conftest import CLI


def test_import_writes_and_lists_problems_by_word_row(cli: CLI, plan_dir: Path) -> None:
    source = write_docx(plan_dir / "forms.docx", [filled(), Answers(title_id="3-3 空白")])
    result = cli("import", "forms.docx", "--lang", "en", "--strict")
    assert result.exit_code == 1, result.output
    assert "Form 1 '公益團體財務資訊公開': wrote" in result.stdout
    assert "Form 2 '空白': not written" in result.stdout
    assert "forms.docx: table 2, row 5: problem is empty" in result.stdout
    assert (plan_dir / "commitments" / "2-4.yaml").exists()
    assert source.exists()
    assert cli("validate", "--today", "109-01-08").exit_code == 0
    lenient = cli("import", "forms.docx", "--lang", "en")
    assert lenient.exit_code == 1, lenient.output
    assert "Form 1 '公益團體財務資訊公開': commitments/2-4.yaml is up to date" in lenient.stdout
    assert "Form 2 '空白': wrote commitments/3-3.yaml" in lenient.stdout
    assert "forms.docx: table 2, row 5: problem is empty" in lenient.stdout


def test_import_never_replaces_a_file(cli: CLI, plan_dir: Path) -> None:
    write_docx(plan_dir / "form.docx", [filled(title_id="1-1 政府採購")])
    before = (plan_dir / "commitments" / "1-1-government-procurement.yaml").read_text()
    result = cli("import", "form.docx", "--output", "out", "--lang", "en")
    assert result.exit_code == 1
    assert "The id '1-1' is already used" in result.stdout
    (plan_dir / "out").mkdir(exist_ok=True)
    (plan_dir / "out" / "2-4.yaml").write_text("mine\n")
    write_docx(plan_dir / "form.docx", [filled()])
    result = cli("import", "form.docx", "--output", "out", "--lang", "en")
    assert result.exit_code == 1
    assert "already exists and is left as it is" in result.stdout
    assert (plan_dir / "out" / "2-4.yaml").read_text() == "mine\n"
    assert (plan_dir / "commitments" / "1-1-government-procurement.yaml").read_text() == before


def test_a_file_that_is_not_docx_is_a_usage_error(cli: CLI, plan_dir: Path) -> None:
    (plan_dir / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0 not a zip")
    result = cli("import", "old.doc", "--lang", "en")
    assert result.exit_code == 2
    assert (
        "is an old Word file (.doc); open it in Word or LibreOffice, save it as .docx"
        in result.stderr
    )
    empty = write_docx(plan_dir / "empty.docx", [])
    result = cli("import", empty.name, "--lang", "en")
    assert result.exit_code == 2
    assert "holds no commitment template" in result.stderr
