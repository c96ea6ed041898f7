"""The zh-TW one-line summary of each lint rule (`ogpkit rules`); the English documentation
is the rule module's docstring. A test fails when a rule has no summary here."""

from __future__ import annotations

SUMMARIES_ZH = {
    "template-placeholder": "欄位中留有範本的說明文字或待填提示。",
    "section-too-short": "`problem`、`commitment` 或 `contribution` 內容過短，無從審查。",
    "milestone-verifiable": "里程碑的衡量指標沒有任何可以查核的內容。",
    "milestone-vague-verb": "里程碑的衡量指標只有空泛的動詞。",
    "ogp-value-justified": "`ogp_values` 的項目沒有說明任何內容。",
    "agency-canonical": "機關以簡稱或別名表示，而非全名。",
    "agency-lead-and-support": "同一個機關同時是主責機關及協辦機關。",
    "date-style": "日期不是行動方案規定的寫法。",
    "sdg-target": "不存在的永續發展目標（SDG）細項目標。",
    "contact-phone": "聯絡電話不是有效的臺灣電話號碼。",
    "contact-email": "聯絡電子郵件地址格式錯誤。",
    "terminology": "使用行動方案要求避免的用語，並提示應改用的用語。",
    "file-name-id": "檔名不是以承諾事項的編號開頭。",
    "duplicate-title": "兩項承諾事項的名稱相同或幾乎相同。",
    "cjk-spacing": "中文內容中多餘的空格。預設關閉。",
    "punctuation": "中文內容中的半形標點，或全形半形混用的括號。預設關閉。",
    "translation-key": "`en:` 下的鍵不對應承諾事項的任何內容。",
    "translation-stale": "英文內容最後修改後，其中文原文又有修改。",
    "translation-glossary": "英文內容對行動方案詞彙表中的用語採用了不同的譯法。",
    "yaml-portable": "其他 YAML 讀取工具讀到的值與 ogpkit 不同。",
    "markdown-list-end": "段落緊接在 Markdown 清單之後，中間沒有空行。",
}

HEADINGS_ZH = {
    "Passing:": "通過的例子：",
    "Failing:": "不通過的例子：",
}
LABELS = {
    "en": ("default", "fixable", "off"),
    "zh-TW": ("預設", "可自動修正", "關閉"),
}
