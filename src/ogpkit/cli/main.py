"""The `ogpkit` program: the overview of its commands without loading them, else the typer app.

`ogpkit` and `ogpkit --help` answer from `cli.overview` before typer and the commands are
imported, so the most common first call starts as fast as a plain script.
"""

from __future__ import annotations

import gc
import os
import sys
import types

from ogpkit.cli.help_lang import help_language, without_lang
from ogpkit.cli.overview import overview
from ogpkit.report.streams import tolerant

PLUGIN_LOADER = "pydantic.plugin._loader"


def without_plugin_loader() -> None:
    """With PYDANTIC_DISABLE_PLUGINS=__all__, pydantic's plugin loader finds no plugin, but
    importing it still loads importlib.metadata (with email, zipfile and csv): a twentieth of
    validating the bundled plan. A loader that returns no plugin takes its place; any other
    setting keeps pydantic's own."""
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") != "__all__" or PLUGIN_LOADER in sys.modules:
        return
    loader = types.ModuleType(PLUGIN_LOADER)
    loader.get_plugins = tuple  # type: ignore[attr-defined]  # get_plugins() -> (): none
    sys.modules[PLUGIN_LOADER] = loader


def main() -> None:
    # Output to a Big5 (cp950) or ASCII pipe replaces what it cannot show, never fails.
    tolerant(sys.stdout)
    tolerant(sys.stderr)
    arguments = sys.argv[1:]
    if arguments == ["--version"]:
        from ogpkit import __version__

        sys.stdout.write(f"ogpkit {__version__}\n")
        sys.exit(0)
    lang = help_language(arguments, os.environ, os.getcwd())
    if without_lang(arguments) in ([], ["--help"]):
        sys.stdout.write(overview(lang))
        sys.exit(0 if "--help" in arguments else 2)
    if "--help" in arguments:
        arguments = without_lang(arguments)  # also for the commands that have no --lang
    # A plan is read into many small objects that form no cycles; collecting cycles every 700
    # allocations (the default) spends a tenth of a large validation finding none.
    gc.set_threshold(50_000, 20, 100)
    # ogpkit uses no pydantic plugin; looking for one reads the metadata of every installed
    # package, a sixth of the time of validating a small plan.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    without_plugin_loader()
    from ogpkit.cli.app import app
    from ogpkit.cli.localize import localized_command

    localized_command(app, lang)(args=arguments, prog_name="ogpkit")
