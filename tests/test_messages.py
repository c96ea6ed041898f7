from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_catalogue_is_complete_and_compiled() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "tools" / "messages.py"), "check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
