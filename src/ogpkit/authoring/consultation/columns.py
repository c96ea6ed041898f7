"""Columns of a comment export mapped to the fields of an input, by their zh-TW or English
header names, or by `--map 欄名=field`; each row becomes an input or a problem at its row."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ogpkit.errors import UsageError
from ogpkit.plan.consultation import CONTRIBUTORS
from ogpkit.plan.dates import DateFormatError, PlanDate, parse_date
from ogpkit.report.message import Message, msg

FIELDS = ("id", "received", "contributor", "name", "text", "concerns")
HEADERS: dict[str, tuple[str, ...]] = {
    "id": ("id", "編號", "意見編號", "序號", "留言編號", "no", "no."),
    "received": (
        "received",
        "date",
        "日期",
        "收件日期",
        "留言時間",
        "建立時間",
        "提出日期",
        "時間",
    ),
    "contributor": ("contributor", "type", "身分", "身份", "提出者類別", "類別", "單位類別"),
    "name": ("name", "姓名", "暱稱", "提出者", "名稱", "單位名稱"),
    "text": ("text", "comment", "意見", "意見內容", "留言內容", "內容", "建議內容", "留言"),
    "concerns": (
        "concerns",
        "commitment",
        "commitments",
        "承諾事項",
        "涉及承諾事項",
        "相關承諾事項",
        "承諾事項編號",
    ),
}
CONTRIBUTOR_WORDS: dict[str, str] = {
    "個人": "individual",
    "民眾": "individual",
    "一般民眾": "individual",
    "公民團體": "civil_society",
    "民間團體": "civil_society",
    "非營利組織": "civil_society",
    "ngo": "civil_society",
    "企業": "private_sector",
    "私部門": "private_sector",
    "公司": "private_sector",
    "機關": "agency",
    "政府機關": "agency",
    "匿名": "anonymous",
}
_SPLIT = re.compile(r"[,，、;；/\s]+")
_TIME = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2})?.*$")


@dataclass(frozen=True)
class Row:
    number: int
    values: dict[str, str]


def parse_map(pairs: list[str]) -> dict[str, str]:
    mapping = {}
    for pair in pairs:
        header, _, field = pair.partition("=")
        if not header.strip() or field.strip() not in FIELDS:
            raise UsageError(
                msg(
                    "--map takes HEADER=FIELD with FIELD one of {fields}, not {pair}",
                    fields=", ".join(FIELDS),
                    pair=pair,
                )
            )
        mapping[header.strip()] = field.strip()
    return mapping


def column_of(headers: tuple[str, ...], extra: Mapping[str, str]) -> dict[str, int]:
    """The column index of each field found; `text` is required."""
    columns: dict[str, int] = {}
    for index, header in enumerate(headers):
        name = header.strip().lstrip("\ufeff")
        field = extra.get(name) or next(
            (f for f, names in HEADERS.items() if name.lower() in names), None
        )
        if field is not None and field not in columns:
            columns[field] = index
    if "text" not in columns:
        raise UsageError(
            msg(
                "No column holds the text of the inputs (a header such as 意見內容 or comment); name it with --map HEADER=text. The headers are: {headers}",
                headers=", ".join(headers),
            )
        )
    return columns


def contributor(value: str) -> str:
    word = value.strip().lower().replace(" ", "_")
    if word in CONTRIBUTORS:
        return word
    return CONTRIBUTOR_WORDS.get(word, "individual" if word else "anonymous")


def received(value: str) -> PlanDate:
    text = _TIME.sub("", value.strip())
    return parse_date(text)


def concerns(value: str) -> list[str]:
    return [part for part in _SPLIT.split(value.strip()) if part]


def row_problem(row: int, message: Message) -> Message:
    return msg("row {row}: {problem}", row=row, problem=message)


def date_problem(value: str) -> Message:
    return msg("{value} is not a date", value=value)


__all__ = ["DateFormatError", "Row"]
