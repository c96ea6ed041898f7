"""The words of the website (navigation, page headings) in zh-TW and en, beside render's labels."""

from __future__ import annotations

from ogpkit.outputs.cocreation.labels import cocreation_labels
from ogpkit.outputs.render.labels import labels_for

SITE_LABELS: dict[str, tuple[str, str]] = {
    "home": ("首頁", "Home"),
    "site_nav": ("網站導覽", "Site navigation"),
    "themes": ("主題", "Themes"),
    "agencies": ("機關", "Agencies"),
    "downloads": ("下載", "Downloads"),
    "search": ("搜尋", "Search"),
    "search_hint": (
        "輸入關鍵字搜尋本網站的每一頁；輸入多個詞（以空白分隔）時，列出每個詞都有的頁面。"
        "搜尋功能需要瀏覽器啟用 JavaScript。",
        "Type words to search every page of the site; with several words (separated by spaces),"
        " the pages that contain all of them are listed. Search needs JavaScript in the browser.",
    ),
    "search_label": ("關鍵字", "Words to search for"),
    "search_found": ("共有 {n} 頁含「{q}」。", "{n} pages contain “{q}”."),
    "search_none": (
        "沒有任何一頁含「{q}」；請換個詞，或減少關鍵字。",
        "No page contains “{q}”; try another word, or fewer words.",
    ),
    "search_more": ("顯示更多結果", "More results"),
    "feed": ("異動訂閱（Atom）", "Changes feed (Atom)"),
    "at_a_glance": ("方案概覽", "The plan at a glance"),
    "progress_by_theme": ("各主題衡量指標執行狀態", "Milestones by status and theme"),
    "commitment_count": ("承諾事項數", "Commitments"),
    "milestone_count": ("衡量指標數", "Milestones"),
    "theme_count": ("主題數", "Themes"),
    "agency_count": ("參與機關數", "Agencies"),
    "lead_count": ("主辦", "Leads"),
    "support_count": ("協辦", "Supports"),
    "status_history": ("執行歷程", "Status history"),
    "update_date": ("更新日期", "Date"),
    "done": ("辦理情形", "What was done"),
    "no_updates": ("尚無進度更新。", "No progress update yet."),
    "public_input": ("公眾意見與回應", "Public input and responses"),
    "record": ("推動小組與公眾參與紀錄", "Forum and consultation record"),
    "record_link": (
        "推動小組會議、列管事項與公眾參與紀錄",
        "The forum's meetings and resolutions, and the consultation rounds",
    ),
    "revisions": ("修訂紀錄", "Revision history"),
    "no_revisions": ("尚無 Git 紀錄。", "No Git history yet."),
    "commit": ("版本", "Commit"),
    "change": ("異動說明", "Change"),
    "formats": ("各種格式", "Formats"),
    "file": ("檔案", "File"),
    "format": ("格式", "Format"),
    "open_data": ("開放資料", "Open data"),
    "schema": ("資料結構說明（JSON Schema）", "Schema (JSON Schema)"),
    "language": ("語言", "Language"),
    "other_edition": ("English", "中文"),
    "changes_title": ("行動方案異動", "Changes to the plan"),
    "updated": ("最後更新", "Last updated"),
    "page_top": ("回到頁首", "Back to top"),
    "fmt_md": ("Markdown（HackMD、GitHub）", "Markdown (HackMD, GitHub)"),
    "fmt_html": ("網頁（單一檔案，可列印）", "Web page (one file, printable)"),
    "fmt_json": ("JSON 開放資料", "JSON open data"),
    "fmt_csv": ("CSV 開放資料（每列一項承諾事項）", "CSV open data (a row a commitment)"),
    "fmt_docx": ("Word 文件", "Word document"),
    "fmt_odt": ("ODF 文件（政府文件標準格式）", "OpenDocument (ODF)"),
    "fmt_pdf": ("PDF 文件（A4，可列印）", "PDF (A4, printable)"),
    "added": ("新增", "added"),
    "modified": ("修改", "changed"),
    "deleted": ("刪除", "removed"),
    "renamed": ("更名", "renamed"),
    "copied": ("複製", "copied"),
}


def site_labels(lang: str) -> dict[str, str]:
    """render's labels and the site's, in `lang` (`zh-TW` or `en`)."""
    index = 1 if lang == "en" else 0
    return (
        labels_for(lang)
        | cocreation_labels(lang)
        | {key: pair[index] for key, pair in SITE_LABELS.items()}
    )
