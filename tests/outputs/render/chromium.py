"""Headless Chromium for the browser tests: found, started and stopped by the tests themselves."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from tests.needs import executable

CHROMIUM_NAMES = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
    "--mute-audio",
)


def chromium() -> str:
    """The Chromium executable; the test is skipped without one, except in CI where it fails."""
    return executable(*CHROMIUM_NAMES, what="headless Chromium", package="chromium")


def tool(name: str, package: str) -> str:
    return executable(name, what=name, package=package)


def run_chromium(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run Chromium once with its own throw-away profile; raises when it fails."""
    with tempfile.TemporaryDirectory(prefix="ogpkit-chromium-") as profile:
        return subprocess.run(
            [chromium(), *FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )


def dump_dom(page: Path, budget_ms: int = 15000, *flags: str) -> str:
    """The page's DOM after it has loaded and its scripts have run (virtual time budget)."""
    result = run_chromium(*flags, f"--virtual-time-budget={budget_ms}", "--dump-dom", page.as_uri())
    return result.stdout


def print_pdf(page: Path, pdf: Path) -> None:
    run_chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    assert pdf.is_file(), f"Chromium wrote no PDF to {pdf}"
