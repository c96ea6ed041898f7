"""Two commitments with the same, or nearly the same, title.

Titles are compared without spaces, punctuation, numbering in brackets and case. Titles
that are then equal are reported on every file; so are two titles nearly the same: one
character apart (added, removed or changed, found through each title's one-character
deletions, so a plan of thousands is checked in linear time) whose similarity (difflib's
ratio) reaches `similarity`.

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
import itertools
import re
from collections.abc import Iterator

from pydantic import Field

from ogpkit.checks.rules.base import Context, Finding, Options, Rule
from ogpkit.checks.rules.text import squeeze
from ogpkit.report.message import listing, msg
from ogpkit.report.problem import Level

_NUMBERING = re.compile(r"[(（［\[]\s*[0-9０-９一二三四五六七八九十]+\s*[)）］\]]")


class SimilarityOptions(Options):
    similarity: float = Field(0.9, ge=0.0, le=1.0)


def title_key(title: str) -> str:
    return squeeze(_NUMBERING.sub("", title))


MAX_COMPARED = 200


def _deletions(key: str) -> set[str]:
    return {key, *(key[:i] + key[i + 1 :] for i in range(len(key)))}


def similar_keys(keys: list[str], threshold: float) -> Iterator[tuple[str, str]]:
    """Pairs of distinct keys a character apart and at least `threshold` alike.

    Two keys one insertion, deletion or substitution apart share a one-character deletion
    (or one is the other's), so grouping keys by their deletions finds every such pair
    without comparing each key with every other."""
    by_deletion: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        if len(key) > MAX_COMPARED:
            continue  # a title this long is compared only for exact sameness (linear work)
        for variant in _deletions(key):
            by_deletion.setdefault(variant, []).append(index)
    candidates = {
        pair
        for members in by_deletion.values()
        if len(members) > 1
        for pair in itertools.combinations(members, 2)
    }
    for first, second in sorted(candidates):
        ratio = difflib.SequenceMatcher(None, keys[first], keys[second], autojunk=False).ratio()
        if ratio >= threshold:
            yield keys[first], keys[second]


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
                        files=listing(others, more),
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
