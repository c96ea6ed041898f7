"""The plan manifest's own consistency: unique ids and names, one submission cutoff, an ordered
period. A plan.yaml that fails these cannot be used, so loading the project checks them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ogpkit.plan.model import Period, Plan
from ogpkit.report.message import Message, excerpt, msg
from ogpkit.report.problem import Problem
from ogpkit.source.document import Document
from ogpkit.source.yaml_reader import Path


def _duplicates(
    document: Document, items: Iterable[str], path: Path, what: Message
) -> Iterator[Problem]:
    seen: dict[str, int] = {}
    for index, value in enumerate(items):
        if value in seen:
            first = document.position((*path, seen[value]))
            yield document.problem(
                (*path, index),
                "plan-unique",
                msg(
                    "{what} {value!r} is listed twice; the first is on line {line}",
                    what=what,
                    value=excerpt(value),
                    line=first.line,
                ),
            )
        else:
            seen[value] = index


def check_plan(plan: Plan, document: Document) -> list[Problem]:
    """The manifest itself: unique ids and names, one submission cutoff, an ordered period."""
    problems = list(period_order(document, plan.period, ("period",)))
    problems += _duplicates(document, (t.id for t in plan.themes), ("themes",), msg("Theme"))
    problems += _duplicates(
        document, (t.id for t in plan.timeline), ("timeline",), msg("Timeline entry")
    )
    cutoffs = [i for i, entry in enumerate(plan.timeline) if entry.submission]
    problems += [
        document.problem(
            ("timeline", index, "submission"),
            "plan-submission",
            msg("Only one timeline entry may be the submission cutoff (submission: true)"),
        )
        for index in cutoffs[1:]
    ]
    owners: dict[str, int] = {}
    for index, agency in enumerate(plan.agencies):
        for name in dict.fromkeys(agency.names):
            if name in owners and owners[name] != index:
                problems.append(
                    document.problem(
                        ("agencies", index),
                        "plan-unique",
                        msg(
                            "The agency name {name!r} is used by two agencies of the registry",
                            name=name,
                        ),
                    )
                )
            owners.setdefault(name, index)
    return sorted(problems, key=lambda p: p.sort_key)


def period_order(document: Document, period: Period, path: Path) -> Iterator[Problem]:
    if period.end.last_day < period.start.first_day:
        yield document.problem(
            (*path, "end"),
            "period-order",
            msg(
                "The end {end} is before the start {start}",
                end=period.end.canonical(),
                start=period.start.canonical(),
            ),
        )
