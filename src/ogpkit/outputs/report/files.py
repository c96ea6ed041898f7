"""`ogpkit report`, the core: the self-assessment report as files (bytes by name).

The formats are an explicit table, like render's. Markdown and HTML run the templates of
`templates/` in render's Jinja sandbox (looked up like render's, so a plan may override
them); Word and OpenDocument go through the office writers as blocks, PDF is the
OpenDocument file converted by render's converter (LibreOffice); JSON and CSV are the data.
Written all or nothing by render's writer.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ogpkit.outputs.markdown.tree import Block as MarkdownBlock
from ogpkit.outputs.markdown.tree import ListBlock, Para, Text, parse
from ogpkit.outputs.office.blocks import Block, Cell, Heading, Paragraph, Rich, Table
from ogpkit.outputs.office.pdf import ConverterMissing
from ogpkit.outputs.render.jinja import environment, render_template, search_path
from ogpkit.outputs.report.charts import agency_svg, theme_history_svg
from ogpkit.outputs.report.data import ReportData
from ogpkit.outputs.report.labels import labels, status_labels
from ogpkit.plan.base import STATUSES
from ogpkit.plan.dates import DateStyle, PlanDate
from ogpkit.plan.project import Project

PACKAGED = Path(__file__).resolve().parent / "templates"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ReportJob:
    project: Project
    data: ReportData
    lang: str
    stem: str = "report"

    @property
    def style(self) -> DateStyle:
        return self.project.plan.date_style

    def day(self, value: Any) -> str:
        return PlanDate.from_date(value).display(self.style, self.lang)

    @property
    def words(self) -> dict[str, str]:
        return labels(self.lang)

    def agency(self, name: str) -> str:
        """The registry's English name in English reports, the full name otherwise."""
        found = self.project.registry.find(name)
        if found is None:
            return name
        return found.name_en if self.lang == "en" and found.name_en else found.name

    def agencies(self, names: tuple[str, ...]) -> str:
        return (", " if self.lang == "en" else "、").join(self.agency(n) for n in names)

    def theme_names(self) -> dict[str, str]:
        english = self.lang == "en"
        plan = self.project.plan
        return {
            t.id: f"{plan.theme_number(t.id)}. {t.name_en if english and t.name_en else t.name}"
            for t in plan.themes
        }

    def heading(self) -> str:
        words = self.words
        kind = (
            words[self.data.which] if self.data.which in ("midterm", "final") else words["report"]
        )
        title = self.data.title_en if self.lang == "en" and self.data.title_en else self.data.title
        return f"{title} {kind}"


def history_notes(job: ReportJob) -> list[str]:
    """What the chart over the periods was drawn from, and the files it could not read."""
    history, words = job.data.history, job.words
    if not history.periods:
        return []
    if not history.from_git:
        reason = words.get(history.state.value) or history.reason.strip() or history.state.value
        return [words["history_files"].format(reason=reason)]
    read = len(history.before_history) < len(history.periods)
    notes = [words["history_git"]] if read else []
    if history.before_history:
        numbers = "、".join(str(n) for n in history.before_history)
        notes.append(words["history_before"].format(periods=numbers))
    for period, files in zip(history.periods, history.unreadable, strict=True):
        if files:
            notes.append(
                words["history_unreadable"].format(n=period.number, files="、".join(files))
            )
    return notes


def _view(job: ReportJob) -> dict[str, Any]:
    data, words = job.data, job.words
    states = status_labels(job.lang)
    themes = job.theme_names()

    def tally(t: Any, name: str) -> dict[str, Any]:
        return {
            "name": name,
            "total": t.total,
            "cells": [
                {"count": t.counts[i], "share": f"{100 * t.share(i):.0f}%"}
                for i in range(len(STATUSES))
            ],
        }

    return {
        "heading": job.heading(),
        "as_of": job.day(data.day),
        "words": words,
        "history_notes": history_notes(job),
        "statuses": [states[s] for s in STATUSES],
        "total": tally(data.total, words["total"]),
        "by_theme": [tally(t, themes.get(t.name, t.name)) for t in data.by_theme],
        "by_agency": [tally(t, job.agency(t.name)) for t in data.by_agency],
        "commitments": [
            {
                "anchor": f"c-{c.id}",
                "id": c.id,
                "title": c.title,
                "theme": themes.get(c.theme, c.theme),
                "lead": job.agencies(c.lead_agencies),
                "results": [
                    (words[key], getattr(c.results, key))
                    for key in ("early_results", "opened_government", "next_steps")
                    if c.results is not None and getattr(c.results, key)
                ],
                "milestones": [
                    {
                        "number": m.number,
                        "indicator": m.indicator,
                        "agency": job.agencies(m.agencies),
                        "dates": f"{job.day(m.start)} – {job.day(m.end)}",
                        "status": states[m.status],
                        "withdrawn": None
                        if m.withdrawn is None
                        else {
                            "date": job.day(m.withdrawn.date.first_day),
                            "reason": m.withdrawn.reason,
                            "replaced_by": words["replaced_by"].format(n=m.withdrawn.replaced_by)
                            if m.withdrawn.replaced_by
                            else "",
                        },
                        "done": [
                            {
                                "date": job.day(d.day),
                                "status": states[d.status],
                                "text": d.text,
                                "evidence": [
                                    {
                                        "title": e.title,
                                        "url": e.url or "",
                                        "date": job.day(e.date.first_day) if e.date else "",
                                    }
                                    for e in d.evidence
                                ],
                            }
                            for d in m.done
                        ],
                    }
                    for m in c.milestones
                ],
            }
            for c in data.commitments
        ],
    }


