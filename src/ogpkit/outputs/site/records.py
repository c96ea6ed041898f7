"""What the site's templates see beyond render's views: links between pages, Git revisions.

Every href is relative (`root` leads from a page to its edition's folder, `top` to the site's
folder), so the site works from file://, from a sub-path and offline.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ogpkit.outputs.cocreation.records import GroupView
from ogpkit.outputs.render.records import CommitmentView, EvidenceView, Reference


@dataclass(frozen=True)
class Link:
    text: str
    href: str  # relative to the edition's folder


@dataclass(frozen=True)
class Revision:
    when: str
    commit: str
    subject: str
    action: str


@dataclass(frozen=True)
class StatusRow:
    """One theme's milestones by status, for the home page."""

    theme: Link
    counts: tuple[int, ...]
    total: int


@dataclass(frozen=True)
class UpdateRow:
    """One progress update of a milestone."""

    date: str
    status: str
    status_label: str
    done: str | None
    note: str | None
    evidence: tuple[EvidenceView, ...]  # linked by the template's `href`


@dataclass(frozen=True)
class CommitmentPage:
    view: CommitmentView
    theme: Link
    leads: tuple[Link, ...]
    supports: tuple[Link, ...]
    revisions: tuple[Revision, ...]
    history: tuple[tuple[UpdateRow, ...], ...] = ()  # a tuple of updates a milestone, in order
    inputs: GroupView | None = None  # the consultation inputs that concern the commitment


@dataclass(frozen=True)
class AgencyPage:
    slug: str | None  # None: a group (各機關 …), which has no page
    name: str
    leads: tuple[Reference, ...]
    supports: tuple[Reference, ...]
    stands_for: str | None = None  # a group: what it stands for


@dataclass(frozen=True)
class Download:
    file: str  # relative to the site's folder
    label: str
    size: int


@dataclass(frozen=True)
class Page:
    """One HTML file: its path inside the edition, its kind (the template), its title, data."""

    path: str
    kind: str
    title: str
    data: Mapping[str, object]

    @property
    def depth(self) -> int:
        return self.path.count("/")
