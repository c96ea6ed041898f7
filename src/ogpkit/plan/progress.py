"""The implementation years in the files: progress updates, evidence, withdrawals, results,
and the reporting calendar of plan.yaml.

A module of its own beside `model.py`, which references these models: what a milestone
reports over four years is a subject of its own (issue 13). The current status of a milestone
is its latest update's; `model.Milestone` fills `status` from it when the file does not write
one.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import (
    Field,
    PlainValidator,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from ogpkit.plan.base import Model, PlanDateField, Status, Text

SAFE_SCHEMES = ("http://", "https://")


def _link(value: Any) -> str:
    """An http(s) URL, or a path relative to the repository: never another scheme."""
    if not isinstance(value, str) or not value.strip():
        raise PydanticCustomError("evidence_link", "Not a link: {text}", {"text": str(value)})
    text = value.strip()
    lowered = text.lower()
    if lowered.startswith(SAFE_SCHEMES):
        return text
    head = lowered.split("/", 1)[0]
    if ":" in head or text.startswith(("/", "\\")) or ".." in text.split("/"):
        raise PydanticCustomError("evidence_link", "Not a safe link: {text}", {"text": text})
    return text


EvidenceLink = Annotated[
    str,
    PlainValidator(_link),
    WithJsonSchema(
        {
            "type": "string",
            "description": "http(s) 網址，或本儲存庫內的檔案路徑，例如 evidence/1-1/報告.pdf",
        }
    ),
]


class Evidence(Model):
    """佐證資料：一筆文件、網頁或檔案。"""

    title: Text = Field(title="名稱")
    url: EvidenceLink | None = Field(None, title="網址或檔案路徑")
    date: PlanDateField | None = Field(None, title="日期")


class Update(Model):
    """一次進度更新：當時的執行狀態、完成事項與佐證資料。"""

    date: PlanDateField = Field(title="更新日期", description="例如 110-10-15")
    status: Status = Field(
        title="執行狀態",
        description="not_started（尚未開始）、limited（有限）、substantial（大部分）、complete（完成）",
    )
    done: str | None = Field(None, title="辦理情形", description="本期完成事項（Markdown）")
    evidence: list[Evidence] = Field(default_factory=list, title="佐證資料")
    note: str | None = Field(
        None, title="說明", description="執行狀態倒退（例如由完成改為有限）時，說明原因"
    )


class Withdrawal(Model):
    """衡量指標的撤回或替換。"""

    date: PlanDateField = Field(title="撤回日期")
    reason: Text = Field(title="原因")
    replaced_by: int | None = Field(
        None, ge=1, title="替代指標", description="取代它的衡量指標序號（1 起算）"
    )


class Results(Model):
    """自評報告的成果（OGP 自評報告範本）。"""

    early_results: str | None = Field(None, title="初步成果")
    opened_government: str | None = Field(None, title="是否促進政府開放")
    next_steps: str | None = Field(None, title="下一步")


class ReportingCalendar(Model):
    """執行期間的報告時程：定期進度報告、期中自評報告與期末報告。"""

    every_months: int = Field(
        6, ge=1, le=24, title="定期報告間隔（月）", description="自行動方案開始起每幾個月報告一次"
    )
    midterm: PlanDateField | None = Field(None, title="期中自評報告期限")
    final: PlanDateField | None = Field(None, title="期末報告期限")
