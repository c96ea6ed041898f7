"""An English text whose Chinese source changed after the English was last changed.

Judged from the Git history of each field (one walk of the repository's history, renames
followed), never from file dates: the English is stale when the commit that gave the Chinese
its current wording is not the English's own commit nor one of its ancestors (so a branch merged
later cannot hide a change), or when an edit not yet committed changed the Chinese. Reported at the English text's line. Off
outside a Git checkout. `ogpkit translations` lists every field with the change of the
Chinese; `ogpkit translations export` hands the stale fields to a translator.

The English changed with, or after, its source.

Passing:

    problem: 政府採購涉及龐大的公共支出……
    en:
      problem: Public procurement involves large public spending…

A later commit rewrote `problem`; the English stayed.

Failing:

    problem: 政府採購涉及各級機關龐大的公共支出……
    en:
      problem: Public procurement involves large public spending…
"""

from __future__ import annotations

from collections.abc import Iterator

from ogpkit.checks.rules.base import Context, Finding, Options, Rule
from ogpkit.history.field_history import read_field_history
from ogpkit.history.translations import State, file_statuses
from ogpkit.plan.translation import ENGLISH_KEY
from ogpkit.report.message import msg
from ogpkit.report.problem import Level


def check_plan(items: list[Context], options: Options) -> Iterator[tuple[Context, Finding]]:
    translated = [c for c in items if isinstance(c.data.get(ENGLISH_KEY), dict)]
    if not translated:
        return
    fields = read_field_history(translated[0].root, only=[c.path for c in translated])
    for context in translated:
        for status in file_statuses(
            context.document, context.commitment.id, fields, context.sources
        ):
            if status.state is not State.STALE:
                continue
            when = (
                msg("in a change not yet committed")
                if status.source_changed is None
                else msg("on {day}", day=status.source_changed.date().isoformat())
            )
            yield (
                context,
                Finding(
                    (ENGLISH_KEY, status.key),
                    msg(
                        "The English of {key} is stale: its Chinese source changed {when}, after the English was last changed; update the English",
                        key=status.key,
                        when=when,
                    ),
                ),
            )


RULE = Rule(
    id="translation-stale",
    level=Level.WARNING,
    options=Options,
    doc=__doc__ or "",
    check_plan=check_plan,
)
