"""Guidance text of the template, or a placeholder, left in a field.

The template (承諾事項建議表) explains each field with lines that begin with ●; an agency
replaces them with its own text. Placeholders such as 「請填寫」, ○○, TODO, TBD, FIXME or XXX
mean the field is not written yet, and so do placeholder names: a surname followed by OO, ○○
or ＯＯ (林OO, 王○○), and ＯＯＯ or ＸＸＸ in full width.

Options: `patterns`, more words that mark a placeholder (regular expressions).

Passing:

    problem: |
      偏鄉地區寬頻網路涵蓋率仍低於都會區，影響居民取得政府資訊及線上服務。

Failing:

    problem: |
      ●描述承諾事項將涉及的社會、經濟、政治及環境相關問題。
    contact:
      name: 請填寫
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from pydantic import Field

from ogpkit.checks.rules.base import Context, Finding, Options, Rule
from ogpkit.report.message import msg
from ogpkit.report.problem import Level

PLACEHOLDERS = (
    r"^\s*[●•]",
    r"請(?:填寫|填入|輸入|說明|描述)",
    r"[○〇]{2,}",
    r"[ＯＸ]{2,}",
    r"(?<=[\u4e00-\u9fff])[O]{2,3}(?![A-Za-z0-9])",
    r"(?<![A-Za-z])(?:TODO|TBD|FIXME|XXX+)(?![A-Za-z])",
    r"^\s*[(（]\s*(?:略|待補|待填|待定)\s*[)）]\s*$",
    r"^\s*(?:待補|待填|待定)\s*$",
)

MARKS = ("●", "•", "請", "○", "〇", "TODO", "TBD", "FIXME", "XXX", "待", "略", "Ｏ", "Ｘ", "OO")


class PlaceholderOptions(Options):
    patterns: list[str] = Field(default_factory=list)


@cache
def _pattern(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(patterns), re.MULTILINE)


def check(context: Context, options: PlaceholderOptions) -> Iterator[Finding]:
    pattern = _pattern((*PLACEHOLDERS, *options.patterns))
    joined = "\n".join(text for _, text in context.prose)
    if not options.patterns and not any(mark in joined for mark in MARKS):
        return
    if pattern.search(joined) is None:
        return
    for path, text in context.prose:
        found = pattern.search(text)
        if found:
            line = text[found.start() :].splitlines()[0] if text[found.start() :] else ""
            yield Finding(
                path,
                msg(
                    "This field still holds guidance or a placeholder of the template ({text!r}); replace it with the commitment's own text",
                    text=line.strip()[:30],
                ),
                offset=found.start() + len(line) - len(line.lstrip()),
            )


RULE = Rule(
    id="template-placeholder",
    level=Level.ERROR,
    options=PlaceholderOptions,
    doc=__doc__ or "",
    check=check,
)
