"""What every command shares: options, finding the project, turning errors into exit codes."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, ParamSpec, TextIO

import typer

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import date

    from ogpkit.plan.model import Agency
    from ogpkit.plan.project import Project
    from ogpkit.report.message import Message
    from ogpkit.report.problem import Problem


class Format(StrEnum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


class Lang(StrEnum):
    zh_tw = "zh-TW"
    en = "en"


FormatOption = Annotated[
    Format, typer.Option("--format", "-f", help="Output format: text, json, github or sarif.")
]
LangOption = Annotated[
    Lang | None,
    typer.Option("--lang", help="Language of messages (default: the plan's locale, zh-TW)."),
]
RootOption = Annotated[
    Path | None,
    typer.Option("--root", help="The plan repository (default: found upwards from here)."),
]
AgencyOption = Annotated[
    str | None,
    typer.Option("--agency", help="Only this agency (full name, short name or alias)."),
]
TodayOption = Annotated[
    str | None,
    typer.Option(
        "--today", help="Judge dates as on this day (any date spelling; default: today in Taipei)."
    ),
]
PathsArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        help="Files or folders to report on (default: the whole plan).", show_default=False
    ),
]

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def guard(action: Callable[[], int], *, fmt: Format = Format.text, lang: Lang | None = None) -> int:
    """Run a command's core; an OgpkitError becomes exit status 2 with its message and problems."""
    from ogpkit.errors import OgpkitError
    from ogpkit.report.i18n import DEFAULT_LANG
    from ogpkit.report.message import translate

    language = lang.value if lang else DEFAULT_LANG
    try:
        return action()
    except OgpkitError as error:
        problems = error.problems
        if not problems and fmt is not Format.text:
            from ogpkit.report.problem import Level, Problem

            problems = (Problem("", 0, 0, Level.ERROR, "config-error", error.message),)
        if problems:
            emit(problems, fmt, language, sys.stdout)
        sys.stderr.write(f"ogpkit: {translate(error.message, language)}\n")
        return EXIT_USAGE
    except OSError as error:
        sys.stderr.write(f"ogpkit: {translate(os_error_message(error), language)}\n")
        return EXIT_USAGE


def os_error_message(error: OSError) -> Message:
    """What the operating system refused, in words: a full disk, a read-only folder …"""
    from ogpkit.report.message import msg

    reason = error.strerror or type(error).__name__
    if error.filename is not None:
        return msg(
            "Cannot use {path}: {reason}; nothing was changed",
            path=str(error.filename),
            reason=reason,
        )
    return msg("The system refused: {reason}; nothing was changed", reason=reason)


def find_project_root(root: Path | None, paths: Sequence[Path] = ()) -> Path:
    from ogpkit.errors import UsageError
    from ogpkit.plan.project import find_root
    from ogpkit.report.message import msg

    for path in paths:
        if not path.exists():
            raise UsageError(msg("No such file or folder: {path}", path=str(path)))
    if root is not None:
        if not (root / "plan.yaml").is_file():
            raise UsageError(msg("No plan.yaml in {root}", root=str(root)))
        return root.resolve()
    return find_root(paths[0] if paths else Path.cwd())


def open_project(root: Path | None, paths: Sequence[Path] = ()) -> Project:
    from ogpkit.plan.project import load_project

    return load_project(find_project_root(root, paths))


def language(lang: Lang | None, project: Project | None) -> str:
    if lang is not None:
        return lang.value
    return project.plan.locale if project is not None else "zh-TW"


def emit(problems: Sequence[Problem], fmt: Format, lang: str, stream: TextIO) -> None:
    from ogpkit.report.reporters import REPORTERS

    REPORTERS[fmt.value](problems, stream, lang)


def exit_code(problems: Sequence[Problem], *, strict: bool = False) -> int:
    from ogpkit.report.problem import Level

    failing = {Level.ERROR, Level.WARNING} if strict else {Level.ERROR}
    return EXIT_PROBLEMS if any(p.level in failing for p in problems) else EXIT_OK


def find_agency(project: Project, name: str | None) -> Agency | None:
    """The agency `--agency NAME` names (None without the option); a usage error, with a
    did-you-mean, when the registry has no such name."""
    from ogpkit.errors import UsageError
    from ogpkit.report.message import msg

    if name is None:
        return None
    agency = project.registry.find(name)
    if agency is not None:
        return agency
    suggestion = project.registry.suggest(name)
    raise UsageError(
        msg(
            "--agency {name!r} is not in the agency registry; did you mean {suggestion!r}?",
            name=name,
            suggestion=suggestion,
        )
        if suggestion
        else msg("--agency {name!r} is not in the agency registry of plan.yaml", name=name)
    )


def refuse_invalid(project: Project, day: date, lang: str, force: bool, refusal: Message) -> bool:
    """Validate the plan before writing documents from it: its errors on stderr, and True (with
    `refusal` said) when they stop the command, that is unless `force`."""
    from ogpkit.checks.validate import validate_project
    from ogpkit.report.message import translate
    from ogpkit.report.problem import has_errors

    problems = validate_project(project, day).problems
    if not has_errors(problems):
        return False
    emit(problems, Format.text, lang, sys.stderr)
    if force:
        return False
    sys.stderr.write(f"ogpkit: {translate(refusal, lang)}\n")
    return True


def write_outputs(folder: Path, outputs: dict[str, bytes], lang: str) -> None:
    """Write the files all or nothing and say each one; a folder that cannot take them is a
    usage error that names it."""
    from ogpkit.outputs.render.files import write_output

    with writing_into(folder):
        written = write_output(folder, outputs)
    say_written(written, lang)


def say_written(paths: Iterable[Path], lang: str) -> None:
    """`wrote PATH` on stdout for each file, relative to the current folder when inside it."""
    from ogpkit.report.message import msg, translate

    here = Path.cwd()
    for path in paths:
        shown = path.relative_to(here) if path.is_relative_to(here) else path
        sys.stdout.write(translate(msg("wrote {path}", path=str(shown)), lang) + "\n")


def parse_formats(text: str, known: Iterable[str], *, allow_none: bool = False) -> tuple[str, ...]:
    """The formats of a comma-separated `--format`, each once, in the order written."""
    from ogpkit.errors import UsageError
    from ogpkit.report.message import msg

    names = tuple(dict.fromkeys(n.strip().lower() for n in text.split(",") if n.strip()))
    choices = tuple(known)
    unknown = [name for name in names if name not in choices]
    if unknown or not (names or allow_none):
        raise UsageError(
            msg(
                "Unknown output format {name}; choose from {known}",
                name=", ".join(unknown) or text,
                known=", ".join(choices),
            )
        )
    return names


P = ParamSpec("P")


def one_history_walk(command: Callable[P, int]) -> Callable[P, int]:
    """`command` with one walk of the Git history for every reader in it: validate's checks
    (submissions, the progress audit, stale translations) and the outputs' revision history."""

    @wraps(command)
    def walked(*args: P.args, **kwargs: P.kwargs) -> int:
        from ogpkit.history.walk import shared_walks

        with shared_walks():
            return command(*args, **kwargs)

    return walked


@contextmanager
def writing_into(folder: Path) -> Iterator[None]:
    """Output written into `folder`: a folder that cannot take it is a usage error that names
    it, whichever command writes."""
    from ogpkit.errors import UsageError
    from ogpkit.report.message import msg

    try:
        yield
    except OSError as error:
        raise UsageError(
            msg(
                "Cannot write the output into {folder}: {error}; choose another folder with --output",
                folder=str(folder),
                error=error.strerror or str(error),
            )
        ) from None
