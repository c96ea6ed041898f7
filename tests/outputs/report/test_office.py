"""The self-assessment report's Word and OpenDocument files open in LibreOffice."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ogpkit.cli.app import app
from tests.needs import executable


@pytest.mark.office
@pytest.mark.parametrize("suffix", ["docx", "odt"])
def test_libreoffice_reads_the_bundled_end_of_term_report(
    plan_dir: Path, tmp_path: Path, suffix: str
) -> None:
    args = ["report", "--root", str(plan_dir), "-f", suffix, "-o", str(tmp_path)]
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    soffice = executable(
        "soffice", "libreoffice", what="LibreOffice", package="libreoffice-writer-nogui"
    )
    profile = (tmp_path / "lo-profile").as_uri()
    converted = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "txt:Text",
         "--outdir", str(tmp_path / "txt"), str(tmp_path / f"report-final.{suffix}")],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    assert converted.returncode == 0, converted.stderr
    text = (tmp_path / "txt" / "report-final.txt").read_text("utf-8-sig")
    assert "期末自評報告" in text
    assert "各主題完成程度" in text
    # theme 1's row: 0 not started, 2 limited, 3 substantial, 15 complete of 20 (README).
    assert "15 (75%)" in text
    assert "已撤回" in text  # 4-1's third milestone
