from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from odf import teletype
from odf.opendocument import load
from odf.table import Table, TableCell, TableRow
from odf.text import H

from ogpkit.outputs.office.odt_writer import odt_bytes
from ogpkit.plan.compiled import compile_plan
from ogpkit.plan.project import load_project
from tests.needs import executable


def written(plan_dir: Path, tmp_path: Path) -> Path:
    target = tmp_path / "plan.odt"
    target.write_bytes(odt_bytes(compile_plan(load_project(plan_dir)), "zh-TW"))
    return target


def test_the_opendocument_file_loads_with_headings_and_tables(
    plan_dir: Path, tmp_path: Path
) -> None:
    document = load(str(written(plan_dir, tmp_path)))
    headings = [teletype.extractText(h) for h in document.getElementsByType(H)]
    assert headings[0] == "目次"
    assert "壹、公開及透明" in headings
    assert "二、2-2 防制洗錢" in " ".join(headings)
    data = written(plan_dir, tmp_path).read_bytes()
    assert data == written(plan_dir, tmp_path).read_bytes()  # byte-identical
    tables = document.getElementsByType(Table)
    assert len(tables) == 34
    first_row = tables[1].getElementsByType(TableRow)[0]
    cells = [teletype.extractText(c) for c in first_row.getElementsByType(TableCell)]
    assert cells == ["可量化或驗證之衡量指標", "起始日期", "結束日期", "執行狀態"]


@pytest.mark.office
def test_libreoffice_converts_it_to_pdf(plan_dir: Path, tmp_path: Path) -> None:
    soffice = executable(
        "soffice", "libreoffice", what="LibreOffice", package="libreoffice-writer-nogui"
    )
    source = written(plan_dir, tmp_path)
    profile = (tmp_path / "lo-profile").as_uri()
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "pdf"), str(source)],
        capture_output=True, text=True, timeout=180, check=False,
    )  # fmt: skip
    pdf = tmp_path / "pdf" / "plan.pdf"
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "承諾事項名稱與編號" in text
        assert "政府採購資訊公開" in text
        pages = text.count("\f")
        assert pages > 10
        assert f"第 {pages} 頁／共 {pages} 頁" in text  # page numbers on every page
        assert "目次" in text
        assert "壹、公開及透明" in text
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
        # the default face, Noto Serif CJK TC, shares one CFF font with the JP face in
        # Debian's .ttc, so the PDF names it NotoSerifCJKjp; test_pdf.py proves a TC-only face
        assert "NotoSerifCJK" in fonts.stdout, fonts.stdout
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        assert "(A4)" in info.stdout
