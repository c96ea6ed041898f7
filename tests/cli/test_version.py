"""`ogpkit --version`: the installed package's version, which setuptools-scm takes from Git tags."""

from __future__ import annotations

import re
from importlib.metadata import version

from typer.testing import CliRunner

from ogpkit import __version__
from ogpkit.cli.app import app


def test_version_is_the_installed_packages() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0, result.output
    assert result.output == f"ogpkit {version('ogpkit')}\n"
    assert __version__ == version("ogpkit")
    # A checkout with tags gives 0.1.0 or 0.1.1.devN+g…; a clone without tags 0.1.devN+g…
    assert re.match(r"^\d+\.\d+", __version__)
