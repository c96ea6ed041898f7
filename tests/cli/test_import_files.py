"""`ogpkit import` on real files: what agencies send, hostile archives, bad output folders."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from tests.authoring.word.wordforms import filled, write_docx
from tests.conftest import CLI
from tests.needs import executable

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def test_text_is_copied_exactly_and_no_empty_keys_are_written(cli: CLI, plan_dir: Path) -> None:
    answers = filled(
        ogp_values="透明：公開採購資料，（含決標金額）；以ＣＳＶ格式提供。",
        contact_reach="電話：02-2345-6789／Email：li-at-fsc@gov",
    )
    write_docx(plan_dir / "form.docx", [answers])
    result = cli("import", "form.docx", "--lang", "en")
    text = (plan_dir / "commitments" / "2-4.yaml").read_text()
    assert "transparency: 公開採購資料，（含決標金額）；以ＣＳＶ格式提供。\n" in text
    assert "participation:" not in text
    assert "accountability:" not in text
    assert "email: li-at-fsc@gov\n" in text  # invalid, still the e-mail, and reported
    assert "phone: 02-2345-6789\n" in text
    assert result.exit_code == 0, result.output
    assert "(contact-email)" in cli("validate", "--lang", "en", "--today", "109-01-08").stdout


def test_importing_again_updates_the_file_it_wrote(cli: CLI, plan_dir: Path) -> None:
    write_docx(plan_dir / "form.docx", [filled()])
    assert cli("import", "form.docx").exit_code == 0
    write_docx(plan_dir / "form.docx", [filled(contribution="集中公開，使民眾易於監督。")])
    result = cli("import", "form.docx", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "Form 1 '公益團體財務資訊公開': updated commitments/2-4.yaml" in result.stdout
    assert (
        "-contribution: 集中公開使民眾易於監督。\n+contribution: 集中公開，使民眾易於監督。"
        in result.stdout
    )
    assert sorted(p.name for p in (plan_dir / "commitments").glob("2-4*")) == ["2-4.yaml"]
    # without an id: the same title and lead agency find the same file
    write_docx(
        plan_dir / "form.docx",
        [filled(title_id="公益團體財務資訊公開", contribution="集中公開，使民眾易於監督。")],
    )
    result = cli("import", "form.docx", "--lang", "en", "--theme", "2")
    assert "commitments/2-4.yaml is up to date" in result.stdout, result.output


def test_odt_forms_are_imported_like_docx(cli: CLI, plan_dir: Path, tmp_path: Path) -> None:
    soffice = executable(
        "soffice", "libreoffice", what="LibreOffice", package="libreoffice-writer-nogui"
    )
    source = write_docx(tmp_path / "forms.docx", [filled(), filled(title_id="4-2 偏鄉數位近用")])
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--headless",
            "--convert-to",
            "odt",
            "--outdir",
            str(plan_dir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    result = cli("import", "forms.odt", "--lang", "en", "--output", "out")
    assert result.exit_code == 0, result.output
    from_odt = (plan_dir / "out" / "2-4.yaml").read_text()
    write_docx(plan_dir / "forms.docx", [filled()])
    assert cli("import", "forms.docx", "--output", "docx").exit_code == 0
    assert (
        from_odt.split("\n", 2)[2] == (plan_dir / "docx" / "2-4.yaml").read_text().split("\n", 2)[2]
    )
    assert (plan_dir / "out" / "4-2.yaml").exists()


def _docx_with(path: Path, document_xml: bytes, extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


BODY = f'<w:document xmlns:w="{W}"><w:body>{{}}</w:body></w:document>'
HOSTILE = {
    "malformed": b"<w:document><w:body></w:document>",
    "encoding": b'<?xml version="1.0" encoding="UTF-16"?><w:document/>',
    "deep": BODY.format("<w:p>" * 20_000 + "</w:p>" * 20_000).encode(),
    "entities": (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        + f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>'.encode()
    ),
    "root": f'<w:settings xmlns:w="{W}"/>'.encode(),
    "paragraphs": BODY.format("<w:p/>" * 10_000_000).encode(),
    "rows": BODY.format(
        "<w:tbl>" + "<w:tr><w:tc><w:p/></w:tc></w:tr>" * 1_000_000 + "</w:tbl>"
    ).encode(),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_documents_are_refused_quickly(cli: CLI, plan_dir: Path, kind: str) -> None:
    _docx_with(plan_dir / "bad.docx", HOSTILE[kind])
    before = sorted(os.listdir(plan_dir / "commitments"))
    started = time.perf_counter()
    result = cli("import", "bad.docx", "--lang", "en")
    assert time.perf_counter() - started < 10
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("ogpkit: bad.docx cannot be imported: "), result.stderr
    assert "Traceback" not in result.output
    assert sorted(os.listdir(plan_dir / "commitments")) == before


def test_a_zip_bomb_is_refused_from_its_directory(cli: CLI, plan_dir: Path) -> None:
    _docx_with(
        plan_dir / "bomb.docx", BODY.format("").encode(), {"word/media/x.bin": b"\0" * 80_000_000}
    )
    result = cli("import", "bomb.docx", "--lang", "en")
    assert result.exit_code == 2
    assert "MB uncompressed" in result.stderr


def test_bad_output_folders_are_usage_errors(cli: CLI, plan_dir: Path) -> None:
    write_docx(plan_dir / "form.docx", [filled()])
    (plan_dir / "file.txt").write_text("x")
    for output, words in (
        ("file.txt", "is a file, not a folder"),
        ("file.txt/sub", "Cannot create the folder"),
    ):
        result = cli("import", "form.docx", "--output", output, "--lang", "en")
        assert result.exit_code == 2, result.output
        assert words in result.stderr
    if os.geteuid() != 0:
        (plan_dir / "locked").mkdir()
        (plan_dir / "locked").chmod(0o500)
        result = cli("import", "form.docx", "--output", "locked", "--lang", "en")
        assert result.exit_code == 2
        assert "permission denied" in result.stderr
    assert not (plan_dir / "commitments" / "2-4.yaml").exists()


def test_a_large_real_form_file_is_read_within_limits(plan_dir: Path, tmp_path: Path) -> None:
    forms = [filled(title_id=f"4-{n} 題目{n}") for n in range(2, 62)]
    source = write_docx(tmp_path / "many.docx", forms)
    started = time.perf_counter()
    run = subprocess.run(
        [
            "/usr/bin/time",
            "-f",
            "%M",
            sys.executable,
            "-m",
            "ogpkit",
            "import",
            str(source),
            "--output",
            str(tmp_path / "out"),
            "--root",
            str(plan_dir),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert time.perf_counter() - started < 10
    assert run.returncode == 0, run.stdout + run.stderr
    assert int(run.stderr.strip().splitlines()[-1]) < 400 * 1024, run.stderr
    assert len(list((tmp_path / "out").glob("*.yaml"))) == 60


def test_a_form_with_corrupt_compressed_data_is_a_usage_error(cli: CLI, plan_dir: Path) -> None:
    """Found by the fuzz test: the archive's directory is intact but the deflated bytes of
    document.xml are not, so zlib fails while reading; that is a damaged file, not a crash."""
    path = _docx_with(plan_dir / "damaged.docx", BODY.format("<w:p/>" * 2000).encode())
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + 2 : start + 12] = b"\xff" * 10
    path.write_bytes(bytes(data))
    result = cli("import", "damaged.docx", "--lang", "en")
    assert result.exit_code == 2, result.output
    assert "is not a Word (.docx) or OpenDocument (.odt) text file" in result.stderr
    assert "Traceback" not in result.output
