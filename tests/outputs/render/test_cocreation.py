"""The reasoned-response annex and the forum's record in every format, and consultation.csv."""

from __future__ import annotations

import csv
import io
import json
import shutil
import zipfile
from pathlib import Path

from docx import Document

from tests.conftest import CLI, REPO

ROUND = """\
id: r9
title: 電子郵件意見
channel: email
start: 109-02-01
end: 109-02-29
publish_names: {publish}
inputs:
  - id: M1
    received: 109-02-03
    contributor: individual
    name: 王小明
    text: '=HYPERLINK("http://evil.example","點我") <script>alert(1)</script>'
    concerns: [1-1, new]
    response:
      decision: not_adopted
      reason: '-2+3 不在本方案範圍內的採購改革，將轉請主管機關研議。'
      agency: 行政院公共工程委員會
      date: 109-03-01
  - id: M2
    received: 109-02-04
    contributor: civil_society
    text: 建議公開投標廠商名單。
    concerns: [1-1]
"""


def _record(plan_dir: Path, publish: str) -> None:
    shutil.copytree(REPO / "docs" / "forum", plan_dir / "docs" / "forum")
    shutil.copy(REPO / "forum.yaml", plan_dir / "forum.yaml")
    (plan_dir / "consultation").mkdir()
    (plan_dir / "consultation" / "r9.yaml").write_text(
        ROUND.format(publish=publish), encoding="utf-8"
    )


def _odt_text(path: Path) -> str:
    return zipfile.ZipFile(path).read("content.xml").decode("utf-8")


def test_annex_and_forum_in_every_format(cli: CLI, plan_dir: Path) -> None:
    _record(plan_dir, "false")
    result = cli(
        "render", "--today", "109-02-20", "--force", "--format", "md,html,json,csv,docx,odt"
    )
    assert result.exit_code == 0, result.output
    build = plan_dir / "build"
    outputs = {p.name: p.read_bytes() for p in build.iterdir()}
    assert set(outputs) >= {"consultation.csv", "plan.docx", "plan.odt"}
    for name, data in outputs.items():
        text = data.decode("utf-8") if name.endswith(("md", "html", "json", "csv")) else ""
        text += _odt_text(build / name) if name.endswith("odt") else ""
        assert "王小明" not in text, f"a name is published in {name}"
    docx = "\n".join(
        cell.text
        for table in Document(str(build / "plan.docx")).tables
        for row in table.rows
        for cell in row.cells
    )
    assert "王小明" not in docx
    html = outputs["plan.html"].decode("utf-8")
    assert '<h2 id="annex">公眾意見回應附錄</h2>' in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>" not in html
    assert '<a href="../docs/forum/108-12-13.md">會議紀錄</a>' in html
    assert '<h3 id="annex-new">建議新增承諾事項</h3>' in html
    md = outputs["plan.md"].decode("utf-8")
    assert "| [1-1 政府採購資訊公開](#annex-1-1) | 2 | 0 | 0 | 1 | 0 | 1 |" in md
    assert "| 電子郵件意見<br>電子郵件：109年2月1日 – 109年2月29日 | 2 | 0 | 0 | 1 | 0 | 1 |" in md
    assert "&lt;script>" in md
    assert "[會議紀錄](<../docs/forum/108-12-13.md>)" in md
    data = json.loads(outputs["plan.json"])
    assert data["consultation"]["by_commitment"]["1-1"]["pending"] == 1
    assert "name" not in data["consultation"]["rounds"][0]["inputs"][0]
    assert data["forum"]["members"][0]["co_chair"] is True
    rows = list(csv.DictReader(io.StringIO(outputs["consultation.csv"].decode("utf-8-sig"))))
    assert [r["input_id"] for r in rows] == ["M1", "M2"]
    assert rows[0]["text"].startswith("'=HYPERLINK(")
    assert rows[0]["reason"].startswith("'-2+3")
    assert rows[0]["name"] == ""
    assert rows[1]["decision"] == ""
    assert "公眾意見回應附錄" in docx or "推動小組" in docx
    odt = _odt_text(build / "plan.odt")
    assert "公眾意見回應附錄" in odt
    assert "列管事項" in odt


def test_names_are_published_where_the_round_allows(cli: CLI, plan_dir: Path) -> None:
    _record(plan_dir, "true")
    result = cli("render", "--today", "109-02-20", "--lang", "en", "--format", "md,csv,json")
    assert result.exit_code == 0, result.output
    md = (plan_dir / "build" / "plan.md").read_text(encoding="utf-8")
    assert "Individual (王小明)" in md
    assert "## Annex: response to public input" in md
    assert "| M1 | " in md
    assert "| Not adopted | " in md
    rows = (plan_dir / "build" / "consultation.csv").read_text(encoding="utf-8-sig")
    assert ",王小明," in rows


def test_a_plan_without_a_record_has_no_annex(cli: CLI, plan_dir: Path) -> None:
    result = cli("render", "--today", "109-02-20", "--format", "html,csv")
    assert result.exit_code == 0, result.output
    assert not (plan_dir / "build" / "consultation.csv").exists()
    assert 'id="annex"' not in (plan_dir / "build" / "plan.html").read_text(encoding="utf-8")
