"""progress.csv: the milestones' progress history as open data, a companion of plan.csv.

plan.csv has one row a commitment; progress.csv has one row a progress update: the
commitment, the milestone's number (from 1, as the rendered tables number them), its
responsible agencies, the update's date (ISO 8601) and status, what was done, and its
evidence (titles and links, one line an item, in the same order). Every update the files
hold, as plan.json carries them; every cell passes plan.csv's formula-safe writer.
"""

from __future__ import annotations

import io

from ogpkit.outputs.render.opendata import SafeWriter
from ogpkit.plan.agencies import AgencyRegistry
from ogpkit.plan.compiled import CompiledPlan
from ogpkit.plan.reporting import agencies_of

CSV_COLUMNS = (
    "commitment_id",
    "milestone",
    "agency",
    "date",
    "status",
    "done",
    "evidence_titles",
    "evidence_urls",
)


def progress_csv(compiled: CompiledPlan, registry: AgencyRegistry, lang: str) -> bytes | None:
    """UTF-8 with a byte-order mark, CRLF rows, as plan.csv; None when no milestone has an
    update yet (a plan before its implementation years)."""
    stream = io.StringIO()
    writer = SafeWriter(stream)
    writer.writerow(CSV_COLUMNS)
    rows = 0
    for commitment in compiled.commitments:
        for number, milestone in enumerate(commitment.milestones, start=1):
            agencies = "; ".join(
                registry.shown(name, lang) for name in agencies_of(milestone, commitment)
            )
            for update in milestone.updates:
                writer.writerow(
                    (
                        commitment.id,
                        number,
                        agencies,
                        update.date.iso(),
                        update.status,
                        update.done or "",
                        "\n".join(e.title for e in update.evidence),
                        "\n".join(e.url or "" for e in update.evidence),
                    )
                )
                rows += 1
    return ("\ufeff" + stream.getvalue()).encode("utf-8") if rows else None
