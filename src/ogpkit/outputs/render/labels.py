"""The words of the rendered plan (headings, table headers, field names) in zh-TW and en.

The zh-TW labels are the template's own (承諾事項建議表), so the rendered plan reads like the
form the agencies filled in.
"""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    "skip": ("跳至主要內容", "Skip to main content"),
    "period": ("行動方案期間", "Plan period"),
    "timeline": ("時程", "Timeline"),
    "timeline_picture": ("承諾事項時程圖", "Timeline of the commitments"),
    "timeline_desc": (
        "橫軸為行動方案期間，每列為一項承諾事項，色條為其衡量指標，顏色表示執行狀態。",
        "The plan period runs across; each row is a commitment, its milestones drawn as bars coloured by status.",
    ),
    "today": ("今天", "Today"),
    "date": ("日期", "Date"),
    "colon": ("：", ": "),
    "list_sep": ("、", ", "),
    "contents": ("目次", "Contents"),
    "commitments": ("承諾事項", "Commitments"),
    "theme": ("主題", "Theme"),
    "id": ("編號", "ID"),
    "title": ("承諾事項名稱", "Commitment"),
    "commitment_period": ("承諾事項的起迄時間", "Period"),
    "lead_agencies": ("主辦機關", "Lead agencies"),
    "supporting_agencies": ("協辦機關", "Supporting agencies"),
    "group_note": (
        "（泛稱，非單一機關：{stands_for}）",
        " (a group, not one agency: {stands_for})",
    ),
    "late_acceptance": ("逾期受理", "Late submission accepted"),
    "late_text": ("{date} 由 {by} 同意受理：{reason}", "On {date} by {by}: {reason}"),
    "description": ("承諾事項描述", "Description"),
    "problem": ("承諾事項將涉及哪些公共問題？", "What public problem does it address?"),
    "commitment": ("承諾事項為何？", "What is the commitment?"),
    "contribution": (
        "承諾事項本身對於解決這些公共問題有何貢獻與助益？",
        "How will it help solve the problem?",
    ),
    "ogp_values": (
        "與OGP核心價值（透明、公共參與、課責）的相關性",
        "Relevance to OGP values (transparency, participation, accountability)",
    ),
    "transparency": ("透明", "Transparency"),
    "participation": ("公共參與", "Public participation"),
    "accountability": ("課責", "Accountability"),
    "additional_info": ("其他資訊", "Additional information"),
    "budget": ("預算", "Budget"),
    "related_programs": ("與其他政府相關計畫之關連性", "Related government programmes"),
    "national_plans": ("與國家發展計畫之關連性", "National development plans"),
    "anti_corruption_strategy": ("與國家反貪策略的關連性", "Anti-corruption strategy"),
    "sdgs": ("永續發展目標", "Sustainable Development Goals"),
    "other": ("其他", "Other"),
    "milestones": ("可量化或驗證之衡量指標", "Verifiable and measurable milestones"),
    "indicator": ("衡量指標", "Milestone"),
    "start": ("起始日期", "Start"),
    "end": ("結束日期", "End"),
    "milestone_period": ("期程", "When"),
    "status": ("執行狀態", "Status"),
    "evidence": ("佐證資料", "Evidence"),
    "last_update": ("最近更新", "Last update"),
    "withdrawn": ("已撤回", "Withdrawn"),
    "contact": ("聯絡資訊", "Contact information"),
    "contact_name": ("承辦人員", "Name"),
    "contact_title": ("職稱與部門", "Title and department"),
    "contact_reach": ("Email與電話", "E-mail and phone"),
    "other_actors": ("其他參與人員", "Other actors involved"),
    "government": ("相關政府機關人員", "Government"),
    "civil_society": (
        "公民社會團體、私部門或工作團隊",
        "Civil society, private sector, working groups",
    ),
    "agency_index": ("機關索引", "Index of agencies"),
    "agency": ("機關", "Agency"),
    "leads": ("主辦", "Leads"),
    "supports": ("協辦", "Supports"),
    "summary": ("統計", "Summary"),
    "by_theme": ("各主題承諾事項數", "Commitments by theme"),
    "by_status": ("各執行狀態衡量指標數", "Milestones by status"),
    "count": ("數量", "Count"),
    "total": ("合計", "Total"),
    "none": ("無", "None"),
    "back_to_contents": ("回到目次", "Back to contents"),
    "revisions": ("修正歷程", "Revision history"),
    "revision_added": ("新增本承諾事項", "Commitment added"),
    "compare_link": ("修正對照表", "Comparison table"),
    "not_started": ("尚未開始", "Not started"),
    "limited": ("有限", "Limited"),
    "substantial": ("大部分", "Substantial"),
    "complete": ("完成", "Complete"),
    "untranslated": (
        "個欄位尚無英文翻譯，以中文顯示並標示 [Not yet translated]",
        "fields of this edition have no English translation yet; they are shown in Chinese, marked [Not yet translated]",
    ),
}


def labels_for(lang: str) -> dict[str, str]:
    """Every label in `lang` (`zh-TW` or `en`)."""
    index = 1 if lang == "en" else 0
    return {key: pair[index] for key, pair in LABELS.items()}
