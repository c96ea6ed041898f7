"""Take the picture of plan.html for the README: python -m tools.screenshot docs/screenshot.png

Renders the bundled plan (as on a fixed day, so the picture only changes with the output)
into a temporary folder and photographs it with headless Chromium.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.outputs.render.chromium import CHROMIUM_NAMES, FLAGS

ROOT = Path(__file__).resolve().parent.parent
TODAY = "111-06-15"
WINDOW = "1280,1760"


def main(target: str) -> int:
    with tempfile.TemporaryDirectory(prefix="ogpkit-screenshot-") as temporary:
        folder = Path(temporary)
        ogpkit = Path(sys.executable).with_name("ogpkit")
        subprocess.run(
            [
                str(ogpkit),
                "render",
                "--root",
                str(ROOT),
                "--format",
                "html",
                "--output",
                str(folder),
                "--today",
                TODAY,
            ],
            check=True,
        )
        chromium = next(filter(None, map(shutil.which, CHROMIUM_NAMES)), None)
        if chromium is None:
            sys.stderr.write("screenshot: headless Chromium is not installed\n")
            return 1
        subprocess.run(
            [
                chromium,
                *FLAGS,
                f"--user-data-dir={folder / 'profile'}",
                f"--window-size={WINDOW}",
                f"--screenshot={Path(target).resolve()}",
                (folder / "plan.html").as_uri(),
            ],
            check=True,
            capture_output=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot.png"))
