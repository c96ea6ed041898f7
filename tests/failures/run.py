"""Running the real `ogpkit` command in a subprocess, as a user's shell would, with a bound."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

BOUND_SECONDS = 60


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str
    seconds: float

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def ogpkit(
    *args: str,
    cwd: Path,
    env: dict[str, str] | None = None,
    encoding: str = "utf-8",
    bound: float = BOUND_SECONDS,
    preexec: Callable[[], None] | None = None,
) -> Run:
    """`ogpkit ARGS` in `cwd`; fails the test on a traceback or when it runs past `bound`."""
    import time

    environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "ogpkit", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        timeout=bound,
        preexec_fn=preexec,
        check=False,
    )
    seconds = time.monotonic() - start
    result = Run(
        done.returncode,
        done.stdout.decode(encoding, errors="replace"),
        done.stderr.decode(encoding, errors="replace"),
        seconds,
    )
    assert "Traceback" not in result.output, result.output
    return result