def _environment(job: ReportJob) -> Any:
    return environment([*search_path(job.project.root, None, None), PACKAGED])


def write_markdown(job: ReportJob) -> bytes:
    context = {"report": _view(job)}
    return render_template(_environment(job), "report.md.j2", context).encode("utf-8")


def write_html(job: ReportJob) -> bytes:
    words = job.words
    states = status_labels(job.lang)
    context = {
        "report": _view(job),
        "lang": job.lang,
        "theme_svg": theme_history_svg(
            job.data,
            job.theme_names(),
            {**states, "not_reported": words["not_reported"]},
            words["theme_history"],
        ),
        "agency_svg": agency_svg(job.data, states, words["by_agency"], job.agency),
    }
    return render_template(_environment(job), "report.html.j2", context).encode("utf-8")


def report_json(job: ReportJob) -> dict[str, Any]:
    data = job.data

    def tally(t: Any) -> dict[str, Any]:
        return {"name": t.name, "total": t.total, **dict(zip(STATUSES, t.counts, strict=True))}

    def period_tally(t: Any) -> dict[str, Any]:
        return {**tally(t), "not_reported": t.unreported}

    history = data.history

    return {
        "report": data.which,
        "as_of": data.day.isoformat(),
        "summary": {
            "total": tally(data.total),
            "by_theme": [tally(t) for t in data.by_theme],
            "by_agency": [tally(t) for t in data.by_agency],
            "history": {
                "source": "git" if history.from_git else "files",
                "reason": "" if history.from_git else history.state.value,
            },
            "by_period": [
                {
                    "period": p.number,
                    "due": p.due.isoformat(),
                    "source": "git" if history.from_git and history.commits[i] else "files",
                    "commit": history.commits[i] if history.from_git else None,
                    "not_reported_files": list(history.unreadable[i]) if history.from_git else [],
                    "by_theme": {theme: period_tally(ts[i]) for theme, ts in data.theme_history},
                }
                for i, p in enumerate(data.periods)
            ],
        },
        "commitments": [
            {
                "id": c.id,
                "title": c.title,
                "theme": c.theme,
                "lead_agencies": list(c.lead_agencies),
                "results": c.results.model_dump() if c.results else None,
                "milestones": [
                    {
                        "number": m.number,
                        "indicator": m.indicator,
                        "agencies": list(m.agencies),
                        "status": m.status,
                        "withdrawn": m.withdrawn.model_dump(mode="json") if m.withdrawn else None,
                        "updates": [
                            {
                                "date": d.day.isoformat(),
                                "status": d.status,
                                "done": d.text,
                                "evidence": [e.model_dump(mode="json") for e in d.evidence],
                                "commit": None
                                if d.commit is None
                                else {
                                    "sha": d.commit.sha,
                                    "date": d.commit.when.isoformat(),
                                    "author": d.commit.author,
                                },
                            }
                            for d in m.done
                        ],
                    }
                    for m in c.milestones
                ],
            }
            for c in data.commitments
        ],
    }


def write_json(job: ReportJob) -> bytes:
    text = json.dumps(report_json(job), ensure_ascii=False, indent=2, sort_keys=False)
    return (text + "\n").encode("utf-8")


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_csv(job: ReportJob) -> bytes:
    """One row a milestone: the completion level and the latest update as of the report."""
    buffer = io.StringIO()
    out = csv.writer(buffer, lineterminator="\r\n")
    out.writerow(
        [
            "commitment",
            "milestone",
            "indicator",
            "agency",
            "status",
            "withdrawn",
            "last_update",
            "done",
            "evidence",
        ]
    )
    for c in job.data.commitments:
        for m in c.milestones:
            last = m.done[-1] if m.done else None
            evidence = " ".join(e.url or e.title for d in m.done for e in d.evidence)
            out.writerow(
                [
                    _cell(v)
                    for v in (
                        c.id,
                        m.number,
                        m.indicator,
                        "、".join(m.agencies),
                        m.status,
                        "true" if m.withdrawn else "false",
                        last.day.isoformat() if last else "",
                        last.text if last else "",
                        evidence,
                    )
                ]
            )
    return buffer.getvalue().encode("utf-8-sig")


