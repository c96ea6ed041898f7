"""A Markdown summary of problems, for a pull request's job summary (`$GITHUB_STEP_SUMMARY`).

Annotations are capped at ten a step; the summary lists every problem (up to a limit) in a
table with file, line, level, message and rule.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from itertools import groupby

from ogpkit.report.message import Message, msg, translate
from ogpkit.report.problem import Level, Problem

MAX_ROWS = 500


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell: no HTML, no pipes, no line breaks."""
    return (
        html.escape(text, quote=False)
        .replace("|", "\\|")
        .replace("\r", "")
        .replace("\n", "<br>")
        .replace("`", "'")
    )


def markdown_summary(problems: Sequence[Problem], lang: str, title: str = "ogpkit validate") -> str:
    def t(message: Message) -> str:
        return translate(message, lang)

    errors = sum(p.level is Level.ERROR for p in problems)
    warnings = len(problems) - errors
    lines = [f"### {cell(title)}", ""]
    if not problems:
        lines.append(t(msg("No problems found")))
        return "\n".join(lines) + "\n\n"
    files = len({p.file for p in problems})
    lines.append(
        t(
            msg(
                "{errors} error(s) and {warnings} warning(s) in {files} file(s)",
                errors=errors,
                warnings=warnings,
                files=files,
            )
        )
    )
    header = (msg("File"), msg("Line"), msg("Level"), msg("Message"), msg("Rule"))
    lines += ["", "| " + " | ".join(t(m) for m in header) + " |", "|---|---:|---|---|---|"]
    shown = list(problems[:MAX_ROWS])
    for file, group in groupby(shown, key=lambda p: p.file):
        for problem in group:
            level = t(msg("error")) if problem.level is Level.ERROR else t(msg("warning"))
            lines.append(
                f"| `{cell(file)}` | {problem.line} | {level} | {cell(translate(problem.message, lang))} | `{cell(problem.rule)}` |"
            )
    if len(problems) > MAX_ROWS:
        lines += [
            "",
            t(
                msg(
                    "… and {count} more; run ogpkit validate to see them all",
                    count=len(problems) - MAX_ROWS,
                )
            ),
        ]
    return "\n".join(lines) + "\n\n"
