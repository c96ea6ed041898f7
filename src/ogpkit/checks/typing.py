"""The typing mistakes behind the problems of a file (`ogpkit.source.mistakes`).

A mistake can leave the YAML readable and still wrong: a list item indented one space more
than its sibling is read as part of the text above it, a full-width dash as text. Such a file
shows up as a problem somewhere (an unknown agency, a value that is not a list); the mistake
that caused it is reported at its own line too. Only files that already have an error are
scanned, so a correct plan costs nothing more.
"""

from __future__ import annotations

from collections.abc import Iterable

from ogpkit.plan.project import Project
from ogpkit.report.problem import Level, Problem


def typing_problems(project: Project, problems: Iterable[Problem]) -> list[Problem]:
    troubled = {problem.file for problem in problems if problem.level is Level.ERROR}
    if not troubled:
        return []
    from ogpkit.source.mistakes import scan  # loaded only for a plan with errors

    return [
        Problem(
            file.document.name, m.position.line, m.position.column, Level.ERROR, m.rule, m.message
        )
        for file in project.files
        if file.document.name in troubled and file.document.text
        for m in scan(file.document.text)
    ]
