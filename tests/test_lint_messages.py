"""The message catalogue is complete for every message, the lint rules' included."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import REPO


def test_every_message_is_translated() -> None:
    result = subprocess.run(
        [sys.executable, "tools/messages.py", "check"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
