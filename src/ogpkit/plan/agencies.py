"""The registry of agency names: full names, short names and aliases of `plan.yaml`."""

from __future__ import annotations

from collections.abc import Iterable

from ogpkit.plan.model import Agency
from ogpkit.report.message import Message, msg
from ogpkit.report.suggest import closest


class AgencyRegistry:
    def __init__(self, agencies: Iterable[Agency]) -> None:
        self.agencies = tuple(agencies)
        self._by_name: dict[str, Agency] = {}
        for agency in self.agencies:
            for name in agency.names:
                self._by_name.setdefault(name.strip(), agency)

    def find(self, name: str) -> Agency | None:
        """The agency that `name` (full name, short name or alias) refers to."""
        return self._by_name.get(name.strip())

    def canonical(self, name: str) -> str | None:
        agency = self.find(name)
        return agency.name if agency else None

    def suggest(self, name: str) -> str | None:
        return closest(name.strip(), self._by_name)

    def unknown(self, name: str) -> Message:
        """The message for a name that is not in the registry, with a did-you-mean."""
        suggestion = self.suggest(name)
        if suggestion:
            return msg(
                "{name!r} is not in the agency registry of plan.yaml; did you mean {suggestion!r}?",
                name=name,
                suggestion=suggestion,
            )
        return msg(
            "{name!r} is not in the agency registry of plan.yaml; use an agency's full name, or ask the secretariat to add it",
            name=name,
        )

    def names(self) -> list[str]:
        return list(self._by_name)