def progress_notes(done: list[dict[str, Any]]) -> tuple[MarkdownBlock, ...]:
    """A milestone's updates as the HTML report lists them: an item an update, its date and
    status, then its note's own Markdown (paragraphs, lists, emphasis, links)."""
    items = []
    for update in done:
        when = f"{update['date']} {update['status']}"
        note = parse(update["text"]) if update["text"] else ()
        items.append((Para((Text(f"{when}: " if note else when),)), *note))
    return (ListBlock(ordered=False, start=1, tight=True, items=tuple(items)),)


def blocks(job: ReportJob) -> Iterator[Block]:
    view, words = _view(job), job.words
    yield Heading(0, view["heading"])
    yield Paragraph(f"{words['as_of']}: {view['as_of']}")
    yield Heading(1, words["summary"])
    header = (words["theme"], *view["statuses"], words["total"])
    for key, name in (("by_theme", "by_theme"), ("by_agency", "by_agency")):
        yield Paragraph(words[name])
        rows = [header]
        for t in [*view[key], view["total"]]:
            rows.append(
                (t["name"], *(f"{c['count']} ({c['share']})" for c in t["cells"]), str(t["total"]))
            )
        yield Table(tuple(rows), header=1, kind="summary")
    for note in view["history_notes"]:
        yield Paragraph(note)
    yield Heading(1, words["commitments"])
    for c in view["commitments"]:
        yield Heading(2, f"{c['id']} {c['title']}")
        yield Paragraph(f"{words['lead']}: {c['lead']}")
        rows = [
            (
                words["milestone"],
                words["agency"],
                words["completion"],
                words["done"],
                words["evidence"],
            )
        ]
        for m in c["milestones"]:
            status = m["status"]
            if m["withdrawn"]:
                w = m["withdrawn"]
                status = (
                    f"{words['withdrawn']} {w['date']}: {w['reason']} {w['replaced_by']}".strip()
                )
            done: Cell = Rich(progress_notes(m["done"])) if m["done"] else words["no_update"]
            evidence = "\n".join(
                f"{e['title']} {e['url']}".strip() for d in m["done"] for e in d["evidence"]
            )
            rows.append(
                (
                    f"{m['number']}. {m['indicator']}",
                    m["agency"],
                    status,
                    done,
                    evidence,
                )
            )
        yield Table(tuple(rows), header=1, kind="progress")
        if c["results"]:
            yield Heading(3, words["results"])
        for title, text in c["results"]:
            yield Rich((Para((Text(title),)), *parse(text)))


def write_docx(job: ReportJob) -> bytes:
    from ogpkit.outputs.office.docx_writer import docx_from_blocks

    return docx_from_blocks(blocks(job), job.heading(), job.lang)


def write_odt(job: ReportJob) -> bytes:
    from ogpkit.outputs.office.fonts import installed_families, tc_face
    from ogpkit.outputs.office.odt_writer import odt_from_blocks

    return odt_from_blocks(blocks(job), job.heading(), job.lang, tc_face(installed_families()))


def write_pdf(job: ReportJob) -> bytes:
    from ogpkit.outputs.office.pdf import converter, pdf_from_odt

    filename = f"{job.stem}.pdf"
    converter(filename)  # a missing LibreOffice is said before the document is laid out
    return pdf_from_odt(write_odt(job), filename)


REPORT_FORMATS: dict[str, tuple[str, Callable[[ReportJob], bytes]]] = {
    "md": ("md", write_markdown),
    "html": ("html", write_html),
    "json": ("json", write_json),
    "csv": ("csv", write_csv),
    "docx": ("docx", write_docx),
    "odt": ("odt", write_odt),
    "pdf": ("pdf", write_pdf),
}


def report_files(
    job: ReportJob, formats: tuple[str, ...], missing: list[ConverterMissing] | None = None
) -> dict[str, bytes]:
    """The files of `formats`, named after `job.stem`. A format whose converter is not
    installed (PDF without LibreOffice) is left out and its error appended to `missing` when a
    list is given, as `ogpkit render` does, so the other formats can be written."""
    outputs: dict[str, bytes] = {}
    for name in formats:
        suffix, write = REPORT_FORMATS[name]
        try:
            outputs[f"{job.stem}.{suffix}"] = write(job)
        except ConverterMissing as error:
            if missing is None:
                raise
            missing.append(error)
    return outputs
