"""The YAML mistakes of someone who types Chinese with an input method, found where they are.

libyaml reports where it gave up, often a line after the mistake, in English. This module
reads the text line by line (outside block scalars) for the mistakes that input methods make:
a full-width colon after a key, full-width spaces or tabs in the indentation, no space after a
colon, a full-width dash or bullet starting a list item, list items indented unlike their
siblings, values that start with a YAML indicator, an unclosed quote. Each is a Mistake at its
own line and column, with a message that names the character and the fix, and a TextFix when
the repair is unambiguous (`ogpkit lint --fix` applies those through `ogpkit.fixes`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import astuple, dataclass
from typing import Any

from ogpkit.report.message import Message, msg
from ogpkit.source.lines import split_lines, split_lines_keepends

_KEY = r"[A-Za-z_][A-Za-z0-9_-]*"
_LEAD = re.compile(r"[ \t\u3000]*")
_ITEM = re.compile(r"-(?: +|$)")
_FULLWIDTH_COLON = re.compile(rf"({_KEY})[ \u3000]*：[ \u3000]*")
_NO_SPACE = re.compile(rf"({_KEY}):(?=[^\s/:])")
_KEY_VALUE = re.compile(rf"({_KEY}|\"[^\"]*\"|'[^']*'):(?: +|$)")
_BLOCK_HEADER = re.compile(r"(?:^|: +|- +)[|>][-+0-9]*\s*(?:#.*)?$")
_BULLETS = "－﹣‐—–•・‧∙"
_DASH_NO_SPACE = re.compile(r"-[^\s\-\d.]")
_INDICATORS = {"*": "alias", "@": "reserved", "`": "reserved"}


@dataclass(frozen=True)
class TextFix:
    """Replace `old`, found at a 1-based line and character column, with `new`."""

    line: int
    column: int
    old: str
    new: str


@dataclass(frozen=True)
class Position:
    """A 1-based line and column (characters)."""

    line: int
    column: int


PARSER_PLACE = Position(0, 0)


@dataclass(frozen=True)
class Mistake:
    rule: str
    message: Message
    position: Position
    fix: TextFix | None = None


def apply_fixes(text: str, fixes: Iterable[TextFix]) -> str:
    """`text` with each fix applied (at most one a line; later columns first)."""
    lines = split_lines_keepends(text)
    for fix in sorted(set(fixes), key=lambda f: (f.line, -f.column)):
        if fix.line > len(lines):
            continue
        line = lines[fix.line - 1]
        start = fix.column - 1
        if line[start : start + len(fix.old)] == fix.old:
            lines[fix.line - 1] = line[:start] + fix.new + line[start + len(fix.old) :]
    return "".join(lines)


@dataclass
class _Item:
    line: int
    indent: int
    scalar: bool


def scan(text: str, known_keys: frozenset[str] = frozenset()) -> list[Mistake]:
    """Every typing mistake of `text`, in order. A missing space after a colon gets a fix only
    after one of `known_keys` (elsewhere `a:b` may be text)."""
    return list(_scan(text, known_keys))


def _scan(text: str, known_keys: frozenset[str]) -> Iterator[Mistake]:
    block_parent: int | None = None
    last_item: _Item | None = None
    for number, raw in enumerate(split_lines(text), start=1):
        line = raw.rstrip("\r")
        lead = _LEAD.match(line).group()  # type: ignore[union-attr]
        rest = line[len(lead) :]
        spaces = len(line) - len(line.lstrip(" "))
        if block_parent is not None:
            if not rest.strip() or spaces > block_parent:
                continue
            block_parent = None
        if not rest or rest.startswith("#") or rest.startswith(("---", "...")):
            continue
        if "\u3000" in lead or "\t" in lead:
            yield _indent_mistake(number, lead)
        if _BLOCK_HEADER.search(rest):
            block_parent = len(lead)
        item = _ITEM.match(rest)
        body_column = len(lead) + (item.end() if item else 0)
        body = line[body_column:]
        if item:
            found = _sibling_mistake(number, len(lead), last_item)
            if found:
                yield found
            last_item = _Item(number, len(lead), not _KEY_VALUE.match(body))
        elif rest[0] in _BULLETS or _DASH_NO_SPACE.match(rest):
            yield _bullet_mistake(number, len(lead), rest[0])
            continue
        yield from _key_mistakes(number, body_column, body, known_keys)


def _indent_mistake(number: int, lead: str) -> Mistake:
    if "\u3000" in lead:
        column = lead.index("\u3000") + 1
        fixed = lead.replace("\u3000", "  ").replace("\t", "")
        return Mistake(
            "yaml-indent",
            msg(
                "A full-width space (the input method's 「　」) is used for indentation here; indent with half-width spaces only"
            ),
            Position(number, column),
            TextFix(number, 1, lead, fixed) if "\t" not in lead else None,
        )
    return Mistake(
        "yaml-indent",
        msg("A tab character is used for indentation here; indent with spaces only"),
        Position(number, lead.index("\t") + 1),
    )


def _sibling_mistake(number: int, indent: int, last: _Item | None) -> Mistake | None:
    if last is None or last.indent == indent or not last.scalar or last.line != number - 1:
        return None
    return Mistake(
        "yaml-list-indent",
        msg(
            "This list item is indented by {spaces} spaces, but the item above it on line {line} by {other}; start the items of one list in the same column",
            spaces=indent,
            line=last.line,
            other=last.indent,
        ),
        Position(number, indent + 1),
    )


def _bullet_mistake(number: int, indent: int, bullet: str) -> Mistake:
    if bullet == "-":
        return Mistake(
            "yaml-list-marker",
            msg("A list item needs a space after '-', like '- 法務部'"),
            Position(number, indent + 1),
        )
    return Mistake(
        "yaml-list-marker",
        msg(
            "The list item starts with {char!r}, a full-width dash or bullet; a YAML list item starts with a half-width '-' and a space, like '- 法務部'",
            char=bullet,
        ),
        Position(number, indent + 1),
    )


def _key_mistakes(
    number: int, column: int, body: str, known_keys: frozenset[str]
) -> Iterator[Mistake]:
    colon = _FULLWIDTH_COLON.match(body)
    if colon and not _KEY_VALUE.match(body):
        where = column + body.index("：", len(colon.group(1))) + 1
        key = colon.group(1)
        yield Mistake(
            "yaml-colon",
            msg(
                "The key {key} is followed by a full-width colon '：'; after a key write a half-width colon and a space, like '{key}: '",
                key=key,
            ),
            Position(number, where),
            TextFix(number, column + 1, colon.group(), key + ": "),
        )
        return
    bare = _NO_SPACE.match(body)
    if bare and not _KEY_VALUE.match(body) and ": " not in body:
        key = bare.group(1)
        fix = TextFix(number, column + 1, key + ":", key + ": ") if key in known_keys else None
        yield Mistake(
            "yaml-colon",
            msg(
                "There is no space after the colon of the key {key}; write '{key}: ' with a space before the value",
                key=key,
            ),
            Position(number, column + len(key) + 1),
            fix,
        )
        return
    pair = _KEY_VALUE.match(body)
    value = body[pair.end() :] if pair else body
    offset = column + (pair.end() if pair else 0)
    if value[:1] in _INDICATORS:
        yield _indicator_mistake(number, offset + 1, value[0])


def _indicator_mistake(number: int, column: int, char: str) -> Mistake:
    if _INDICATORS[char] == "alias":
        message = msg(
            "A value cannot start with '*': YAML reads it as a reference to an anchor. Put the whole value in quotes, like \"*重要*\""
        )
    else:
        message = msg(
            "A value cannot start with {char!r} in YAML; put the whole value in quotes",
            char=char,
        )
    return Mistake("yaml-quote", message, Position(number, column))


def explain(text: str, error: Any) -> Mistake | None:
    """The typing mistake behind libyaml's `error`, at its own place; None when it is not one."""
    mark = getattr(error, "problem_mark", None)
    last_line = mark.line + 1 if mark is not None else len(split_lines(text))
    found = [m for m in _scan(text, frozenset()) if m.position.line <= last_line]
    found += _open_quotes(text, last_line)
    if found:
        return min(found, key=lambda m: astuple(m.position))
    context = str(getattr(error, "context", "") or "")
    start = getattr(error, "context_mark", None)
    problem = str(getattr(error, "problem", "") or "")
    if "quoted scalar" in context and start is not None and "end of stream" in problem:
        return _unclosed(start.line + 1, start.column + 1)
    if mark is not None and "expected key" in problem:
        found_item = _list_indent_from(text, mark.line + 1)
        if found_item is not None:
            return found_item
    return _in_words(text, problem, mark or start)


