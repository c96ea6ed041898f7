"""Counts of each completion level of a group of milestones, for the report's summaries."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ogpkit.plan.base import STATUSES


@dataclass(frozen=True)
class Tally:
    """Counts of each completion level (STATUSES order) of a group of milestones, and of the
    milestones of files that could not be read then (`unreported`, counted as not reported)."""

    name: str
    counts: tuple[int, ...]
    unreported: int = 0

    @property
    def total(self) -> int:
        return sum(self.counts) + self.unreported

    def share(self, index: int) -> float:
        return self.counts[index] / self.total if self.total else 0.0

    @property
    def unreported_share(self) -> float:
        return self.unreported / self.total if self.total else 0.0


def tally(name: str, statuses: list[str], unreported: int = 0) -> Tally:
    counts = Counter(statuses)
    return Tally(name, tuple(counts.get(s, 0) for s in STATUSES), unreported)
