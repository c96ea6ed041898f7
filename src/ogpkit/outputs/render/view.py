"""Building the records that templates see (`records.py`) from the compiled plan.

Dates are spelled in the plan's `date_style`, agencies by their full names, labels in the
render language. Text fields stay as the user wrote them; the templates pass them through
the `markdown`/`md` filters, never through the template engine.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date

from ogpkit.outputs.cocreation.labels import cocreation_labels
from ogpkit.outputs.cocreation.view import cocreation_view
from ogpkit.outputs.render.labels import labels_for
from ogpkit.outputs.render.records import (
    AgencyView,
    CommitmentView,
    Count,
    Entry,
    EvidenceView,
    MilestoneView,
    PlanView,
    Reference,
    RevisionView,
    ThemeView,
    Ticking,
)
from ogpkit.plan.agencies import AgencyRegistry
from ogpkit.plan.compiled import CompiledPlan
from ogpkit.plan.dates import PlanDate
from ogpkit.plan.model import OGP_VALUES, Agency, Commitment, Milestone, Plan, Theme
from ogpkit.plan.reporting import ordered_updates

ADDITIONAL_FIELDS = (
    "budget",
    "related_programs",
    "national_plans",
    "anti_corruption_strategy",
    "other",
)


class Namer:
    """Names in the render language, dates in the plan's style."""

    def __init__(self, plan: Plan, registry: AgencyRegistry, lang: str) -> None:
        self.plan, self.registry, self.lang = plan, registry, lang

    def date(self, value: PlanDate) -> str:
        return value.display(self.plan.date_style, self.lang)

    def theme(self, theme: Theme) -> str:
        return theme.name_en if self.lang == "en" and theme.name_en else theme.name

    def agency(self, name: str) -> str:
        return self.registry.shown(name, self.lang)

    def agency_name(self, agency: Agency) -> str:
        return agency.name_en if self.lang == "en" and agency.name_en else agency.name


def anchor(kind: str, identifier: str) -> str:
    return f"{kind}-{identifier}"


def commitment_view(
    commitment: Commitment,
    namer: Namer,
    theme: str,
    revisions: tuple[RevisionView, ...] = (),
) -> CommitmentView:
    labels = labels_for(namer.lang)
    period = commitment.effective_period(namer.plan)
    values = commitment.ogp_values
    info = commitment.additional_info
    contact = commitment.contact
    actors = commitment.other_actors
    return CommitmentView(
        id=commitment.id,
        anchor=anchor("commitment", commitment.id),
        title=commitment.title,
        theme=theme,
        start=namer.date(period.start),
        end=namer.date(period.end),
        lead_agencies=tuple(namer.agency(n) for n in commitment.lead_agencies),
        supporting_agencies=tuple(namer.agency(n) for n in commitment.supporting_agencies),
        problem=commitment.problem,
        commitment=commitment.commitment,
        contribution=commitment.contribution,
        ogp_values=tuple(
            Entry(key, labels[key], text)
            for key in OGP_VALUES
            if (text := getattr(values, key)) is not None
        ),
        additional_info=tuple(
            Entry(key, labels[key], text)
            for key in ADDITIONAL_FIELDS
            if info is not None and (text := getattr(info, key)) is not None
        ),
        sdgs=tuple(info.sdgs) if info else (),
        milestones=tuple(milestone_view(m, namer, labels) for m in commitment.milestones),
        contact_name=contact.name,
        contact_title=" ".join(t for t in (contact.title, contact.department) if t),
        contact_reach=" ".join(t for t in (contact.email, contact.phone) if t),
        government=tuple(actors.government) if actors else (),
        civil_society=tuple(actors.civil_society) if actors else (),
        revisions=revisions,
        late=None
        if (accepted := commitment.late_acceptance) is None
        else labels["late_text"].format(
            date=namer.date(accepted.date), by=accepted.by, reason=accepted.reason
        ),
    )


def plan_view(
    compiled: CompiledPlan,
    registry: AgencyRegistry,
    lang: str,
    today: date,
    tick: Callable[[], None] = lambda: None,
    root_href: str = "../",
    revisions: Mapping[str, tuple[RevisionView, ...]] | None = None,
) -> PlanView:
    """`root_href` is the plan repository seen from the output folder (links to minutes);
    `revisions` each commitment's revision history by its id (none by default)."""
    plan = compiled.plan
    namer = Namer(plan, registry, lang)
    labels = {**labels_for(lang), **cocreation_labels(lang)}
    record = compiled.cocreation

    def references(commitments: tuple[Commitment, ...]) -> tuple[Reference, ...]:
        return tuple(Reference(c.id, c.title, anchor("commitment", c.id)) for c in commitments)

    def theme_view(theme: Theme, commitments: tuple[Commitment, ...]) -> ThemeView:
        shown = ThemeView(
            theme.id,
            anchor("theme", theme.id),
            namer.theme(theme),
            theme.description,
            references(commitments),
            (),
            number=plan.theme_number(theme.id),
        )
        views = (
            commitment_view(c, namer, shown.heading, (revisions or {}).get(c.id, ()))
            for c in commitments
        )
        return replace(shown, commitments=Ticking(tuple(views), tick))

    themes = tuple(theme_view(s.theme, s.commitments) for s in compiled.sections)

    english = lang == "en"
    return PlanView(
        lang=lang,
        title=plan.title_en if english and plan.title_en else plan.title,
        subtitle=plan.title if english and plan.title_en else plan.title_en,
        start=namer.date(plan.period.start),
        end=namer.date(plan.period.end),
        timeline=tuple(
            Entry(t.id, t.name_en if english and t.name_en else t.name, namer.date(t.due))
            for t in plan.timeline
        ),
        themes=themes,
        agencies=(
            *(
                AgencyView(namer.agency_name(e.agency), references(e.leads), references(e.supports))
                for e in compiled.agencies
            ),
            *(
                AgencyView(
                    g.group.name_en if english and g.group.name_en else g.group.name,
                    references(g.leads),
                    references(g.supports),
                    g.group.stands_for_en
                    if english and g.group.stands_for_en
                    else g.group.stands_for,
                )
                for g in compiled.groups
            ),
        ),
        by_theme=tuple(Count(t.id, t.heading, len(t.commitments)) for t in themes),
        by_status=tuple(
            Count(status, labels[status], count)
            for status, count in compiled.milestones_by_status.items()
        ),
        commitment_count=sum(len(t.commitments) for t in themes),
        milestone_count=sum(compiled.milestones_by_status.values()),
        today=namer.date(PlanDate.from_date(today)),
        labels=labels,
        cocreation=None
        if record.empty
        else cocreation_view(record, lang, plan.date_style, root_href),
    )


def milestone_view(m: Milestone, namer: Namer, labels: dict[str, str]) -> MilestoneView:
    """A milestone with its current status, the date of its last update and every evidence
    item of its updates."""
    updates = ordered_updates(m)
    return MilestoneView(
        m.indicator,
        namer.date(m.start),
        namer.date(m.end),
        m.status,
        labels[m.status],
        m.evidence,
        last_update=namer.date(updates[-1].date) if updates else None,
        evidence_items=tuple(
            EvidenceView(e.title, e.url, namer.date(e.date) if e.date else None)
            for u in updates
            for e in u.evidence
        ),
        withdrawn=None
        if m.withdrawn is None
        else f"{namer.date(m.withdrawn.date)} {m.withdrawn.reason}",
    )
