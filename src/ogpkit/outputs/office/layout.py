"""The compiled plan as a list of blocks (headings, paragraphs, tables) that office writers lay out.

Word and OpenDocument show the same thing: a title, the plan's period and counts, a heading a
theme, and under each commitment the template's table, its milestone table and its contact
table; an agency index at the end. Writers only turn blocks into their file format.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import cast

from ogpkit.outputs.cocreation.view import cocreation_view
from ogpkit.outputs.markdown.tree import Block as MarkdownBlock
from ogpkit.outputs.markdown.tree import Para, Text, parse, prefixed
from ogpkit.outputs.office.blocks import (
    Block,
    Cell,
    Contents,
    Heading,
    PageBreak,
    Paragraph,
    Rich,
    Table,
)
from ogpkit.outputs.office.cocreation import cocreation_blocks
from ogpkit.outputs.office.labels import label, status_label
from ogpkit.plan.agencies import AgencyRegistry
from ogpkit.plan.compiled import CompiledPlan
from ogpkit.plan.dates import DateStyle, PlanDate
from ogpkit.plan.model import Commitment, Period

CHINESE_NUMERALS = "〇一二三四五六七八九"
FORMAL_NUMERALS = "零壹貳參肆伍陸柒捌玖"


def chinese_number(number: int, digits: str = CHINESE_NUMERALS) -> str:
    """1 → 一, 12 → 十二, 23 → 二十三 (壹拾貳 with the formal digits), as official documents count."""
    ten = "拾" if digits is FORMAL_NUMERALS else "十"
    if number < 10:
        return digits[number]
    tens, units = divmod(number, 10)
    if number >= 100:
        return str(number)
    head = "" if tens == 1 and digits is CHINESE_NUMERALS else digits[tens]
    return head + ten + (digits[units] if units else "")


class Layout:
    def __init__(
        self,
        compiled: CompiledPlan,
        lang: str,
        date_style: str,
        tick: Callable[[], None],
        today: date | None = None,
        untranslated: int = 0,
    ) -> None:
        self.today = today
        self.untranslated = untranslated
        self.compiled = compiled
        self.tick = tick
        self.lang = lang
        self.style = cast(DateStyle, date_style if date_style in ("roc", "iso") else "roc")
        self.registry = AgencyRegistry(compiled.plan.agencies, compiled.plan.agency_groups)

    def agency(self, name: str) -> str:
        return self.registry.shown(name, self.lang)

    def t(self, key: str) -> str:
        return label(key, self.lang)

    def pair(self, key: str, value: str) -> str:
        return f"{self.t(key)}{': ' if self.lang == 'en' else '：'}{value}"

    def date(self, day: PlanDate) -> str:
        return day.display(self.style, self.lang)

    def period(self, period: Period) -> str:
        return f"{self.date(period.start)} – {self.date(period.end)}"

    def field(self, key: str, text: str) -> tuple[MarkdownBlock, ...]:
        """A Markdown field under its label (「透明：」 before its first paragraph)."""
        return prefixed(self.pair(key, ""), parse(text))

    def theme_heading(self, number: int | str, name: str) -> str:
        """壹、name for a numeric display number; a number such as 1A is written as it is."""
        if self.lang == "en":
            return f"{number}. {name}"
        if isinstance(number, str):
            if not number.isascii() or not number.isdigit() or int(number) < 1:
                return f"{number}、{name}"
            number = int(number)
        return f"{chinese_number(number, FORMAL_NUMERALS)}、{name}"

    def commitment_heading(self, number: int, c: Commitment) -> str:
        if self.lang == "en":
            return f"{c.id} {c.title}"
        return f"{chinese_number(number)}、{c.id} {c.title}"

    def part_heading(self, number: int, key: str) -> Heading:
        """（一）承諾事項內容: the third level of an official document's numbering."""
        if self.lang == "en":
            return Heading(3, self.t(key))
        return Heading(3, f"（{chinese_number(number)}）{self.t(key)}")

    def blocks(self) -> Iterator[Block]:
        plan = self.compiled.plan
        english = self.lang == "en"
        title = plan.title_en if english and plan.title_en else plan.title
        yield Paragraph(title, "title")
        yield Paragraph(self.pair("plan_period", self.period(plan.period)), "cover")
        if self.today is not None:
            yield Paragraph(
                self.pair("version", self.date(PlanDate.from_date(self.today))), "cover"
            )
        counts = ("、" if not english else ", ").join(
            f"{status_label(status, self.lang)} {count}"
            for status, count in self.compiled.milestones_by_status.items()
        )
        separator = "; " if english else "；"
        yield Paragraph(
            f"{self.pair('commitments', str(len(self.compiled.commitments)))}{separator}{self.pair('milestones', counts)}",
            "cover",
        )
        if self.untranslated:
            yield Paragraph(self.t("untranslated").format(count=self.untranslated), "cover")
        yield PageBreak()
        entries: list[tuple[int, str]] = []
        names = []
        for section in self.compiled.sections:
            name = (
                section.theme.name_en if english and section.theme.name_en else section.theme.name
            )
            names.append(self.theme_heading(plan.theme_number(section.theme.id), name))
            entries.append((1, names[-1]))
            for index, commitment in enumerate(section.commitments, start=1):
                entries.append((2, self.commitment_heading(index, commitment)))
        if self.compiled.agencies or self.compiled.groups:
            entries.append((1, self.index_heading()))
        yield Contents(self.t("contents"), tuple(entries))
        yield PageBreak()
        for heading, section in zip(names, self.compiled.sections, strict=True):
            yield Heading(1, heading)
            for index, commitment in enumerate(section.commitments, start=1):
                yield from self.commitment(commitment, index)
                self.tick()
        yield from self.index()
        record = self.compiled.cocreation
        if not record.empty:
            yield from cocreation_blocks(cocreation_view(record, self.lang, self.style), self.lang)

    def index_heading(self) -> str:
        number = len(self.compiled.sections) + 1
        return self.theme_heading(number, self.t("agency_index"))

    def commitment(self, c: Commitment, number: int) -> Iterator[Block]:
        yield Heading(2, self.commitment_heading(number, c))
        comma = ", " if self.lang == "en" else "、"
        agencies = comma.join(self.agency(n) for n in c.lead_agencies)
        if c.supporting_agencies:
            supporting = comma.join(self.agency(n) for n in c.supporting_agencies)
            agencies += f" ({supporting})" if self.lang == "en" else f"（{supporting}）"
        values = Rich(
            tuple(
                block
                for key in ("transparency", "participation", "accountability")
                if (text := getattr(c.ogp_values, key))
                for block in self.field(key, text)
            )
        )
        info_lines: list[MarkdownBlock] = []
        if c.additional_info is not None:
            for key in (
                "budget",
                "related_programs",
                "national_plans",
                "anti_corruption_strategy",
                "other",
            ):
                if text := getattr(c.additional_info, key):
                    info_lines.extend(self.field(key, text))
            if c.additional_info.sdgs:
                sdgs = self.pair("sdgs", "、".join(c.additional_info.sdgs))
                info_lines.append(Para((Text(sdgs),)))
        rows: list[tuple[Cell, ...]] = [
            (self.t("title_id"), f"{c.id} {c.title}"),
            (self.t("period"), self.period(c.effective_period(self.compiled.plan))),
            (self.t("agencies"), agencies),
            *(
                ()
                if (late := c.late_acceptance) is None
                else (
                    (
                        self.t("late_acceptance"),
                        self.t("late_text").format(
                            date=self.date(late.date), by=late.by, reason=late.reason
                        ),
                    ),
                )
            ),
            (self.t("problem"), Rich(parse(c.problem or ""))),
            (self.t("commitment"), Rich(parse(c.commitment or ""))),
            (self.t("contribution"), Rich(parse(c.contribution or ""))),
            (self.t("ogp_values"), values),
            (self.t("additional_info"), Rich(tuple(info_lines))),
        ]
        yield self.part_heading(1, "form_part")
        yield Table(tuple(rows), kind="form")
        yield self.part_heading(2, "milestones")
        milestones: list[tuple[Cell, ...]] = [
            (self.t("milestone"), self.t("start"), self.t("end"), self.t("status"))
        ]
        milestones += [
            (
                Rich(prefixed(f"{number}. ", parse(m.indicator or ""))),
                self.date(m.start),
                self.date(m.end),
                status_label(m.status, self.lang),
            )
            for number, m in enumerate(c.milestones, start=1)
        ]
        yield Table(tuple(milestones), header=1, kind="milestones")
        contact = c.contact
        reach = " / ".join(filter(None, (contact.email, contact.phone)))
        role = " ".join(filter(None, (contact.title, contact.department)))
        people: list[tuple[Cell, ...]] = [
            (self.t("contact_name"), contact.name),
            (self.t("contact_title"), role),
            (self.t("contact_reach"), reach),
        ]
        if c.other_actors is not None:
            people += [
                (self.t("government"), "、".join(c.other_actors.government)),
                (self.t("civil_society"), "、".join(c.other_actors.civil_society)),
            ]
        yield self.part_heading(3, "contact_part")
        yield Table(tuple(people), kind="contact")

    def index(self) -> Iterator[Block]:
        """Agencies with the commitments they lead and support, then the groups (各機關 …),
        each with what it stands for: a group is never listed as an agency."""
        if not self.compiled.agencies and not self.compiled.groups:
            return
        yield Heading(1, self.index_heading())
        english = self.lang == "en"
        rows = [(self.t("agency"), self.t("leads"), self.t("supports"))]
        for entry in self.compiled.agencies:
            agency = entry.agency
            name = agency.name_en if english and agency.name_en else agency.name
            rows.append((name, *self.references(entry.leads, entry.supports)))
        for group_entry in self.compiled.groups:
            group = group_entry.group
            name = group.name_en if english and group.name_en else group.name
            stands_for = (
                group.stands_for_en if english and group.stands_for_en else group.stands_for
            )
            note = self.t("group_note").format(stands_for=stands_for)
            rows.append((name + note, *self.references(group_entry.leads, group_entry.supports)))
        yield Table(tuple(rows), header=1, kind="index")

    @staticmethod
    def references(
        leads: tuple[Commitment, ...], supports: tuple[Commitment, ...]
    ) -> tuple[str, str]:
        return "、".join(c.id for c in leads), "、".join(c.id for c in supports)


def layout(
    compiled: CompiledPlan,
    lang: str,
    date_style: str,
    tick: Callable[[], None] = lambda: None,
    today: date | None = None,
    untranslated: int = 0,
) -> Iterator[Block]:
    """The document's blocks in order; `tick` is called after each commitment's. The cover
    says how many fields are `untranslated` when there are any."""
    return Layout(compiled, lang, date_style, tick, today, untranslated).blocks()
