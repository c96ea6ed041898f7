from __future__ import annotations

from pathlib import Path

from tests.conftest import CLI
from tests.gitrepo import commit, init

FILE = "commitments/1-1-government-procurement.yaml"


def test_compare_marks_characters_and_explains(cli: CLI, plan_dir: Path) -> None:
    init(plan_dir)
    path = plan_dir / FILE
    final = path.read_text(encoding="utf-8")
    path.write_text(final.replace("，新增3項欄位", ""), encoding="utf-8")
    commit(plan_dir, "2020-01-31T10:00:00+08:00", "草案")
    path.write_text(
        final.replace("title: 政府採購資訊公開", "title: 政府採購資訊<公開>"), encoding="utf-8"
    )
    (plan_dir / "commitments" / "1-2-maximise-disclosure.yaml").unlink(missing_ok=True)
    for extra in (plan_dir / "commitments").glob("1-2*.yaml"):
        extra.unlink()
    commit(plan_dir, "2020-03-31T10:00:00+08:00", "依線上徵詢意見修正 1-1")
    result = cli("compare", "HEAD~1", "HEAD", "--format", "md,html,docx,odt")
    assert result.exit_code == 0, result.output
    md = (plan_dir / "build" / "compare.md").read_text(encoding="utf-8")
    assert "<ins>，新增3項欄位</ins>" in md
    assert "政府採購資訊<ins>&lt;</ins>公開<ins>&gt;</ins>" in md
    assert "依線上徵詢意見修正 1-1" in md
    assert "## 刪除承諾事項" in md
    assert "- 1-2 " in md
    html = (plan_dir / "build" / "compare.html").read_text(encoding="utf-8")
    assert "<ins>&lt;</ins>" in html
    assert "<script" not in html
    assert (plan_dir / "build" / "compare.docx").stat().st_size > 0
    assert (plan_dir / "build" / "compare.odt").stat().st_size > 0


def test_unknown_revision_is_a_usage_error(cli: CLI, plan_dir: Path) -> None:
    init(plan_dir)
    commit(plan_dir, "2020-01-31T10:00:00+08:00", "plan")
    result = cli("compare", "nope", "HEAD", "--lang", "en")
    assert result.exit_code == 2
    assert "Git cannot read revision" in result.output


def test_compare_in_english(cli: CLI, plan_dir: Path) -> None:
    init(plan_dir)
    path = plan_dir / FILE
    final = path.read_text(encoding="utf-8")
    path.write_text(final.replace("，新增3項欄位", ""), encoding="utf-8")
    commit(plan_dir, "2020-01-31T10:00:00+08:00", "draft")
    path.write_text(final, encoding="utf-8")
    commit(plan_dir, "2020-03-31T10:00:00+08:00", "final")
    result = cli("compare", "HEAD~1", "HEAD", "--lang", "en", "--format", "md,html,docx")
    assert result.exit_code == 0, result.output
    md = (plan_dir / "build" / "compare.md").read_text(encoding="utf-8")
    assert md.startswith("# Revision comparison table\n")
    assert "| Field | Revised text | Previous text | Explanation |" in md
    assert "修正對照表" not in md
    assert "| 欄位 |" not in md
    html = (plan_dir / "build" / "compare.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in html
    assert '<th scope="col">Previous text</th>' in html
    from docx import Document

    document = Document(str(plan_dir / "build" / "compare.docx"))
    assert document.paragraphs[0].text == "Revision comparison table"
    assert document.tables[0].rows[0].cells[0].text == "Field"


def test_unknown_format_is_a_usage_error_that_writes_nothing(cli: CLI, plan_dir: Path) -> None:
    init(plan_dir)
    commit(plan_dir, "2020-01-31T10:00:00+08:00", "plan")
    result = cli("compare", "HEAD", "HEAD", "--lang", "en", "--format", "md,rtf")
    assert result.exit_code == 2
    assert "Unknown output format rtf; choose from md, html, docx, odt" in result.output
    assert not (plan_dir / "build").exists()
