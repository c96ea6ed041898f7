"""The reasoned-response annex and the forum's record as office blocks (Word, OpenDocument).

The same rows as plan.html and plan.md (`ogpkit.outputs.cocreation`), laid out as tables.
"""

from __future__ import annotations

from collections.abc import Iterator

from ogpkit.outputs.cocreation.labels import cocreation_labels
from ogpkit.outputs.cocreation.records import CoCreationView, ForumView
from ogpkit.outputs.office.blocks import Block, Heading, Paragraph, Table
from ogpkit.plan.cocreation import Tally


def _tally(first: str, counts: Tally) -> tuple[str, ...]:
    return (
        first,
        *(
            str(n)
            for n in (
                counts.received,
                counts.adopted,
                counts.partly_adopted,
                counts.not_adopted,
                counts.other,
                counts.pending,
            )
        ),
    )


def cocreation_blocks(view: CoCreationView, lang: str) -> Iterator[Block]:
    t = cocreation_labels(lang)
    sep = ", " if lang == "en" else "、"
    colon = ": " if lang == "en" else "："
    head = (
        t["received"],
        t["adopted"],
        t["partly_adopted"],
        t["not_adopted"],
        t["other_decision"],
        t["pending"],
    )
    if view.has_annex:
        yield Heading(1, t["annex"])
        yield Paragraph(t["annex_desc"])
        rows: list[tuple[str, ...]] = [(t["round"], *head)]
        rows += [
            _tally(f"{r.title}\n{r.channel}{colon}{r.start} – {r.end}", r.tally)
            for r in view.rounds
        ]
        rows.append(_tally("合計" if lang != "en" else "Total", view.total))
        yield Table(tuple(rows), header=1, kind="tally")
        rows = [(t["input"], *head)]
        rows += [_tally(g.heading, g.tally) for g in view.groups]
        yield Table(tuple(rows), header=1, kind="tally")
        for group in view.groups:
            yield Heading(2, group.heading)
            inputs: list[tuple[str, ...]] = [
                (t["input"], t["contributor"], t["decision"], t["reason"])
            ]
            for i in group.inputs:
                note = sep.join(part for part in (i.agency, i.date) if part)
                if i.adopted_in:
                    note += f"{sep}{t['adopted_in']}{colon}{sep.join(i.adopted_in)}"
                inputs.append(
                    (
                        i.id,
                        f"{i.text}\n{i.contributor}{sep}{i.round}{sep}{i.received}",
                        i.decision_label,
                        f"{i.reason}\n{note}" if note else i.reason,
                    )
                )
            yield Table(tuple(inputs), header=1, kind="inputs")
    if view.forum is not None:
        yield from _forum(view.forum, t, sep, colon)


def _forum(forum: ForumView, t: dict[str, str], sep: str, colon: str) -> Iterator[Block]:
    yield Heading(1, f"{t['forum']}{colon}{forum.name}")
    if forum.rules:
        yield Paragraph(f"{t['rules']}{colon}{forum.rules}")
    members: list[tuple[str, ...]] = [(t["member"], t["sector"], t["organisation"], t["term"])]
    members += [
        (f"{m.name}\n{t['co_chair']}" if m.co_chair else m.name, m.sector, m.organisation, m.term)
        for m in forum.members
    ]
    yield Table(tuple(members), header=1, kind="forum")
    meetings: list[tuple[str, ...]] = [(t["meeting"], t["agenda"], t["minutes"], t["attendance"])]
    meetings += [
        (f"{m.date}\n{m.title}", sep.join(m.agenda), m.minutes or "", m.attendance)
        for m in forum.meetings
    ]
    yield Table(tuple(meetings), header=1, kind="forum")
    resolutions: list[tuple[str, ...]] = [
        (t["resolution"], t["owner"], t["due"], t["resolution_status"])
    ]
    resolutions += [
        (
            f"{r.id} {r.text}",
            r.owner,
            r.due,
            f"{r.status_label}\n{t['closed_by']}{colon}{r.closed_by}"
            if r.closed_by
            else r.status_label,
        )
        for m in forum.meetings
        for r in m.resolutions
    ]
    yield Table(tuple(resolutions), header=1, kind="forum")
