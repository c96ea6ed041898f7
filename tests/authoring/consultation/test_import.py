from __future__ import annotations

import time
from pathlib import Path

from openpyxl import Workbook

from tests.conftest import CLI

HEADER = "編號,留言時間,身分,姓名,意見內容,承諾事項\n"


def test_big5_csv_then_again_adds_nothing(cli: CLI, plan_dir: Path) -> None:
    rows = (
        HEADER
        + "1,2020/02/03 10:22,公民團體,王小明,請公開投標廠商名單,1-1\n2,109/2/4,,,建議增加工作坊,3-1、1-3\n"
    )
    (plan_dir / "export.csv").write_bytes(rows.encode("cp950"))
    result = cli("consult", "import", "export.csv", "--round", "online", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "2 inputs added, 0 already imported" in result.stdout
    text = (plan_dir / "consultation" / "online.yaml").read_text(encoding="utf-8")
    assert "請公開投標廠商名單" in text
    assert "王小明" not in text
    assert 'concerns: ["3-1", "1-3"]' in text
    assert "received: 109-02-03" in text
    again = cli("consult", "import", "export.csv", "--round", "online", "--lang", "en")
    assert "0 inputs added, 2 already imported" in again.stdout
    assert (plan_dir / "consultation" / "online.yaml").read_text(encoding="utf-8") == text
    assert cli("validate", "--today", "109-03-01").exit_code == 0


def test_bom_csv_appends_keeping_the_file(cli: CLI, plan_dir: Path) -> None:
    folder = plan_dir / "consultation"
    folder.mkdir()
    head = "# 我的註解\nid: w\ntitle: 工作坊\nchannel: workshop\nstart: 109-03-07\nend: 109-03-07\ninputs: []\n"
    (folder / "w.yaml").write_text(head, encoding="utf-8")
    body = 'comment,date,commitment\n=HYPERLINK("http://x"),2020-03-07,2-2\n'
    (plan_dir / "w.csv").write_bytes(b"\xef\xbb\xbf" + body.encode())
    result = cli("consult", "import", "w.csv", "--round", "w", "--lang", "en")
    assert result.exit_code == 0, result.output
    text = (folder / "w.yaml").read_text(encoding="utf-8")
    assert text.startswith("# 我的註解\nid: w\n")
    assert "inputs:\n  - id:" in text
    assert 'text: "=HYPERLINK(\\"http://x\\")"' in text


def test_xlsx_formulas_stay_text_and_bad_rows_are_named(cli: CLI, plan_dir: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["意見", "日期", "涉及"])
    sheet.append(['=HYPERLINK("http://evil","點我")', "2020-02-03", "1-1"])
    sheet.append(["沒有日期", None, "1-1"])
    book.save(plan_dir / "x.xlsx")
    result = cli(
        "consult", "import", "x.xlsx", "--round", "x", "--map", "涉及=concerns", "--lang", "en"
    )
    assert result.exit_code == 1, result.output
    assert "row 3: no date received" in result.stderr
    text = (plan_dir / "consultation" / "x.yaml").read_text(encoding="utf-8")
    assert '=HYPERLINK(\\"http://evil\\",\\"點我\\")' in text


def test_unknown_columns_are_a_usage_error(cli: CLI, plan_dir: Path) -> None:
    (plan_dir / "e.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    result = cli("consult", "import", "e.csv", "--round", "e", "--lang", "en")
    assert result.exit_code == 2
    assert "No column holds the text of the inputs" in result.output


def test_ten_thousand_inputs(cli: CLI, plan_dir: Path) -> None:
    lines = [HEADER] + [
        f"{n},2020-02-03,個人,,第{n}則意見：建議公開更多資料,1-1\n" for n in range(10_000)
    ]
    (plan_dir / "big.csv").write_text("".join(lines), encoding="utf-8")
    started = time.perf_counter()
    assert cli("consult", "import", "big.csv", "--round", "big", "--lang", "en").exit_code == 0
    result = cli("validate", "--lang", "en", "--today", "109-03-01")
    assert result.exit_code == 0, result.output
    assert time.perf_counter() - started < 60
