"""Checks of the plan's integrity: what the schema alone cannot see.

Each check is a function that returns problems; `checks.validate.PLAN_CHECKS` lists those that look at the
whole set of commitment files. All of them are errors: a plan that fails them is wrong.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from ogpkit.plan.agencies import AgencyRegistry
from ogpkit.plan.fields import FieldLabel
from ogpkit.plan.manifest import period_order
from ogpkit.plan.model import OGP_VALUES, Commitment, Period, Plan
from ogpkit.plan.project import CommitmentFile, Project
from ogpkit.report.message import Message, listing, msg
from ogpkit.report.problem import Problem
from ogpkit.report.suggest import closest
from ogpkit.source.document import Document
from ogpkit.source.yaml_reader import Path


def _inside(
    document: Document, inner: Period, outer: Period, path: Path, what: Message
) -> Iterator[Problem]:
    for key, day in (("start", inner.start), ("end", inner.end)):
        if day.first_day < outer.start.first_day or day.last_day > outer.end.last_day:
            yield document.problem(
                (*path, key),
                "period-inside",
                msg(
                    "{field} {date} lies outside the {what} {start} to {end}",
                    field=FieldLabel(Commitment, (*path, key)),
                    date=day.canonical(),
                    what=what,
                    start=outer.start.canonical(),
                    end=outer.end.canonical(),
                ),
            )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def check_references(document: Document, plan: Plan, registry: AgencyRegistry) -> list[Problem]:
    """The theme and the agencies a file names, read from its data even when other keys are
    wrong, so that one run reports them all."""
    data = document.data or {}
    problems: list[Problem] = []
    theme_ids = [theme.id for theme in plan.themes]
    theme = _text(data.get("theme"))
    if theme is not None and theme not in theme_ids:
        suggestion = closest(theme, theme_ids)
        problems.append(
            document.problem(
                ("theme",),
                "theme-known",
                msg(
                    "Unknown theme {theme!r}; did you mean {suggestion!r}?",
                    theme=theme,
                    suggestion=suggestion,
                )
                if suggestion
                else msg(
                    "Unknown theme {theme!r}; the themes of plan.yaml are: {known}",
                    theme=theme,
                    known=listing(theme_ids),
                ),
            )
        )
    for key in ("lead_agencies", "supporting_agencies"):
        names = data.get(key)
        for index, name in enumerate(names if isinstance(names, list) else ()):
            if isinstance(name, str) and not registry.known(name):
                problems.append(
                    document.problem((key, index), "agency-known", registry.unknown(name))
                )
    return problems


def check_commitment(commitment: Commitment, document: Document, plan: Plan) -> list[Problem]:
    """A well-formed commitment against the plan: dates inside periods, values, contact."""
    problems: list[Problem] = []
    period = commitment.effective_period(plan)
    if commitment.period is not None:
        problems += period_order(document, commitment.period, ("period",))
        problems += _inside(
            document, commitment.period, plan.period, ("period",), msg("plan period")
        )
    for index, milestone in enumerate(commitment.milestones):
        path = ("milestones", index)
        if milestone.end.last_day < milestone.start.first_day:
            problems += period_order(
                document, Period.model_construct(start=milestone.start, end=milestone.end), path
            )
        else:
            problems += _inside(
                document,
                Period.model_construct(start=milestone.start, end=milestone.end),
                period,
                path,
                msg("commitment period"),
            )
    if not any(getattr(commitment.ogp_values, value) for value in OGP_VALUES):
        problems.append(
            document.problem(
                ("ogp_values",),
                "ogp-values-present",
                msg(
                    "Explain at least one OGP value: transparency, participation or accountability"
                ),
            )
        )
    if not (commitment.contact.email or commitment.contact.phone):
        problems.append(
            document.problem(
                ("contact",),
                "contact-reachable",
                msg("The contact needs an email or a phone number"),
                key=True,
            )
        )
    return problems


def check_unique_ids(files: list[CommitmentFile]) -> list[Problem]:
    """Each id once in the whole plan; a clash names the other files."""
    groups: dict[str, list[CommitmentFile]] = {}
    for file in files:
        if file.model is not None:
            groups.setdefault(file.model.id, []).append(file)
    problems: list[Problem] = []
    for commitment_id, group in groups.items():
        for file in group if len(group) > 1 else ():
            others = listing(
                f"{other.document.name}:{other.document.position(('id',)).line}"
                for other in group
                if other is not file
            )
            problems.append(
                file.document.problem(
                    ("id",),
                    "id-unique",
                    msg(
                        "The id {id!r} is also used by {others}; give one of them another id",
                        id=commitment_id,
                        others=others,
                    ),
                )
            )
    return problems


def check_each_commitment(project: Project, today: date) -> list[Problem]:
    registry = project.registry
    problems: list[Problem] = []
    for file in project.files:
        problems += check_references(file.document, project.plan, registry)
        if file.model is not None:
            problems += check_commitment(file.model, file.document, project.plan)
    return problems


def check_ids(project: Project, today: date) -> list[Problem]:
    return check_unique_ids(project.files)
