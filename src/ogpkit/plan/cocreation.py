"""The co-creation record of a plan, without words: the consultation inputs grouped by the
commitment they concern, the figures per round and per commitment, and the forum.

What every output lays out beside the commitments (the reasoned-response annex, the forum's
record, consultation.csv). A module of its own because it joins three plan files (rounds,
forum, commitments) and belongs to no single one of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ogpkit.plan.consultation import NEW_COMMITMENT, Input, Round
from ogpkit.plan.forum import Forum
from ogpkit.plan.model import Commitment

OTHER_DECISIONS = ("already_covered", "out_of_scope")


@dataclass(frozen=True)
class Tally:
    """Inputs received and how they were decided; `pending` have no response yet."""

    received: int = 0
    adopted: int = 0
    partly_adopted: int = 0
    not_adopted: int = 0
    other: int = 0
    pending: int = 0


def tally(inputs: Iterable[Input]) -> Tally:
    counts = dict.fromkeys(("adopted", "partly_adopted", "not_adopted", "other", "pending"), 0)
    received = 0
    for item in inputs:
        received += 1
        decision = item.response.decision if item.response else "pending"
        counts["other" if decision in OTHER_DECISIONS else decision] += 1
    return Tally(received, **counts)


@dataclass(frozen=True)
class Answered:
    """An input with the round it came in."""

    round: Round
    input: Input

    @property
    def name(self) -> str | None:
        """The contributor's name, only where the round allows it to be published."""
        return self.input.name if self.round.publish_names else None


@dataclass(frozen=True)
class Group:
    """The inputs that concern one commitment (`commitment` is None for a new one)."""

    key: str
    commitment: Commitment | None
    inputs: tuple[Answered, ...]
    tally: Tally


@dataclass(frozen=True)
class CoCreation:
    rounds: tuple[tuple[Round, Tally], ...]
    groups: tuple[Group, ...]
    total: Tally
    forum: Forum | None

    @property
    def empty(self) -> bool:
        return not self.rounds and self.forum is None


def cocreation(
    rounds: Iterable[Round], commitments: Iterable[Commitment], forum: Forum | None
) -> CoCreation:
    """Groups in the plan's order of commitments, then proposals for new ones, then ids that
    name no commitment (validate reports those)."""
    rounds = tuple(rounds)
    by_key: dict[str, list[Answered]] = {}
    for round_ in rounds:
        for item in round_.inputs:
            for key in dict.fromkeys(item.concerns):
                by_key.setdefault(key, []).append(Answered(round_, item))
    known = {c.id: c for c in commitments}
    order = [key for key in known if key in by_key]
    order += [NEW_COMMITMENT] if NEW_COMMITMENT in by_key else []
    order += sorted(key for key in by_key if key not in known and key != NEW_COMMITMENT)
    groups = tuple(
        Group(
            key,
            known.get(key),
            tuple(by_key[key]),
            tally(answered.input for answered in by_key[key]),
        )
        for key in order
    )
    return CoCreation(
        tuple((r, tally(r.inputs)) for r in rounds),
        groups,
        tally(item for r in rounds for item in r.inputs),
        forum,
    )
