"""The pictures of docs/: page 1 and a commitment page of plan.pdf, and plan.html on a phone.

    python -m tools.pictures docs

Renders the bundled plan (as on a fixed day, so the pictures change only with the output) into
a temporary folder, turns PDF pages into PNG with poppler's pdftoppm and photographs plan.html
390 pixels wide (a phone) with headless Chromium. `make pictures` runs it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.outputs.render.chromium import FLAGS

ROOT = Path(__file__).resolve().parent.parent
TODAY = "111-06-15"
PHONE = "390,2400"
FIRST_COMMITMENT = "一、1-1"


def render(folder: Path) -> None:
    ogpkit = Path(sys.executable).with_name("ogpkit")
    subprocess.run(
        [
            str(ogpkit),
            "render",
            "--root",
            str(ROOT),
            "--format",
            "html,pdf",
            "--output",
            str(folder),
            "--today",
            TODAY,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def commitment_page(pdf: Path) -> int:
    """The page where the first commitment's heading is (after the cover and contents)."""
    xml = subprocess.run(
        ["pdftohtml", "-xml", "-i", "-stdout", "-q", str(pdf)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for page, title in re.findall(r'<item page="(\d+)">([^<]+)</item>', xml):
        if title.startswith(FIRST_COMMITMENT):
            return int(page)
    return 3


def page_png(pdf: Path, page: int, target: Path) -> None:
    stem = target.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(stem),
        ],
        check=True,
    )


def phone(html: Path, profile: Path, target: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("pictures: headless Chromium is not installed (Debian: chromium)")
    subprocess.run(
        [
            chromium,
            *FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={PHONE}",
            f"--screenshot={target.resolve()}",
            html.as_uri(),
        ],
        check=True,
        capture_output=True,
    )


def main(docs: str) -> int:
    target = Path(docs)
    with tempfile.TemporaryDirectory(prefix="ogpkit-pictures-") as temporary:
        folder = Path(temporary)
        render(folder)
        pdf = folder / "plan.pdf"
        page_png(pdf, 1, target / "pdf-page-1.png")
        page_png(pdf, commitment_page(pdf), target / "pdf-commitment.png")
        phone(folder / "plan.html", folder / "profile", target / "phone.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs"))
