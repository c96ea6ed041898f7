"""Tests that need a program of the machine: skipped with the reason where it is missing,
failed instead in CI (CI=true), which must run every test."""

from __future__ import annotations

import os
import shutil
from typing import NoReturn

import pytest


def unavailable(reason: str) -> NoReturn:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI must run this test")
    pytest.skip(reason)


def executable(*names: str, what: str, package: str) -> str:
    """The first of `names` found on the PATH (or as a path)."""
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    unavailable(f"{what} is not installed (Debian: apt-get install {package})")
