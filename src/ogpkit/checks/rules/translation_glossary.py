"""English text that translates a term of the plan's glossary differently.

The glossary is `glossary:` in plan.yaml, Chinese term → English term. When the Chinese
source of a field holds a glossary term, its English (under `en:`) must use the glossary's
English for it (case aside); the warning names the expected term.

    glossary:
      承諾事項: commitment
      主辦機關: lead agency
      開放政府: open government

Passing:

    title: 開放政府承諾事項
    en:
      title: Open government commitments

Failing:

    title: 開放政府承諾事項
    en:
      title: Open administration pledges
"""

from __future__ import annotations

from collections.abc import Iterator

from ogpkit.checks.rules.base import Context, Finding, Options, Rule
from ogpkit.plan.translation import ENGLISH_KEY, english
from ogpkit.report.message import msg
from ogpkit.report.problem import Level


def check(context: Context, options: Options) -> Iterator[Finding]:
    glossary = {zh: en for zh, en in context.plan.glossary.items() if zh and en}
    translated = english(context.data)
    if not glossary or not translated:
        return
    chinese = context.sources
    for key, text in translated.items():
        source = chinese.get(key, "")
        folded = text.casefold()
        for term, expected in glossary.items():
            if term in source and expected.casefold() not in folded:
                yield Finding(
                    (ENGLISH_KEY, key),
                    msg(
                        "The Chinese of {key} has the glossary term {term!r}; its English should use {expected!r}",
                        key=key,
                        term=term,
                        expected=expected,
                    ),
                )


RULE = Rule(
    id="translation-glossary",
    level=Level.WARNING,
    options=Options,
    doc=__doc__ or "",
    check=check,
)
