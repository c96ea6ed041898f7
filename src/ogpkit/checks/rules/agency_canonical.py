"""An agency cited by its short name or an alias instead of its full name.

`lead_agencies` and `supporting_agencies` name agencies of the registry in `plan.yaml`; the
compiled plan reads best when each is written the same way, by its full name (金管會 →
金融監督管理委員會). Fixable: `ogpkit lint --fix` writes the preferred name.

Options: `prefer: full` (default) or `prefer: short` (the short name, where the registry has
one).

Passing:

    lead_agencies:
      - 金融監督管理委員會

Failing:

    lead_agencies:
      - 金管會
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from ogpkit.checks.rules.base import Context, Finding, Options, Rule, SetValue
from ogpkit.report.message import msg
from ogpkit.report.problem import Level


class CanonicalOptions(Options):
    prefer: Literal["full", "short"] = "full"


def check(context: Context, options: CanonicalOptions) -> Iterator[Finding]:
    for key in ("lead_agencies", "supporting_agencies"):
        for index, name in enumerate(getattr(context.commitment, key)):
            agency = context.registry.find(name)
            if agency is None:
                continue
            preferred = agency.short if options.prefer == "short" and agency.short else agency.name
            if name != preferred:
                yield Finding(
                    (key, index),
                    msg(
                        "Write the agency {name!r} as {preferred!r}, as in the registry of plan.yaml",
                        name=name,
                        preferred=preferred,
                    ),
                    fix=SetValue((key, index), preferred),
                )


RULE = Rule(
    id="agency-canonical",
    level=Level.WARNING,
    options=CanonicalOptions,
    doc=__doc__ or "",
    check=check,
    fixable=True,
)