_LEFT_TO_THE_READER = ("nesting depth", "mapping values are not allowed", "expected ':'", "\t")


def _in_words(text: str, problem: str, mark: Any) -> Mistake | None:
    """libyaml's other complaints, in ogpkit's words; where they are is the reader's to say
    (at PARSER_PLACE)."""
    if mark is None or any(part in problem for part in _LEFT_TO_THE_READER):
        return None
    if "expected key" in problem or "block end" in problem:
        message = msg(
            "This line is indented unlike the lines above it; line it up with the keys it belongs to"
        )
    elif "'-' indicator" in problem or "sequence entries are not allowed" in problem:
        message = msg(
            "This line does not line up with the list around it; start each item with '- ' in the same column"
        )
    elif "',' or ']'" in problem or "',' or '}'" in problem:
        message = msg(
            "A list or mapping in brackets is not closed before this point; close it, or put text that starts with a bracket in quotes"
        )
    elif "escape" in problem:
        message = msg(
            "In double quotes a backslash starts an escape; write the text in single quotes, or the backslash twice"
        )
    elif "end of stream" in problem or "node content" in problem:
        message = msg("The file ends, or a value breaks off, before the value is complete")
    else:
        message = msg(
            "The YAML cannot be read here; check this line and the one above it for a character that does not belong, or put the value in quotes"
        )
    return Mistake("yaml-syntax", message, PARSER_PLACE)


