"""`ogpkit site`, the core: every file of the website by its path, written all or nothing.

The pages of each edition (`pages.py`), the stylesheet, the downloads (every render format,
the open data's schema), the Atom feed of changes (`feed.py`, from Git), the search page's
script and each edition's search index (`search.py`), and the repository files that evidence
and the forum's record link (`repository.py`). Each edition is built from `render.edition`'s project in its language.
Nothing touches the disk until `write_site`, which replaces the output folder's files
atomically.

Where later work plugs in:

- a section of a page: a template name in `sections.SECTIONS` (home, commitment, theme,
  agency, …); a template that has nothing to show renders nothing. A revision comparison is
  a new commitment section beside `commitment-revisions`;
- a page of its own: a function in `pages.EXTRA_PAGES` (the record page is one);
- an edition in another language: `editions.site_editions` (the language switch reads it);
- data a section needs beyond the compiled plan and Git: an attribute of `pages.SiteInputs`.
"""

from __future__ import annotations

import functools
import shutil
from dataclasses import dataclass, replace
from datetime import date
from importlib.resources import files
from pathlib import Path
from typing import Any

from ogpkit.errors import UsageError
from ogpkit.history.changes import plan_changes
from ogpkit.outputs.render.edition import edition as translated
from ogpkit.outputs.render.files import RenderRequest, configured_templates, render_plan
from ogpkit.outputs.render.formats import FORMATS
from ogpkit.outputs.render.jinja import environment, render_template, search_path
from ogpkit.outputs.render.timeline import timeline_svg
from ogpkit.outputs.render.view import plan_view
from ogpkit.outputs.site.editions import Edition, site_editions
from ogpkit.outputs.site.feed import atom_bytes
from ogpkit.outputs.site.labels import site_labels
from ogpkit.outputs.site.pages import SiteInputs, commitment_href, edition_pages
from ogpkit.outputs.site.progress import evidence_values
from ogpkit.outputs.site.records import Download, Page
from ogpkit.outputs.site.repository import REPOSITORY, page_href, repository_copies
from ogpkit.outputs.site.search import INDEX_FILE, SCRIPT_FILE, search_script
from ogpkit.outputs.site.sections import SECTIONS
from ogpkit.plan.compiled import CompiledPlan, compile_plan
from ogpkit.plan.project import Project
from ogpkit.report.message import msg
from ogpkit.source.atomic import write_files

TEMPLATES = Path(__file__).resolve().parent / "templates"
DOWNLOADS = "files/"
SCHEMA_FILE = "plan-data.schema.json"


@dataclass(frozen=True)
class SiteRequest:
    today: date
    langs: tuple[str, ...] = ()  # the editions, the first at the root; default the plan's locale
    search: bool = True  # the search page, its script and each edition's index
    templates: Path | None = None
    formats: tuple[str, ...] = tuple(FORMATS)  # the render formats offered for download


def _downloads(project: Project, request: SiteRequest, lang: str) -> dict[str, bytes]:
    # The downloads sit in files/; the repository files they link are copied to repository/.
    seen_from_downloads = "../" + REPOSITORY
    rendered = render_plan(
        project,
        RenderRequest(
            request.formats,
            lang,
            request.today,
            request.templates,
            root_href=seen_from_downloads,
            compare_links=False,
        ),
    )
    schema = (files("ogpkit") / "data" / SCHEMA_FILE).read_bytes()
    return {DOWNLOADS + name: data for name, data in {**rendered, SCHEMA_FILE: schema}.items()}


def _download_list(
    outputs: dict[str, bytes], labels: dict[str, str], formats: tuple[str, ...]
) -> list[Download]:
    listed = []
    for name in formats:
        path = DOWNLOADS + FORMATS[name].filename
        listed.append(Download(path, labels[f"fmt_{name}"], len(outputs[path])))
    schema = DOWNLOADS + SCHEMA_FILE
    listed.append(Download(schema, labels["schema"], len(outputs[schema])))
    return listed


def _switch(page: Page, edition: Edition, editions: tuple[Edition, ...]) -> list[dict[str, str]]:
    up = "../" * (page.depth + edition.folder.count("/"))
    return [
        {"href": up + other.folder + page.path, "lang": other.lang, "text": other.name}
        for other in editions
        if other != edition
    ]


