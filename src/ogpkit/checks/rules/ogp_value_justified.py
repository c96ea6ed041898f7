"""An `ogp_values` entry that does not explain anything.

Each value written under `ogp_values` must say how the commitment serves it. The rule
flags an entry that is empty, that only repeats the value's name (「透明」, 「課責」,
"participation" …), or that is the same text as another value's entry.

Passing:

    ogp_values:
      transparency: 公開各機關採購決標資料，民眾可下載查詢。
      accountability: 機關須說明未公開之理由，並定期公布執行成果。

Failing:

    ogp_values:
      transparency: 透明
      accountability: 公開各機關採購決標資料。
      participation: 公開各機關採購決標資料。
"""

from __future__ import annotations

from collections.abc import Iterator

from ogpkit.checks.rules.base import Context, Finding, Options, Rule
from ogpkit.checks.rules.text import squeeze
from ogpkit.plan.fields import FieldLabel
from ogpkit.plan.model import OGP_VALUES, Commitment
from ogpkit.report.message import msg
from ogpkit.report.problem import Level

NAMES = {
    "transparency": ("透明", "透明性", "transparency", "transparent"),
    "participation": ("參與", "公共參與", "公民參與", "participation", "publicparticipation"),
    "accountability": ("課責", "當責", "問責", "accountability", "accountable"),
}
_SUFFIXES = ("", "相關", "有關", "性")
SQUEEZED_NAMES = {
    value: frozenset(squeeze(name + suffix) for name in names for suffix in _SUFFIXES)
    for value, names in NAMES.items()
}


def check(context: Context, options: Options) -> Iterator[Finding]:
    values = context.data.get("ogp_values")
    if not isinstance(values, dict):
        return
    seen: dict[str, str] = {}
    for value in OGP_VALUES:
        if value not in values:
            continue
        text = values[value]
        path = ("ogp_values", value)
        squeezed = squeeze(text) if isinstance(text, str) else ""
        if not squeezed:
            yield Finding(
                path,
                msg(
                    "The explanation of {value} is empty; say how the commitment serves it, or remove the key",
                    value=FieldLabel(Commitment, path),
                ),
            )
        elif squeezed in SQUEEZED_NAMES[value]:
            yield Finding(
                path,
                msg(
                    "The explanation of {value} only repeats its name; say how the commitment serves it",
                    value=FieldLabel(Commitment, path),
                ),
            )
        elif squeezed in seen:
            yield Finding(
                path,
                msg(
                    "The explanation of {value} is the same as that of {other}; explain each value in its own words",
                    value=FieldLabel(Commitment, path),
                    other=FieldLabel(Commitment, ("ogp_values", seen[squeezed])),
                ),
            )
        else:
            seen[squeezed] = value


RULE = Rule(
    id="ogp-value-justified",
    level=Level.WARNING,
    options=Options,
    doc=__doc__ or "",
    check=check,
)
