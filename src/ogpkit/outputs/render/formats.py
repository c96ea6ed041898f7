"""The output formats of `ogpkit render`: an explicit table of name → writer.

A writer turns a RenderJob into the bytes of one file: a function `(job) -> bytes` and an
entry in FORMATS; `job.compiled` is the compiled plan, `job.view` the same in the render
language. The office formats (docx, odt, pdf) are laid out by `ogpkit.outputs.office`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property

from jinja2.sandbox import SandboxedEnvironment

from ogpkit.outputs.render import opendata
from ogpkit.outputs.render.consultation_data import cocreation_data, consultation_csv
from ogpkit.outputs.render.jinja import render_template
from ogpkit.outputs.render.progress_data import progress_csv
from ogpkit.outputs.render.records import PlanView, RevisionView
from ogpkit.outputs.render.revisions import Revisions, revision_views
from ogpkit.outputs.render.timeline import timeline_svg
from ogpkit.outputs.render.view import plan_view
from ogpkit.plan.agencies import AgencyRegistry
from ogpkit.plan.compiled import CompiledPlan


@dataclass
class RenderJob:
    compiled: CompiledPlan
    registry: AgencyRegistry
    lang: str
    today: date
    env: SandboxedEnvironment
    tick: Callable[[], None] = field(default=lambda: None)
    untranslated: int = 0
    root_href: str = "../"
    revisions: Callable[[], Revisions] = field(default=dict)
    compare_anchors: Callable[[], frozenset[str]] = field(default=frozenset)

    @cached_property
    def view(self) -> PlanView:
        return self._view({})

    @cached_property
    def html_view(self) -> PlanView:
        """The view with each commitment's revision history, read from Git only for HTML."""
        plan = self.compiled.plan
        anchors = self.compare_anchors()
        history = {
            cid: revision_views(revisions, cid, plan, self.lang, anchors)
            for cid, revisions in self.revisions().items()
        }
        if not any(history.values()):
            return self.view  # no revision to show: the same view, not built twice
        return self._view(history)

    def _view(self, revisions: Mapping[str, tuple[RevisionView, ...]]) -> PlanView:
        view = plan_view(
            self.compiled,
            self.registry,
            self.lang,
            self.today,
            self.advance,
            self.root_href,
            revisions,
        )
        return replace(view, untranslated=self.untranslated)

    def advance(self) -> None:
        """Report one commitment done to the current format's progress."""
        self.tick()


@dataclass(frozen=True)
class Writer:
    filename: str
    write: Callable[[RenderJob], bytes]
    companions: tuple[Companion, ...] = ()


@dataclass(frozen=True)
class Companion:
    """A further file of a format, written only when `write` returns bytes."""

    filename: str
    write: Callable[[RenderJob], bytes | None]


def write_markdown(job: RenderJob) -> bytes:
    text = render_template(job.env, "plan.md.j2", {"plan": job.view, "labels": job.view.labels})
    return text.encode("utf-8")


def write_html(job: RenderJob) -> bytes:
    context = {
        "plan": job.html_view,
        "labels": job.html_view.labels,
        "timeline_svg": timeline_svg(job.compiled, job.lang, job.today),
    }
    return render_template(job.env, "plan.html.j2", context).encode("utf-8")


def write_json(job: RenderJob) -> bytes:
    data = opendata.plan_data(job.compiled, job.registry, job.tick, job.untranslated)
    data.update(cocreation_data(job.compiled.cocreation))
    return opendata.json_bytes(data)


def write_csv(job: RenderJob) -> bytes:
    return opendata.csv_bytes(job.compiled, job.registry, job.lang, job.tick)


def write_consultation_csv(job: RenderJob) -> bytes | None:
    record = job.compiled.cocreation
    return consultation_csv(record) if record.rounds else None


def write_progress_csv(job: RenderJob) -> bytes | None:
    return progress_csv(job.compiled, job.registry, job.lang)


def write_docx(job: RenderJob) -> bytes:
    from ogpkit.outputs.office.docx_writer import docx_bytes

    return docx_bytes(job.compiled, job.lang, job.tick, job.today, job.untranslated)


def write_odt(job: RenderJob) -> bytes:
    from ogpkit.outputs.office.fonts import installed_families, tc_face
    from ogpkit.outputs.office.odt_writer import odt_bytes

    font = tc_face(installed_families())
    return odt_bytes(job.compiled, job.lang, job.tick, job.today, font, job.untranslated)


def write_pdf(job: RenderJob) -> bytes:
    """The .odt converted by LibreOffice (`ogpkit.outputs.office.pdf` says why)."""
    from ogpkit.outputs.office.pdf import converter, pdf_from_odt

    converter()  # a missing LibreOffice is said before the document is laid out
    return pdf_from_odt(write_odt(job))


FORMATS: dict[str, Writer] = {
    "md": Writer("plan.md", write_markdown),
    "html": Writer("plan.html", write_html),
    "json": Writer("plan.json", write_json),
    "csv": Writer(
        "plan.csv",
        write_csv,
        (
            Companion("consultation.csv", write_consultation_csv),
            Companion("progress.csv", write_progress_csv),
        ),
    ),
    "docx": Writer("plan.docx", write_docx),
    "odt": Writer("plan.odt", write_odt),
    "pdf": Writer("plan.pdf", write_pdf),
}
