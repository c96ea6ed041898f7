"""`ogpkit site`: the plan's static website, with search and a changes feed."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ogpkit.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    Format,
    Lang,
    RootOption,
    TodayOption,
    emit,
    guard,
    language,
    open_project,
)

DEFAULT_OUTPUT = Path("build") / "site"


def run(
    formats: str,
    output: Path | None,
    lang: Lang | None,
    search: bool,
    force: bool,
    root: Path | None,
    today: str | None,
) -> int:
    from ogpkit.checks.validate import validate_project
    from ogpkit.errors import UsageError
    from ogpkit.outputs.render.formats import FORMATS
    from ogpkit.outputs.site.build import SiteRequest, build_site, write_site
    from ogpkit.plan.clock import parse_today
    from ogpkit.report.message import msg, translate
    from ogpkit.report.problem import has_errors

    names = tuple(dict.fromkeys(n.strip().lower() for n in formats.split(",") if n.strip()))
    unknown = [name for name in names if name not in FORMATS]
    if unknown:
        raise UsageError(
            msg(
                "Unknown output format {name}; choose from {known}",
                name=", ".join(unknown),
                known=", ".join(FORMATS),
            )
        )
    day = parse_today(today)
    project = open_project(root)
    lang_code = language(lang, project)
    validation = validate_project(project, day)
    if has_errors(validation.problems):
        emit(validation.problems, Format.text, lang_code, sys.stderr)
        if not force:
            refusal = msg(
                "The plan has validation errors, so the site was not built; fix them (see above) or add --force to publish the valid commitments anyway"
            )
            sys.stderr.write(f"ogpkit: {translate(refusal, lang_code)}\n")
            return EXIT_PROBLEMS
    langs = (lang.value,) if lang else ()
    outputs = build_site(project, SiteRequest(day, langs, search, formats=names))
    folder = output if output is not None else project.root / DEFAULT_OUTPUT
    try:
        write_site(folder, outputs)
    except OSError as error:
        raise UsageError(
            msg(
                "Cannot write the output into {folder}: {error}; choose another folder with --output",
                folder=str(folder),
                error=error.strerror or str(error),
            )
        ) from None
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
        bool, typer.Option("--search/--no-search", help="Build the search index (Pagefind).")
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
