"""Public input and the government's reasoned response: `consultation/*.yaml`, a file a round.

A round is one consultation (an online comment period, a workshop, a forum meeting, a batch of
e-mails); each input says what it concerns and gets a response with a decision and a reason.
Personal names are kept only where the round says they may be published. A module of its own
because it is a second kind of plan file beside the commitments, loaded with the project.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import Field

from ogpkit.plan.base import Model, PlanDateField, Text
from ogpkit.plan.model import Identifier
from ogpkit.plan.shape import validate_shape
from ogpkit.report.problem import Problem
from ogpkit.source.document import Document, load_document

CONSULTATION_DIR = "consultation"
MAX_ROUND_BYTES = 50_000_000
NEW_COMMITMENT = "new"
CHANNELS = ("online", "workshop", "forum", "email", "other")
CONTRIBUTORS = ("individual", "civil_society", "private_sector", "agency", "anonymous")
DECISIONS = ("adopted", "partly_adopted", "not_adopted", "already_covered", "out_of_scope")

Channel = Literal["online", "workshop", "forum", "email", "other"]
Contributor = Literal["individual", "civil_society", "private_sector", "agency", "anonymous"]
Decision = Literal["adopted", "partly_adopted", "not_adopted", "already_covered", "out_of_scope"]


class Response(Model):
    """政府的回應：採納情形、理由、回應機關與日期。"""

    decision: Decision = Field(
        title="採納情形",
        description="adopted（採納）、partly_adopted（部分採納）、not_adopted（未採納）、already_covered（已納入）、out_of_scope（非本方案範圍）",
    )
    reason: Text = Field(title="理由", description="說明採納或不採納的理由")
    agency: Text = Field(title="回應機關")
    date: PlanDateField = Field(title="回應日期")
    adopted_in: list[Identifier] = Field(
        default_factory=list,
        title="採納於",
        description="採納或部分採納時，寫明納入的承諾事項編號",
    )


class Input(Model):
    """一則公眾意見。"""

    id: Identifier = Field(title="編號")
    received: PlanDateField = Field(title="收件日期")
    contributor: Contributor = Field(
        title="提出者類別",
        description="individual（個人）、civil_society（公民團體）、private_sector（私部門）、agency（機關）、anonymous（匿名）",
    )
    name: str | None = Field(
        None, title="提出者名稱", description="僅在本輪 publish_names: true 時填寫"
    )
    text: Text = Field(title="意見內容")
    concerns: list[Identifier] = Field(
        min_length=1, title="涉及的承諾事項", description="承諾事項編號；建議新增承諾事項寫 new"
    )
    response: Response | None = Field(None, title="回應")


class Round(Model):
    """一輪公眾參與（線上徵詢、工作坊、會議、電子郵件）。"""

    id: Identifier = Field(title="編號")
    title: Text = Field(title="名稱")
    channel: Channel = Field(title="管道", description="online、workshop、forum、email、other")
    start: PlanDateField = Field(title="開始日期")
    end: PlanDateField = Field(title="結束日期")
    link: str | None = Field(None, title="連結")
    publish_names: bool = Field(
        False, title="公開提出者名稱", description="true：提出者同意公開名稱"
    )
    inputs: list[Input] = Field(default_factory=list, title="意見")


@dataclass
class RoundFile:
    document: Document
    model: Round | None
    problems: list[Problem] = field(default_factory=list)


def round_paths(root: Path) -> list[Path]:
    folder = root / CONSULTATION_DIR
    if not folder.is_dir():
        return []
    return sorted(
        folder / name
        for name in os.listdir(folder)
        if name.endswith((".yaml", ".yml")) and (folder / name).is_file()
    )


def load_round(path: Path, root: Path) -> RoundFile:
    document = load_document(path, root, MAX_ROUND_BYTES)
    model, problems = validate_shape(document, Round)
    return RoundFile(document, model, document.problems + problems)


def load_rounds(root: Path) -> list[RoundFile]:
    return [load_round(path, root) for path in round_paths(root)]
