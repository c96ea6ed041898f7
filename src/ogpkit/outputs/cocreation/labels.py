"""The words of the reasoned-response annex and of the forum's record, in zh-TW and en."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    "annex": ("公眾意見回應附錄", "Annex: response to public input"),
    "annex_desc": (
        "依承諾事項列出每一則公眾意見、政府的採納情形與理由。",
        "Each public input, the government's decision and its reason, by commitment.",
    ),
    "rounds": ("公眾參與場次", "Consultation rounds"),
    "round": ("場次", "Round"),
    "channel": ("管道", "Channel"),
    "round_period": ("期間", "Dates"),
    "received": ("收到意見", "Inputs received"),
    "adopted": ("採納", "Adopted"),
    "partly_adopted": ("部分採納", "Partly adopted"),
    "not_adopted": ("未採納", "Not adopted"),
    "already_covered": ("已納入", "Already covered"),
    "out_of_scope": ("非本方案範圍", "Out of scope"),
    "other_decision": ("已納入或非本方案範圍", "Already covered or out of scope"),
    "pending": ("尚未回應", "Not yet answered"),
    "by_commitment": ("各承諾事項意見數", "Inputs by commitment"),
    "new_commitment": ("建議新增承諾事項", "Proposals for new commitments"),
    "input": ("意見", "Input"),
    "contributor": ("提出者", "Contributor"),
    "decision": ("採納情形", "Decision"),
    "reason": ("理由", "Reason"),
    "responder": ("回應機關", "Responding agency"),
    "response_date": ("回應日期", "Date of response"),
    "adopted_in": ("納入", "Adopted in"),
    "individual": ("個人", "Individual"),
    "civil_society_org": ("公民團體", "Civil-society organisation"),
    "private_sector": ("私部門", "Private sector"),
    "agency_contributor": ("機關", "Agency"),
    "anonymous": ("匿名", "Anonymous"),
    "online": ("線上徵詢", "Online consultation"),
    "workshop": ("工作坊", "Workshop"),
    "forum_meeting": ("推動小組會議", "Forum meeting"),
    "email": ("電子郵件", "E-mail"),
    "other_channel": ("其他", "Other"),
    "all": ("全部", "All"),
    "forum": ("多方利害關係人論壇", "Multi-stakeholder forum"),
    "rules": ("運作規則", "Rules"),
    "members": ("委員", "Members"),
    "member": ("委員", "Member"),
    "sector": ("部門", "Sector"),
    "organisation": ("所屬機關或團體", "Organisation"),
    "term": ("任期", "Term"),
    "co_chair": ("共同召集人", "Co-chair"),
    "government_sector": ("政府", "Government"),
    "civil_society_sector": ("民間", "Civil society"),
    "meetings": ("會議", "Meetings"),
    "meeting": ("會議", "Meeting"),
    "agenda": ("議程", "Agenda"),
    "minutes": ("會議紀錄", "Minutes"),
    "attendance": ("出席", "Attendance"),
    "resolutions": ("列管事項", "Resolutions"),
    "resolution": ("決議", "Resolution"),
    "owner": ("辦理機關", "Owner"),
    "due": ("期限", "Due"),
    "resolution_status": ("狀態", "Status"),
    "open": ("持續列管", "Open"),
    "closed": ("解除列管", "Closed"),
    "closed_by": ("解除列管依據", "Closed by"),
    "history": ("修訂歷程", "Revision history"),
    "changed_fields": ("修正欄位", "Fields changed"),
}

DECISION_KEYS = ("adopted", "partly_adopted", "not_adopted", "already_covered", "out_of_scope")
CONTRIBUTOR_KEYS = {
    "individual": "individual",
    "civil_society": "civil_society_org",
    "private_sector": "private_sector",
    "agency": "agency_contributor",
    "anonymous": "anonymous",
}
CHANNEL_KEYS = {
    "online": "online",
    "workshop": "workshop",
    "forum": "forum_meeting",
    "email": "email",
    "other": "other_channel",
}


def cocreation_labels(lang: str) -> dict[str, str]:
    index = 1 if lang == "en" else 0
    return {key: pair[index] for key, pair in LABELS.items()}
