"""A key under `en:` that names no text of the commitment.

Each key of `en:` is the path of a Chinese field, with dots, list items counted from 1:
`title`, `problem`, `ogp_values.transparency`, `milestones.2.indicator`. A key that names
nothing (a typo, a milestone since removed) would never be shown; the message suggests the
nearest key.

Passing:

    en:
      milestones.1.indicator: By December 2020, …

Failing:

    en:
      milestone.1.indicator: By December 2020, …
"""

from __future__ import annotations

from collections.abc import Iterator

from ogpkit.checks.rules.base import Context, Finding, Options, Rule
from ogpkit.plan.translation import ENGLISH_KEY
from ogpkit.report.message import msg
from ogpkit.report.problem import Level
from ogpkit.report.suggest import closest


def check(context: Context, options: Options) -> Iterator[Finding]:
    block = context.data.get(ENGLISH_KEY)
    if not isinstance(block, dict):
        return
    known = context.texts
    for key in block:
        if str(key) in known:
            continue
        guess = closest(str(key), list(known))
        yield Finding(
            (ENGLISH_KEY, key),
            msg(
                "en: {key} names no Chinese text of this commitment; did you mean {guess}?",
                key=str(key),
                guess=guess,
            )
            if guess
            else msg(
                "en: {key} names no Chinese text of this commitment; write the path of a field, such as problem or milestones.1.indicator",
                key=str(key),
            ),
            key=True,
        )


RULE = Rule(
    id="translation-key",
    level=Level.ERROR,
    options=Options,
    doc=__doc__ or "",
    check=check,
)
