"""The reasoned response: every public input answered in time, with a real reason.

Checks of `consultation/*.yaml` against the plan: the commitments an input names exist, an
adopted input says where it was adopted, personal names appear only where the round allows,
and no reason is a placeholder or one sentence pasted across many inputs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from ogpkit.checks.rules.template_placeholder import PLACEHOLDERS
from ogpkit.plan.consultation import NEW_COMMITMENT, Round, RoundFile
from ogpkit.plan.dates import DateFormatError, PlanDate, parse_date
from ogpkit.plan.model import Plan
from ogpkit.plan.project import PLAN_FILE, Project
from ogpkit.report.message import msg
from ogpkit.report.problem import Level, Problem
from ogpkit.source.document import Document

SAME_REASON_MAX = 3
ADOPTING = ("adopted", "partly_adopted")
_PLACEHOLDER = re.compile("|".join(PLACEHOLDERS), re.MULTILINE)
_SPACE = re.compile(r"[\s，。、；,.;]+")


def respond_by(
    plan: Plan, document: Document | None = None
) -> tuple[PlanDate | None, list[Problem]]:
    """The date by which every input needs a response: `consultation: respond_by` of plan.yaml
    (a date or a timeline id), else the `approval` entry of the timeline."""
    setting = plan.consultation.get("respond_by", "approval")
    entries = {entry.id: entry.due for entry in plan.timeline}
    if str(setting) in entries:
        return entries[str(setting)], []
    try:
        return parse_date(str(setting)), []
    except (DateFormatError, ValueError):
        if "respond_by" not in plan.consultation:
            return None, []
        message = msg(
            "consultation: respond_by is {value}, neither a date nor a timeline id",
            value=str(setting),
        )
        if document is None:
            return None, [Problem(PLAN_FILE, 1, 1, Level.ERROR, "consultation-settings", message)]
        return None, [
            document.problem(("consultation", "respond_by"), "consultation-settings", message)
        ]


def _same_reason_max(project: Project) -> tuple[int, list[Problem]]:
    """`consultation: same_reason_max` of plan.yaml, a whole number of at least 1 (default 3)."""
    value = project.plan.consultation.get("same_reason_max", SAME_REASON_MAX)
    text = str(value).strip()
    if not isinstance(value, bool) and text.isdigit() and int(text) >= 1:
        return int(text), []
    problem = project.plan_document.problem(
        ("consultation", "same_reason_max"),
        "consultation-settings",
        msg(
            "consultation: same_reason_max is {value}; write a whole number of at least 1, such as 3",
            value=text,
        ),
    )
    return SAME_REASON_MAX, [problem]


def check_consultation(project: Project, today: date) -> list[Problem]:
    problems = [p for file in project.rounds for p in file.problems]
    deadline, problems_of_settings = respond_by(project.plan, project.plan_document)
    problems += problems_of_settings
    known = {c.id for c in project.commitments} | {NEW_COMMITMENT}
    late = deadline is not None and today > deadline.last_day
    same_reason_max, problems_of_limit = _same_reason_max(project)
    problems += problems_of_limit
    reasons: dict[str, list[tuple[RoundFile, int]]] = defaultdict(list)
    seen_rounds: dict[str, str] = {}
    for file in project.rounds:
        model = file.model
        if model is None:
            continue
        if model.id in seen_rounds:
            problems.append(
                file.document.problem(
                    ("id",),
                    "consultation-id",
                    msg(
                        "Round id {id} is also used by {other}",
                        id=model.id,
                        other=seen_rounds[model.id],
                    ),
                )
            )
        seen_rounds.setdefault(model.id, file.document.name)
        problems += _check_round(file, model, known, deadline if late else None)
        for index, item in enumerate(model.inputs):
            if item.response is not None:
                reasons[_SPACE.sub("", item.response.reason)].append((file, index))
    for uses in reasons.values():
        if len(uses) > same_reason_max:
            for file, index in uses:
                problems.append(
                    file.document.problem(
                        ("inputs", index, "response", "reason"),
                        "consultation-boilerplate",
                        msg(
                            "The same reason answers {count} inputs; explain each decision in words that fit the input",
                            count=len(uses),
                        ),
                        Level.WARNING,
                    )
                )
    return problems


def _check_round(
    file: RoundFile, model: Round, known: set[str], overdue: PlanDate | None
) -> list[Problem]:
    document = file.document
    problems: list[Problem] = []
    ids: set[str] = set()
    for index, item in enumerate(model.inputs):
        here = ("inputs", index)
        if item.id in ids:
            problems.append(
                document.problem(
                    (*here, "id"),
                    "consultation-id",
                    msg("Input id {id} appears twice in this round", id=item.id),
                )
            )
        ids.add(item.id)
        if item.name is not None and not model.publish_names:
            problems.append(
                document.problem(
                    (*here, "name"),
                    "consultation-name",
                    msg(
                        "This round does not allow contributors' names to be published (publish_names: true); remove the name"
                    ),
                )
            )
        for position, concern in enumerate(item.concerns):
            if concern not in known:
                problems.append(
                    document.problem(
                        (*here, "concerns", position),
                        "consultation-commitment",
                        msg(
                            "No commitment has the id {id}; write a commitment id, or new for a proposed commitment",
                            id=concern,
                        ),
                    )
                )
        response = item.response
        if response is None:
            if overdue is not None:
                problems.append(
                    document.problem(
                        (*here, "id"),
                        "consultation-response",
                        msg(
                            "Input {id} has no response, due by {date}; add response: with the decision, the reason, the agency and the date",
                            id=item.id,
                            date=overdue.canonical(),
                        ),
                    )
                )
            continue
        if _PLACEHOLDER.search(response.reason):
            problems.append(
                document.problem(
                    (*here, "response", "reason"),
                    "consultation-reason",
                    msg(
                        "The reason is a placeholder; explain the decision to the person who wrote the input"
                    ),
                )
            )
        if response.decision in ADOPTING and not response.adopted_in:
            problems.append(
                document.problem(
                    (*here, "response", "decision"),
                    "consultation-adopted-in",
                    msg(
                        "An adopted input names where it was adopted: add adopted_in: with the commitment ids"
                    ),
                )
            )
        for position, target in enumerate(response.adopted_in):
            if target not in known or target == NEW_COMMITMENT:
                problems.append(
                    document.problem(
                        (*here, "response", "adopted_in", position),
                        "consultation-commitment",
                        msg("No commitment has the id {id}", id=target),
                    )
                )
    return problems
