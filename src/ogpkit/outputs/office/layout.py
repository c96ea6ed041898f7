"""The compiled plan as a list of blocks (headings, paragraphs, tables) that office writers lay out.

Word and OpenDocument show the same thing: a title, the plan's period and counts, a heading a
theme, and under each commitment the template's table, its milestone table and its contact
table; an agency index at the end. Writers only turn blocks into their file format.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal, cast

from ogpkit.outputs.office.labels import label, status_label
from ogpkit.plan.agencies import AgencyRegistry
from ogpkit.plan.compiled import CompiledPlan
from ogpkit.plan.dates import DateStyle, PlanDate
from ogpkit.plan.model import Commitment, Period


@dataclass(frozen=True)
class Heading:
    level: int  # 0 the title, 1 a theme, 2 a commitment
    text: str


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Table:
    """Rows of cells; each cell a text of one or more lines. `header` rows are shown bold."""

    rows: tuple[tuple[str, ...], ...]
    header: int = 0
    kind: Literal["form", "milestones", "contact", "index", "progress", "summary"] = "form"

    @property
    def columns(self) -> int:
        return max(len(row) for row in self.rows)

    @property
    def widths_cm(self) -> tuple[float, ...]:
        """Column widths on an A4 page (16 cm of text width)."""
        return COLUMN_WIDTHS_CM[self.kind]


COLUMN_WIDTHS_CM: dict[str, tuple[float, ...]] = {
    "form": (5.0, 11.0),
    "contact": (5.0, 11.0),
    "milestones": (8.4, 2.8, 2.8, 2.0),
    "index": (8.0, 4.0, 4.0),
    "progress": (5.0, 2.4, 2.2, 4.4, 2.0),
    "summary": (4.0, 2.4, 2.4, 2.4, 2.4, 2.4),
}


Block = Heading | Paragraph | Table


def plain(text: str | None) -> str:
    """Markdown as plain lines: list markers become bullets, emphasis marks are dropped."""
    lines = []
    for line in (text or "").strip().splitlines():
        stripped = line.strip()
        if stripped.startswith(("- ", "* ", "+ ")):
            stripped = "• " + stripped[2:]
        lines.append(stripped.replace("**", "").replace("__", ""))
    return "\n".join(lines)


class Layout:
    def __init__(
        self, compiled: CompiledPlan, lang: str, date_style: str, tick: Callable[[], None]
    ) -> None:
        self.compiled = compiled
        self.tick = tick
        self.lang = lang
        self.style = cast(DateStyle, date_style if date_style in ("roc", "iso") else "roc")
        self.registry = AgencyRegistry(compiled.plan.agencies)

    def agency(self, name: str) -> str:
        """The registry's English name in English documents, the name as written otherwise."""
        found = self.registry.find(name)
        return found.name_en if self.lang == "en" and found and found.name_en else name

    def t(self, key: str) -> str:
        return label(key, self.lang)

    def pair(self, key: str, value: str) -> str:
        return f"{self.t(key)}{': ' if self.lang == 'en' else '：'}{value}"

    def date(self, day: PlanDate) -> str:
        return day.display(self.style, self.lang)

    def period(self, period: Period) -> str:
        return f"{self.date(period.start)} – {self.date(period.end)}"

    def blocks(self) -> Iterator[Block]:
        plan = self.compiled.plan
        english = self.lang == "en"
        yield Heading(0, (plan.title_en if english and plan.title_en else plan.title))
        yield Paragraph(self.pair("plan_period", self.period(plan.period)))
        counts = ", ".join(
            f"{status_label(status, self.lang)} {count}"
            for status, count in self.compiled.milestones_by_status.items()
        )
        yield Paragraph(
            f"{self.pair('commitments', str(len(self.compiled.commitments)))}; {self.pair('milestones', counts)}"
        )
        for section in self.compiled.sections:
            name = (
                section.theme.name_en if english and section.theme.name_en else section.theme.name
            )
            yield Heading(1, f"{section.theme.id}. {name}")
            for commitment in section.commitments:
                yield from self.commitment(commitment)
                self.tick()
        yield from self.index()

    def commitment(self, c: Commitment) -> Iterator[Block]:
        yield Heading(2, f"{c.id} {c.title}")
        comma = ", " if self.lang == "en" else "、"
        agencies = comma.join(self.agency(n) for n in c.lead_agencies)
        if c.supporting_agencies:
            supporting = comma.join(self.agency(n) for n in c.supporting_agencies)
            agencies += f" ({supporting})" if self.lang == "en" else f"（{supporting}）"
        values = "\n".join(
            self.pair(key, plain(text))
            for key in ("transparency", "participation", "accountability")
            if (text := getattr(c.ogp_values, key))
        )
        info_lines = []
        if c.additional_info is not None:
            for key in (
                "budget",
                "related_programs",
                "national_plans",
                "anti_corruption_strategy",
                "other",
            ):
                if text := getattr(c.additional_info, key):
                    info_lines.append(self.pair(key, plain(text)))
            if c.additional_info.sdgs:
                info_lines.append(self.pair("sdgs", "、".join(c.additional_info.sdgs)))
        rows = [
            (self.t("title_id"), f"{c.id} {c.title}"),
            (self.t("period"), self.period(c.effective_period(self.compiled.plan))),
            (self.t("agencies"), agencies),
            (self.t("problem"), plain(c.problem)),
            (self.t("commitment"), plain(c.commitment)),
            (self.t("contribution"), plain(c.contribution)),
            (self.t("ogp_values"), values),
            (self.t("additional_info"), "\n".join(info_lines)),
        ]
        yield Table(tuple(rows), kind="form")
        milestones = [(self.t("milestone"), self.t("start"), self.t("end"), self.t("status"))]
        milestones += [
            (
                plain(m.indicator),
                self.date(m.start),
                self.date(m.end),
                status_label(m.status, self.lang),
            )
            for m in c.milestones
        ]
        yield Table(tuple(milestones), header=1, kind="milestones")
        contact = c.contact
        reach = " / ".join(filter(None, (contact.email, contact.phone)))
        role = " ".join(filter(None, (contact.title, contact.department)))
        people = [
            (self.t("contact_name"), contact.name),
            (self.t("contact_title"), role),
            (self.t("contact_reach"), reach),
        ]
        if c.other_actors is not None:
            people += [
                (self.t("government"), "、".join(c.other_actors.government)),
                (self.t("civil_society"), "、".join(c.other_actors.civil_society)),
            ]
        yield Table(tuple(people), kind="contact")

    def index(self) -> Iterator[Block]:
        if not self.compiled.agencies:
            return
        yield Heading(1, self.t("agency_index"))
        rows = [(self.t("agency"), self.t("leads"), self.t("supports"))]
        for entry in self.compiled.agencies:
            name = (
                entry.agency.name_en
                if self.lang == "en" and entry.agency.name_en
                else entry.agency.name
            )
            rows.append(
                (
                    name,
                    "、".join(c.id for c in entry.leads),
                    "、".join(c.id for c in entry.supports),
                )
            )
        yield Table(tuple(rows), header=1, kind="index")


def layout(
    compiled: CompiledPlan, lang: str, date_style: str, tick: Callable[[], None] = lambda: None
) -> Iterator[Block]:
    """The document's blocks in order; `tick` is called after each commitment's."""
    return Layout(compiled, lang, date_style, tick).blocks()