_QUOTED_VALUE = re.compile(rf" *(?:- +)?(?:{_KEY}: +)?([\"'])")


def _open_quotes(text: str, last_line: int) -> list[Mistake]:
    """Quoted values that do not close on their own line, above a syntax error: legal YAML,
    but here the quote that closes them is another value's."""
    found: list[Mistake] = []
    for number, line in enumerate(split_lines(text)[: last_line - 1], start=1):
        start = _QUOTED_VALUE.match(line)
        if start is None:
            continue
        quote = start.group(1)
        rest = line[start.end() :].replace("\\\\", "").replace('\\"', "")
        if quote not in rest.replace("''", ""):
            found.append(_unclosed(number, start.end()))
    return found


def _unclosed(number: int, column: int) -> Mistake:
    return Mistake(
        "yaml-quote",
        msg(
            "The quote that starts here is never closed; add the closing quote at the end of the value, or remove this one"
        ),
        Position(number, column),
    )


def _list_indent_from(text: str, number: int) -> Mistake | None:
    lines = split_lines(text)
    line = lines[number - 1] if number <= len(lines) else ""
    indent = len(line) - len(line.lstrip(" "))
    if not _ITEM.match(line[indent:]):
        return None
    for above in range(number - 1, 0, -1):
        other = lines[above - 1]
        other_indent = len(other) - len(other.lstrip(" "))
        if _ITEM.match(other[other_indent:]) and other_indent != indent:
            return Mistake(
                "yaml-list-indent",
                msg(
                    "This list item is indented by {spaces} spaces, but the item above it on line {line} by {other}; start the items of one list in the same column",
                    spaces=indent,
                    line=above,
                    other=other_indent,
                ),
                Position(number, indent + 1),
            )
    return None
