"""An SDG target that does not exist.

`additional_info.sdgs` lists targets of the 17 Sustainable Development Goals, such as
`16.10` or `5.c`. The 169 targets adopted by the UN General Assembly (A/RES/70/1) ship with
ogpkit; a target outside that list is a typo.

Passing:

    additional_info:
      sdgs: ["16.10", "5.c"]

Failing:

    additional_info:
      sdgs: ["16.11", "18.1"]
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

from ogpkit.checks.rules.base import Context, Finding, Options, Rule
from ogpkit.report.message import msg
from ogpkit.report.problem import Level
from ogpkit.report.suggest import closest

DATA = Path(__file__).resolve().parents[2] / "data"


@cache
def targets() -> frozenset[str]:
    # The package's own folder: importlib.resources would load zipfile and its readers.
    text = (DATA / "sdg_targets.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


def check(context: Context, options: Options) -> Iterator[Finding]:
    info = context.commitment.additional_info
    known = targets()
    for index, target in enumerate(info.sdgs if info else []):
        if target not in known:
            goal = target.split(".")[0]
            suggestion = closest(target, sorted(t for t in known if t.split(".")[0] == goal))
            yield Finding(
                ("additional_info", "sdgs", index),
                msg(
                    "There is no SDG target {target}; did you mean {suggestion}?",
                    target=target,
                    suggestion=suggestion,
                )
                if suggestion
                else msg(
                    "There is no SDG target {target}; the goals are numbered 1 to 17, see https://sdgs.un.org/goals",
                    target=target,
                ),
            )


RULE = Rule(
    id="sdg-target",
    level=Level.ERROR,
    options=Options,
    doc=__doc__ or "",
    check=check,
)
