"""The multi-stakeholder forum (推動小組): `forum.yaml`, its members, meetings and resolutions.

A module of its own because the forum is a plan file of its own, beside the commitments and
the consultation rounds, loaded with the project.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import Field

from ogpkit.plan.base import Model, PlanDateField, Text
from ogpkit.plan.model import Identifier, Period
from ogpkit.plan.shape import validate_shape
from ogpkit.report.problem import Problem
from ogpkit.source.document import Document, load_document

FORUM_FILE = "forum.yaml"
SECTORS = ("government", "civil_society")
Sector = Literal["government", "civil_society"]


class Member(Model):
    """推動小組的一位委員（或一個席次）。"""

    name: Text = Field(title="委員", description="姓名或席次，例如 國家發展委員會代表")
    sector: Sector = Field(title="部門", description="government（政府）或 civil_society（民間）")
    organisation: str | None = Field(None, title="所屬機關或團體")
    term: Period | None = Field(None, title="任期")
    co_chair: bool = Field(False, title="共同召集人")


class ClosedBy(Model):
    """解除列管的依據：一個 commit、一項承諾事項或一個連結。"""

    commit: str | None = Field(None, title="commit")
    commitment: Identifier | None = Field(None, title="承諾事項")
    link: str | None = Field(None, title="連結")


class Resolution(Model):
    """列管事項。"""

    id: Identifier = Field(title="編號")
    text: Text = Field(title="決議內容")
    owner: Text = Field(title="辦理機關")
    due: PlanDateField = Field(title="期限")
    status: Literal["open", "closed"] = Field(
        "open", title="狀態", description="open（持續列管）、closed（解除列管）"
    )
    closed_by: ClosedBy | None = Field(None, title="解除列管依據")


class Attendance(Model):
    """出席人數。"""

    government: int = Field(ge=0, title="政府代表")
    civil_society: int = Field(ge=0, title="民間代表")


class Meeting(Model):
    """推動小組的一次會議。"""

    date: PlanDateField = Field(title="日期")
    title: Text = Field(title="名稱")
    agenda: list[Text] = Field(default_factory=list, title="議程")
    minutes: str | None = Field(None, title="會議紀錄", description="儲存庫中的檔案路徑或連結")
    minutes_published: PlanDateField | None = Field(None, title="會議紀錄公開日期")
    attendance: Attendance | None = Field(None, title="出席")
    resolutions: list[Resolution] = Field(default_factory=list, title="列管事項")


class Forum(Model):
    """多方利害關係人論壇（開放政府國家行動方案推動小組）。"""

    name: Text = Field(title="名稱")
    rules: str | None = Field(None, title="運作規則", description="運作規則的連結或檔案路徑")
    minutes_within_days: int = Field(30, ge=1, title="會議紀錄公開期限（日）")
    members: list[Member] = Field(min_length=1, title="委員")
    meetings: list[Meeting] = Field(default_factory=list, title="會議")


@dataclass
class ForumFile:
    document: Document
    model: Forum | None
    problems: list[Problem] = field(default_factory=list)


def load_forum(root: Path) -> ForumFile | None:
    path = root / FORUM_FILE
    if not path.is_file():
        return None
    document = load_document(path, root)
    read = all(p.rule == "yaml-root" for p in document.problems)
    if read and _only_comments(document.text):
        return None  # as `ogpkit init` writes it: a commented example, no forum recorded yet
    model, problems = validate_shape(document, Forum)
    return ForumFile(document, model, document.problems + problems)


def _only_comments(text: str) -> bool:
    return not any(line.strip() and not line.lstrip().startswith("#") for line in text.splitlines())
