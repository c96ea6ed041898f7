"""Running `git`: every call bounded by a timeout, its whole process group ended when it passes.

A `git` that hangs (a credential helper waiting for input, a stalled network file system, a
broken wrapper script) must not hang `validate` or `deadlines`. The limit is
GIT_TIMEOUT_SECONDS, or the environment variable OGPKIT_GIT_TIMEOUT (seconds).
"""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Sequence
from pathlib import Path

GIT_TIMEOUT_SECONDS = 60.0
TIMEOUT_VARIABLE = "OGPKIT_GIT_TIMEOUT"


class GitTimeout(Exception):
    """Git did not finish within the time allowed; `seconds` says how long that was."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"git did not finish within {seconds:g} seconds")
        self.seconds = seconds


def timeout() -> float:
    try:
        value = float(os.environ.get(TIMEOUT_VARIABLE, GIT_TIMEOUT_SECONDS))
    except ValueError:
        return GIT_TIMEOUT_SECONDS
    return value if value > 0 else GIT_TIMEOUT_SECONDS


# Output that every query can parse: no signatures, paths unquoted, no colour, no prompt.
GIT_CONFIG = ("-c", "log.showSignature=false", "-c", "core.quotePath=false", "-c", "color.ui=never")


def run_git(
    args: Sequence[str], cwd: Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    """`git ARGS` in `cwd`, output captured; OSError when there is no git, GitTimeout on a hang.
    The one way ogpkit runs Git."""
    limit = timeout()
    environment = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
    with subprocess.Popen(
        ["git", *GIT_CONFIG, *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL if stdin is None else subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment,
        start_new_session=True,
    ) as process:
        try:
            stdout, stderr = process.communicate(stdin, timeout=limit)
        except subprocess.TimeoutExpired:
            _kill(process)
            process.wait()
            raise GitTimeout(limit) from None
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def _kill(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except OSError:
        process.kill()
