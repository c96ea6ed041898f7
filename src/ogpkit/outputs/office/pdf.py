"""The plan as PDF: the OpenDocument file converted by LibreOffice headless.

LibreOffice rather than Chromium printing plan.html: the PDF is then the document the
Executive Yuan signs, page for page the .odt (cover, contents, 「第 X 頁／共 Y 頁」 in the
footer from page fields, table header rows repeated), with the headings as a clickable
outline; Chromium's headless printing has no page-count footer in that form and no outline
on Debian's version. The converter runs with a throw-away profile in a temporary folder,
so that it never touches the user's LibreOffice settings and runs beside an open LibreOffice.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ogpkit.errors import ConfigError
from ogpkit.report.message import msg

PROGRAMS = ("soffice", "libreoffice")
PACKAGE = "libreoffice-writer-nogui"
EXPORT = 'pdf:writer_pdf_Export:{"ExportBookmarks":{"type":"boolean","value":"true"}}'
TIMEOUT_SECONDS = 600


class ConverterMissing(ConfigError):
    """LibreOffice is not installed: the PDF cannot be written, the other formats can."""


def converter(filename: str = "plan.pdf") -> str:
    for name in PROGRAMS:
        found = shutil.which(name)
        if found:
            return found
    raise ConverterMissing(
        msg(
            "Cannot write {file}: LibreOffice is not installed (Debian: apt-get install {package}); the other formats were written",
            file=filename,
            package=PACKAGE,
        )
    )


def pdf_from_odt(odt: bytes, filename: str = "plan.pdf") -> bytes:
    """The PDF LibreOffice makes of `odt`, to be written as `filename`; ConfigError when it
    fails."""
    program = converter(filename)
    with tempfile.TemporaryDirectory(prefix="ogpkit-pdf-") as folder:
        work = Path(folder)
        source = work / "plan.odt"
        source.write_bytes(odt)
        command = [
            program,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            EXPORT,
            "--outdir",
            str(work / "out"),
            str(source),
        ]
        try:
            result = subprocess.run(
                command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as error:
            raise _failed(filename, str(error)) from None
        target = work / "out" / "plan.pdf"
        if result.returncode != 0 or not target.is_file():
            raise _failed(filename, (result.stderr or result.stdout).strip()[-500:])
        return target.read_bytes()


def _failed(filename: str, detail: str) -> ConfigError:
    return ConfigError(
        msg("LibreOffice could not write {file}: {detail}", file=filename, detail=detail or "?")
    )
