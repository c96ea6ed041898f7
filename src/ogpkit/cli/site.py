"""`ogpkit site`: the plan's static website, with search and a changes feed."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ogpkit.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    Lang,
    RootOption,
    TodayOption,
    guard,
    language,
    one_history_walk,
    open_project,
    parse_formats,
    refuse_invalid,
    writing_into,
)

DEFAULT_OUTPUT = Path("build") / "site"


@one_history_walk
def run(
    formats: str,
    output: Path | None,
    lang: Lang | None,
    search: bool,
    force: bool,
    root: Path | None,
    today: str | None,
) -> int:
    from ogpkit.outputs.render.formats import FORMATS
    from ogpkit.outputs.site.build import SiteRequest, build_site, write_site
    from ogpkit.plan.clock import parse_today
    from ogpkit.report.message import msg, translate

    names = parse_formats(formats, FORMATS, allow_none=True)
    day = parse_today(today)
    project = open_project(root)
    lang_code = language(lang, project)
    refusal = msg(
        "The plan has validation errors, so the site was not built; fix them (see above) or add --force to publish the valid commitments anyway"
    )
    if refuse_invalid(project, day, lang_code, force, refusal):
        return EXIT_PROBLEMS
    langs = (lang.value,) if lang else ()
    outputs = build_site(project, SiteRequest(day, langs, search, formats=names))
    folder = output if output is not None else project.root / DEFAULT_OUTPUT
    with writing_into(folder):
        write_site(folder, outputs)
    pages = sum(1 for name in outputs if name.endswith(".html"))
    done = msg("wrote the site ({pages} pages) into {folder}", pages=pages, folder=str(folder))
    sys.stdout.write(translate(done, lang_code) + "\n")
    return EXIT_OK


def site(
    formats: Annotated[
        str,
        typer.Option(
            "--formats",
            help="Render formats offered on the downloads page, comma-separated (default all six).",
        ),
    ] = "md,html,json,csv,docx,odt",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Folder to write into (default: build/site/ in the plan)."
        ),
    ] = None,
    lang: Annotated[
        Lang | None,
        typer.Option("--lang", help="Language of the site (default: the plan's locale, zh-TW)."),
    ] = None,
    search: Annotated[
        bool, typer.Option("--search/--no-search", help="Build the search page and its index.")
    ] = True,
    force: Annotated[
        bool, typer.Option("--force", help="Build even when validation finds errors.")
    ] = False,
    root: RootOption = None,
    today: TodayOption = None,
) -> None:
    """Write the plan's website: home, a page a commitment, theme and agency, downloads, search, an Atom feed.

    Links are relative: the folder works from file://, from any sub-path of a web server and offline.
    Exit status: 0 written, 1 validation errors (nothing written), 2 usage or configuration error.
    """
    raise typer.Exit(
        guard(lambda: run(formats, output, lang, search, force, root, today), lang=lang)
    )
