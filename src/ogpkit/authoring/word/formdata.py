"""The answers of one filled template mapped to the keys of a commitment file.

Answers that cannot be read (a date, an agency, an id) become problems at their Word row;
empty answers become empty values, which the model then reports as empty at the same row.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ogpkit.authoring.word.docx_form import Row
from ogpkit.authoring.word.wordform import (
    ID,
    INFO_SECTIONS,
    LIST_SEPARATORS,
    OGP_SECTIONS,
    SDG,
    Form,
    answer_lines,
    sections,
    split_row,
)
from ogpkit.plan.agencies import AgencyRegistry
from ogpkit.plan.dates import parse_date, parse_period
from ogpkit.plan.model import Plan
from ogpkit.report.message import msg

AGENCY_SEPARATORS = re.compile(r"[,，、;；/／\s]+")
TEXT_KEYS = ("problem", "commitment", "contribution")
REACH_SEPARATORS = re.compile(r"[／/、,，;；\n]+")
REACH_LABEL = re.compile(r"(?i)^(?:e-?mail|電子郵件|信箱|電話|tel|phone)[:：]?")


def _text(answer: str) -> str | None:
    return "\n".join(answer_lines(answer)) or None


def _names(text: str, separators: re.Pattern[str] = LIST_SEPARATORS) -> list[str]:
    return [n.strip() for n in separators.split(text) if n.strip()]


class FormReader:
    """Fills `form.data`, `form.origins` and `form.problems` from the form's rows."""

    def __init__(self, form: Form, plan: Plan, registry: AgencyRegistry) -> None:
        self.form, self.plan, self.registry = form, plan, registry
        self.data = form.data

    def put(self, path: tuple[str, ...], value: Any, row: Row) -> None:
        target = self.data
        for segment in path[:-1]:
            target = target.setdefault(segment, {})
        target[path[-1]] = value
        self.form.origins[path] = row

    def read(self) -> Form:
        self.form.origins[()] = self.form.first
        in_milestones = False
        milestone_row = self.form.first
        self.data["milestones"] = []
        for row in self.form.rows:
            key, answer = split_row(row)
            if key == "milestones":
                in_milestones, milestone_row = True, row
                self.form.origins[("milestones",)] = row
                continue
            if key is None and in_milestones:
                self.milestone(row)
                continue
            in_milestones = False
            if key is not None:
                self.answer(key, answer, row)
        if not self.data["milestones"]:
            self.form.origins[("milestones",)] = milestone_row
        return self.form

    def answer(self, key: str, answer: str, row: Row) -> None:
        handler = getattr(self, f"read_{key}", None)
        if handler is not None:
            handler(answer, row)
        elif key in TEXT_KEYS:
            self.put((key,), _text(answer), row)

    def read_title_id(self, answer: str, row: Row) -> None:
        """The id (digits in any width) taken out; the title kept as written."""
        folded = [unicodedata.normalize("NFKC", char) for char in answer]
        starts = [0]
        for piece in folded:
            starts.append(starts[-1] + len(piece))
        found = ID.search("".join(folded))
        text = answer
        if found:
            self.put(("id",), found.group(1), row)
            self.put(("theme",), found.group(1).split("-")[0], row)
            first = next(i for i, at in enumerate(starts) if at >= found.start())
            last = next(i for i, at in enumerate(starts) if at >= found.end())
            text = answer[:first] + answer[last:]
        title = re.sub(r"(編號|名稱)\s*[:：]", " ", text)
        title = re.sub(
            r"[()（）]\s*[()（）]|^[\s:：、,，()（）]+|[\s:：、,，()（）]+$", "", title.strip()
        )
        self.put(("title",), re.sub(r"\s+", " ", title).strip() or None, row)

    def read_period(self, answer: str, row: Row) -> None:
        if not answer.strip():
            return
        try:
            start, end = parse_period(answer)
        except ValueError:
            self.form.problems.append(
                (
                    row,
                    msg(
                        "The period {text!r} is not two dates; write it like 109.5-113.5",
                        text=answer,
                    ),
                )
            )
            return
        style = self.plan.date_style
        self.put(("period",), {"start": start.canonical(style), "end": end.canonical(style)}, row)

    def read_agencies(self, answer: str, row: Row) -> None:
        text = unicodedata.normalize("NFKC", answer)
        marked = re.search(r"主辦(?:機關)?[:]?(.*?)(?:協辦(?:機關)?[:]?(.*))?$", text, re.S)
        if marked and "主辦" in text:
            lead, support = marked.group(1), marked.group(2) or ""
        else:
            support = " ".join(re.findall(r"\(([^)]*)\)", text))
            lead = re.sub(r"\([^)]*\)", " ", text)
        self.put(("lead_agencies",), self.agencies(_names(lead, AGENCY_SEPARATORS), row), row)
        self.put(
            ("supporting_agencies",), self.agencies(_names(support, AGENCY_SEPARATORS), row), row
        )

    def agencies(self, names: list[str], row: Row) -> list[str]:
        found = []
        for name in names:
            full = self.registry.canonical(name)
            if full is None:
                self.form.problems.append((row, self.registry.unknown(name)))
            elif full not in found:
                found.append(full)
        return found

    def read_ogp_values(self, answer: str, row: Row) -> None:
        found, loose = sections(answer, OGP_SECTIONS)
        values = {key: found.get(key) or None for key in OGP_SECTIONS}
        self.put(("ogp_values",), values, row)
        if loose:
            self.form.problems.append(
                (
                    row,
                    msg(
                        "Some text of the OGP values is not under a value: start each part with 透明：, 公共參與： or 課責： ({text!r})",
                        text=loose[0],
                    ),
                )
            )

    def read_additional_info(self, answer: str, row: Row) -> None:
        found, loose = sections(answer, INFO_SECTIONS)
        info: dict[str, Any] = {key: found.get(key) or None for key in INFO_SECTIONS}
        info["sdgs"] = SDG.findall(unicodedata.normalize("NFKC", found.get("sdgs") or ""))
        if loose:
            info["other"] = "\n".join(filter(None, [*loose, info["other"]]))
        self.put(("additional_info",), info, row)

    def read_contact_name(self, answer: str, row: Row) -> None:
        self.put(("contact", "name"), answer.strip() or None, row)

    def read_contact_title(self, answer: str, row: Row) -> None:
        parts = _names(answer, re.compile(r"[/／、,，\n]+|\s+"))
        self.put(("contact", "title"), parts[0] if parts else None, row)
        self.put(("contact", "department"), " ".join(parts[1:]) or None, row)

    def read_contact_reach(self, answer: str, row: Row) -> None:
        """An e-mail is what holds `@`, a phone what holds digits, in whatever order."""
        emails, phones = [], []
        for part in REACH_SEPARATORS.split(answer):
            words = [REACH_LABEL.sub("", word) for word in part.split()]
            mails = [w for w in words if "@" in w or "＠" in w]
            rest = " ".join(w for w in words if w and w not in mails)
            emails += mails
            if re.search(r"\d", unicodedata.normalize("NFKC", rest)):
                phones.append(rest)
        self.put(("contact", "email"), " ".join(emails) or None, row)
        self.put(("contact", "phone"), " ".join(phones) or None, row)

    def read_government(self, answer: str, row: Row) -> None:
        self.put(("other_actors", "government"), _names(answer), row)

    def read_civil_society(self, answer: str, row: Row) -> None:
        self.put(("other_actors", "civil_society"), _names(answer), row)

    def milestone(self, row: Row) -> None:
        if row.blank:
            return
        cells = [*row.cells, "", ""]
        index = len(self.data["milestones"])
        item: dict[str, Any] = {"indicator": cells[0].strip() or None}
        start, end = cells[1], cells[2]
        if start.strip() and not end.strip():
            try:
                first, last = parse_period(start)
                start, end = first.canonical(), last.canonical()
            except ValueError:
                pass
        for key, text in (("start", start), ("end", end)):
            item[key] = self.date(text, row)
        self.data["milestones"].append(item)
        self.form.origins[("milestones", index)] = row

    def date(self, text: str, row: Row) -> str | None:
        if not text.strip():
            return None
        try:
            return parse_date(text).canonical(self.plan.date_style)
        except ValueError:
            self.form.problems.append(
                (
                    row,
                    msg(
                        "{text!r} is not a date; write it like 109-05-01, or 109-05 for a month",
                        text=text,
                    ),
                )
            )
            return None
