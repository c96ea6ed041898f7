"""The words of the self-assessment report, in Chinese and in English (like office labels)."""

from __future__ import annotations

from ogpkit.plan.base import STATUSES

LABELS: dict[str, tuple[str, str]] = {
    "report": ("自評報告", "Self-assessment report"),
    "midterm": ("期中自評報告", "Midterm self-assessment report"),
    "final": ("期末自評報告", "End-of-term self-assessment report"),
    "period": ("報告期別", "Reporting period"),
    "as_of": ("資料截止日", "As of"),
    "summary": ("摘要", "Summary"),
    "by_theme": ("各主題完成程度", "Completion by theme"),
    "by_agency": ("各機關完成程度", "Completion by agency"),
    "theme_history": ("各主題歷期完成程度", "Completion by theme over the reporting periods"),
    "theme": ("主題", "Theme"),
    "agency": ("機關", "Agency"),
    "total": ("合計", "Total"),
    "all": ("全部", "All"),
    "commitments": ("承諾事項", "Commitments"),
    "milestone": ("衡量指標", "Milestone"),
    "period_dates": ("起迄", "Dates"),
    "completion": ("完成程度", "Completion"),
    "done": ("辦理情形", "What was done"),
    "evidence": ("佐證資料", "Evidence"),
    "withdrawn": ("已撤回", "Withdrawn"),
    "replaced_by": ("由第 {n} 項取代", "replaced by milestone {n}"),
    "results": ("成果", "Results"),
    "early_results": ("初步成果", "Early results"),
    "opened_government": ("是否促進政府開放", "Did it open government?"),
    "next_steps": ("下一步", "Next steps"),
    "lead": ("主辦機關", "Lead agencies"),
    "no_update": ("尚無進度更新", "No progress update yet"),
    "not_started": ("尚未開始", "Not started"),
    "limited": ("有限", "Limited"),
    "substantial": ("大部分", "Substantial"),
    "complete": ("完成", "Complete"),
    "not_reported": ("未報告", "Not reported"),
    "history_git": (
        "各期數字依各期截止日當日（臺北時間）結束前最後一次提交（commit）之檔案計算，即當時所報告者。",
        "The figures of each period are those of the files as last committed by the end of its due date (Taipei time): what was reported then.",
    ),
    "history_unreadable": (
        "第 {n} 期：下列檔案當時無法解析，其衡量指標計為未報告：{files}",
        "Period {n}: these files could not be read then, and their milestones are counted as not reported: {files}",
    ),
    "history_files": (
        "無法讀取 Git 歷史（{reason}），各期數字改依現行檔案中日期在各期截止日以前之進度更新計算，未必為當時所報告者。",
        "The Git history cannot be read ({reason}); the figures of each period come from the updates of the current files dated by its due date, which may differ from what was reported then.",
    ),
    "history_before": (
        "第 {periods} 期截止時尚無 Git 紀錄，其數字改依現行檔案中日期在各期截止日以前之進度更新計算。",
        "Periods {periods} ended before the Git history begins; their figures come from the updates of the current files dated by each due date.",
    ),
    "not-a-checkout": ("不是 Git 儲存庫", "not a Git checkout"),
    "shallow": ("淺層複製，歷史不完整", "a shallow clone, without the whole history"),
}


def labels(lang: str) -> dict[str, str]:
    index = 1 if lang == "en" else 0
    return {key: pair[index] for key, pair in LABELS.items()}


def status_labels(lang: str) -> dict[str, str]:
    words = labels(lang)
    return {status: words[status] for status in STATUSES}
