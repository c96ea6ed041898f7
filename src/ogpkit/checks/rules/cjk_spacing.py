"""Stray spaces inside Chinese text. Off by default.

Chinese is written without spaces between characters; a space between two CJK characters,
or between a CJK character and full-width punctuation, is a leftover of editing or of
copying from a PDF. Fixable: `ogpkit lint --fix` removes it.

Options: `latin`, what to do between a CJK character and a Latin letter or digit: `ignore`
(default), `space` (one space, as in 「開放 API」) or `none` (no space, as in 「開放API」).

    lint:
      cjk-spacing: warning

Passing:

    commitment: 建置開放資料平臺，提供API介接。

Failing:

    commitment: 建置開放 資料平臺 ， 提供API介接。
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Literal

from ogpkit.checks.rules.base import Context, Finding, Options, Rule, SetValue
from ogpkit.report.message import msg
from ogpkit.report.problem import Level

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_WIDE = _CJK + r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"


# Compiled when first used: the rule is off by default, and compiling character classes this
# wide costs as much as a small file's whole lint.
@cache
def _stray() -> re.Pattern[str]:
    return re.compile(rf"(?<=[{_WIDE}])[ \u3000]+(?=[{_WIDE}])")


@cache
def _cjk_latin() -> re.Pattern[str]:
    return re.compile(rf"(?<=[{_CJK}])[ ]*(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])[ ]*(?=[{_CJK}])")


class SpacingOptions(Options):
    latin: Literal["ignore", "space", "none"] = "ignore"


def respace(text: str, latin: str) -> str:
    text = _stray().sub("", text)
    if latin == "space":
        text = _cjk_latin().sub(" ", text)
    elif latin == "none":
        text = _cjk_latin().sub("", text)
    return text


def check(context: Context, options: SpacingOptions) -> Iterator[Finding]:
    for path, text in context.prose:
        fixed = respace(text, options.latin)
        if fixed != text:
            yield Finding(
                path,
                msg(
                    "Remove the spaces between Chinese characters ({count} places)",
                    count=_changes(text, fixed),
                ),
                fix=SetValue(path, fixed),
            )


def _changes(before: str, after: str) -> int:
    import difflib

    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    return sum(1 for tag, *_ in matcher.get_opcodes() if tag != "equal")


RULE = Rule(
    id="cjk-spacing",
    level=Level.WARNING,
    options=SpacingOptions,
    doc=__doc__ or "",
    check=check,
    enabled=False,
    fixable=True,
)
