"""The revision history of each commitment in the HTML plan, from the field history's one walk.

Each revision links to the comparison table that `ogpkit compare` writes next to the plan
(`compare.html`, in build/ by default like plan.html), at the commitment's anchor
`compare-<id>`: the table compares two revisions chosen when it is written, which render does
not know, so the link goes to the commitment rather than to a commit. The link is made only
when that compare.html is in the output folder and holds the anchor, so no link is broken.
Outside a Git checkout, or with a shallow or failed history, there are no revisions and the
HTML shows no section.
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

from ogpkit.history.compare import field_title
from ogpkit.history.field_history import read_field_history
from ogpkit.history.revisions import FileRevision
from ogpkit.outputs.compare.labels import field_label
from ogpkit.outputs.compare.text import anchor as compare_anchor
from ogpkit.outputs.render.records import RevisionView
from ogpkit.plan.clock import TAIPEI
from ogpkit.plan.dates import PlanDate
from ogpkit.plan.model import Plan
from ogpkit.plan.project import Project

COMPARE_PAGE = "compare.html"

Revisions = dict[str, tuple[FileRevision, ...]]
ANCHOR = re.compile(r'\bid="(compare-[^"]*)"')


def compare_anchors(folder: Path) -> frozenset[str]:
    """The commitment anchors of the compare.html in `folder`; none when there is none."""
    try:
        text = (folder / COMPARE_PAGE).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return frozenset()
    return frozenset(html.unescape(m) for m in ANCHOR.findall(text))


def read_revisions(project: Project) -> Revisions:
    """Each commitment's revisions, newest first, by its id."""
    history = read_field_history(project.root)
    out: Revisions = {}
    for file in project.files:
        record = history.of(file.document.path)
        if file.model is not None and record is not None and record.revisions:
            out[file.model.id] = tuple(reversed(record.revisions))
    return out


def day(when: datetime, plan: Plan, lang: str) -> str:
    """The Taipei day of a commit, in the plan's date style."""
    return PlanDate.from_date(when.astimezone(TAIPEI).date()).display(plan.date_style, lang)


def revision_views(
    revisions: tuple[FileRevision, ...],
    commitment_id: str,
    plan: Plan,
    lang: str,
    anchors: frozenset[str] = frozenset(),
) -> tuple[RevisionView, ...]:
    target = compare_anchor(commitment_id)
    href = f"{COMPARE_PAGE}#{quote(target)}" if target in anchors else None
    return tuple(
        RevisionView(
            day(r.when, plan, lang),
            tuple(field_label(k, field_title(k), lang) for k in r.fields),
            r.added,
            None if r.added else href,
        )
        for r in revisions
    )
