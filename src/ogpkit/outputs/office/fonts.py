"""The Traditional Chinese typeface of the OpenDocument file, chosen among the installed ones.

Government documents are set in 標楷體; where it is not installed, AR PL UKai TW (Debian's
fonts-arphic-ukai) is a free Kai face that holds Traditional Chinese glyphs only, so a PDF
names it as it is (`UKaiTW`). Noto Serif CJK TC is the last resort: its .ttc shares one CFF
font among the Japanese, Korean and Chinese faces, so a PDF names it `NotoSerifCJKjp` even
when the TC face drew the glyphs, and nothing in the file proves the TC glyphs were used.
"""

from __future__ import annotations

import shutil
import subprocess

TC_FACES = ("標楷體", "DFKai-SB", "AR PL UKai TW", "Noto Serif CJK TC")
FALLBACK = TC_FACES[-1]


def tc_face(installed: frozenset[str]) -> str:
    """The first of TC_FACES that is installed; the Noto face when none is known."""
    return next((face for face in TC_FACES if face in installed), FALLBACK)


def installed_families() -> frozenset[str]:
    """Every family name fontconfig knows; empty where fc-list is missing or fails."""
    program = shutil.which("fc-list")
    if program is None:
        return frozenset()
    try:
        result = subprocess.run(
            [program, ":", "family"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    return frozenset(
        name.strip() for line in result.stdout.splitlines() for name in line.split(",")
    )
