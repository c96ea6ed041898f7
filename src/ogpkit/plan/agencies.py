"""The registry of agency names: full names, short names and aliases of `plan.yaml`."""

from __future__ import annotations

from collections.abc import Iterable

from ogpkit.plan.model import Agency, AgencyGroup
from ogpkit.report.message import Message, msg
from ogpkit.report.suggest import closest


class AgencyRegistry:
    def __init__(self, agencies: Iterable[Agency], groups: Iterable[AgencyGroup] = ()) -> None:
        self.agencies = tuple(agencies)
        self.groups = tuple(groups)
        self._by_name: dict[str, Agency] = {}
        for agency in self.agencies:
            for name in agency.names:
                self._by_name.setdefault(name.strip(), agency)
        self._groups: dict[str, AgencyGroup] = {}
        for group in self.groups:
            for name in group.names:
                self._groups.setdefault(name.strip(), group)

    def group(self, name: str) -> AgencyGroup | None:
        """The group (各機關, 地方政府 …) that `name` refers to: not an agency, shown as written."""
        return None if name.strip() in self._by_name else self._groups.get(name.strip())

    def known(self, name: str) -> bool:
        """An agency or a group of plan.yaml: what a commitment may name as lead or support."""
        return self.find(name) is not None or self.group(name) is not None

    def find(self, name: str) -> Agency | None:
        """The agency that `name` (full name, short name or alias) refers to."""
        return self._by_name.get(name.strip())

    def shown(self, name: str, lang: str) -> str:
        """How every output prints `name`: an agency by its full name, a group by its name (in
        English outputs their English names, when they have one), anything else as written."""
        agency = self.find(name)
        if agency is not None:
            return agency.name_en if lang == "en" and agency.name_en else agency.name
        group = self.group(name)
        return group.name_en if group and lang == "en" and group.name_en else name

    def canonical(self, name: str) -> str | None:
        agency = self.find(name)
        return agency.name if agency else None

    def suggest(self, name: str) -> str | None:
        return closest(name.strip(), self._by_name)

    def unknown(self, name: str) -> Message:
        """The message for a name that is not in the registry, with a did-you-mean."""
        group = self.group(name)
        if group is not None:
            return msg(
                "{name!r} is a group of agencies ({stands_for}), not one agency; name the agency that is responsible here",
                name=name,
                stands_for=group.stands_for,
            )
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
