"""`ogpkit compare OLD NEW`: the revision comparison table (修正對照表) of two Git revisions."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ogpkit.cli.common import (
    EXIT_OK,
    LangOption,
    RootOption,
    find_project_root,
    guard,
    language,
    parse_formats,
)

FORMATS = ("md", "html", "docx", "odt")


def run(old: str, new: str, formats: str, output: Path | None, root: Path | None, lang: str) -> int:
    from ogpkit.history.compare import compare_revisions
    from ogpkit.outputs.compare import office, text
    from ogpkit.source.atomic import write_files

    names = parse_formats(formats, FORMATS)
    folder = find_project_root(root)
    comparison = compare_revisions(folder, old, new)
    writers = {
        "md": lambda: text.markdown(comparison, lang).encode("utf-8"),
        "html": lambda: text.html_page(comparison, lang).encode("utf-8"),
        "docx": lambda: office.docx_bytes(comparison, lang),
        "odt": lambda: office.odt_bytes(comparison, lang),
    }
    target = output if output is not None else folder / "build"
    target.mkdir(parents=True, exist_ok=True)
    files = {target / f"compare.{name}": writers[name]() for name in names}
    write_files(files)
    for path in files:
        sys.stdout.write(f"{path}\n")
    return EXIT_OK


def compare(
    old: Annotated[
        str,
        typer.Argument(help="The earlier revision (a commit, tag or branch).", show_default=False),
    ],
    new: Annotated[str, typer.Argument(help="The later revision.", show_default=False)] = "HEAD",
    formats: Annotated[
        str, typer.Option("--format", "-f", help="Formats: md, html, docx, odt.")
    ] = "md,html",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Folder to write into (default: build/).")
    ] = None,
    lang: LangOption = None,
    root: RootOption = None,
) -> None:
    """Write the revision comparison table of two revisions (labels in the --lang language): build/compare.md, compare.html, …

    Exit status: 0 written, 2 usage error (such as an unknown revision).
    """
    code = language(lang, None)
    raise typer.Exit(guard(lambda: run(old, new, formats, output, root, code), lang=lang))
