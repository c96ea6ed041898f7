"""The pydantic models of the plan manifest (`plan.yaml`) and of a commitment file.

They say what shape the data has; `ogpkit.checks` judges it against the plan. Field titles and
descriptions are the template's (承諾事項建議表) words, so the generated JSON Schema shows them
in editors. Keys that start with `x-` are extensions and are ignored.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    Field,
    WithJsonSchema,
    model_validator,
)

from ogpkit.plan import progress
from ogpkit.plan.base import (
    Model,
    PlanDateField,
    Status,
    Text,
)

OGP_VALUES = ("transparency", "participation", "accountability")


Identifier = Annotated[
    str,
    Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$", max_length=64),
    WithJsonSchema({"type": "string", "pattern": r"^[A-Za-z0-9][A-Za-z0-9._-]*$", "maxLength": 64}),
]
SdgTarget = Annotated[
    str,
    Field(pattern=r"^\d{1,2}\.(\d{1,2}|[a-z])$"),
    WithJsonSchema(
        {
            "type": "string",
            "pattern": r"^[0-9]{1,2}\.(?:[0-9]{1,2}|[a-z])$",
            "examples": ["16.10", "5.c"],
        }
    ),
]


class Period(Model):
    """承諾事項的起迄時間。"""

    start: PlanDateField = Field(title="開始", description="開始日期，例如 109-05")
    end: PlanDateField = Field(title="結束", description="結束日期，例如 113-05")


class OgpValues(Model):
    """為何此一承諾事項與 OGP 的核心價值（透明、公共參與、課責）有所相關？至少說明一項。"""

    transparency: str | None = Field(
        None,
        title="透明",
        description="●承諾事項如果有利於揭露更多資訊、提升所揭露資訊之品質、促使更多社會大眾獲取這些資訊，或是提升了民眾的資訊權，即是與OGP核心價值之透明相關。",
    )
    participation: str | None = Field(
        None,
        title="公共參與",
        description="●承諾事項如果創造或促進更多的機會、提升大眾影響決策的能力，將創造或促進有利於公民社會發展的環境，即是與OGP核心價值之公共參與相關。",
    )
    accountability: str | None = Field(
        None,
        title="課責",
        description="●承諾事項如果創造或促進規範、法令與機制的建立，要求政府官員必須對其決策行動提供更多的公開說明以利民眾瞭解，即是與OGP核心價值之課責相關。",
    )


class AdditionalInfo(Model):
    """其他資訊。"""

    budget: str | None = Field(None, title="預算", description="●落實承諾事項之預算")
    related_programs: str | None = Field(
        None, title="相關計畫", description="●與其他政府相關計畫之關連性"
    )
    national_plans: str | None = Field(
        None,
        title="國家發展計畫",
        description="●與國家發展計畫或其他部門或地方性計畫之關連性",
    )
    anti_corruption_strategy: str | None = Field(
        None, title="國家反貪策略", description="●與其他相關計畫如國家反貪策略的關連性"
    )
    sdgs: list[SdgTarget] = Field(
        default_factory=list,
        title="永續發展目標",
        description="●與永續發展目標的關連性：SDG 細項目標編號，例如 16.10",
    )
    other: str | None = Field(None, title="其他", description="其他有用資訊")


class Milestone(Model):
    """可量化或驗證之衡量指標。"""

    indicator: Text = Field(title="衡量指標", description="可量化或驗證之衡量指標")
    start: PlanDateField = Field(title="起始日期", description="起始日期，例如 109-05")
    end: PlanDateField = Field(title="結束日期", description="結束日期，例如 110-12")
    status: Status = Field(
        "not_started",
        title="執行狀態",
        description="not_started（尚未開始）、limited（有限）、substantial（大部分）、complete（完成）",
    )
    evidence: str | None = Field(None, title="佐證資料", description="完成情形的佐證資料或連結")
    agency: str | None = Field(
        None, min_length=1, title="負責機關", description="省略時為承諾事項的主辦機關"
    )
    updates: list[progress.Update] = Field(
        default_factory=list, title="進度更新", description="每次進度報告一筆，依日期排列"
    )
    withdrawn: progress.Withdrawal | None = Field(None, title="撤回或替換")

    @model_validator(mode="after")
    def _status_of_latest_update(self) -> Milestone:
        """The current status is the latest update's, unless the file writes one (then the
        checks require that they agree)."""
        if self.updates and "status" not in self.model_fields_set:
            latest = max(enumerate(self.updates), key=lambda pair: (pair[1].date.last_day, pair[0]))
            object.__setattr__(self, "status", latest[1].status)
        return self


class Contact(Model):
    """聯絡資訊。"""

    name: Text = Field(title="承辦人員")
    title: str | None = Field(None, title="職稱")
    department: str | None = Field(None, title="部門")
    email: str | None = Field(
        None,
        title="Email",
        # what every address that the contact-email rule accepts has: one @, a dotted domain
        json_schema_extra={"format": "email", "pattern": r"^[^@\s]+@[^@\s]+\.[^@\s]+$"},
    )
    phone: str | None = Field(None, title="電話")


class OtherActors(Model):
    """其他參與人員。"""

    government: list[Text] = Field(default_factory=list, title="相關政府機關人員")
    civil_society: list[Text] = Field(default_factory=list, title="公民社會團體、私部門或工作團隊")


class LateAcceptance(Model):
    """幕僚單位同意受理逾期提交的承諾事項：誰、何時、為何。"""

    by: Text = Field(title="同意者", description="同意受理的單位或人員，例如 國家發展委員會")
    date: PlanDateField = Field(title="同意日期", description="例如 109-01-20")
    reason: Text = Field(title="理由", description="為何受理逾期提交")


class Commitment(Model):
    """我國開放政府行動方案承諾事項建議表：一個檔案一項承諾事項。"""

    id: Identifier = Field(title="編號", description="承諾事項編號，全方案唯一，例如 1-1")
    title: Text = Field(title="承諾事項名稱")
    theme: Identifier = Field(title="主題", description="plan.yaml 中 themes 的 id")
    period: Period | None = Field(
        None, title="承諾事項的起迄時間", description="省略時為整個行動方案期間"
    )
    lead_agencies: list[Text] = Field(min_length=1, title="主辦機關")
    supporting_agencies: list[Text] = Field(default_factory=list, title="協辦機關")
    problem: Text = Field(
        title="承諾事項將涉及哪些公共問題？",
        description="●描述承諾事項將涉及的社會、經濟、政治及環境相關問題，盡可能提供確切的背景資料、事實及統計數據以資佐證。",
    )
    commitment: Text = Field(
        title="承諾事項為何？",
        description="●描述承諾事項的內容、可預期的成果以及總目標。",
    )
    contribution: Text = Field(
        title="承諾事項本身對於解決這些公共問題有何貢獻與助益？",
        description="●描述承諾事項將如何有助於解決問題或改變政府解決問題的運作方式。",
    )
    ogp_values: OgpValues = Field(title="與OGP核心價值（透明、公共參與、課責）的相關性")
    additional_info: AdditionalInfo | None = Field(None, title="其他資訊")
    milestones: list[Milestone] = Field(min_length=1, title="可量化或驗證之衡量指標")
    contact: Contact = Field(title="聯絡資訊")
    other_actors: OtherActors | None = Field(None, title="其他參與人員")
    submitted: PlanDateField | None = Field(
        None,
        title="提交日期",
        description="截止日前以紙本或電子郵件提交的日期；省略時取自 Git 紀錄",
    )
    late_acceptance: LateAcceptance | None = Field(
        None,
        title="逾期受理",
        description="截止日後提交、經幕僚單位同意受理時填寫：by（同意者）、date（日期）、reason（理由）",
    )
    en: dict[str, Text] | None = Field(
        None,
        title="英文版",
        description="各欄位的英文：鍵為中文欄位的路徑（例如 title、problem、milestones.1.indicator），值為英文",
    )
    results: progress.Results | None = Field(None, title="成果")

    def effective_period(self, plan: Plan) -> Period:
        return self.period or plan.period


class TimelineEntry(Model):
    """行動方案的時程：一個里程碑日期。"""

    id: Identifier = Field(title="編號")
    name: Text = Field(title="名稱")
    name_en: str | None = Field(None, title="英文名稱")
    due: PlanDateField = Field(title="日期")
    submission: bool = Field(
        False, title="承諾事項提交期限", description="true：各機關提交承諾事項的截止日"
    )


class Theme(Model):
    """承諾事項的主題（分類）。"""

    id: Identifier = Field(title="編號")
    number: Identifier | None = Field(
        None,
        title="顯示編號",
        description="標題與承諾事項編號所用的號碼；省略時為主題在 themes 中的順序（1、2、3…）",
    )
    name: Text = Field(title="名稱")
    name_en: str | None = Field(None, title="英文名稱")
    description: str | None = Field(None, title="說明")


class Agency(Model):
    """機關名冊的一筆：全銜、簡稱與別名。"""

    name: Text = Field(title="機關全銜")
    name_en: str | None = Field(None, title="英文名稱")
    short: str | None = Field(None, title="簡稱")
    aliases: list[Text] = Field(default_factory=list, title="別名")

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *((self.short,) if self.short else ()), *self.aliases)


class AgencyGroup(Model):
    """不是單一機關的泛稱（各機關、地方政府、行政院所屬各機關）：可列為主辦或協辦，照寫照印，
    但不算作提交承諾事項或負責衡量指標的機關。"""

    name: Text = Field(title="名稱", description="承諾事項中照寫的名稱，例如 各機關")
    name_en: str | None = Field(None, title="英文名稱")
    aliases: list[Text] = Field(default_factory=list, title="別名")
    stands_for: Text = Field(
        title="涵蓋範圍", description="此一泛稱指哪些機關，例如 行政院所屬各部會及直轄市、縣市政府"
    )
    stands_for_en: str | None = Field(None, title="涵蓋範圍（英文）")

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


class PreliminaryItem(Model):
    """承諾事項初步建議：一個項目與預期提出承諾事項的機關。"""

    title: Text = Field(title="項目")
    title_en: str | None = Field(None, title="英文名稱")
    theme: Identifier | None = Field(None, title="主題")
    agencies: list[Text] = Field(default_factory=list, title="預期提出的機關")


class Plan(Model):
    """行動方案設定檔（plan.yaml）。"""

    title: Text = Field(title="行動方案名稱")
    title_en: str | None = Field(None, title="英文名稱")
    locale: Literal["zh-TW", "en"] = Field("zh-TW", title="語言")
    date_style: Literal["roc", "iso"] = Field("roc", title="日期格式")
    period: Period = Field(title="行動方案期間")
    timeline: list[TimelineEntry] = Field(min_length=1, title="時程")
    themes: list[Theme] = Field(min_length=1, title="主題")
    agencies: list[Agency] = Field(min_length=1, title="機關名冊")
    agency_groups: list[AgencyGroup] = Field(
        default_factory=list,
        title="機關泛稱",
        description="不是單一機關的泛稱，例如 各機關、地方政府；可列為主辦或協辦機關",
    )
    preliminary_items: list[PreliminaryItem] = Field(
        default_factory=list, title="承諾事項初步建議", description="各項目預期提出承諾事項的機關"
    )
    lint: dict[str, Any] = Field(default_factory=dict, title="檢查規則設定")
    deadlines: dict[str, Any] = Field(default_factory=dict, title="期限設定")
    render: dict[str, Any] = Field(default_factory=dict, title="輸出設定")
    glossary: dict[str, str] = Field(
        default_factory=dict,
        title="中英詞彙表",
        description="中文詞彙 → 英文譯法，例如 承諾事項: commitment；英文版須一致使用",
    )
    consultation: dict[str, Any] = Field(
        default_factory=dict,
        title="公眾意見回應設定",
        description="respond_by：回應期限（日期或 timeline 的 id，預設 approval）；same_reason_max：同一理由最多可用於幾則意見",
    )
    reporting: progress.ReportingCalendar | None = Field(None, title="報告時程")

    def theme_number(self, theme_id: str) -> str:
        """The number a theme is shown with: its `number`, else its position (from 1); the id
        itself when no theme has it."""
        for position, theme in enumerate(self.themes, start=1):
            if theme.id == theme_id:
                return theme.number or str(position)
        return theme_id

    def theme_of_number(self, number: str) -> str | None:
        """The id of the theme shown with `number` (an id written as a number, as in 1-6)."""
        for theme in self.themes:
            if self.theme_number(theme.id) == number:
                return theme.id
        return None
