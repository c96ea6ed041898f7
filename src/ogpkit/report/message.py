"""Messages that are translated when they are shown, not when they are made.

`msg("Unknown theme {theme!r}", theme=...)` marks a message for extraction (Babel's
keyword `msg`) and keeps its arguments, so one problem can be shown in any language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from ogpkit.report.i18n import gettext_for


class Localizable(Protocol):
    """An argument that knows how to show itself in a language (a field label, a date)."""

    def localize(self, lang: str) -> str: ...


Arg = str | int | float | Localizable


@dataclass(frozen=True)
class Message:
    msgid: str
    args: tuple[tuple[str, Arg], ...] = ()

    def localize(self, lang: str) -> str:
        return translate(self, lang)

    def __str__(self) -> str:
        return self.localize("en")


def msg(msgid: str, **args: Arg) -> Message:
    return Message(msgid, tuple(sorted(args.items())))


def translate(message: Message, lang: str) -> str:
    """The message in `lang`, with its arguments localized too; the English text when the
    translation does not fit its arguments."""
    text = gettext_for(lang).gettext(message.msgid)
    args = {
        name: value.localize(lang) if hasattr(value, "localize") else value
        for name, value in message.args
    }
    try:
        return text.format(**args)
    except (KeyError, IndexError, ValueError):
        return message.msgid.format(**args)


EXCERPT_LENGTH = 40


def excerpt(value: object, limit: int = EXCERPT_LENGTH) -> str:
    """A value as a message may quote it: at most `limit` characters, control characters
    escaped, so that a long or hostile value never reaches a public CI log whole."""
    text = str(value)
    shown = "".join(
        c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in text[:limit]
    )
    return shown + ("…" if len(text) > limit else "")


@dataclass(frozen=True)
class Listing:
    """Names that ogpkit lists itself (file names, rule ids, the choices of a field, a
    folder): kept whole by `quoted`, which caps the text a message quotes from a file."""

    names: tuple[str, ...]

    def localize(self, lang: str) -> str:
        return ", ".join(self.names)


def listing(names: Iterable[str], more: int = 0) -> Listing:
    return Listing(tuple(names) + ((f"(+{more})",) if more > 0 else ()))


def quoted(message: Message) -> Message:
    """`message` with every text argument cut to an excerpt: what a problem quotes from a
    file reaches CI logs and pull-request comments, so no check can echo a long or hostile
    value whole. Localizable arguments (field labels, dates, listings) are ogpkit's own."""
    return Message(
        message.msgid,
        tuple((name, _quoted_arg(value)) for name, value in message.args),
    )


def _quoted_arg(value: Arg) -> Arg:
    if isinstance(value, str):
        return excerpt(value)
    return quoted(value) if isinstance(value, Message) else value
