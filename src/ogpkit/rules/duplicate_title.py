"""Two commitments with the same, or nearly the same, title.

Titles are compared without spaces, punctuation, numbering in brackets and case; two
titles whose similarity (difflib's ratio) reaches `similarity` are reported too, on both
files.

Options: `similarity`, between 0 and 1 (default 0.9; 1 reports only equal titles).

Passing:

    # 1-1.yaml
    title: 政府採購資訊公開
    # 1-2.yaml
    title: 政府資訊公開

Failing:

    # 1-1.yaml
    title: 政府採購資訊公開
    # 1-2.yaml
    title: 政府採購資訊公開。
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

from pydantic import Field

from ogpkit.message import msg
from ogpkit.problem import Level
from ogpkit.rules.base import Context, Finding, Options, Rule
from ogpkit.rules.text import squeeze

_NUMBERING = re.compile(r"[(（［\[]\s*[0-9０-９一二三四五六七八九十]+\s*[)）］\]]")


class SimilarityOptions(Options):
    similarity: float = Field(0.9, ge=0.0, le=1.0)


def title_key(title: str) -> str:
    return squeeze(_NUMBERING.sub("", title))


def similar_keys(keys: list[str], threshold: float) -> Iterator[tuple[str, str]]:
    """Pairs of distinct keys at least `threshold` alike (cheap bounds first)."""
    for index, first in enumerate(keys):
        matcher = difflib.SequenceMatcher(None, first, autojunk=False)
        for second in keys[index + 1 :]:
            shorter, longer = sorted((len(first), len(second)))
            if 2 * shorter / (shorter + longer) < threshold:
                continue
            matcher.set_seq2(second)
            if (
                matcher.real_quick_ratio() >= threshold
                and matcher.quick_ratio() >= threshold
                and matcher.ratio() >= threshold
            ):
                yield first, second


def check_plan(
    contexts: list[Context], options: SimilarityOptions
) -> Iterator[tuple[Context, Finding]]:
    groups: dict[str, list[Context]] = {}
    for context in contexts:
        groups.setdefault(title_key(context.commitment.title), []).append(context)
    related: dict[str, set[str]] = {key: {key} for key in groups}
    if options.similarity < 1.0:
        for first, second in similar_keys([k for k in groups if k], options.similarity):
            related[first].add(second)
            related[second].add(first)
    for key, members in groups.items():
        group = [c for k in sorted(related[key]) for c in groups[k]]
        if len(group) < 2:
            continue
        leading = group[:4]
        for context in members:
            others = [c.document.name for c in leading if c is not context][:3]
            more = len(group) - 1 - len(others)
            yield (
                context,
                Finding(
                    ("title",),
                    msg(
                        "The title is the same as, or nearly the same as, that of {files}; give each commitment its own title",
                        files=", ".join(others) + (f" (+{more})" if more > 0 else ""),
                    ),
                ),
            )


RULE = Rule(
    id="duplicate-title",
    level=Level.WARNING,
    options=SimilarityOptions,
    doc=__doc__ or "",
    check_plan=check_plan,
)
