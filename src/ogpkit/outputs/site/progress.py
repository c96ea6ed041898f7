"""A commitment's progress for its page: every update of each milestone, oldest first, with
its evidence (linked by the template's `href`, `repository.page_href`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ogpkit.outputs.render.records import EvidenceView
from ogpkit.outputs.site.records import UpdateRow
from ogpkit.plan.dates import DateStyle, PlanDate
from ogpkit.plan.model import Commitment
from ogpkit.plan.reporting import ordered_updates


def evidence_values(commitments: Iterable[Commitment]) -> Iterator[str | None]:
    """Every evidence link the updates name (the repository files among them are copied)."""
    for commitment in commitments:
        for milestone in commitment.milestones:
            for update in milestone.updates:
                yield from (e.url for e in update.evidence)


def milestone_history(
    commitment: Commitment,
    labels: dict[str, str],
    style: DateStyle,
    lang: str,
) -> tuple[tuple[UpdateRow, ...], ...]:
    def day(value: PlanDate | None) -> str | None:
        return value.display(style, lang) if value else None

    return tuple(
        tuple(
            UpdateRow(
                day(update.date) or "",
                update.status,
                labels[update.status],
                update.done,
                update.note,
                tuple(EvidenceView(e.title, e.url, day(e.date)) for e in update.evidence),
            )
            for update in ordered_updates(milestone)
        )
        for milestone in commitment.milestones
    )
