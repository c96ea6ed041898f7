"""`ogpkit import`, the core: each form of a Word file checked like a commitment file, then written.

A form is checked through the same model and plan checks as a YAML file; its problems carry
the Word table and row instead of a line and column. Every form is written, its problems
listed, since fixing a YAML file is quicker than asking an agency for a new Word file;
`strict` writes only forms without errors. A form imported again (the same id, or the same
title and lead agency) updates the file an earlier import wrote, and the change is returned
as a diff; a file that no import wrote is never replaced.
"""

from __future__ import annotations

import difflib
import os
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
from ogpkit.source.atomic import write_text
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
    diff: str = ""  # when an earlier import's file was updated
    updated: bool = False

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


IMPORT_MARK = "# Imported from "
IMPORT_MARKS = (IMPORT_MARK, "# 由 ogpkit import 自 ")


def _earlier_import(path: Path) -> bool:
    try:
        with path.open(encoding="utf-8") as stream:
            head = [stream.readline() for _ in range(3)]
    except (OSError, UnicodeDecodeError):
        return False
    return any(line.startswith(IMPORT_MARKS) for line in head)


def _existing(project: Project, output: Path, form: Form) -> Path | None:
    """The file an earlier import of this form wrote: same id, or same title and lead agency."""
    data = form.data
    candidates: list[tuple[Path, dict[str, Any]]] = []
    for file in project.files:
        if isinstance(file.document.data, dict):
            candidates.append((file.document.path, file.document.data))
    if output.is_dir() and output.resolve() != (project.root / "commitments").resolve():
        from ogpkit.source.document import load_document

        for path in sorted(output.glob("*.yaml")):
            document = load_document(path, output)
            if isinstance(document.data, dict):
                candidates.append((path, document.data))
    for path, found in candidates:
        same_id = data.get("id") and found.get("id") == data.get("id")
        same_title = (
            data.get("title")
            and found.get("title") == data.get("title")
            and found.get("lead_agencies") == data.get("lead_agencies")
        )
        if (same_id or same_title) and _earlier_import(path):
            return path
    return None


def assign_id(
    project: Project, form: Form, theme: str | None, used: set[str], earlier: Path | None
) -> None:
    data: dict[str, Any] = form.data
    if not data.get("id") and earlier is not None:
        from ogpkit.source.document import load_document

        found = load_document(earlier, earlier.parent).data
        if isinstance(found, dict) and isinstance(found.get("id"), str):
            data["id"] = found["id"]
            data.setdefault("theme", found.get("theme"))
            form.origins[("id",)] = form.first
    written = data.get("theme")
    if isinstance(written, str) and written not in {t.id for t in project.plan.themes}:
        data["theme"] = project.plan.theme_of_number(written) or written
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


def check_output(output: Path) -> None:
    """The folder to write into exists (or can be made) and is writable; UsageError if not."""
    try:
        output.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise UsageError(
            msg("{path} is a file, not a folder; give --output a folder", path=str(output))
        ) from None
    except OSError as error:
        raise UsageError(
            msg(
                "Cannot create the folder {path}: {error}",
                path=str(output),
                error=error.strerror or str(error),
            )
        ) from None
    if not os.access(output, os.W_OK | os.X_OK):
        raise UsageError(
            msg("Cannot write into the folder {path}: permission denied", path=str(output))
        )


def _write(imported: ImportedForm, output: Path, text: str, earlier: Path | None) -> None:
    form = imported.form
    if earlier is not None and _earlier_import(earlier):
        old = earlier.read_text(encoding="utf-8")
        if old != text:
            imported.diff = "".join(
                difflib.unified_diff(
                    old.splitlines(keepends=True),
                    text.splitlines(keepends=True),
                    str(earlier),
                    str(earlier),
                )
            )
            write_text(earlier, text)
        imported.written, imported.updated = earlier, True
        return
    try:
        imported.written = write_new(output, f"{form.data['id']}.yaml", text)
    except UsageError as error:
        imported.problems.append(_at(form.first, error.message, "import-exists"))
    except OSError as error:
        raise UsageError(
            msg(
                "Cannot write into the folder {path}: {error}",
                path=str(output),
                error=error.strerror or str(error),
            )
        ) from None


def import_docx(
    project: Project, source: Path, output: Path, theme: str | None = None, strict: bool = False
) -> list[ImportedForm]:
    """Import every form of `source` into `output`; `strict` writes only forms without errors."""
    forms = split_forms(read_rows(source))
    if not forms:
        raise UsageError(
            msg(
                "{path} holds no commitment template: no table row starts with 承諾事項名稱與編號",
                path=source.name,
            )
        )
    check_output(output)
    used = taken_ids(project)
    results = []
    for number, form in enumerate(forms, start=1):
        FormReader(form, project.plan, project.registry).read()
        earlier = _existing(project, output, form)
        assign_id(project, form, theme, used, earlier)
        earlier = earlier or _existing(project, output, form)
        others = used - {str(form.data.get("id"))} if earlier is not None else used
        imported = ImportedForm(number, form, check_form(project, source, form, others))
        errors = any(p.level is Level.ERROR for p in imported.problems)
        clash = any(p.rule == "id-unique" for p in imported.problems)
        if form.data.get("id") and not clash and not (strict and errors):
            header = [
                translate(
                    msg("Imported from {file}, form {number}", file=source.name, number=number),
                    project.plan.locale,
                )
            ]
            _write(imported, output, commitment_yaml(form.data, header, sparse=True), earlier)
        used.add(str(form.data.get("id")))
        results.append(imported)
    return results
