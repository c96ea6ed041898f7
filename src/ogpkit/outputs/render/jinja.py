"""The Jinja environment of `ogpkit render`: where templates are found, and how they run.

Templates are looked up by name in, first to last: `--templates DIR`, `render: templates:`
of plan.yaml, the plan repository's `templates/`, and the copy shipped inside ogpkit. They
run in Jinja's sandbox with StrictUndefined; HTML templates autoescape. A template mistake
becomes a RenderError that names the template and the line.
"""

from __future__ import annotations

import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from ogpkit.errors import ConfigError
from ogpkit.outputs.render import records
from ogpkit.outputs.render.text import (
    html_lines,
    markdown_block,
    markdown_cell,
    markdown_html,
    markdown_text,
)
from ogpkit.report.message import msg

VIEW_TYPES = frozenset(
    [
        records.PlanView,
        records.ThemeView,
        records.CommitmentView,
        records.MilestoneView,
        records.EvidenceView,
        records.Entry,
        records.Reference,
        records.AgencyView,
        records.Count,
    ]
)
PACKAGED = Path(__file__).resolve().parent / "templates"
REPOSITORY_FOLDER = "templates"


class RenderError(ConfigError):
    """A template could not be read or run."""


def search_path(root: Path, configured: Path | None, override: Path | None) -> list[Path]:
    folders = [override, configured, root / REPOSITORY_FOLDER, PACKAGED]
    return [folder for folder in folders if folder is not None and folder.is_dir()]


class PlanSandbox(SandboxedEnvironment):
    """The sandbox, with a shortcut for reading the fields of ogpkit's own view records.

    The view records are frozen dataclasses holding only data, so reading a public field of
    one is safe; everything else goes through the sandbox's checks.
    """

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) in VIEW_TYPES and not attribute.startswith("_"):
            try:
                return getattr(obj, attribute)
            except AttributeError:
                pass
        return super().getattr(obj, attribute)


def environment(folders: Sequence[Path]) -> SandboxedEnvironment:
    env = PlanSandbox(
        loader=jinja2.FileSystemLoader([str(f) for f in folders], encoding="utf-8"),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2", "svg")),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.filters.update(
        markdown=markdown_html,
        lines=html_lines,
        md=markdown_block,
        md_text=markdown_text,
        md_cell=markdown_cell,
    )
    return env


def _template_line(error: BaseException, env: SandboxedEnvironment) -> tuple[str, int] | None:
    """The template and line where `error` happened, from the traceback Jinja rewrites."""
    for frame in reversed(traceback.extract_tb(error.__traceback__)):
        if frame.filename and frame.lineno and frame.filename.endswith((".j2", ".jinja")):
            return frame.filename, frame.lineno
    return None


def render_template(env: SandboxedEnvironment, name: str, context: dict[str, Any]) -> str:
    try:
        template = env.get_template(name)
        return template.render(context)
    except jinja2.TemplateNotFound as error:
        loader = env.loader
        folders = loader.searchpath if isinstance(loader, jinja2.FileSystemLoader) else []
        raise RenderError(
            msg(
                "Template {name} not found; ogpkit looked in {folders}",
                name=error.name or name,
                folders=", ".join(folders),
            )
        ) from None
    except jinja2.TemplateSyntaxError as error:
        raise RenderError(
            msg(
                "Template {name}, line {line}: {error}",
                name=error.filename or error.name or name,
                line=error.lineno,
                error=error.message or str(error),
            )
        ) from None
    except Exception as error:
        where = _template_line(error, env)
        template_name, line = where if where else (name, 0)
        raise RenderError(
            msg(
                "Template {name}, line {line}: {error}",
                name=template_name,
                line=line,
                error=str(error),
            )
        ) from None
