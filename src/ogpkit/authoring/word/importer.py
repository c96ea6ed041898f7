"""`ogpkit import`, the core: each form of a Word file checked like a commitment file, then written.

A form is checked through the same model and plan checks as a YAML file; its problems carry
the Word table and row instead of a line and column. A form without errors is written as a
new file (never over an existing one); a form with errors is not written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ogpkit.authoring.new_commitment import next_id, taken_ids, write_new
from ogpkit.authoring.scaffold import commitment_yaml
from ogpkit.authoring.word.docx_form import Row, read_rows
from ogpkit.authoring.word.formdata import FormReader
from ogpkit.authoring.word.wordform import Form, split_forms
from ogpkit.checks.integrity import check_commitment, check_references
from ogpkit.errors import UsageError
from ogpkit.plan.model import Commitment
from ogpkit.plan.project import Project
from ogpkit.plan.shape import validate_shape
from ogpkit.report.message import Message, msg, translate
from ogpkit.report.problem import Level, Problem
from ogpkit.source.document import Document
from ogpkit.source.yaml_reader import Position


@dataclass(frozen=True)
class FormProblem:
    """A problem of a form, at a table and row of the Word file (1-based)."""

    table: int
    row: int
    level: Level
    rule: str
    message: Message


@dataclass
class ImportedForm:
    number: int
    form: Form
    problems: list[FormProblem] = field(default_factory=list)
    written: Path | None = None

    @property
    def title(self) -> str:
        return str(self.form.data.get("title") or "")


def _document(source: Path, form: Form) -> Document:
    where = {path: Position(row.table, row.row) for path, row in form.origins.items()}
    return Document(source, source.name, data=form.data, values=where, keys=dict(where))


def _at(row: Row, message: Message, rule: str = "import-form") -> FormProblem:
    return FormProblem(row.table, row.row, Level.ERROR, rule, message)


def _is_missing_id(problem: Problem) -> bool:
    """The model's own `id`/`theme` missing, already said in the words of the form."""
    label = dict(problem.message.args).get("field")
    return problem.rule == "required-key" and getattr(label, "path", None) in {("id",), ("theme",)}


def check_form(project: Project, source: Path, form: Form, used: set[str]) -> list[FormProblem]:
    problems = [_at(row, message) for row, message in form.problems]
    document = _document(source, form)
    model, shape = validate_shape(document, Commitment)
    found = list(shape) + check_references(document, project.plan, project.registry)
    if model is not None:
        found += check_commitment(model, document, project.plan)
        if model.id in used:
            found.append(
                document.problem(
                    ("id",),
                    "id-unique",
                    msg("The id {id!r} is already used; choose another", id=model.id),
                )
            )
    if not form.data.get("id"):
        found = [p for p in found if not _is_missing_id(p)]
    problems += [FormProblem(p.line, p.column, p.level, p.rule, p.message) for p in found]
    return sorted(set(problems), key=lambda p: (p.table, p.row, p.rule, p.message.msgid))


def assign_id(project: Project, form: Form, theme: str | None, used: set[str]) -> None:
    data: dict[str, Any] = form.data
    if theme:
        data["theme"] = theme
        if not data.get("id"):
            candidate = next_id(project, theme)
            while candidate in used:
                prefix, _, number = candidate.rpartition("-")
                candidate = f"{prefix}-{int(number) + 1}"
            data["id"] = candidate
            form.origins[("id",)] = form.first
    if not data.get("id"):
        form.problems.append(
            (
                form.first,
                msg(
                    "The form has no id; write it after the title, like 1-6 (or give --theme to number it)"
                ),
            )
        )


def import_docx(
    project: Project, source: Path, output: Path, theme: str | None = None
) -> list[ImportedForm]:
    forms = split_forms(read_rows(source))
    if not forms:
        raise UsageError(
            msg(
                "{path} holds no commitment template: no table row starts with 承諾事項名稱與編號",
                path=source.name,
            )
        )
    used = taken_ids(project)
    results = []
    for number, form in enumerate(forms, start=1):
        FormReader(form, project.plan, project.registry).read()
        assign_id(project, form, theme, used)
        imported = ImportedForm(number, form, check_form(project, source, form, used))
        if not any(p.level is Level.ERROR for p in imported.problems):
            header = [
                translate(
                    msg("Imported from {file}, form {number}", file=source.name, number=number),
                    project.plan.locale,
                )
            ]
            try:
                imported.written = write_new(
                    output, f"{form.data['id']}.yaml", commitment_yaml(form.data, header)
                )
            except UsageError as error:
                imported.problems.append(_at(form.first, error.message, "import-exists"))
        used.add(str(form.data.get("id")))
        results.append(imported)
    return results
