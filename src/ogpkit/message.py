"""Messages that are translated when they are shown, not when they are made.

`msg("Unknown theme {theme!r}", theme=...)` marks a message for extraction (Babel's
keyword `msg`) and keeps its arguments, so one problem can be shown in any language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class Localizable(Protocol):
    """An argument that knows how to show itself in a language (a field label, a date)."""

    def localize(self, lang: str) -> str: ...


Arg = str | int | float | Localizable


@dataclass(frozen=True)
class Message:
    msgid: str
    args: tuple[tuple[str, Arg], ...] = ()

    def localize(self, lang: str) -> str:
        from ogpkit.i18n import translate

        return translate(self, lang)

    def __str__(self) -> str:
        return self.localize("en")


def msg(msgid: str, **args: Arg) -> Message:
    return Message(msgid, tuple(sorted(args.items())))
