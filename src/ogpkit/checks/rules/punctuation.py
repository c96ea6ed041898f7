"""Half-width punctuation in Chinese text, or a bracket pair of mixed widths. Off by default.

Chinese text uses full-width punctuation: 「，」 not ",", 「：」 not ":", 「（…）」 not
"(…)". The rule flags `, ; : ? !` right after a CJK character, `.` ending a Chinese
sentence, brackets around or next to Chinese text, and pairs such as 「（…)」 whose two
brackets differ in width (made both full-width, or both half-width around Latin text).
Fixable: `ogpkit lint --fix` writes the full-width forms.

    lint:
      punctuation: warning

Passing:

    commitment: 修正公司法（第22條之1），公開實質受益人資料。

Failing:

    commitment: 修正公司法(第22條之1),公開實質受益人資料.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ogpkit.checks.rules.base import Context, Finding, Options, Rule, SetValue
from ogpkit.report.message import msg
from ogpkit.report.problem import Level

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", ".": "。"}
_CLOSERS = "）」』】"
_PAIR = re.compile(r"([(（])([^()（）\n]*)([)）])")


# Compiled when first used: the rule is off by default, and compiling character classes this
# wide costs as much as a small file's whole lint.
@cache
def _after_cjk() -> re.Pattern[str]:
    return re.compile(rf"(?<=[{_CJK}{_CLOSERS}])([,;:?!])|(?<=[{_CJK}{_CLOSERS}])\.(?=\s|$)")


@cache
def _has_cjk() -> re.Pattern[str]:
    return re.compile(rf"[{_CJK}]")


def _bracket(match: re.Match[str]) -> str:
    opening, inside, closing = match.groups()
    start, end = match.start(), match.end()
    around = match.string[max(0, start - 1) : start] + match.string[end : end + 1]
    if _has_cjk().search(inside) or _has_cjk().search(around):
        return f"（{inside}）"
    if (opening == "（") != (closing == "）"):
        return f"({inside})"
    return match.group(0)


def fix_punctuation(text: str) -> str:
    text = _PAIR.sub(_bracket, text)
    return _after_cjk().sub(lambda m: _FULL[m.group(0)], text)


def check(context: Context, options: Options) -> Iterator[Finding]:
    for path, text in context.prose:
        fixed = fix_punctuation(text)
        if fixed != text:
            yield Finding(
                path,
                msg(
                    "Use full-width punctuation in Chinese text (，：；（）), and brackets of one width in a pair"
                ),
                fix=SetValue(path, fixed),
            )


RULE = Rule(
    id="punctuation",
    level=Level.WARNING,
    options=Options,
    doc=__doc__ or "",
    check=check,
    enabled=False,
    fixable=True,
)
