"""`problem`, `commitment` or `contribution` is too short to be reviewed.

Reviewers need the background, the content and the expected effect of a commitment in a
few sentences each. The length counts each CJK character as one and each Latin word or
number as one; spaces, punctuation and Markdown marks are not counted.

Options: `min_length` (default 40).

Passing:

    problem: |
      偏鄉地區寬頻網路涵蓋率仍低於都會區，影響居民取得政府資訊及線上服務，
      數位落差使偏鄉居民參與公共事務的機會較少，需要改善網路基礎建設。

Failing:

    problem: 偏鄉網路不佳。
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from ogpkit.checks.rules.base import Context, Finding, Options, Rule
from ogpkit.checks.rules.text import NARRATIVE, at_least, text_length
from ogpkit.plan.fields import FieldLabel
from ogpkit.plan.model import Commitment
from ogpkit.report.message import msg
from ogpkit.report.problem import Level


class LengthOptions(Options):
    min_length: int = Field(40, ge=0)


def check(context: Context, options: LengthOptions) -> Iterator[Finding]:
    for key in NARRATIVE:
        text = context.data.get(key)
        if isinstance(text, str) and not at_least(text, options.min_length):
            yield Finding(
                (key,),
                msg(
                    "{field} has {length} characters; write at least {minimum}: reviewers need the background, facts and figures",
                    field=FieldLabel(Commitment, (key,)),
                    length=text_length(text),
                    minimum=options.min_length,
                ),
            )


RULE = Rule(
    id="section-too-short",
    level=Level.WARNING,
    options=LengthOptions,
    doc=__doc__ or "",
    check=check,
)
