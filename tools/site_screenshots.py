"""Pictures of the site for the README: python -m tools.site_screenshots docs/

Builds the bundled plan's site (as on a fixed day) into a temporary folder and photographs its
home page, a commitment page and the search page answering 採購 with headless Chromium.
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
PICTURES = {
    "site-home.png": ("index.html", "1280,1600"),
    "site-commitment.png": ("commitments/1-1.html", "1280,1600"),
    "site-search.png": ("search.html?q=採購", "1280,1000"),
}


def main(target: str) -> int:
    chromium = next(filter(None, map(shutil.which, CHROMIUM_NAMES)), None)
    if chromium is None:
        sys.stderr.write("screenshot: headless Chromium is not installed\n")
        return 1
    with tempfile.TemporaryDirectory(prefix="ogpkit-screenshot-") as temporary:
        site = Path(temporary) / "site"
        ogpkit = Path(sys.executable).with_name("ogpkit")
        arguments = ["site", "--root", str(ROOT), "--today", TODAY]
        subprocess.run([str(ogpkit), *arguments, "--output", str(site)], check=True)
        for name, (address, window) in PICTURES.items():
            page, _, query = address.partition("?")
            subprocess.run(
                [
                    chromium,
                    *FLAGS,
                    f"--user-data-dir={Path(temporary) / 'profile'}",
                    f"--window-size={window}",
                    f"--screenshot={Path(target) / name}",
                    (site / page).as_uri() + (f"?{query}" if query else ""),
                ],
                check=True,
                capture_output=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs"))
