"""A date not written in the plan's canonical style.

ogpkit reads many spellings of a date (109/5/1, 109年5月1日, ２０２０-05-01 …); the files are
easier to read and compare when all use one. With `date_style: roc` in plan.yaml that is
`109-05` for a month and `109-05-01` for a day; with `date_style: iso`, `2020-05` and
`2020-05-01`. Fixable: `ogpkit lint --fix` rewrites the date, full-width digits included.

Passing:

    period:
      start: 109-05
      end: 113-05-20

Failing:

    period:
      start: 109年5月
      end: １１３/５/２０
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ogpkit.checks.rules.base import Context, Finding, Options, Rule, SetValue
from ogpkit.checks.rules.text import date_paths, value_at
from ogpkit.plan.dates import parse_date
from ogpkit.report.message import msg
from ogpkit.report.problem import Level

CANONICAL = {
    "roc": re.compile(r"[0-9]{3}-[0-9]{2}(?:-[0-9]{2})?"),
    "iso": re.compile(r"[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?"),
}


def check(context: Context, options: Options) -> Iterator[Finding]:
    style = context.plan.date_style
    for path in date_paths(context.data):
        written = str(value_at(context.data, path))
        if CANONICAL[style].fullmatch(written):
            continue
        try:
            canonical = parse_date(written).canonical(style)
        except ValueError:
            continue  # not a date at all: date-format reports it, at its line
        if written != canonical:
            yield Finding(
                path,
                msg("Write the date {date!r} as {canonical}", date=written, canonical=canonical),
                fix=SetValue(path, canonical),
            )


RULE = Rule(
    id="date-style",
    level=Level.WARNING,
    options=Options,
    doc=__doc__ or "",
    check=check,
    fixable=True,
)
