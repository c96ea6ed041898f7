"""Inline suppression comments in a commitment file.

`# ogpkit: disable=rule-id[,rule-id]` silences those rules on its own line and on the line
below it (so it may stand above the line it is about); `# ogpkit: disable-file=rule-id`
silences them in the whole file. `all` stands for every rule. An unknown rule id is an
error at the comment, with a did-you-mean. The same words inside a text (a literal block) are
text, not a comment.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from typing import Any

from ogpkit.report.message import msg
from ogpkit.report.problem import Level, Problem
from ogpkit.report.suggest import closest
from ogpkit.source.document import Document
from ogpkit.source.lines import split_lines

MARKER = "ogpkit:"
RULE_ID = "lint-suppression"
ALL = "all"
_COMMENT = re.compile(r"#\s*ogpkit:\s*(disable|disable-file)\s*=\s*([A-Za-z0-9_,\s-]+)")


@dataclass
class Suppressions:
    lines: dict[int, set[str]] = field(default_factory=dict)
    whole_file: set[str] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)

    def hides(self, problem: Problem) -> bool:
        rules = {problem.rule, ALL}
        if rules & self.whole_file:
            return True
        here = self.lines.get(problem.line, set()) | self.lines.get(problem.line - 1, set())
        return bool(rules & here)


def read_suppressions(document: Document, known: Collection[str]) -> Suppressions:
    found = Suppressions()
    if MARKER not in document.text:
        return found
    texts = [text for text in _strings(document.data) if MARKER in text]
    for number, line in enumerate(split_lines(document.text), start=1):
        match = _COMMENT.search(line) if MARKER in line else None
        if match is None or any(match.group(0) in text for text in texts):
            continue
        kind, names = match.groups()
        for name in (n.strip() for n in names.split(",")):
            if not name:
                continue
            if name != ALL and name not in known:
                found.problems.append(_unknown(document, name, known, number, match.start() + 1))
            elif kind == "disable-file":
                found.whole_file.add(name)
            else:
                found.lines.setdefault(number, set()).add(name)
    return found


def _strings(data: Any) -> Iterator[str]:
    """Every text of the data: a comment-like line inside a text is not a comment."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)


def _unknown(
    document: Document, name: str, known: Collection[str], line: int, column: int
) -> Problem:
    suggestion = closest(name, known)
    message = (
        msg(
            "The comment disables an unknown rule {rule!r}; did you mean {suggestion!r}?",
            rule=name,
            suggestion=suggestion,
        )
        if suggestion
        else msg(
            "The comment disables an unknown rule {rule!r}; `ogpkit rules` lists the rules",
            rule=name,
        )
    )
    return Problem(document.name, line, column, Level.ERROR, RULE_ID, message)
