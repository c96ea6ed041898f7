"""The co-creation record as rows of text in one language (read-only data for every format).

Contributors appear by their kind; a name only where the round's `publish_names` is true.
`href` fields are safe to put in a link: an http(s) address, or a repository file relative
to the output folder; None for anything else (shown as text, never as a link).
"""

from __future__ import annotations

from dataclasses import dataclass

from ogpkit.plan.cocreation import Tally


@dataclass(frozen=True)
class RoundRow:
    id: str
    title: str
    channel: str
    start: str
    end: str
    link: str | None
    href: str | None
    tally: Tally


@dataclass(frozen=True)
class InputRow:
    id: str
    round: str
    received: str
    contributor: str
    text: str
    decision: str  # the key: adopted, …, or pending
    decision_label: str
    reason: str
    agency: str
    date: str
    adopted_in: tuple[str, ...]


@dataclass(frozen=True)
class GroupView:
    key: str
    heading: str
    anchor: str | None
    inputs: tuple[InputRow, ...]
    tally: Tally


@dataclass(frozen=True)
class MemberRow:
    name: str
    sector: str
    organisation: str
    term: str
    co_chair: bool


@dataclass(frozen=True)
class ResolutionRow:
    id: str
    text: str
    owner: str
    due: str
    status: str
    status_label: str
    closed_by: str


@dataclass(frozen=True)
class MeetingRow:
    date: str
    title: str
    agenda: tuple[str, ...]
    minutes: str | None
    minutes_href: str | None
    attendance: str
    resolutions: tuple[ResolutionRow, ...]


@dataclass(frozen=True)
class ForumView:
    name: str
    rules: str | None
    rules_href: str | None
    members: tuple[MemberRow, ...]
    meetings: tuple[MeetingRow, ...]


@dataclass(frozen=True)
class CoCreationView:
    rounds: tuple[RoundRow, ...]
    groups: tuple[GroupView, ...]
    total: Tally
    forum: ForumView | None

    @property
    def has_annex(self) -> bool:
        return bool(self.rounds)
