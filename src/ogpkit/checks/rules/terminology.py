"""A term that the plan asks to avoid, with the term to use instead.

The terms come from plan.yaml, as `avoid: preferred` pairs; the meeting of 108-12-13
replaced 多元性別 by 性別. Every free text of a commitment is checked (not ids, agency
names or dates). Fixable: `ogpkit lint --fix` writes the preferred term.

Options: `terms`, a mapping from the term to avoid to the preferred term (default: none).

    lint:
      terminology:
        terms:
          多元性別: 性別

Passing:

    title: 促進性別及族群包容性對話及參與

Failing:

    title: 促進多元性別及族群包容性對話及參與
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from ogpkit.checks.rules.base import Context, Finding, Options, Rule, SetValue
from ogpkit.report.message import msg
from ogpkit.report.problem import Level


class TermOptions(Options):
    terms: dict[str, str] = Field(default_factory=dict)


def replace_term(text: str, avoid: str, preferred: str) -> str:
    """`avoid` replaced by `preferred`, leaving `preferred` where it is already written."""
    if avoid in preferred:
        return preferred.join(part.replace(avoid, preferred) for part in text.split(preferred))
    return text.replace(avoid, preferred)


def check(context: Context, options: TermOptions) -> Iterator[Finding]:
    terms = {avoid: preferred for avoid, preferred in options.terms.items() if avoid}
    if not terms:
        return
    joined = "\n".join(text for _, text in context.prose)
    if not any(avoid in joined for avoid in terms):
        return
    for path, text in context.prose:
        fixed = text
        found = []
        for avoid, preferred in terms.items():
            replaced = replace_term(fixed, avoid, preferred)
            if replaced != fixed:
                found.append(avoid)
                fixed = replaced
        for avoid in found:
            start = text.find(avoid)
            yield Finding(
                path,
                msg(
                    "Write {preferred!r} instead of {avoid!r}, as the plan prefers",
                    avoid=avoid,
                    preferred=terms[avoid],
                ),
                fix=SetValue(path, fixed),
                offset=start if start >= 0 else None,
            )


RULE = Rule(
    id="terminology",
    level=Level.WARNING,
    options=TermOptions,
    doc=__doc__ or "",
    check=check,
    fixable=True,
)
