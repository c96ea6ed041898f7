"""`ogpkit render`, the core: the compiled plan as files (bytes by name), written all or nothing.

`render_plan` returns the contents of every requested file without touching the disk, so
that a template error leaves the previous output as it was; `write_output` then writes them
atomically. The formats are the table `ogpkit.outputs.render.formats.FORMATS`.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ogpkit.errors import ConfigError
from ogpkit.outputs.office.pdf import ConverterMissing
from ogpkit.outputs.render.edition import edition
from ogpkit.outputs.render.formats import FORMATS, RenderJob
from ogpkit.outputs.render.jinja import REPOSITORY_FOLDER, environment, search_path
from ogpkit.outputs.render.revisions import compare_anchors, read_revisions
from ogpkit.plan.compiled import compile_plan
from ogpkit.plan.project import PLAN_FILE, Project
from ogpkit.report.message import msg
from ogpkit.source.atomic import write_files
from ogpkit.source.document import is_outside

Progress = Callable[[str, int], Callable[[], None]]


@dataclass(frozen=True)
class RenderRequest:
    formats: tuple[str, ...]
    lang: str
    today: date
    templates: Path | None = None
    suffix: str = ""
    output: Path | None = None
    root_href: str | None = None  # the repository seen from the output; default from `output`
    compare_links: bool = True  # revisions link to compare.html when it is in the output folder


def edition_name(filename: str, suffix: str) -> str:
    """`plan.md` of the edition with `suffix` `en`: `plan.en.md`."""
    if not suffix:
        return filename
    stem, _, extension = filename.rpartition(".")
    return f"{stem}.{suffix}.{extension}"


RENDER_KEYS = ("templates",)


def configured_templates(project: Project) -> Path | None:
    """The folder named by `render: templates:` in plan.yaml, relative to the project root."""
    unknown = [key for key in project.plan.render if key not in RENDER_KEYS]
    if unknown:
        problems = [
            project.plan_document.problem(
                ("render", key),
                "render-key",
                msg(
                    "Unknown setting render: {key}: the render section of plan.yaml knows {known}",
                    key=key,
                    known=", ".join(RENDER_KEYS),
                ),
                key=True,
            )
            for key in unknown
        ]
        raise ConfigError(msg("{plan} has problems; fix them first", plan=PLAN_FILE), problems)
    value = project.plan.render.get("templates")
    if value is None:
        return None
    folder = project.root / value if isinstance(value, str) else None
    if folder is None or not folder.is_dir() or is_outside(folder, project.root):
        problem = project.plan_document.problem(
            ("render", "templates"),
            "render-templates",
            msg(
                "render: templates: must name a folder of templates in the plan repository, such as templates; {value} is not one",
                value=str(value),
            ),
        )
        raise ConfigError(msg("{plan} has problems; fix them first", plan=PLAN_FILE), [problem])
    return folder


def root_href(root: Path, output: Path) -> str:
    """The plan repository as a relative link from the output folder, such as ../"""
    relative = Path(os.path.relpath(root.resolve(), output.resolve())).as_posix()
    return "" if relative == "." else relative + "/"


def render_plan(
    project: Project,
    request: RenderRequest,
    progress: Progress | None = None,
    missing: list[ConverterMissing] | None = None,
) -> dict[str, bytes]:
    """The contents of each requested file, by file name, in the order of `request.formats`.

    A format whose converter is not installed (PDF without LibreOffice) is left out and its
    error appended to `missing` when a list is given, so the other formats can be written."""
    repository = project.root / REPOSITORY_FOLDER
    if repository.is_symlink() and is_outside(repository, project.root):
        raise ConfigError(
            msg(
                "{folder} is a symbolic link to a place outside the repository; its templates are not read. Replace it with a real folder, or name the folder with --templates",
                folder=REPOSITORY_FOLDER,
            )
        )
    folders = search_path(project.root, configured_templates(project), request.templates)
    chosen = edition(project, request.lang)
    compiled = compile_plan(chosen.project)
    job = RenderJob(compiled, project.registry, request.lang, request.today, environment(folders))
    job.untranslated = chosen.untranslated
    output = request.output or project.root / "build"
    job.root_href = (
        request.root_href if request.root_href is not None else root_href(project.root, output)
    )
    job.revisions = lambda: read_revisions(project)
    if request.compare_links:
        job.compare_anchors = lambda: compare_anchors(output)
    total = len(compiled.commitments)
    outputs: dict[str, bytes] = {}
    for name in request.formats:
        writer = FORMATS[name]
        filename = edition_name(writer.filename, request.suffix)
        job.tick = progress(filename, total) if progress else (lambda: None)
        try:
            outputs[filename] = writer.write(job)
        except ConverterMissing as error:
            if missing is None:
                raise
            missing.append(error)
            continue
        for companion in writer.companions:
            data = companion.write(job)
            if data is not None:
                outputs[edition_name(companion.filename, request.suffix)] = data
    return outputs


def write_output(folder: Path, outputs: dict[str, bytes]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {folder / name: data for name, data in outputs.items()}
    write_files(files)
    return list(files)
