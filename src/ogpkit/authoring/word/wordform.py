"""The template's questions and ● guidance (承諾事項建議表), recognised in the rows of a Word file.

Rows are recognised by their question (the first cells of a row), not by their place, so
added blank rows, merged cells and reordered tables do not matter; answers are split by the
guidance or labels that start their lines. `formdata` maps what is found to commitment keys.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ogpkit.authoring.word.docx_form import Row
from ogpkit.report.message import Message
from ogpkit.source.yaml_reader import Path as DataPath

# (key, question as the template writes it); matched on the start of a cell.
QUESTIONS = (
    ("title_id", "承諾事項名稱與編號"),
    ("period", "承諾事項的起迄時間"),
    ("agencies", "主(協)辦機關"),
    ("description", "承諾事項之描述"),
    ("problem", "承諾事項將涉及哪些公共問題"),
    ("commitment", "承諾事項為何"),
    ("contribution", "承諾事項本身對於解決這些公共問題有何貢獻與助益"),
    ("ogp_values", "為何此一承諾事項與OGP的核心價值"),
    ("additional_info", "其他資訊"),
    ("milestones", "可量化或驗證之衡量指標"),
    ("contact", "聯絡資訊"),
    ("contact_name", "承辦人員"),
    ("contact_title", "職稱與部門"),
    ("contact_reach", "Email與電話"),
    ("other_actors", "其他參與人員"),
    ("government", "相關政府機關人員"),
    ("civil_society", "公民社會團體、私部門或工作團隊"),
)
BULLETS = "●•·‧-*＊ "
# The ● guidance of the seed's template, and the label a civil servant may write instead.
OGP_SECTIONS = {
    "transparency": (
        "承諾事項如果有利於揭露更多資訊、提升所揭露資訊之品質、促使更多社會大眾獲取這些資訊，或是提升了民眾的資訊權，即是與OGP核心價值之透明相關。",
        "透明",
    ),
    "participation": (
        "承諾事項如果創造或促進更多的機會、提升大眾影響決策的能力，將創造或促進有利於公民社會發展的環境，即是與OGP核心價值之公共參與相關。",
        "公共參與",
        "參與",
    ),
    "accountability": (
        "承諾事項如果創造或促進規範、法令與機制的建立，要求政府官員必須對其決策行動提供更多的公開說明以利民眾瞭解，即是與OGP核心價值之課責相關。",
        "課責",
    ),
}
INFO_SECTIONS = {
    "budget": ("落實承諾事項之預算", "預算"),
    "related_programs": ("與其他政府相關計畫之關連性", "相關計畫"),
    "national_plans": ("與國家發展計畫或其他部門或地方性計畫之關連性", "國家發展計畫"),
    "anti_corruption_strategy": ("與其他相關計畫如國家反貪策略的關連性", "國家反貪策略"),
    "sdgs": ("與永續發展目標的關連性", "永續發展目標", "SDGs", "SDG"),
    "other": ("其他",),
}
TEXT_GUIDANCE = (
    "描述承諾事項將涉及的社會、經濟、政治及環境相關問題，盡可能提供確切的背景資料、事實及統計數據以資佐證。",
    "描述承諾事項的內容、可預期的成果以及總目標。",
    "描述承諾事項將如何有助於解決問題或改變政府解決問題的運作方式。",
    "可參考下面內容提供更多有用資訊，例如：",
)
LIST_SEPARATORS = re.compile(r"[,，、;；\n]+")
SDG = re.compile(r"(?<![\d.])(\d{1,2}\.(?:\d{1,2}|[a-z]))(?![\d.])")
ID = re.compile(r"(?<![\w.-])(\d{1,2}-\d{1,3})(?![\w.-])")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def normalize(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@dataclass
class Form:
    """One filled template: its rows, the data read from them, and where each value came from."""

    rows: list[Row]
    data: dict[str, Any] = field(default_factory=dict)
    origins: dict[DataPath, Row] = field(default_factory=dict)
    problems: list[tuple[Row, Message]] = field(default_factory=list)

    @property
    def first(self) -> Row:
        return self.rows[0]


def question_of(cell: str) -> str | None:
    text = normalize(cell)
    for key, question in QUESTIONS:
        if text.startswith(question):
            return key
    return None


def split_row(row: Row) -> tuple[str | None, str]:
    """The question of a row (its last leading question cell) and the answer after it."""
    key: str | None = None
    index = 0
    for index, cell in enumerate(row.cells):  # noqa: B007
        found = question_of(cell)
        if found is None:
            break
        key = found
    else:
        index = len(row.cells)
    answer = "\n".join(c for c in row.cells[index:] if c.strip())
    if key in ("title_id", "period") and not answer:
        label = unicodedata.normalize("NFKC", row.cells[0])
        answer = label.partition(":")[2].strip()
    return key, answer


def split_forms(rows: Sequence[Row]) -> list[Form]:
    """A form starts at each 承諾事項名稱與編號 row; rows before the first belong to no form."""
    forms: list[Form] = []
    for row in rows:
        key = question_of(row.cells[0]) if row.cells else None
        if key == "title_id" or (not forms and key is not None):
            forms.append(Form([row]))
        elif forms:
            forms[-1].rows.append(row)
    return forms


def answer_lines(text: str) -> list[str]:
    """Lines of an answer without the template's ● guidance left in the cell."""
    guidance = {normalize(g) for g in TEXT_GUIDANCE}
    lines = [line.strip() for line in text.splitlines()]
    return [line for line in lines if line and normalize(line).lstrip(BULLETS) not in guidance]


def _after_prefix(text: str, prefix: str) -> str | None:
    """What follows `prefix` in `text`, compared as NFKC, returned exactly as written."""
    consumed = ""
    for index, char in enumerate(text):
        if consumed == prefix:
            return text[index:]
        consumed += unicodedata.normalize("NFKC", char)
        if not prefix.startswith(consumed):
            return None
    return "" if consumed == prefix else None


def _label_rest(line: str, labels: tuple[str, ...]) -> str | None:
    """What follows a guidance sentence or a `label：` at the start of `line`, or None.

    The rest is the agency's text exactly as written (full-width punctuation kept)."""
    text = line.strip().lstrip(BULLETS)
    for index, label in enumerate(labels):
        rest = _after_prefix(text, unicodedata.normalize("NFKC", label))
        if rest is None:
            continue
        rest = rest.strip()
        if index == 0 or rest.startswith((":", "：")) or not rest:
            return rest.lstrip(":： ").strip()
    return None


def sections(text: str, table: dict[str, tuple[str, ...]]) -> tuple[dict[str, str], list[str]]:
    """Split an answer by the ● guidance or `label：` that start its lines; loose lines apart."""
    found: dict[str, list[str]] = {}
    loose: list[str] = []
    current: str | None = None
    for line in text.splitlines():
        if not line.strip() or normalize(line).lstrip(BULLETS) in {
            normalize(g) for g in TEXT_GUIDANCE
        }:
            continue
        for key, labels in table.items():
            rest = _label_rest(line, labels)
            if rest is not None:
                current = key
                found.setdefault(key, [])
                if rest:
                    found[key].append(rest)
                break
        else:
            (found.setdefault(current, []) if current else loose).append(line.strip())
    return {key: "\n".join(lines) for key, lines in found.items()}, loose
