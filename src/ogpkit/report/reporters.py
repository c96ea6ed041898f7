"""Output formats of problems: text, json, github, sarif. Each writes to the stream it is given."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator, Sequence
from itertools import groupby
from typing import Any, TextIO

import ogpkit
from ogpkit.report.links import LINT_RULES, RULE_DOCS, rule_url
from ogpkit.report.message import translate
from ogpkit.report.problem import Level, Problem
from ogpkit.report.streams import is_unicode

Reporter = Callable[[Sequence[Problem], TextIO, str], None]
_INFO_URI = RULE_DOCS + "README.md"


def summary_counts(problems: Sequence[Problem]) -> dict[str, int]:
    return {
        "errors": sum(p.level is Level.ERROR for p in problems),
        "warnings": sum(p.level is Level.WARNING for p in problems),
        "files": len({p.file for p in problems}),
    }


_LEVEL_WORDS = {
    Level.ERROR: ("錯誤", "error"),
    Level.WARNING: ("警告", "warning"),
    Level.NOTICE: ("附註", "notice"),
}
_LEVEL_STYLES = {Level.ERROR: "bold red", Level.WARNING: "yellow", Level.NOTICE: "cyan"}
_SARIF_LEVELS = {Level.ERROR: "error", Level.WARNING: "warning", Level.NOTICE: "note"}


def _text_lines(problems: Sequence[Problem], lang: str) -> Iterator[list[tuple[str, str]]]:
    """The lines of the text report, each a list of (text, rich style) pieces."""
    for file, group in groupby(problems, key=lambda p: p.file):
        yield [(file, "bold underline")]
        for problem in group:
            word = _LEVEL_WORDS[problem.level][1 if lang == "en" else 0]
            yield [
                (f"  {problem.line}:{problem.column}".ljust(10), ""),
                (word.ljust(8), _LEVEL_STYLES[problem.level]),
                (translate(problem.message, lang), ""),
                (f"  ({problem.rule})", "dim"),
            ]
        yield []
    counts = summary_counts(problems)
    if not problems:
        text = "No problems found" if lang == "en" else "沒有發現問題"
    elif lang == "en":
        text = f"{counts['errors']} error(s), {counts['warnings']} warning(s) in {counts['files']} file(s)"
    else:
        text = (
            f"共 {counts['files']} 個檔案有 {counts['errors']} 個錯誤、{counts['warnings']} 個警告"
        )
    documented = sorted({p.rule for p in problems} & LINT_RULES)
    if documented:
        yield [("Rule documentation:" if lang == "en" else "規則說明：", "")]
        for rule in documented:
            yield [(f"  {rule}  ", ""), (rule_url(rule), "dim")]
        yield []
    yield [(text, "bold")]


def report_text(problems: Sequence[Problem], stream: TextIO, lang: str) -> None:
    """Grouped by file: `L:C  level  message  (rule)`; colour only on a terminal without NO_COLOR
    (rich is loaded only then: a CI log or a pipe gets plain text without its start-up cost)."""
    lines = _text_lines(problems, lang)
    if not stream.isatty() or "NO_COLOR" in os.environ:
        for pieces in lines:
            stream.write("".join(text for text, _ in pieces) + "\n")
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(file=stream, highlight=False, soft_wrap=True, emoji=False)
    for pieces in lines:
        line = Text()
        for text, style in pieces:
            line.append(text, style=style)
        console.print(line)


def as_dict(problem: Problem, lang: str) -> dict[str, Any]:
    return {
        "file": problem.file,
        "line": problem.line,
        "column": problem.column,
        "level": problem.level.value,
        "rule": problem.rule,
        "message": translate(problem.message, lang),
    }


def report_json(problems: Sequence[Problem], stream: TextIO, lang: str) -> None:
    document = {
        "problems": [as_dict(p, lang) for p in problems],
        "summary": summary_counts(problems),
    }
    json.dump(document, stream, ensure_ascii=not is_unicode(stream), indent=2)
    stream.write("\n")


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def report_github(problems: Sequence[Problem], stream: TextIO, lang: str) -> None:
    """GitHub Actions workflow commands: one annotation a problem."""
    for problem in problems:
        properties = ",".join(
            (
                f"file={_escape_property(problem.file.removeprefix('./'))}",
                f"line={max(problem.line, 1)}",
                f"col={max(problem.column, 1)}",
                f"title={_escape_property(problem.rule)}",
            )
        )
        stream.write(
            f"::{problem.level.value} {properties}::{_escape_data(translate(problem.message, lang))}\n"
        )


def report_sarif(problems: Sequence[Problem], stream: TextIO, lang: str) -> None:
    """SARIF 2.1.0, for code-scanning services."""
    rules = sorted({p.rule for p in problems})
    results = [
        {
            "ruleId": p.rule,
            "ruleIndex": rules.index(p.rule),
            "level": _SARIF_LEVELS[p.level],
            "message": {"text": translate(p.message, lang)},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": p.file, "uriBaseId": "%SRCROOT%"},
                        "region": {"startLine": max(p.line, 1), "startColumn": max(p.column, 1)},
                    }
                }
            ],
        }
        for p in problems
    ]
    document = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "ogpkit",
                        # Read here: the version loads importlib.metadata, which only SARIF needs.
                        "version": ogpkit.__version__,
                        "informationUri": _INFO_URI,
                        "rules": [{"id": rule, "helpUri": rule_url(rule)} for rule in rules],
                    }
                },
                "results": results,
            }
        ],
    }
    json.dump(document, stream, ensure_ascii=not is_unicode(stream), indent=2)
    stream.write("\n")


REPORTERS: dict[str, Reporter] = {
    "text": report_text,
    "json": report_json,
    "github": report_github,
    "sarif": report_sarif,
}
