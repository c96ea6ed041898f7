"""The words of the office documents: the template's questions in Chinese, and in English."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    "plan_period": ("行動方案期間", "Plan period"),
    "version": ("版本日期", "Version of"),
    "untranslated": (
        "{count} 個欄位尚無英文翻譯，以中文顯示並標示 [Not yet translated]",
        "{count} fields of this edition have no English translation yet; they are shown in Chinese, marked [Not yet translated]",
    ),
    "contents": ("目次", "Contents"),
    "page": ("第 {page} 頁／共 {pages} 頁", "Page {page} of {pages}"),
    "commitments": ("承諾事項", "Commitments"),
    "milestones": ("衡量指標", "Milestones"),
    "form_part": ("承諾事項內容", "The commitment"),
    "contact_part": ("聯絡資訊與其他參與人員", "Contact and other actors"),
    "title_id": ("承諾事項名稱與編號", "Commitment title and id"),
    "period": ("承諾事項的起迄時間", "Period"),
    "agencies": ("主（協）辦機關", "Lead (supporting) agencies"),
    "late_acceptance": ("逾期受理", "Late submission accepted"),
    "late_text": ("{date} 由 {by} 同意受理：{reason}", "On {date} by {by}: {reason}"),
    "problem": ("承諾事項將涉及哪些公共問題？", "What public problem does it address?"),
    "commitment": ("承諾事項為何？", "What is the commitment?"),
    "contribution": (
        "承諾事項本身對於解決這些公共問題有何貢獻與助益？",
        "How will it contribute to solving the problem?",
    ),
    "ogp_values": (
        "為何此一承諾事項與OGP的核心價值（透明、公共參與、課責）有所相關？",
        "Why is it relevant to OGP values (transparency, participation, accountability)?",
    ),
    "transparency": ("透明", "Transparency"),
    "participation": ("公共參與", "Participation"),
    "accountability": ("課責", "Accountability"),
    "additional_info": ("其他資訊", "Additional information"),
    "budget": ("預算", "Budget"),
    "related_programs": ("相關計畫", "Related programmes"),
    "national_plans": ("國家發展計畫", "National plans"),
    "anti_corruption_strategy": ("國家反貪策略", "Anti-corruption strategy"),
    "sdgs": ("永續發展目標", "SDG targets"),
    "other": ("其他", "Other"),
    "milestone": ("可量化或驗證之衡量指標", "Verifiable and measurable milestone"),
    "start": ("起始日期", "Start"),
    "end": ("結束日期", "End"),
    "status": ("執行狀態", "Status"),
    "contact_name": ("承辦人員", "Contact person"),
    "contact_title": ("職稱與部門", "Title and department"),
    "contact_reach": ("Email與電話", "Email and phone"),
    "government": ("其他參與人員：相關政府機關人員", "Other actors: government"),
    "civil_society": (
        "其他參與人員：公民社會團體、私部門或工作團隊",
        "Other actors: civil society, private sector, working groups",
    ),
    "agency_index": ("機關索引", "Agency index"),
    "agency": ("機關", "Agency"),
    "leads": ("主辦", "Leads"),
    "supports": ("協辦", "Supports"),
    "group_note": (
        "（泛稱，非單一機關：{stands_for}）",
        " (a group, not one agency: {stands_for})",
    ),
}
STATUS_LABELS: dict[str, tuple[str, str]] = {
    "not_started": ("尚未開始", "Not started"),
    "limited": ("有限", "Limited"),
    "substantial": ("大部分", "Substantial"),
    "complete": ("完成", "Complete"),
}


def label(key: str, lang: str) -> str:
    return LABELS[key][1 if lang == "en" else 0]


def status_label(status: str, lang: str) -> str:
    return STATUS_LABELS[status][1 if lang == "en" else 0]