def _linked(compiled: CompiledPlan) -> list[str | None]:
    """Every link of the plan that may name a repository file: evidence, minutes, rules, rounds."""
    record = compiled.cocreation
    forum = record.forum
    links = [*evidence_values(compiled.commitments), *(r.link for r, _ in record.rounds)]
    if forum is not None:
        links += [forum.rules, *(m.minutes for m in forum.meetings)]
        links += [r.closed_by.link for m in forum.meetings for r in m.resolutions if r.closed_by]
    return links


def render_page(env: Any, page: Page, edition: Edition, shared: dict[str, Any]) -> str:
    root = "../" * page.depth
    context = {
        **shared,
        "page": page,
        "root": root,
        "top": root + "../" * edition.folder.count("/"),
        "sections": SECTIONS[page.kind],
        **page.data,
    }
    return render_template(env, "site/page.html.j2", context)


def build_site(project: Project, request: SiteRequest) -> dict[str, bytes]:
    """Every file of the site by its path relative to the output folder."""
    templates = configured_templates(project)
    env = environment([*search_path(project.root, templates, request.templates), TEMPLATES])
    compiled = compile_plan(project)
    editions = site_editions(project, request.langs)
    outputs = _downloads(project, request, editions[0].lang)
    outputs["style.css"] = (TEMPLATES / "site" / "style.css").read_bytes()
    if request.search:
        outputs[SCRIPT_FILE] = (TEMPLATES / "site" / SCRIPT_FILE).read_bytes()
    copies = repository_copies(project.root, _linked(compiled))
    outputs.update(copies)
    changes = plan_changes(project.root)
    paths = {
        f.model.id: f.document.path.resolve().relative_to(project.root.resolve()).as_posix()
        for f in project.files
        if f.model is not None
    }
    html: dict[str, bytes] = {}
    for edition in editions:
        labels = site_labels(edition.lang)
        shown = compile_plan(translated(project, edition.lang).project)
        view = plan_view(shown, project.registry, edition.lang, request.today)
        view = replace(view, labels=labels)
        inputs = SiteInputs(
            shown, view, changes, _download_list(outputs, labels, request.formats), paths
        )
        shared = {
            "plan": view,
            "labels": labels,
            "timeline_svg": timeline_svg(shown, edition.lang, request.today),
            "href": functools.partial(page_href, copied=frozenset(copies)),
            "commitment_ids": frozenset(c.id for c in shown.commitments),
            "search": request.search,
        }
        indexed = []
        for page in edition_pages(inputs, request.search):
            switch = _switch(page, edition, editions)
            text = render_page(env, page, edition, {**shared, "switch": switch})
            html[edition.folder + page.path] = text.encode("utf-8")
            indexed.append((page.path, page.title, text))
        if request.search:
            outputs[edition.folder + INDEX_FILE] = search_script(indexed)
    first = site_labels(editions[0].lang)
    pages = {
        paths[c.id]: (commitment_href(c.id), f"{c.id} {c.title}")
        for c in compiled.commitments
        if c.id in paths
    }
    stamp = f"{request.today.isoformat()}T00:00:00Z"
    outputs["feed.xml"] = atom_bytes(compiled.plan.title, changes, pages, first, stamp)
    outputs.update(html)
    return outputs


MARKER = ".ogpkit-site"


def write_site(folder: Path, outputs: dict[str, bytes]) -> list[Path]:
    """Write the site into `folder`; files of an earlier build that are gone are removed.

    A folder that holds other files and no mark of an earlier build is refused, so that a
    mistaken --output never deletes anything.
    """
    if folder.is_dir() and any(folder.iterdir()) and not (folder / MARKER).is_file():
        raise UsageError(
            msg(
                "{folder} holds other files and no earlier site; choose an empty or new folder with --output",
                folder=str(folder),
            )
        )
    folder.mkdir(parents=True, exist_ok=True)
    outputs = {**outputs, MARKER: b"ogpkit site\n"}
    target = {folder / name: data for name, data in outputs.items()}
    for path in target:
        path.parent.mkdir(parents=True, exist_ok=True)
    write_files(target)
    stale = [p for p in folder.rglob("*") if p.is_file() and p not in target]
    for path in stale:
        path.unlink()
    for path in sorted((p for p in folder.rglob("*") if p.is_dir()), reverse=True):
        if not any(path.iterdir()):
            shutil.rmtree(path)
    return list(target)
