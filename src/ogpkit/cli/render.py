"""`ogpkit render`: the compiled national action plan as Markdown, HTML, JSON, CSV and office documents."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

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
    write_outputs,
)

if TYPE_CHECKING:
    from ogpkit.outputs.render.files import Progress

DEFAULT_FORMATS = "md,html,json,csv"
DEFAULT_OUTPUT = "build"
PROGRESS_THRESHOLD = 200


def editions(edition: str | None, lang: str) -> tuple[str, ...]:
    """The editions to write: `zh-TW`, `en` or `both`; by default the language's."""
    from ogpkit.errors import UsageError
    from ogpkit.report.message import msg

    if edition is None:
        return (lang,)
    known = {"zh-tw": ("zh-TW",), "en": ("en",), "both": ("zh-TW", "en")}
    chosen = known.get(edition.strip().lower())
    if chosen is None:
        raise UsageError(msg("Unknown edition {name}; choose from zh-TW, en, both", name=edition))
    return chosen


@contextmanager
def progress_bar(count: int) -> Iterator[Progress | None]:
    """A rich progress bar on stderr for long renders in a terminal; None otherwise."""
    if count < PROGRESS_THRESHOLD or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress as Bar

    with Bar(console=Console(stderr=True), transient=True) as bar:

        def start(name: str, total: int) -> Callable[[], None]:
            task = bar.add_task(name, total=total)
            return lambda: bar.advance(task)

        yield start


@one_history_walk
def run(
    formats: str,
    output: Path | None,
    lang: Lang | None,
    templates: Path | None,
    force: bool,
    root: Path | None,
    today: str | None,
    edition: str | None = None,
) -> int:
    from ogpkit.errors import UsageError
    from ogpkit.outputs.office.pdf import ConverterMissing
    from ogpkit.outputs.render.files import RenderRequest, render_plan
    from ogpkit.outputs.render.formats import FORMATS
    from ogpkit.plan.clock import parse_today
    from ogpkit.report.message import msg

    names = parse_formats(formats, FORMATS)
    day = parse_today(today)
    if templates is not None and not templates.is_dir():
        raise UsageError(msg("No such folder of templates: {path}", path=str(templates)))
    project = open_project(root)
    lang_code = language(lang, project)
    refusal = msg(
        "The plan has validation errors, so it was not rendered; fix them (see above) or add --force to render the valid commitments anyway"
    )
    if refuse_invalid(project, day, lang_code, force, refusal):
        return EXIT_PROBLEMS
    chosen = editions(edition, lang_code)
    missing: list[ConverterMissing] = []
    folder = output if output is not None else project.root / DEFAULT_OUTPUT
    outputs: dict[str, bytes] = {}
    for code in chosen:
        suffix = "en" if len(chosen) > 1 and code == "en" else ""
        request = RenderRequest(
            names, code, day, templates.resolve() if templates else None, suffix, folder
        )
        with progress_bar(len(project.commitments) * len(names)) as progress:
            outputs.update(render_plan(project, request, progress, missing))
    write_outputs(folder, outputs, lang_code)
    if missing:
        raise missing[0]
    return EXIT_OK


def render(
    formats: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="Formats to write, comma-separated: md, html, json, csv, docx, odt, pdf (pdf needs LibreOffice).",
        ),
    ] = DEFAULT_FORMATS,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Folder to write into (default: build/ in the plan)."),
    ] = None,
    lang: Annotated[
        Lang | None,
        typer.Option(
            "--lang", help="Language of labels and messages (default: the plan's locale, zh-TW)."
        ),
    ] = None,
    templates: Annotated[
        Path | None,
        typer.Option("--templates", help="Folder of templates that override the defaults by name."),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Render even when validation finds errors.")
    ] = False,
    root: RootOption = None,
    today: TodayOption = None,
    edition: Annotated[
        str | None,
        typer.Option(
            "--edition",
            help="zh-TW (the Chinese plan), en (English text, Gregorian dates, English names; untranslated fields shown in Chinese and counted) or both (the English files get .en before the extension). Default: the --lang.",
        ),
    ] = None,
) -> None:
    """Write the compiled plan: build/plan.md, plan.html, plan.json, plan.csv; plan.docx, plan.odt, plan.pdf on request.

    Exit status: 0 written, 1 validation errors (nothing written), 2 usage, configuration or template error.
    """
    raise typer.Exit(
        guard(lambda: run(formats, output, lang, templates, force, root, today, edition), lang=lang)
    )
