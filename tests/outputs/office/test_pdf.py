"""`ogpkit render --format pdf`: LibreOffice's PDF of the .odt, checked with poppler's tools."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ogpkit.cli.app import app
from ogpkit.outputs.office.fonts import installed_families
from tests.conftest import CLI, copy_plan
from tests.needs import executable, unavailable

TC_ONLY_FACES = ("UKaiTW", "DFKai", "BiauKai")  # PostScript names of TC-only faces


def poppler(name: str, *args: str) -> str:
    program = executable(name, what=name, package="poppler-utils")
    return subprocess.run(
        [program, *args], capture_output=True, text=True, check=True, timeout=120
    ).stdout


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    executable("soffice", "libreoffice", what="LibreOffice", package="libreoffice-writer-nogui")
    if "AR PL UKai TW" not in installed_families():
        unavailable("AR PL UKai TW is not installed (Debian: apt-get install fonts-arphic-ukai)")
    plan = copy_plan(tmp_path_factory.mktemp("pdf") / "plan")
    result = CliRunner().invoke(
        app,
        ["render", "--format", "pdf", "--root", str(plan), "--today", "2022-03-01"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    return plan / "build" / "plan.pdf"


@pytest.mark.office
def test_a4_with_a_traditional_chinese_face_embedded(pdf: Path) -> None:
    assert "(A4)" in poppler("pdfinfo", str(pdf))
    fonts = poppler("pdffonts", str(pdf)).splitlines()[2:]
    assert fonts
    for line in fonts:
        assert any(face in line for face in TC_ONLY_FACES), fonts  # no JP face at all
        assert line.split()[-5] == "yes"  # embedded


@pytest.mark.office
def test_cover_contents_numbered_headings_and_a_page_number_on_every_page(pdf: Path) -> None:
    pages = poppler("pdftotext", "-layout", str(pdf), "-").split("\f")[:-1]
    assert len(pages) > 10
    assert "我國開放政府國家行動方案" in pages[0]
    assert "行動方案期間" in pages[0]
    assert "版本日期" in pages[0]
    assert "目次" in pages[1]
    assert "壹、公開及透明" in pages[1]
    for number, page in enumerate(pages, start=1):
        assert f"第 {number} 頁／共 {len(pages)} 頁" in page
    body = "\n".join(pages[2:])
    assert "壹、公開及透明" in body
    assert "一、1-1 政府採購資訊公開" in body
    assert "貳、透明與課責" in body


@pytest.mark.office
def test_the_outline_is_clickable_and_points_at_the_headings(pdf: Path) -> None:
    xml = poppler("pdftohtml", "-xml", "-i", "-stdout", "-q", str(pdf))
    outline = re.findall(r'<item page="(\d+)">([^<]+)</item>', xml)
    titles = [title for _, title in outline]
    assert "目次" in titles
    assert "壹、公開及透明" in titles
    assert "一、1-1 政府採購資訊公開" in titles
    pages = {title: int(page) for page, title in outline}
    assert pages["壹、公開及透明"] >= 3  # after the cover and the contents


def test_without_libreoffice_the_other_formats_are_written_and_the_package_named(
    cli: CLI, plan_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    result = cli("render", "--format", "md,pdf,csv")
    assert result.exit_code == 2, result.output
    assert "libreoffice-writer-nogui" in result.output
    assert (plan_dir / "build" / "plan.md").is_file()
    assert (plan_dir / "build" / "plan.csv").is_file()
    assert not (plan_dir / "build" / "plan.pdf").exists()
