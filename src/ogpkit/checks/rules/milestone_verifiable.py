"""A milestone indicator with nothing that can be verified.

OGP's review treats a commitment without verifiable milestones as not reviewable. An
indicator is verifiable when it names a quantity (a number with a unit such as 場、份、件、
個、%), a date (110年6月, 110-06), or a concrete deliverable (報告、平臺、法案、資料集 …).

Options: `units` and `deliverables`, more words to accept (added to the built-in ones).

Passing:

    milestones:
      - indicator: 110年6月前完成開放資料平臺改版並上線
      - indicator: 每年辦理公民參與工作坊至少4場

Failing:

    milestones:
      - indicator: 持續推動公民參與
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from pydantic import Field

from ogpkit.checks.rules.base import Context, Finding, Options, Rule
from ogpkit.report.message import msg
from ogpkit.report.problem import Level

UNITS = (
    "%", "％", "場", "份", "件", "個", "項", "次", "人", "則", "處", "家", "所", "套", "種",
    "篇", "本", "部", "案", "條", "筆", "名", "位", "團", "區", "村", "戶", "萬", "億",
    "成", "倍", "小時", "天", "週", "年", "月", "日", "季", "期", "梯", "班", "座", "台", "臺",
)  # fmt: skip
DELIVERABLES = (
    "報告", "平臺", "平台", "法案", "草案", "資料集", "系統", "網站", "專區", "手冊", "指引",
    "規範", "辦法", "條例", "修正", "修法", "API", "資料庫", "標準", "清單", "名冊", "計畫書",
    "白皮書", "問卷", "公告", "上線", "發布", "公布", "通過", "名單", "統計", "儀表板",
    "report", "dataset", "platform", "bill", "website", "guideline", "published",
)  # fmt: skip
_ENGLISH = (
    r"\b[0-9]+(?:[.,][0-9]+)?\s*(?:percent\b|(?:[A-Za-z-]+\s+){0,2}[A-Za-z]+s\b)"
    r"|\b(?:19|20)[0-9]{2}\b"
)
_DATE = re.compile(r"\d{2,4}\s*(?:年|[-/.]\s*\d{1,2})")


class VerifiableOptions(Options):
    units: list[str] = Field(default_factory=list)
    deliverables: list[str] = Field(default_factory=list)


@cache
def _pattern(units: tuple[str, ...], deliverables: tuple[str, ...]) -> re.Pattern[str]:
    quantity = "|".join(re.escape(u) for u in units)
    words = "|".join(re.escape(w) for w in deliverables)
    return re.compile(
        rf"[0-9０-９一二三四五六七八九十百千]+\s*(?:{quantity})|{_DATE.pattern}|{_ENGLISH}|{words}",
        re.IGNORECASE,
    )


def is_verifiable(text: str, options: VerifiableOptions) -> bool:
    pattern = _pattern((*UNITS, *options.units), (*DELIVERABLES, *options.deliverables))
    return pattern.search(text) is not None


def check(context: Context, options: VerifiableOptions) -> Iterator[Finding]:
    for index, milestone in enumerate(context.commitment.milestones):
        if not is_verifiable(milestone.indicator, options):
            yield Finding(
                ("milestones", index, "indicator"),
                msg(
                    "This indicator cannot be verified: name a quantity with its unit (e.g. 4場, 95%), a date, or a concrete output (報告, 平臺, 資料集)"
                ),
            )


RULE = Rule(
    id="milestone-verifiable",
    level=Level.WARNING,
    options=VerifiableOptions,
    doc=__doc__ or "",
    check=check,
)
