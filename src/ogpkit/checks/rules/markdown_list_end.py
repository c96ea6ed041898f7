"""A paragraph that directly follows a Markdown list, with no blank line between them.

Markdown folds such a line into the last item of the list (a "lazy continuation"), so the
rendered plan shows the closing sentence as part of the last bullet. Leave a blank line after
the list. Fixable: `ogpkit lint --fix` inserts it.

Passing:

    commitment: |
      本會將推動：
      - 擴充決標資料欄位。
      - 訂定資料標準。

      總目標為讓民眾能完整檢視採購流程。

Failing:

    commitment: |
      本會將推動：
      - 擴充決標資料欄位。
      - 訂定資料標準。
      總目標為讓民眾能完整檢視採購流程。
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ogpkit.checks.rules.base import Context, Finding, Options, Rule, SetValue
from ogpkit.report.message import msg
from ogpkit.report.problem import Level

_ITEM = re.compile(r"[ ]{0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")


def paragraph_starts(text: str) -> list[int]:
    """The offsets of the lines that follow a list item directly and are not list items,
    indented continuations or blank."""
    found: list[int] = []
    offset = 0
    previous_is_item = False
    for line in text.split("\n"):
        is_item = _ITEM.match(line) is not None
        if previous_is_item and line.strip() and not is_item and not line[:1].isspace():
            found.append(offset)
        previous_is_item = is_item or (
            previous_is_item and line[:1].isspace() and bool(line.strip())
        )
        offset += len(line) + 1
    return found


def check(context: Context, options: Options) -> Iterator[Finding]:
    for path, text in context.prose:
        if "\n" not in text:
            continue
        starts = paragraph_starts(text)
        if not starts:
            continue
        fixed = text
        for start in reversed(starts):
            fixed = fixed[:start] + "\n" + fixed[start:]
        for start in starts:
            yield Finding(
                path,
                msg(
                    "This line directly follows a list, so Markdown shows it as part of the last item; leave a blank line after the list"
                ),
                fix=SetValue(path, fixed),
                offset=start,
            )


RULE = Rule(
    id="markdown-list-end",
    level=Level.WARNING,
    options=Options,
    doc=__doc__ or "",
    check=check,
    fixable=True,
)
