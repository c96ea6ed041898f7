"""Building the co-creation rows (`records.py`) from the compiled plan in one language."""

from __future__ import annotations

import re

from ogpkit.outputs.cocreation.labels import (
    CHANNEL_KEYS,
    CONTRIBUTOR_KEYS,
    cocreation_labels,
)
from ogpkit.outputs.cocreation.records import (
    CoCreationView,
    ForumView,
    GroupView,
    InputRow,
    MeetingRow,
    MemberRow,
    ResolutionRow,
    RoundRow,
)
from ogpkit.plan.cocreation import Answered, CoCreation
from ogpkit.plan.consultation import NEW_COMMITMENT
from ogpkit.plan.dates import DateStyle, PlanDate
from ogpkit.plan.forum import Forum, Meeting

_ADDRESS = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)
_REPOSITORY_FILE = re.compile(r"^[\w\u4e00-\u9fff][\w\u4e00-\u9fff./-]*$")


def href(value: str | None, root_href: str) -> str | None:
    """A link target for `value`: an http(s) address as written, a repository file below
    `root_href` (the repository seen from the output folder); None for anything else."""
    if not value:
        return None
    if _ADDRESS.match(value):
        return value
    if _REPOSITORY_FILE.match(value) and ".." not in value.split("/"):
        return root_href + value
    return None


class _Words:
    def __init__(self, lang: str, style: DateStyle) -> None:
        self.lang, self.style = lang, style
        self.labels = cocreation_labels(lang)

    def date(self, value: PlanDate | None) -> str:
        return value.display(self.style, self.lang) if value else ""

    def sep(self) -> str:
        return ", " if self.lang == "en" else "、"


def _input_row(answered: Answered, words: _Words) -> InputRow:
    item, labels = answered.input, words.labels
    contributor = labels[CONTRIBUTOR_KEYS[item.contributor]]
    if answered.name:
        contributor += f" ({answered.name})" if words.lang == "en" else f"（{answered.name}）"
    response = item.response
    decision = response.decision if response else "pending"
    return InputRow(
        id=item.id,
        round=answered.round.title,
        received=words.date(item.received),
        contributor=contributor,
        text=item.text,
        decision=decision,
        decision_label=labels[decision],
        reason=response.reason if response else "",
        agency=response.agency if response else "",
        date=words.date(response.date) if response else "",
        adopted_in=tuple(response.adopted_in) if response else (),
    )


def _meeting(meeting: Meeting, words: _Words, root_href: str) -> MeetingRow:
    labels, sep = words.labels, words.sep()
    attendance = ""
    if meeting.attendance:
        attendance = sep.join(
            (
                f"{labels['government_sector']} {meeting.attendance.government}",
                f"{labels['civil_society_sector']} {meeting.attendance.civil_society}",
            )
        )
    resolutions = tuple(
        ResolutionRow(
            r.id,
            r.text,
            r.owner,
            words.date(r.due),
            r.status,
            labels[r.status],
            " ".join(
                part
                for part in (
                    r.closed_by.commitment if r.closed_by else None,
                    r.closed_by.commit[:10] if r.closed_by and r.closed_by.commit else None,
                    r.closed_by.link if r.closed_by else None,
                )
                if part
            ),
        )
        for r in meeting.resolutions
    )
    return MeetingRow(
        words.date(meeting.date),
        meeting.title,
        tuple(meeting.agenda),
        meeting.minutes,
        href(meeting.minutes, root_href),
        attendance,
        resolutions,
    )


def _forum(forum: Forum, words: _Words, root_href: str) -> ForumView:
    labels = words.labels
    return ForumView(
        forum.name,
        forum.rules,
        href(forum.rules, root_href),
        tuple(
            MemberRow(
                m.name,
                labels[f"{m.sector}_sector"],
                m.organisation or "",
                f"{words.date(m.term.start)} – {words.date(m.term.end)}" if m.term else "",
                m.co_chair,
            )
            for m in forum.members
        ),
        tuple(_meeting(meeting, words, root_href) for meeting in forum.meetings),
    )


def cocreation_view(
    record: CoCreation, lang: str, style: DateStyle, root_href: str = "../"
) -> CoCreationView:
    words = _Words(lang, style)
    labels = words.labels
    rounds = tuple(
        RoundRow(
            r.id,
            r.title,
            labels[CHANNEL_KEYS[r.channel]],
            words.date(r.start),
            words.date(r.end),
            r.link,
            href(r.link, root_href),
            counts,
        )
        for r, counts in record.rounds
    )
    groups = tuple(
        GroupView(
            group.key,
            labels["new_commitment"]
            if group.key == NEW_COMMITMENT
            else f"{group.key} {group.commitment.title}"
            if group.commitment
            else group.key,
            f"commitment-{group.key}" if group.commitment else None,
            tuple(_input_row(answered, words) for answered in group.inputs),
            group.tally,
        )
        for group in record.groups
    )
    forum = _forum(record.forum, words, root_href) if record.forum else None
    return CoCreationView(rounds, groups, record.total, forum)
