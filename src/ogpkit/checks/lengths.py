"""The longest value a field may hold: a problem at the field's line, so that no rule or output
is handed a value far beyond what a person writes (a pull request cannot stall CI with one).

| field | at most (characters) |
|---|---:|
| `title`, `name`, `short`, `indicator`, an agency, an SDG target, contact details, dates, ids | 1,000 |
| the template's long answers (`problem`, `commitment`, `contribution`, `ogp_values`, `additional_info`), progress (`done`, `note`, `evidence`, results), reasons | 20,000 |

The bundled plan's longest value has under 1,000 characters. Only files longer than the
smallest limit are looked at, so an ordinary plan costs nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ogpkit.plan.project import Project
from ogpkit.report.message import msg
from ogpkit.report.problem import Problem
from ogpkit.source.document import Document
from ogpkit.source.yaml_reader import Path as DataPath

LONG_TEXT = 20_000
SHORT_TEXT = 1_000
LONG_FIELDS = frozenset(
    {
        "problem",
        "commitment",
        "contribution",
        "transparency",
        "participation",
        "accountability",
        "budget",
        "related_programs",
        "national_plans",
        "anti_corruption_strategy",
        "other",
        "description",
        "evidence",
        "note",
        "done",
        "reason",
        "early_results",
        "opened_government",
        "next_steps",
    }
)


def limit_of(path: DataPath) -> int:
    """The limit of the value at `path`: long text by its key (an English translation in
    `en:` by the key of the field it translates), short text otherwise."""
    last = next((str(part) for part in reversed(path) if isinstance(part, str)), "")
    if path and path[0] == "en":
        pieces = [piece for piece in last.split(".") if not piece.isdigit()]
        last = pieces[-1] if pieces else ""
    return LONG_TEXT if last in LONG_FIELDS else SHORT_TEXT


def _long(value: Any, path: DataPath, found: list[tuple[DataPath, str]]) -> None:
    """The texts under `value` longer than SHORT_TEXT (the least limit), in document order;
    the others need no limit looked up."""
    if isinstance(value, str):
        if len(value) > SHORT_TEXT:
            found.append((path, value))
    elif isinstance(value, dict):
        for key, child in value.items():
            _long(child, (*path, key), found)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            _long(child, (*path, index), found)


def long_values(document: Document) -> list[Problem]:
    if document.data is None or len(document.text) <= SHORT_TEXT:
        return []
    candidates: list[tuple[DataPath, str]] = []
    _long(document.data, (), candidates)
    problems = []
    for path, text in candidates:
        limit = limit_of(path)
        if len(text) > limit:
            message = msg(
                "This value has {count} characters; a field like this holds at most {limit}. Shorten it, or put the full text in a document and link to it",
                count=len(text),
                limit=limit,
            )
            problems.append(document.problem(path, "field-too-long", message))
    return problems


def field_lengths(project: Project, today: date) -> list[Problem]:
    """Every value of plan.yaml and of the commitment files over its field's limit."""
    documents = [project.plan_document, *(file.document for file in project.files)]
    return [problem for document in documents for problem in long_values(document)]
