"""The words of the comparison table (修正對照表) in zh-TW and en.

The zh-TW words are those of a Taiwanese government document; the English ones let a
foreign reviewer (OGP's IRM) read the same table. Field labels come from the field's key, so
that the history stage stays free of languages.
"""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    "title": ("修正對照表", "Revision comparison table"),
    "field": ("欄位", "Field"),
    "new": ("修正後", "Revised text"),
    "old": ("修正前", "Previous text"),
    "note": ("說明", "Explanation"),
    "same": ("同上", "As above"),
    "no_change": (
        "兩個版本的承諾事項沒有差異。",
        "The commitments are the same in both revisions.",
    ),
    "before": ("修正前", "Previous"),
    "after": ("修正後", "Revised"),
    "added": ("新增承諾事項", "Commitments added"),
    "removed": ("刪除承諾事項", "Commitments removed"),
    "milestones_added": ("新增衡量指標", "Milestones added"),
    "milestones_removed": ("刪除衡量指標", "Milestones removed"),
    "agencies_added": ("新增機關", "Agencies added"),
    "agencies_removed": ("刪除機關", "Agencies removed"),
    "colon": ("：", ": "),
    "milestone": ("衡量指標", "Milestone"),
}

FIELDS_EN: dict[str, str] = {
    "id": "ID",
    "title": "Title",
    "theme": "Theme",
    "period": "Period",
    "lead_agencies": "Lead agencies",
    "supporting_agencies": "Supporting agencies",
    "problem": "Public problem",
    "commitment": "Commitment",
    "contribution": "Contribution",
    "ogp_values.transparency": "Transparency",
    "ogp_values.participation": "Public participation",
    "ogp_values.accountability": "Accountability",
    "additional_info": "Additional information",
    "contact": "Contact",
    "other_actors": "Other actors",
}


def label(key: str, lang: str) -> str:
    return LABELS[key][1 if lang == "en" else 0]


def field_label(key: str, zh_label: str, lang: str) -> str:
    """The label of a changed field: as the history stage gave it (zh-TW), or in English."""
    if lang != "en":
        return zh_label
    if key.startswith("milestones."):
        return f"Milestone {key.split('.', 1)[1]}"
    return FIELDS_EN.get(key, key.replace("_", " ").capitalize())
