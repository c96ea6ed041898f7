"""The same agency is both a lead agency and a supporting agency.

An agency either leads a commitment (主辦) or supports it (協辦). Names are compared
through the registry, so 金管會 and 金融監督管理委員會 are the same agency.

Passing:

    lead_agencies: [法務部]
    supporting_agencies: [金融監督管理委員會]

Failing:

    lead_agencies: [金融監督管理委員會]
    supporting_agencies: [金管會]
"""

from __future__ import annotations

from collections.abc import Iterator

from ogpkit.checks.rules.base import Context, Finding, Options, Rule
from ogpkit.report.message import msg
from ogpkit.report.problem import Level


def check(context: Context, options: Options) -> Iterator[Finding]:
    registry = context.registry
    leads = {registry.canonical(name) or name.strip() for name in context.commitment.lead_agencies}
    for index, name in enumerate(context.commitment.supporting_agencies):
        if (registry.canonical(name) or name.strip()) in leads:
            yield Finding(
                ("supporting_agencies", index),
                msg(
                    "{name!r} is already a lead agency; remove it from the supporting agencies",
                    name=name,
                ),
            )


RULE = Rule(
    id="agency-lead-and-support",
    level=Level.ERROR,
    options=Options,
    doc=__doc__ or "",
    check=check,
)
