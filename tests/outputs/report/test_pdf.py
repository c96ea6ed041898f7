"""`ogpkit report --format pdf`: render's converter (LibreOffice) on the report's .odt."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import CLI
from tests.needs import executable


@pytest.mark.office
def test_the_end_of_term_report_as_pdf(cli: CLI, plan_dir: Path) -> None:
    executable("soffice", "libreoffice", what="LibreOffice", package="libreoffice-writer-nogui")
    result = cli("report", "--format", "pdf")
    assert result.exit_code == 0, result.output
    pdf = plan_dir / "build" / "report-final.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    pdftotext = executable("pdftotext", what="pdftotext", package="poppler-utils")
    text = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    assert "期末自評報告" in text
    assert "各主題完成程度" in text
    assert "1-1 政府採購資訊公開" in text  # a commitment's heading: its id and title
    assert "已撤回" in text  # 4-1's third milestone


def test_without_libreoffice_the_other_report_formats_are_written_and_the_package_named(
    cli: CLI, plan_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    result = cli("report", "--period", "midterm", "--format", "md,pdf,csv")
    assert result.exit_code == 2, result.output
    assert "libreoffice-writer-nogui" in result.output
    assert "report-midterm.pdf" in result.output
    assert (plan_dir / "build" / "report-midterm.md").is_file()
    assert (plan_dir / "build" / "report-midterm.csv").is_file()
    assert not (plan_dir / "build" / "report-midterm.pdf").exists()
