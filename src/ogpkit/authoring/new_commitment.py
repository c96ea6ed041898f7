"""A new commitment file: the next free id of a theme, the answers checked, the file created.

The answers come from `ogpkit new` (options or prompts); nothing here prompts or prints.
"""

from __future__ import annotations

import glob
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ogpkit.authoring.scaffold import commitment_yaml, with_placeholders
from ogpkit.errors import UsageError
from ogpkit.history.submissions import ShownDate, ShownName, cutoff_entry
from ogpkit.plan.agencies import AgencyRegistry
from ogpkit.plan.dates import parse_date
from ogpkit.plan.model import Plan
from ogpkit.plan.project import COMMITMENTS_DIR, Project
from ogpkit.report.message import Message, msg
from ogpkit.source.atomic import create_text

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
SLUG_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass
class Answers:
    """What the agency told `ogpkit new`; empty strings and lists are fields left for later."""

    id: str
    title: str
    theme: str
    lead_agencies: list[str]
    supporting_agencies: list[str] = field(default_factory=list)
    contact_name: str = ""
    contact_title: str = ""
    contact_department: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    milestone: str = ""
    milestone_start: str = ""
    milestone_end: str = ""
    start: str = ""
    end: str = ""


def taken_ids(project: Project) -> set[str]:
    ids = {c.id for c in project.commitments}
    for file in project.files:
        data = file.document.data or {}
        if isinstance(data.get("id"), str):
            ids.add(data["id"])
    return ids


def next_id(project: Project, theme: str) -> str:
    """`<number>-<n>`, from the theme's display number (1-6, never open-data-1), with n one more
    than the highest used."""
    prefix = project.plan.theme_number(theme)
    pattern = re.compile(rf"^{re.escape(prefix)}-(\d+)$")
    numbers = [int(m.group(1)) for i in taken_ids(project) if (m := pattern.match(i))]
    for path in (project.root / COMMITMENTS_DIR).glob(f"{glob.escape(prefix)}-*.yaml"):
        if match := re.match(rf"^{re.escape(prefix)}-(\d+)(?:-|\.yaml$)", path.name):
            numbers.append(int(match.group(1)))
    return f"{prefix}-{max(numbers, default=0) + 1}"


def resolve_agency(registry: AgencyRegistry, name: str) -> str:
    """The registry's full name for `name` (full, short or alias); UsageError if unknown."""
    full = registry.canonical(name)
    if full is None:
        raise UsageError(registry.unknown(name))
    return full


def canonical_date(text: str, plan: Plan, what: str) -> str:
    if not text.strip():
        return ""
    try:
        return parse_date(text).canonical(plan.date_style)
    except ValueError:
        raise UsageError(
            msg(
                "{what}: {text!r} is not a date; write it like 109-05-01, or 109-05 for a month",
                what=what,
                text=text,
            )
        ) from None


def check_answers(project: Project, answers: Answers) -> None:
    """UsageError for an answer that cannot go into the file: bad id or theme, unknown agency."""
    if not ID_PATTERN.match(answers.id):
        raise UsageError(
            msg(
                "The id {id!r} may hold only letters, digits, '-', '.' and '_', like 1-6",
                id=answers.id,
            )
        )
    if answers.id in taken_ids(project):
        raise UsageError(
            msg(
                "The id {id!r} is already used; the next free one in theme {theme} is {free}",
                id=answers.id,
                theme=answers.theme,
                free=next_id(project, answers.theme),
            )
        )
    themes = [theme.id for theme in project.plan.themes]
    if answers.theme not in themes:
        raise UsageError(
            msg(
                "Unknown theme {theme!r}; the themes of plan.yaml are: {known}",
                theme=answers.theme,
                known=", ".join(themes),
            )
        )


def commitment_data(project: Project, answers: Answers) -> dict[str, Any]:
    """The answers as the data of a commitment file, agency names as the registry writes them."""
    check_answers(project, answers)
    registry, plan = project.registry, project.plan
    start = canonical_date(answers.start, plan, "--start") or plan.period.start.canonical(
        plan.date_style
    )
    end = canonical_date(answers.end, plan, "--end") or plan.period.end.canonical(plan.date_style)
    milestone = {
        "indicator": answers.milestone.strip() or None,
        "start": canonical_date(answers.milestone_start, plan, "--milestone-start") or None,
        "end": canonical_date(answers.milestone_end, plan, "--milestone-end") or None,
    }
    return {
        "id": answers.id,
        "title": answers.title.strip() or None,
        "theme": answers.theme,
        "period": {"start": start, "end": end},
        "lead_agencies": [resolve_agency(registry, n) for n in answers.lead_agencies if n.strip()],
        "supporting_agencies": [
            resolve_agency(registry, n) for n in answers.supporting_agencies if n.strip()
        ],
        "milestones": [milestone],
        "contact": {
            "name": answers.contact_name.strip() or None,
            "title": answers.contact_title.strip() or None,
            "department": answers.contact_department.strip() or None,
            "email": answers.contact_email.strip() or None,
            "phone": answers.contact_phone.strip() or None,
        },
    }


def file_name(commitment_id: str, slug: str | None) -> str:
    if slug is None:
        return f"{commitment_id}.yaml"
    if not SLUG_PATTERN.match(slug):
        raise UsageError(
            msg(
                "The slug {slug!r} may hold only lower-case letters, digits and single '-', like open-data",
                slug=slug,
            )
        )
    return f"{commitment_id}-{slug}.yaml"


def write_new(folder: Path, name: str, text: str) -> Path:
    """Create `folder/name`; UsageError (never a replacement) if it exists."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    try:
        create_text(path, text)
    except FileExistsError:
        raise UsageError(
            msg(
                "{path} already exists and is left as it is; choose another id, or edit that file",
                path=str(path),
            )
        ) from None
    return path


def create_commitment(project: Project, answers: Answers, slug: str | None = None) -> Path:
    data = commitment_data(project, answers)
    name = file_name(answers.id, slug)
    return write_new(project.root / COMMITMENTS_DIR, name, commitment_yaml(with_placeholders(data)))


def late_notice(plan: Plan, today: date) -> Message | None:
    """What to tell whoever starts a file after the submission cutoff: it is late, and how the
    secretariat accepts it."""
    entry = cutoff_entry(plan)
    if entry is None:
        return None
    _, cutoff = entry
    if today <= cutoff.due.last_day:
        return None
    return msg(
        "The cutoff {cutoff} of {name} has passed, so this commitment is submitted late and validate reports it as an error. If the secretariat accepts it, record who accepted it, when and why in the file:\nlate_acceptance:\n  by: <the secretariat>\n  date: <the day it was accepted>\n  reason: <why>\n(If it was submitted on paper or by e-mail before the cutoff, write that day as 'submitted: <date>' instead.)",
        cutoff=ShownDate(cutoff.due.last_day, plan.date_style),
        name=ShownName(cutoff),
    )
