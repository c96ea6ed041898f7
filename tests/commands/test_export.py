from __future__ import annotations

from pathlib import Path

import docx
from odf.opendocument import load

from tests.conftest import CLI


def test_export_writes_both_files(cli: CLI, plan_dir: Path) -> None:
    result = cli("export", "--format", "docx,odt", "--output", "out", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert docx.Document(str(plan_dir / "out" / "plan.docx")).tables
    assert load(str(plan_dir / "out" / "plan.odt")).text is not None


def test_export_refuses_a_plan_with_errors(cli: CLI, plan_dir: Path) -> None:
    path = plan_dir / "commitments" / "1-1-government-procurement.yaml"
    path.write_text(path.read_text().replace('theme: "1"', 'theme: "9"'))
    result = cli("export", "--output", "out", "--lang", "en")
    assert result.exit_code == 1
    assert "fix them before exporting" in result.stderr
    assert not (plan_dir / "out").exists()


def test_an_unknown_format_is_a_usage_error(cli: CLI) -> None:
    result = cli("export", "--format", "pdf", "--lang", "en")
    assert result.exit_code == 2
    assert "Unknown format 'pdf'" in result.stderr
