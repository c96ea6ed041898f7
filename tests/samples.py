"""Commitment texts for tests: one valid file, and ways to break it."""

from __future__ import annotations

from pathlib import Path

VALID = """\
# yaml-language-server: $schema=../schema/commitment.schema.json
id: 9-1
title: 測試承諾事項
theme: "1"
period:
  start: 109-05
  end: 113-05
lead_agencies:
  - 國家發展委員會
supporting_agencies:
  - 法務部
problem: |
  政府資訊公開的範圍與品質仍有不足，民眾難以取得決策所依據的資料與統計數據，也難以追蹤決策過程。
commitment: |
  建置單一入口網站，公開各機關的決策資料與會議紀錄，並訂定資料品質標準與定期更新頻率的規範。
contribution: |
  民眾可以及早取得完整的決策資料並參與討論，促使機關公開說明其決策理由與採納意見的情形。
ogp_values:
  transparency: 公開各機關決策資料，提升資訊的品質與可及性。
milestones:
  - indicator: 110年6月前上線決策資料入口網，收錄20個機關的資料
    start: 109-05
    end: 110-06
    status: limited
contact:
  name: 王小明
  email: someone@ndc.gov.tw
  phone: 02-2316-5300
submitted: 109-01-08
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / "commitments" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
