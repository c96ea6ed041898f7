"""The compiled plan: commitments grouped by theme, the agency index and summary counts.

What every output format (Markdown, HTML, open data, office documents) lays out; built once
from a validated project, in a stable order, so that the same input gives the same output.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ogpkit.plan.base import STATUSES
from ogpkit.plan.cocreation import CoCreation, Tally, cocreation
from ogpkit.plan.model import Agency, AgencyGroup, Commitment, Plan, Theme
from ogpkit.plan.project import Project


@dataclass(frozen=True)
class ThemeSection:
    theme: Theme
    commitments: tuple[Commitment, ...]


@dataclass(frozen=True)
class AgencyEntry:
    """An agency of the registry with the commitments it leads and supports (by full name)."""

    agency: Agency
    leads: tuple[Commitment, ...]
    supports: tuple[Commitment, ...]


@dataclass(frozen=True)
class GroupEntry:
    """A group of plan.yaml (各機關 …) with the commitments that name it: never an agency."""

    group: AgencyGroup
    leads: tuple[Commitment, ...]
    supports: tuple[Commitment, ...]


@dataclass(frozen=True)
class CompiledPlan:
    plan: Plan
    sections: tuple[ThemeSection, ...]
    agencies: tuple[AgencyEntry, ...]
    milestones_by_status: dict[str, int]
    cocreation: CoCreation = field(default_factory=lambda: CoCreation((), (), Tally(), None))
    groups: tuple[GroupEntry, ...] = ()

    @property
    def commitments(self) -> tuple[Commitment, ...]:
        return tuple(c for section in self.sections for c in section.commitments)


def _id_key(commitment: Commitment) -> tuple[tuple[int, str], ...]:
    """Natural order of ids: 1-2 before 1-10."""
    parts = commitment.id.replace(".", "-").replace("_", "-").split("-")
    return tuple((int(p), "") if p.isdigit() else (1 << 30, p) for p in parts)


def compile_plan(project: Project) -> CompiledPlan:
    plan = project.plan
    registry = project.registry
    commitments = sorted(project.commitments, key=_id_key)
    sections = tuple(
        ThemeSection(theme, tuple(c for c in commitments if c.theme == theme.id))
        for theme in plan.themes
    )
    entries = []
    for agency in plan.agencies:
        leads, supports = _named_by(commitments, registry.find, agency)
        if leads or supports:
            entries.append(AgencyEntry(agency, leads, supports))
    groups = []
    for group in plan.agency_groups:
        leads, supports = _named_by(commitments, registry.group, group)
        if leads or supports:
            groups.append(GroupEntry(group, leads, supports))
    statuses = Counter[str](m.status for c in commitments for m in c.milestones)
    return CompiledPlan(
        plan,
        sections,
        tuple(entries),
        {status: statuses.get(status, 0) for status in STATUSES},
        cocreation(
            (f.model for f in project.rounds if f.model is not None),
            commitments,
            project.forum.model if project.forum else None,
        ),
        tuple(groups),
    )


def _named_by(
    commitments: Sequence[Commitment], lookup: Callable[[str], object], target: object
) -> tuple[tuple[Commitment, ...], tuple[Commitment, ...]]:
    """The commitments that name `target` (an agency or a group, as `lookup` finds a name
    written in a file) as lead, and those that name it as support."""
    leads = tuple(c for c in commitments if any(lookup(n) is target for n in c.lead_agencies))
    supports = tuple(
        c for c in commitments if any(lookup(n) is target for n in c.supporting_agencies)
    )
    return leads, supports
