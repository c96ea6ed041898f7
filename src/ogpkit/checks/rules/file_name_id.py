"""The file name does not start with the commitment's id.

A commitment file is named `<id>.yaml` or `<id>-<slug>.yaml` (`1-1-government-procurement
.yaml` for id `1-1`), so that files sort in plan order and can be found by id. Fixable:
`ogpkit lint --fix` renames the file, keeping its slug (an old id at the start of the name is
replaced); it never replaces an existing file.

Passing:

    # commitments/2-2-anti-money-laundering.yaml
    id: 2-2

Failing:

    # commitments/2-3-anti-money-laundering.yaml
    id: 2-2
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ogpkit.checks.rules.base import Context, Finding, Options, Rename, Rule
from ogpkit.report.message import msg
from ogpkit.report.problem import Level

_OLD_ID = re.compile(r"^[0-9]+(?:[-.][0-9]+)*(?:-|$)")


def expected_name(stem: str, commitment_id: str, suffix: str) -> str:
    slug = _OLD_ID.sub("", stem)
    return f"{commitment_id}-{slug}{suffix}" if slug else f"{commitment_id}{suffix}"


def check(context: Context, options: Options) -> Iterator[Finding]:
    stem, suffix = context.path.stem, context.path.suffix
    commitment_id = context.commitment.id
    if stem == commitment_id or stem.startswith(f"{commitment_id}-"):
        return
    name = expected_name(stem, commitment_id, suffix)
    yield Finding(
        ("id",),
        msg(
            "The file name {name!r} does not start with the id {id!r}; rename the file to {expected!r}",
            name=context.path.name,
            id=commitment_id,
            expected=name,
        ),
        fix=Rename(name),
    )


RULE = Rule(
    id="file-name-id",
    level=Level.ERROR,
    options=Options,
    doc=__doc__ or "",
    check=check,
    fixable=True,
)
