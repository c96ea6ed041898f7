"""What templates see: the records of the compiled plan in one language (read-only data).

`plan` in a template is a PlanView; `plan.themes` are ThemeViews whose `commitments` are
CommitmentViews; every date is already a string in the plan's `date_style`, every name in
the render language. Text fields are as the user wrote them (Markdown): pass them through
the `markdown` (HTML) or `md` (Markdown) filter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import overload

from ogpkit.outputs.cocreation.records import CoCreationView


class Ticking(Sequence["CommitmentView"]):
    """The commitments of a section; iterating over them reports progress, one a commitment."""

    def __init__(self, items: tuple[CommitmentView, ...], tick: Callable[[], None]) -> None:
        self._items = items
        self._tick = tick

    def __iter__(self) -> Iterator[CommitmentView]:
        for item in self._items:
            yield item
            self._tick()

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> CommitmentView: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[CommitmentView]: ...
    def __getitem__(self, index: int | slice) -> CommitmentView | Sequence[CommitmentView]:
        return self._items[index]


@dataclass(frozen=True)
class Entry:
    """A labelled piece of text: an OGP value, a line of additional information."""

    key: str
    label: str
    text: str


@dataclass(frozen=True)
class EvidenceView:
    """An evidence item of a progress update: its title, link (http(s) or a repository path)."""

    title: str
    url: str | None
    date: str | None


@dataclass(frozen=True)
class MilestoneView:
    indicator: str
    start: str
    end: str
    status: str
    status_label: str
    evidence: str | None
    last_update: str | None = None
    evidence_items: tuple[EvidenceView, ...] = ()
    withdrawn: str | None = None


@dataclass(frozen=True)
class RevisionView:
    """A commit that changed a commitment: its day, the labels of the fields it changed (none
    when it added the commitment) and the link to the comparison table."""

    date: str
    fields: tuple[str, ...]
    added: bool
    href: str | None


@dataclass(frozen=True)
class CommitmentView:
    id: str
    anchor: str
    title: str
    theme: str
    start: str
    end: str
    lead_agencies: tuple[str, ...]
    supporting_agencies: tuple[str, ...]
    problem: str
    commitment: str
    contribution: str
    ogp_values: tuple[Entry, ...]
    additional_info: tuple[Entry, ...]
    sdgs: tuple[str, ...]
    milestones: tuple[MilestoneView, ...]
    contact_name: str
    contact_title: str
    contact_reach: str
    government: tuple[str, ...]
    civil_society: tuple[str, ...]
    revisions: tuple[RevisionView, ...] = ()
    late: str | None = None  # who accepted a late submission, when and why


@dataclass(frozen=True)
class Reference:
    id: str
    title: str
    anchor: str


@dataclass(frozen=True)
class ThemeView:
    id: str
    anchor: str
    name: str
    description: str | None
    entries: tuple[Reference, ...]
    commitments: Sequence[CommitmentView]
    number: str = ""

    @property
    def heading(self) -> str:
        """The theme's display number and name (the id is never shown as a number)."""
        return f"{self.number} {self.name}" if self.number else self.name


@dataclass(frozen=True)
class AgencyView:
    name: str
    leads: tuple[Reference, ...]
    supports: tuple[Reference, ...]
    stands_for: str | None = None  # a group (各機關 …): what it stands for; never an agency


@dataclass(frozen=True)
class Count:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class PlanView:
    lang: str
    title: str
    subtitle: str | None
    start: str
    end: str
    timeline: tuple[Entry, ...]
    themes: tuple[ThemeView, ...]
    agencies: tuple[AgencyView, ...]
    by_theme: tuple[Count, ...]
    by_status: tuple[Count, ...]
    commitment_count: int
    milestone_count: int
    today: str
    labels: dict[str, str]
    untranslated: int = 0
    cocreation: CoCreationView | None = None
