"""A milestone indicator made only of vague verbs.

推動、加強、持續、強化、落實 and their kin say that work goes on, not what will exist when
it is done. The rule removes those verbs and filler words (相關、工作、事項、各項 …) from the
indicator; when fewer than `min_object` characters remain, nothing is left to check.

Options: `verbs` (more vague verbs), `min_object` (default 2).

Passing:

    milestones:
      - indicator: 持續推動開放資料，111年底前新增資料集200筆

Failing:

    milestones:
      - indicator: 持續推動並強化相關工作
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from pydantic import Field

from ogpkit.checks.rules.base import Context, Finding, Options, Rule
from ogpkit.checks.rules.text import squeeze
from ogpkit.report.message import msg
from ogpkit.report.problem import Level

VERBS = (
    "推動", "加強", "持續", "強化", "落實", "提升", "精進", "促進", "深化", "檢討", "研議",
    "積極", "擴大", "協助", "配合", "辦理", "執行", "鼓勵", "宣導", "努力", "賡續", "致力",
)  # fmt: skip
FILLERS = (
    "相關", "工作", "事項", "業務", "各項", "措施", "事宜", "等", "並", "及", "與", "和",
    "之", "的", "以", "予以", "進行",
)  # fmt: skip


class VagueOptions(Options):
    verbs: list[str] = Field(default_factory=list)
    min_object: int = Field(2, ge=1)


@cache
def _vague_words(verbs: tuple[str, ...]) -> re.Pattern[str]:
    words = sorted((*VERBS, *verbs, *FILLERS), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


@cache
def _any_verb(verbs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(v) for v in (*VERBS, *verbs)))


def remainder(text: str, verbs: list[str]) -> str:
    return _vague_words(tuple(verbs)).sub("", squeeze(text))


def check(context: Context, options: VagueOptions) -> Iterator[Finding]:
    vague = _any_verb(tuple(options.verbs))
    for index, milestone in enumerate(context.commitment.milestones):
        text = milestone.indicator
        if vague.search(text) is None:
            continue
        if len(remainder(text, options.verbs)) < options.min_object:
            yield Finding(
                ("milestones", index, "indicator"),
                msg(
                    "This indicator has only vague verbs ({text!r}); say what will be done, delivered or counted, and by when",
                    text=text,
                ),
            )


RULE = Rule(
    id="milestone-vague-verb",
    level=Level.WARNING,
    options=VagueOptions,
    doc=__doc__ or "",
    check=check,
)
